"""Round 45, narr50 (issue 19): the training command fits the Hindi narrative heads itself (``--only narratives-hi``
and the full command), with narr49's recipe. Synthetic inputs only (invented labels and texts)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from safetensors.numpy import load_file

from spinscope.components.multilingual import MODEL_DIR, MultilingualModel, cut_paragraph, text_key
from spinscope.training.multilingual import fit_multilabel
from spinscope.training.multilingual import main as train_main
from spinscope.training.narr50 import COARSE_GRID, FINE_GRID, REF, HindiRows, _choose, fit_hindi_heads, gold_of


def _rows(seed: int = 0) -> HindiRows:
    rng = np.random.default_rng(seed)
    golds = [(frozenset({"URW: Alpha"}), frozenset({"URW: Alpha: one"})),
             (frozenset({"URW: Zeta"}), frozenset({"URW: Zeta: new"})),
             (frozenset(), frozenset())]
    gold = [golds[i % 3] for i in range(15)]
    x = rng.normal(size=(15, 6)) + np.array([[i % 3, 0, 0, 0, 0, 0] for i in range(15)])
    return HindiRows(names=[f"HI_{i}.txt" for i in range(15)], x=x, flags=[{"URW": True, "CC": False}] * 15,
                     gold=gold, other_x=rng.normal(size=(6, 6)),
                     other_gold=[(frozenset({"URW: Alpha"}), frozenset({"URW: Alpha: one"}))] * 3
                     + [(frozenset({"CC: Beta"}), frozenset({"CC: Beta: two"}))] * 3)


def test_narr50_gold_drops_the_bare_other_only() -> None:
    assert gold_of(["Other"], ["Other"]) == (frozenset(), frozenset())
    assert gold_of(["URW: Alpha"], ["URW: Alpha: Other"]) == (frozenset({"URW: Alpha"}),
                                                              frozenset({"URW: Alpha: Other"}))


def test_narr50_hindi_heads_extend_the_shared_labels_and_read_hindi_thresholds() -> None:
    heads, report = fit_hindi_heads(_rows(), ["CC: Beta", "URW: Alpha"], ["CC: Beta: two", "URW: Alpha: one"],
                                    fit_multilabel)
    c, f = heads["narratives.hi"], heads["subnarratives.hi"]
    assert c.labels == ["CC: Beta", "URW: Alpha", "URW: Zeta"]  # the Hindi-only label after the shared ones
    assert f.labels == ["CC: Beta: two", "URW: Alpha: one", "URW: Zeta: new"]
    assert c.weight.shape == (3, 6) and c.weight.dtype == np.float32 and f.bias.shape == (3,)
    assert c.threshold in COARSE_GRID and f.threshold in FINE_GRID
    assert c.language_thresholds == {"hi": c.threshold} and f.language_thresholds == {"hi": f.threshold}
    assert c.recipe == "lead" and c.decision == "threshold"
    assert report["hindi_rows"] == 15 and report["other_rows"] == 6


def test_narr50_hindi_heads_are_deterministic() -> None:
    a, _ = fit_hindi_heads(_rows(), ["URW: Alpha"], ["URW: Alpha: one"], fit_multilabel)
    b, _ = fit_hindi_heads(_rows(), ["URW: Alpha"], ["URW: Alpha: one"], fit_multilabel)
    for name in a:
        assert a[name].weight.tobytes() == b[name].weight.tobytes() and a[name].threshold == b[name].threshold


def test_narr50_ties_go_to_the_pair_nearest_the_reference() -> None:
    coarse = np.zeros((2, len(COARSE_GRID)))
    fine = np.zeros((2, len(COARSE_GRID), len(FINE_GRID)))
    a, b = _choose(coarse, fine)
    assert (COARSE_GRID[a], FINE_GRID[b]) == REF


def _write_task(root: Path, lang: str, n: int, labels: list[tuple[str, str]]) -> list[str]:
    folder = root / "semeval2025_task10" / lang
    (folder / "raw-documents").mkdir(parents=True)
    lines, texts = [], []
    for i in range(n):
        name = f"{lang}_{i}.txt"
        text = f"An invented headline number {i} about {lang}\n\nA second invented paragraph, number {i}.\n"
        (folder / "raw-documents" / name).write_text(text, encoding="utf-8")
        texts += [ln for ln in text.split("\n") if ln.strip()]
        coarse, fine = labels[i % len(labels)]
        lines.append(f"{name}\t{coarse}\t{fine}")
    (folder / "subtask-2-annotations.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "subtask-1-annotations.txt").write_text("", encoding="utf-8")
    return texts


def test_narr50_only_narratives_hi_writes_the_two_heads_and_keeps_every_other(tmp_path: Path) -> None:
    base = MultilingualModel()
    shared_c, shared_f = base.heads["narratives"].labels, base.heads["subnarratives"].labels
    known = [(shared_c[0], shared_f[0]), ("Other", "Other")]
    data, texts = tmp_path / "data", []
    for lang, n in (("BG", 6), ("EN", 6), ("PT", 6), ("RU", 6)):
        texts += _write_task(data, lang, n, known)
    texts += _write_task(data, "HI", 15, [*known, ("URW: Invented", "URW: Invented: Other")])
    rng = np.random.default_rng(50)
    keys = [text_key(cut_paragraph(t)) for t in texts]
    vecs = rng.normal(size=(len(keys), 384)).astype(np.float32)
    (tmp_path / "cache").mkdir()
    np.savez(tmp_path / "cache" / "shard.npz", keys=np.array(keys), vecs=vecs / np.linalg.norm(vecs, axis=1)[:, None])
    out = tmp_path / "model"
    assert train_main(["--data", str(data), "--cache", str(tmp_path / "cache"), "--cache-only",
                       "--only", "narratives-hi", "--out", str(out), "--report", str(tmp_path / "r.json")]) == 0
    written = MultilingualModel(out)
    assert written.heads["narratives.hi"].labels == [*shared_c, "URW: Invented"]
    assert written.heads["subnarratives.hi"].labels == [*shared_f, "URW: Invented: Other"]
    assert written.heads["narratives.hi"].language_thresholds == {"hi": written.heads["narratives.hi"].threshold}
    old, new = load_file(str(MODEL_DIR / "heads.safetensors")), load_file(str(out / "heads.safetensors"))
    assert sorted(old) == sorted(new)
    assert all(old[k].tobytes() == new[k].tobytes() for k in old if ".hi." not in k)
