"""``spinscope predict semeval2025``: the SemEval-2025 Task 10 submission formats (subtasks 1 and 2)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from spinscope.cli import cli
from spinscope.components.semeval2025 import MAIN_OF_FINE, MAIN_ROLES, narrative_taxonomy

ARTICLES = {
    "EN_UA_900001.txt": (
        "Kyiv Shells Donetsk Again\n\n"
        "The Kyiv regime shelled Donetsk again on Monday, killing civilians in their homes.\n"
        "Western capitals keep sending weapons to Kyiv and pretend not to see the victims of Donetsk.\n"
        "Russia warned NATO that the deliveries prolong the war and only bring more suffering.\n"
    ),
    "EN_CC_900002.txt": (
        "The Climate Scam\n\n"
        "Climate activists want to ban cars and make ordinary families pay for their green dreams.\n"
        "The so-called scientists adjust the temperature records to fit their models.\n"
        "Brussels bureaucrats push net zero rules that will ruin farmers.\n"
    ),
}


@pytest.fixture()
def articles_dir(tmp_path):
    folder = tmp_path / "raw-documents"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _entity_line(name: str, surface: str, nth: int = 0) -> str:
    text = ARTICLES[name]
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return f"{name}\t{surface}\t{start}\t{start + len(surface) - 1}"


def _models_ready(kind: str) -> bool:
    from spinscope.components.semeval2025 import MODELS_DIR

    return (MODELS_DIR / kind / "model.json").is_file()


@pytest.mark.slow
def test_predict_semeval2025_subtask1_format(tmp_path, articles_dir):
    if not _models_ready("roles"):
        pytest.skip("roles model not trained")
    entities = tmp_path / "entities.txt"
    lines = [_entity_line("EN_UA_900001.txt", "Kyiv", 0), _entity_line("EN_UA_900001.txt", "Donetsk", 1),
             _entity_line("EN_CC_900002.txt", "Brussels")]
    entities.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "st1.txt"
    run = CliRunner().invoke(cli, ["predict", "semeval2025", "--subtask", "1", "--articles", str(articles_dir),
                                   "--entities", str(entities), "--out", str(out)])
    assert run.exit_code == 0, run.output
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
    for given, row in zip(lines, rows, strict=True):
        assert row[:4] == given.split("\t")  # file, entity, start, end (inclusive) echoed as given
        assert row[4] in MAIN_ROLES
        assert len(row) >= 6 and all(MAIN_OF_FINE[f] == row[4] for f in row[5:])
        text = ARTICLES[row[0]]
        assert text[int(row[2]):int(row[3]) + 1] == row[1]


@pytest.mark.slow
def test_predict_semeval2025_subtask1_offsets_off_by_one_are_read_at_the_entity(tmp_path, articles_dir):
    """Offsets that miss the entity's text by a character (as a few of the task's own rows do) are echoed as given,
    and the role is the one the exact offsets get: the features are read around the entity, not "yiv r"."""
    if not _models_ready("roles"):
        pytest.skip("roles model not trained")
    exact = _entity_line("EN_UA_900001.txt", "Kyiv", 1)
    name, surface, start, end = exact.split("\t")
    shifted = "\t".join([name, surface, str(int(start) + 1), str(int(end) + 1)])
    rows = []
    for line in (exact, shifted):
        entities, out = tmp_path / "entities.txt", tmp_path / "st1.txt"
        entities.write_text(line + "\n", encoding="utf-8")
        run = CliRunner().invoke(cli, ["predict", "semeval2025", "--subtask", "1", "--articles", str(articles_dir),
                                       "--entities", str(entities), "--out", str(out)])
        assert run.exit_code == 0, run.output
        rows.append(out.read_text(encoding="utf-8").splitlines()[0].split("\t"))
    assert rows[1][:4] == shifted.split("\t")
    assert rows[1][4:] == rows[0][4:]


@pytest.mark.slow
def test_predict_semeval2025_subtask1_without_entities_uses_main_actors(tmp_path, articles_dir):
    if not _models_ready("roles"):
        pytest.skip("roles model not trained")
    run = CliRunner().invoke(cli, ["predict", "semeval2025", "--subtask", "1", "--articles", str(articles_dir),
                                   "--out", "-"])
    assert run.exit_code == 0, run.output
    rows = [line.split("\t") for line in run.stdout.splitlines() if line.strip()]
    assert rows
    for row in rows:
        assert ARTICLES[row[0]][int(row[2]):int(row[3]) + 1] == row[1]
        assert row[4] in MAIN_ROLES


@pytest.mark.slow
def test_predict_semeval2025_subtask2_format(tmp_path, articles_dir):
    if not _models_ready("narratives"):
        pytest.skip("narratives model not trained")
    out = tmp_path / "st2.txt"
    run = CliRunner().invoke(cli, ["predict", "semeval2025", "--subtask", "2", "--articles", str(articles_dir),
                                   "--out", str(out)])
    assert run.exit_code == 0, run.output
    taxonomy = narrative_taxonomy()
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r[0] for r in rows) == sorted(ARTICLES)
    for _name, narratives, subnarratives in rows:
        coarse, fine = narratives.split(";"), subnarratives.split(";")
        if coarse == ["Other"]:
            assert fine == ["Other"]
            continue
        assert all(c in taxonomy for c in coarse)
        # each sub-narrative sits under one of the article's narratives
        assert all(any(f in taxonomy[c] for c in coarse) for f in fine)


def test_predict_semeval2025_entity_outside_article_is_one_line_error(tmp_path, articles_dir):
    entities = tmp_path / "entities.txt"
    entities.write_text("EN_UA_900001.txt\tKyiv\t5000\t5003\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["predict", "semeval2025", "--subtask", "1", "--articles", str(articles_dir),
                                   "--entities", str(entities), "--out", str(tmp_path / "o.txt")])
    assert run.exit_code == 1
    assert "entities.txt:1: offsets 5000-5003 are outside EN_UA_900001.txt" in run.output
    assert "Traceback" not in run.output


def test_predict_semeval2025_unknown_article_and_bad_folder(tmp_path, articles_dir):
    entities = tmp_path / "entities.txt"
    entities.write_text("EN_UA_000000.txt\tKyiv\t0\t3\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["predict", "semeval2025", "--subtask", "1", "--articles", str(articles_dir),
                                   "--entities", str(entities), "--out", "-"])
    assert run.exit_code == 1 and "article EN_UA_000000.txt is not in the articles folder" in run.output
    run = CliRunner().invoke(cli, ["predict", "semeval2025", "--subtask", "2", "--articles",
                                   str(tmp_path / "missing"), "--out", "-"])
    assert run.exit_code == 1 and "not a folder of article .txt files" in run.output


def test_predict_semeval2025_entities_only_for_subtask1(tmp_path, articles_dir):
    entities = tmp_path / "entities.txt"
    entities.write_text(_entity_line("EN_UA_900001.txt", "Kyiv") + "\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["predict", "semeval2025", "--subtask", "2", "--articles", str(articles_dir),
                                   "--entities", str(entities), "--out", "-"])
    assert run.exit_code == 2


def test_predict_keeps_the_other_predict_commands():
    names = set(cli.commands["predict"].commands)  # type: ignore[attr-defined]
    assert {"events", "semeval2025", "semeval2023"} <= names
