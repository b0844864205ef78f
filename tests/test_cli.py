from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from spinscope import __version__
from spinscope.cli import cli
from spinscope.result import ArticleAnalysis

from .test_ingest import PNG


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_cli_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_cli_components_lists_builtins():
    result = run("components")
    assert result.exit_code == 0
    for name in ("language.v1", "segment.v1", "entities.v1"):
        assert name in result.output


def test_cli_analyze_json_matches_schema(sample_article: Path):
    result = run("analyze", str(sample_article), "--format", "json")
    assert result.exit_code == 0, result.output
    parsed = ArticleAnalysis.model_validate_json(result.stdout)
    assert parsed.article.title == "The Bridge to Nowhere: How Brussels Betrays Its Own Farmers"
    assert "Add comment" not in parsed.article.text and "Share this article" not in parsed.article.text
    assert parsed.article.removed == ["Share this article", "Add comment", "Comments 12"]
    assert parsed.article.place == "VALMORA"


def test_cli_analyze_text_summary(sample_article: Path):
    result = run("analyze", str(sample_article))
    assert result.exit_code == 0
    assert "The Bridge to Nowhere" in result.output and "Elena Varga" in result.output


def test_cli_bad_inputs_named_and_others_processed(tmp_path: Path, sample_article: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(PNG)
    (tmp_path / "nav.html").write_text("<html><body><nav>Home</nav></body></html>")
    (tmp_path / "big.txt").write_text("word " * 100)
    (tmp_path / "batch.jsonl").write_text('{"text": "A fine article about the talks."}\n{oops\n')
    (tmp_path / "good.txt").write_text(sample_article.read_text())
    out = tmp_path / "out.jsonl"
    result = run("analyze", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "jsonl",
                 "--output", str(out), "--max-bytes", "300")
    assert result.exit_code == 1
    errors = result.stderr
    assert "empty.txt: empty file" in errors
    assert "image.txt: binary file" in errors
    assert "nav.html: HTML with no extractable article text" in errors
    assert "big.txt: file is 500 bytes, over the limit of 300 bytes" in errors
    assert "batch.jsonl:2: invalid JSON on line 2" in errors
    assert "missing.txt: no such file or directory" in errors
    assert "good.txt: file is" in errors  # the sample is over 300 bytes too
    assert "Traceback" not in result.output
    lines = out.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["article"]["text"] == "A fine article about the talks."


def test_cli_non_english_is_a_warning_not_a_failure(tmp_path: Path):
    path = tmp_path / "de.txt"
    path.write_text("Der Minister sagte am Montag in Berlin, dass die Gespräche über die Grenze fortgesetzt werden.")
    result = run("analyze", str(path), "--format", "json")
    assert result.exit_code == 0
    parsed = json.loads(result.stdout)
    assert parsed["article"]["language"] == "de"
    assert any(e["level"] == "warning" for e in parsed["errors"])


def test_cli_usage_errors_exit_2(sample_article: Path):
    assert run("analyze").exit_code == 2
    assert run("analyze", str(sample_article), "--format", "pdf").exit_code == 2
    result = run("analyze", str(sample_article), "--components", "nope.v1")
    assert result.exit_code == 2 and "unknown component" in result.output


def test_cli_html_directory_output(tmp_path: Path, sample_article: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "one.txt").write_text("First\n\nThe minister said the talks failed.")
    (src / "two.txt").write_text("Second\n\nThe president said the talks worked.")
    result = run("analyze", str(src), "--format", "html", "--output", str(tmp_path / "reports"))
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (tmp_path / "reports").iterdir())
    assert len(files) == 2 and files[0].startswith("one-") and files[1].startswith("two-")


def test_cli_stdin(sample_article: Path):
    result = run("analyze", "-", "--format", "json", input=sample_article.read_text())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["source"] == "-"


@pytest.mark.slow
def test_cli_opinion_article_acceptance(opinion_article: Path):
    result = run("analyze", str(opinion_article), "--format", "json")
    assert result.exit_code == 0
    parsed = ArticleAnalysis.model_validate_json(result.stdout)
    art = parsed.article
    assert art.title is None
    assert art.text.startswith("MOSCOW: The current visit")
    assert art.place == "MOSCOW"
    assert "Add comment" not in art.text and not art.text.rstrip().endswith("Comments")
    assert art.removed == ["Add comment", "Comments"]
    assert art.language == "en"
    for rng in art.paragraphs + art.sentences:
        assert parsed.span_text(rng).strip() == parsed.span_text(rng)


def test_cli_batch_json_is_one_array_written_as_it_goes(tmp_path: Path):
    texts = ["Officials in Kyiv said the talks would go on.", "The minister said the plan was sound.",
             "Moscow accused Kyiv of threats."]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"text": t, "id": f"a{i}"}) + "\n" for i, t in enumerate(texts)))
    out = tmp_path / "results.json"
    result = run("analyze", str(batch), "--format", "json", "--output", str(out),
                 "--components", "language.v1,segment.v1")
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert [d["article"]["text"] for d in data] == texts  # one JSON array, in input order
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"text": texts[0]}) + "\n")
    single = tmp_path / "one.json"
    run("analyze", str(one), "--format", "json", "--output", str(single), "--components", "language.v1")
    assert json.loads(single.read_text())["article"]["text"] == texts[0]  # one article: one object


def test_cli_result_writer_holds_no_results(tmp_path: Path):
    """A batch of any size keeps one result in memory: each is on disk once added (issue 8, 10,000 articles)."""
    from spinscope.cli import ResultWriter
    from spinscope.document import ArticleInput
    from spinscope.pipeline import Pipeline

    pipeline = Pipeline.from_names(["language.v1"])
    writer = ResultWriter("jsonl", str(tmp_path / "out.jsonl"), expected=3)
    for i in range(3):
        writer.add(pipeline(ArticleInput(text=f"Article number {i} about the talks.")))
        writer._fh.flush()
        assert len((tmp_path / "out.jsonl").read_text().splitlines()) == i + 1
    assert writer.close() == [tmp_path / "out.jsonl"] and writer.count == 3
