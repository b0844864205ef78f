"""narratives.v1: SemEval-2025 narratives and sub-narratives, with supporting sentences; Other when none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope.components.narratives import OTHER, SUPPORT_MIN, domain_of
from spinscope.components.semeval2025 import narrative_taxonomy
from spinscope.training.semeval2025 import samples_f1

WAR_ARTICLE = (
    "The Kyiv regime is a puppet of Washington, and its corrupt officials steal the weapons the West sends.\n\n"
    "Western sanctions have backfired: Europe freezes while its leaders bow to NATO and drag the continent "
    "towards a war with Russia.\n\n"
    "Ukrainian soldiers surrender by the thousands, and the army is collapsing on every front.\n\n"
    "Russia only defends itself against the aggression of NATO, which expanded to its borders."
)
COOKING_ARTICLE = (
    "Slice two onions and fry them slowly in butter until golden.\n\n"
    "Add the rice, stir for a minute, then pour in the warm stock one ladle at a time.\n\n"
    "Season with salt and pepper, grate the cheese over the top and serve at once."
)


def test_narratives_samples_f1_matches_definition():
    gold = [["A", "B"], ["Other"], ["C"]]
    pred = [["A"], ["Other"], ["D"]]
    # per sample: 2*1/(2+1), 1, 0
    assert samples_f1(gold, pred) == pytest.approx((2 / 3 + 1 + 0) / 3)
    assert samples_f1([], []) == 0.0


def test_narratives_taxonomy_is_two_level():
    taxonomy = narrative_taxonomy()
    assert {domain_of(n) for n in taxonomy} == {"URW", "CC"}
    assert "URW: Discrediting Ukraine" in taxonomy
    for narrative, subs in taxonomy.items():
        assert subs and all(s.startswith(narrative + ": ") for s in subs)
        assert f"{narrative}: Other" in subs


@pytest.fixture(scope="module")
def narratives_pipeline():
    from spinscope.pipeline import Pipeline

    pipeline = Pipeline.from_names(["language.v1", "segment.v1", "narratives.v1"])
    if pipeline.components[-1].model is None:  # type: ignore[attr-defined]
        pytest.skip("narratives model not trained")
    return pipeline


def _analyze(pipeline, text: str):
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document

    return pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))


@pytest.mark.slow
def test_narratives_war_article_gets_known_narratives_with_support(narratives_pipeline):
    doc = _analyze(narratives_pipeline, WAR_ARTICLE)
    assert doc.narratives and doc.narratives[0].label != OTHER, doc.narratives
    taxonomy = narrative_taxonomy()
    for n in doc.narratives:
        assert n.label in taxonomy and n.domain == "URW"
        assert n.subnarratives and all(s.label in taxonomy[n.label] for s in n.subnarratives)
        assert n.supporting and all(s.end <= len(doc.text) and s.label == n.label for s in n.supporting)
        assert all(any(s.start == r.start and s.end == r.end for r in doc.sentences) for s in n.supporting)
        for sub in n.subnarratives:  # a named sub-narrative comes with the one sentence that supports it
            if not sub.label.endswith(": Other"):
                (sentence,) = sub.supporting
                assert sentence.label == sub.label and sentence.score >= SUPPORT_MIN
                assert any(sentence.start == r.start and sentence.end == r.end for r in doc.sentences)
    assert doc.models["narratives.v1"].startswith("narratives-en-")  # provenance keys are component names


@pytest.mark.slow
def test_narratives_supporting_sentences_scored_in_chunks_are_those_of_the_whole(narratives_pipeline, monkeypatch):
    from spinscope.components import narratives

    whole = _analyze(narratives_pipeline, WAR_ARTICLE)
    assert whole.narratives and whole.narratives[0].label != OTHER
    monkeypatch.setattr(narratives, "SENTENCE_CHUNK", 2)
    chunked = _analyze(narratives_pipeline, WAR_ARTICLE)
    assert [n.model_dump() for n in chunked.narratives] == [n.model_dump() for n in whole.narratives]


@pytest.mark.slow
def test_narratives_unrelated_article_says_other(narratives_pipeline):
    doc = _analyze(narratives_pipeline, COOKING_ARTICLE)
    assert [n.label for n in doc.narratives] == [OTHER]
    # a recipe names neither the war nor the climate: Other before any model runs
    assert doc.narratives[0].evidence.endswith(":out-of-domain") and doc.narratives[0].domain is None


@pytest.mark.slow
def test_narratives_the_model_says_other_inside_a_domain(narratives_pipeline, monkeypatch):
    from spinscope.components import narrative_domains, narratives

    monkeypatch.setattr(narratives, "MIN_DOMAIN_WORDS", 0)  # the model alone, as for an article of a domain
    monkeypatch.setattr(narrative_domains, "DOMAIN_CORE_WORDS", {})
    doc = _analyze(narratives_pipeline, COOKING_ARTICLE)
    assert [n.label for n in doc.narratives] == [OTHER]
    # Other because no narrative passed its threshold, or because the Other classifier said so
    assert doc.narratives[0].evidence.rsplit(":", 1)[-1] in ("no-known-narrative", "other-classifier")


def test_narratives_domain_words_gate_articles_about_neither_domain():
    from spinscope.components.narratives import out_of_domain

    tax = ("Hillary Clinton's tax plan would raise $1.1 trillion over the next decade, the Tax Policy Center "
           "estimates. Nearly all of the increase would come from new taxes on the wealthiest Americans.")
    assert out_of_domain(tax)
    assert not out_of_domain(tax + " Critics said the money should go to the war in Ukraine instead of more "
                                   "sanctions.")
    assert not out_of_domain("Carbon taxes will not stop climate change, the minister said.")


def test_narratives_domain_named_by_its_own_words():
    from spinscope.components.narrative_domains import names_domain
    from spinscope.components.narratives import out_of_domain

    veterans = ("Every day veterans of the war in Iraq wait months for care. The war left them with wounds the "
                "agency cannot treat, and its energy goes into paperwork, the inspector general said.")
    assert not out_of_domain(veterans)  # "war" twice: enough for the broad gate
    assert not names_domain(veterans, "URW") and not names_domain(veterans, "CC")
    assert names_domain("Kyiv said the Kremlin lied.", "URW") and names_domain("Carbon taxes rose.", "CC")


@pytest.mark.slow
def test_narratives_article_naming_neither_domain_by_its_words_says_other(narratives_pipeline):
    doc = _analyze(narratives_pipeline, "Every day veterans of the war in Iraq wait months for care. The war left "
                   "them with wounds the agency cannot treat, and its energy goes into paperwork, the inspector "
                   "general said. Lawmakers blamed the department and its leaders for the delays.")
    assert [n.label for n in doc.narratives] == [OTHER]
    assert doc.narratives[0].evidence.endswith(":out-of-domain") and doc.narratives[0].domain is None


@pytest.mark.slow
def test_narratives_result_validates_and_round_trips(narratives_pipeline):
    from spinscope.result import ArticleAnalysis

    doc = _analyze(narratives_pipeline, WAR_ARTICLE)
    result = doc.to_result(components=[], version="test")
    again = ArticleAnalysis.model_validate_json(result.model_dump_json())
    assert again.narratives == result.narratives


GATE = Path(__file__).parent / "quality_gate" / "roles_narratives.jsonl"
#: Share of the hand-checked role and narrative expectations met; may only go up.
GATE_MIN_SHARE = 0.9  # measured 1.0 (10 of 10) with the committed models


def gate_checks(pipeline) -> list[tuple[str, bool]]:
    """(what, met) for every expectation of the roles/narratives quality gate."""
    checks: list[tuple[str, bool]] = []
    for line in GATE.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        doc = _analyze(pipeline, case["text"])
        roles = {a.name: a.roles[0].label for a in doc.actors if a.roles}
        for actor, role in case["roles"].items():
            checks.append((f"{case['id']}: {actor} {role}", roles.get(actor) == role))
        want = case["narratives"]
        labels = [n.label for n in doc.narratives]
        if "other" in want:
            checks.append((f"{case['id']}: other={want['other']}", (labels == [OTHER]) == want["other"]))
        if "domain" in want:
            checks.append((f"{case['id']}: domain {want['domain']}",
                           all(n.domain == want["domain"] for n in doc.narratives)))
    return checks


@pytest.mark.slow
def test_narratives_and_roles_quality_gate():
    from spinscope.pipeline import Pipeline

    pipeline = Pipeline.from_names(["language.v1", "segment.v1", "entities.v1", "actors.v1", "roles.v1",
                                    "narratives.v1"])
    if any(getattr(c, "model", True) is None for c in pipeline.components):
        pytest.skip("roles or narratives model not trained")
    checks = gate_checks(pipeline)
    share = sum(ok for _, ok in checks) / len(checks)
    assert share >= GATE_MIN_SHARE, [what for what, ok in checks if not ok]


def test_narratives_explicit_cues_are_counted_per_narrative():
    from spinscope.components.narratives import cue_counts, narrative_cues

    labels = list(narrative_cues())
    assert set(labels) <= set(narrative_taxonomy())
    text = ("Moscow says it was forced to launch the special military operation to defend its people. "
            "The Kyiv regime answered with more shelling.")
    counts = dict(zip(labels, cue_counts([text])[0], strict=True))
    assert counts["URW: Russia is the Victim"] > 0
    assert counts["URW: Blaming the war on others rather than the invader"] > 0
    assert counts["URW: Discrediting Ukraine"] > 0
    assert counts["CC: Criticism of climate policies"] == 0
    assert not cue_counts([COOKING_ARTICLE]).any()
    # matched without regard to case, as before the cues were matched on the lowercased text
    assert (cue_counts([text.upper()]) == cue_counts([text])).all()
    assert (cue_counts(["Forced To Launch the operation. KYIV REGIME."]) > 0).sum() >= 2


def test_narratives_a_cue_lowers_the_threshold_only_where_it_fires():
    import numpy as np
    from scipy import sparse

    from spinscope.components.narratives import NarrativeModel, narrative_cues

    class Fixed:
        """A one-vs-rest stand-in with fixed probabilities (the decision rule is under test, not a model)."""

        def __init__(self, p: list[float], classes=None) -> None:
            self.p, self.classes_ = p, classes

        def predict_proba(self, x):
            return np.tile(self.p, (x.shape[0], 1))

    labels = list(narrative_cues())
    victim = labels.index("URW: Russia is the Victim")
    bundle = {"coarse_labels": ["URW: Russia is the Victim"], "fine_labels": [], "coarse_threshold": 0.5,
              "fine_threshold": 0.5, "cue_weight": 1.0, "cue_threshold": 0.25,
              "domain": Fixed([0.0, 1.0], ["CC", "URW"]), "coarse": Fixed([0.3]), "fine": Fixed([])}
    model = NarrativeModel(bundle=bundle)
    cues = np.zeros((2, len(labels)))
    cues[0, victim] = np.log1p(1)
    x = sparse.csr_matrix(np.hstack([np.zeros((2, 3)), cues]))
    cued, plain = model.predict_rows(x)
    assert cued.coarse_labels() == ["URW: Russia is the Victim"]
    assert plain.coarse_labels() == [OTHER]
    assert cued.by_cue == {"URW: Russia is the Victim"} and plain.by_cue == set()  # reported thanks to the cue
    bundle["coarse"] = Fixed([0.6])  # above its own threshold: the cue did not decide
    assert NarrativeModel(bundle=bundle).predict_rows(x)[0].by_cue == set()


def test_narratives_cues_start_at_a_word():
    from spinscope.components.narratives import cue_counts, cue_sentence, narrative_cues

    labels = list(narrative_cues())
    plots = labels.index("CC: Hidden plots by secret schemes of powerful groups")

    def fires(text: str) -> bool:
        return bool(cue_counts([text])[0, plots] > 0)

    # a cue inside a longer word is no cue: "gates" in "delegates", "climate con" in "climate conference"
    assert not fires("The delegates at the climate conference agreed on a text about emissions.")
    assert fires("Bill Gates funds the scheme.") and fires("This is a climate con, nothing else.")
    text = "Ministers met on Monday. Moscow was forced to launch the special operation, they said. Talks go on."
    sentences = [(0, 24), (25, 86), (87, 100)]
    assert cue_sentence(text, sentences, "URW: Russia is the Victim") == 1
    assert cue_sentence(text, sentences, "CC: Criticism of climate policies") is None


CUED_ARTICLE = (
    "Ministers of the European Union met in Brussels on Tuesday to discuss the war in Ukraine and new sanctions.\n\n"
    "Moscow said it had been forced to launch the special military operation to protect its people.\n\n"
    "The talks will continue next week, a spokesman for the ministers said after the meeting."
)


@pytest.mark.slow
def test_narratives_a_narrative_reported_by_its_cue_shows_the_cue_sentence(narratives_pipeline, monkeypatch):
    from spinscope.components.narratives import cue_counts, narrative_cues

    model = narratives_pipeline.components[-1].model
    monkeypatch.setattr(model, "coarse_threshold", 1.01)  # nothing passes on its probability alone
    monkeypatch.setitem(model.bundle, "coarse_thresholds", {})
    monkeypatch.setitem(model.bundle, "cue_threshold", 0.0)  # every narrative whose cue fires is reported
    monkeypatch.setitem(model.bundle, "other_threshold", None)
    doc = _analyze(narratives_pipeline, CUED_ARTICLE)
    counts = dict(zip(narrative_cues(), cue_counts([doc.text])[0], strict=True))
    cued = {label for label, n in counts.items() if n > 0 and domain_of(label) == "URW"}
    assert "URW: Russia is the Victim" in cued
    assert {n.label for n in doc.narratives} == cued
    cue_start = doc.text.index("Moscow said")
    for n in doc.narratives:
        assert n.evidence.endswith(":cue")
        (span,) = [s for s in n.supporting if s.evidence == "narratives.v1:cue"]
        assert span.start == cue_start and doc.text[span.start:span.end].rstrip().endswith("its people.")


@pytest.mark.parametrize("multilabel", [True, False])
def test_ovr_proba_is_what_sklearn_answers(multilabel: bool) -> None:
    """The one-matrix-product scoring of one-vs-rest logistic regressions equals sklearn's predict_proba."""
    import numpy as np
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    from spinscope.components.semeval2025 import ovr_proba

    rng = np.random.default_rng(3)
    x = sparse.random(60, 12, density=0.4, format="csr", random_state=4)
    y = (rng.random((60, 4)) > 0.6).astype(int) if multilabel else rng.integers(0, 3, 60)
    model = OneVsRestClassifier(LogisticRegression(max_iter=500)).fit(x, y)
    assert np.allclose(ovr_proba(model, x), model.predict_proba(x), atol=1e-12)
    assert ovr_proba(LogisticRegression().fit(x, rng.integers(0, 2, 60)), x) is None  # not one-vs-rest


def test_narratives_label_similarities_read_the_first_sentences_only():
    """A label's similarity is that of its closest sentence among the article's first LABEL_SENTENCES: a sentence
    further on (long news pieces, past any training article's length) adds nothing to it; the mean vector still
    reads every sentence."""
    import numpy as np

    from spinscope.components.narratives import LABEL_SENTENCES, LABEL_TOP, narrative_dense

    labels = np.eye(2, 8, dtype=np.float32)
    vectors = np.tile(np.eye(1, 8, 2, dtype=np.float32), (LABEL_SENTENCES + 1, 1))  # nothing like either label
    vectors[-1] = labels[0]  # the one sentence that states label 0 comes after the first LABEL_SENTENCES
    row = narrative_dense(vectors, labels, 1.0)
    assert np.allclose(row[8:], 0.0) and np.allclose(row[:8], vectors.mean(axis=0))
    vectors[LABEL_SENTENCES - 1] = labels[0]  # within the first ones it counts
    row = narrative_dense(vectors, labels, 1.0)
    assert row[8] == 1.0 and np.isclose(row[10], 1.0 / LABEL_TOP) and row[9] == 0.0
