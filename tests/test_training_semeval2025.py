"""Training helpers of roles.v1 / narratives.v1 on tiny hand-made data: fit, predict, save (spinscope.modelio), load."""

from __future__ import annotations

import json

import numpy as np
import pytest

from spinscope.cli.semeval2025 import save_model
from spinscope.components.role_context import CONTEXT_DIM
from spinscope.components.semeval2025 import MAIN_OF_FINE, RoleRows, load_bundle
from spinscope.training.semeval2025 import (
    Mention,
    TaskArticle,
    fit_narratives,
    fit_roles,
    predict_narratives,
    predict_roles,
)

ROLE_TEXTS = {
    "Antagonist": "ENTITYX invaded bombed lied threatened the villages",
    "Protagonist": "ENTITYX rescued defended helped protected the villages",
    "Innocent": "ENTITYX suffered fled mourned were killed in the villages",
}
FINE = {"Antagonist": ["Instigator"], "Protagonist": ["Guardian"], "Innocent": ["Victim"]}


CONTEXT = {"Antagonist": "AGENT_invade AGENT_bomb", "Protagonist": "AGENT_rescue AGENT_defend",
           "Innocent": "PATIENT_bomb PATIENT_kill"}


def _role_data(n: int = 12) -> tuple[RoleRows, list[Mention]]:
    rng = np.random.default_rng(0)
    rows, mentions = RoleRows(), []
    for i in range(n):
        for main, text in ROLE_TEXTS.items():
            rows.lexical.append(f"{text} {i}")
            rows.dense.append(rng.normal(size=1152).astype(np.float32) * 0.01)
            rows.context.append(CONTEXT[main])
            rows.numbers.append(rng.normal(size=CONTEXT_DIM).astype(np.float32))
            mentions.append(Mention(f"a{i}.txt", "X", 0, 1, main, FINE[main]))
    return rows, mentions


PARAMS = {"C": 2.0, "dense_weight": 1.0, "class_weight": None, "context_weight": 1.0, "numbers_weight": 0.3}


def test_training_roles_fit_predict_save_load(tmp_path):
    rows, mentions = _role_data()
    fit = fit_roles(rows, mentions, PARAMS)
    predicted = predict_roles(fit.bundle, rows.take([0, 1, 2]))
    assert [p[0] for p in predicted] == ["Antagonist", "Protagonist", "Innocent"]
    assert all(MAIN_OF_FINE[f] == main for main, fines in predicted for f in fines)
    config = {"params": fit.params, "cv_on_all": {}, "validation": {}, "validation_majority_baseline": {},
              "training": {"mentions": len(mentions)}}
    folder = save_model("roles", fit.bundle, config, tmp_path / "roles", "spinscope train roles")
    assert {p.name for p in folder.iterdir()} == {"model.json", "model.safetensors", "vocabulary.json.gz",
                                                 "config.json", "MODEL_CARD.md"}
    bundle, saved = load_bundle(folder)
    assert saved["model_id"].startswith("roles-en-") and json.loads((folder / "config.json").read_text())
    assert predict_roles(bundle, rows.take([0, 1, 2])) == predicted


def test_training_roles_context_alone_decides_the_role():
    """With the lexical and dense parts uninformative, the syntactic context tokens carry the role."""
    rows, mentions = _role_data()
    rows.lexical = ["the villages" for _ in rows.lexical]
    fit = fit_roles(rows, mentions, {**PARAMS, "dense_weight": 0.0})
    assert [p[0] for p in predict_roles(fit.bundle, rows.take([0, 1, 2]))] == ["Antagonist", "Protagonist",
                                                                               "Innocent"]


def test_training_roles_antagonist_bias_moves_an_uncertain_decision():
    from spinscope.components.roles import apply_bias

    proba = np.array([[0.40, 0.35, 0.25]])
    assert int(np.argmax(apply_bias(proba, None))) == 0
    shifted = apply_bias(proba, np.array([0.0, 0.3, 0.0]))
    assert int(np.argmax(shifted)) == 1 and shifted.sum() == pytest.approx(1.0)


#: Round 2's second-stage grid and biases (the machinery stays; the shipped procedure chooses nothing).
ROUND2_STAGE2 = {"C2": (None, 0.1, 0.3, 1.0, 3.0), "class_weight2": (None, "balanced")}
ROUND2_BIAS = (-0.6, -0.3, 0.0, 0.3, 0.6)


def test_training_roles_plain_first_stage_chooses_nothing():
    """The shipped procedure: one first-stage setting, no second stage, no bias; nested CV is then grouped CV."""
    from spinscope.training.semeval2025 import fit_role_model, nested_roles

    rows, mentions = _role_data(10)
    fit, info = fit_role_model(rows, mentions)
    assert fit.bundle["stage2"] is None and fit.params["bias"] == [0.0, 0.0, 0.0]
    assert info["cv_main_role_accuracy"] is None
    assert [p[0] for p in predict_roles(fit.bundle, rows.take([0, 1, 2]))] == ["Antagonist", "Protagonist",
                                                                               "Innocent"]
    found = nested_roles(rows, mentions, progress=lambda _: None)
    assert found["scores"]["mentions"] == len(mentions)
    assert found["scores"]["main_role_emr"] == found["first_stage_unbiased"]["main_role_emr"]


def test_training_roles_selection_and_nested_estimate_run_on_grouped_folds(monkeypatch):
    from spinscope.training import semeval2025 as training
    from spinscope.training.semeval2025 import fit_role_model, nested_roles

    monkeypatch.setattr(training, "STAGE2_GRID", ROUND2_STAGE2)
    monkeypatch.setattr(training, "CLASS_BIAS", ROUND2_BIAS)
    rows, mentions = _role_data(10)
    fit, info = fit_role_model(rows, mentions)
    assert set(fit.params["bias"][::2]) <= set(ROUND2_BIAS) and info["cv_main_role_accuracy"] > 0.9
    found = nested_roles(rows, mentions, progress=lambda _: None)
    assert found["scores"]["mentions"] == len(mentions) and len(found["chosen_per_fold"]) == 5
    assert found["all_antagonist"]["main_role_emr"] == pytest.approx(1 / 3, abs=1e-3)


def test_training_roles_second_stage_reads_the_side_numbers(monkeypatch):
    """With text, dense and context tokens saying nothing, the entity's side numbers (agent of harm, sufferer,
    agent of help) decide the main role through the second stage, chosen by the grouped CV."""
    from spinscope.components.role_context import NUMERIC_NAMES
    from spinscope.training import semeval2025 as training
    from spinscope.training.semeval2025 import fit_role_model

    monkeypatch.setattr(training, "STAGE2_GRID", ROUND2_STAGE2)
    monkeypatch.setattr(training, "CLASS_BIAS", ROUND2_BIAS)
    rows, mentions = _role_data(12)
    side = {"Antagonist": "harm_agent", "Protagonist": "help_agent", "Innocent": "sufferer"}
    n = len(NUMERIC_NAMES)
    for r, m in enumerate(mentions):
        rows.lexical[r], rows.context[r] = "the villages", "DEP_nsubj"
        rows.dense[r] = np.zeros(1152, dtype=np.float32)
        numbers = np.zeros(CONTEXT_DIM, dtype=np.float32)
        numbers[NUMERIC_NAMES.index(side[m.main])] = numbers[n + NUMERIC_NAMES.index(side[m.main])] = 1.0
        rows.numbers[r] = numbers
    fit, _ = fit_role_model(rows, mentions, params={**PARAMS, "numbers_weight": 0.0})
    assert fit.bundle["stage2"] is not None
    assert [p[0] for p in predict_roles(fit.bundle, rows.take([0, 1, 2]))] == ["Antagonist", "Protagonist",
                                                                               "Innocent"]


NARRATIVE_TEXTS = {
    ("URW: Discrediting Ukraine", "URW: Discrediting Ukraine: Discrediting Ukrainian military"):
        "the ukrainian army is collapsing soldiers surrender kyiv regime",
    ("CC: Criticism of climate policies", "CC: Criticism of climate policies: Climate policies are ineffective"):
        "net zero policies ruin farmers climate rules useless carbon tax",
}


def _narrative_articles() -> tuple[list[TaskArticle], list[str], np.ndarray]:
    """Ten copies of each NARRATIVE_TEXTS article and of an Other article, with zero sentence vectors."""
    arts, texts = [], []
    for i in range(10):
        for (coarse, fine), text in NARRATIVE_TEXTS.items():
            prefix = "EN_UA" if coarse.startswith("URW") else "EN_CC"
            arts.append(TaskArticle(f"{prefix}_{i}.txt", f"{text} {i}", [coarse], [fine]))
            texts.append(f"{text} {i}")
        arts.append(TaskArticle(f"EN_UA_other{i}.txt", f"the weather was mild today {i}", ["Other"], ["Other"]))
        texts.append(f"the weather was mild today {i}")
    return arts, texts, np.zeros((len(texts), 384), dtype=np.float32)


def test_training_narratives_fit_predict_and_other():
    arts, texts, dense = _narrative_articles()
    bundle = fit_narratives(texts, dense, arts, {"C": 10.0, "dense_weight": 0.0}, (0.5, 0.3))
    got = predict_narratives(bundle, texts[:3], dense[:3])
    assert got[0] == (["URW: Discrediting Ukraine"], ["URW: Discrediting Ukraine: Discrediting Ukrainian military"])
    assert got[1][0] == ["CC: Criticism of climate policies"]
    assert got[2] == (["Other"], ["Other"])


def test_training_narratives_other_classifier_overrides_the_narrative_thresholds():
    """With every narrative threshold at 0, only the Other classifier can make an article Other: it does for the
    article that reads like the Other training articles, and not for the war article."""
    from spinscope.components.narratives import NarrativeModel

    arts, texts, dense = _narrative_articles()
    params = {"C": 10.0, "dense_weight": 0.0, "other_C": 10.0, "other_threshold": 0.5}
    bundle = fit_narratives(texts, dense, arts, params, (0.0, 0.3))
    assert bundle["other"] is not None and bundle["other_threshold"] == 0.5
    model = NarrativeModel(bundle=bundle)
    assert bundle["other_vectorizer"] is not None  # the Other classifier reads words and word pairs of its own
    with pytest.raises(ValueError, match="pass other_x"):
        model.predict_rows(model.features(texts[:3], dense[:3]))
    war, _, weather = model.predict_rows(model.features(texts[:3], dense[:3]),
                                         other_x=model.other_features(texts[:3], dense[:3]))
    assert weather.other_decided and weather.coarse_labels() == ["Other"] and weather.fine_labels() == ["Other"]
    assert not war.other_decided and "URW: Discrediting Ukraine" in war.coarse_labels()
    assert war.other_score is not None and war.other_score < 0.5 <= weather.other_score
    no_other = fit_narratives(texts, dense, arts, {"C": 10.0, "dense_weight": 0.0}, (0.0, 0.3))
    assert no_other["other"] is None
    assert predict_narratives(no_other, texts[2:3], dense[2:3])[0][0] != ["Other"]  # threshold 0 keeps a label


@pytest.mark.parametrize("threshold", [0.99])
def test_training_narratives_subnarrative_falls_back_to_other(threshold):
    arts, texts = [], []
    for i in range(8):
        (coarse, fine), text = next(iter(NARRATIVE_TEXTS.items()))
        arts.append(TaskArticle(f"EN_UA_{i}.txt", text, [coarse], [fine]))
        arts.append(TaskArticle(f"EN_CC_{i}.txt", f"sunny beaches {i}", ["Other"], ["Other"]))
        texts += [text, f"sunny beaches {i}"]
    dense = np.zeros((len(texts), 384), dtype=np.float32)
    bundle = fit_narratives(texts, dense, arts, {"C": 10.0, "dense_weight": 0.0}, (0.5, threshold))
    coarse, fine = predict_narratives(bundle, texts[:1], dense[:1])[0]
    assert coarse == ["URW: Discrediting Ukraine"] and fine == ["URW: Discrediting Ukraine: Other"]


def test_training_narratives_fast_scores_equal_the_model_decision():
    """The array scoring that threshold selection uses (_fast_oof_scores) gives the figures of the model's own
    decision (NarrativeModel.predict_rows via _oof_scores) for every setting tried: thresholds, cue threshold,
    Other classifier, per-narrative thresholds, the fine ratio; on random probabilities and random gold."""
    import itertools

    from spinscope.components.narratives import NarrativeModel, RowProbabilities
    from spinscope.training.semeval2025 import _fast_oof_scores, _Fold, _fold_arrays, _oof_scores

    coarse = ["URW: Discrediting Ukraine", "URW: Russia is the Victim", "CC: Criticism of climate policies"]
    fine = ["URW: Discrediting Ukraine: Discrediting Ukrainian military", "URW: Discrediting Ukraine: Other",
            "URW: Discrediting Ukraine: Ukraine is a puppet of the West",
            "URW: Russia is the Victim: The West is russophobic", "CC: Criticism of climate policies: Other"]
    fine_model = [f for f in fine if not f.endswith(": Other")]
    rng = np.random.default_rng(5)
    arts = []
    for i in range(30):
        if rng.random() < 0.3:
            arts.append(TaskArticle(f"EN_UA_{i}.txt", "x", ["Other"], ["Other"]))
            continue
        picked = [c for c in coarse if rng.random() < 0.5] or [coarse[0]]
        subs = [f for f in fine if any(f.startswith(c + ": ") for c in picked) and rng.random() < 0.6]
        arts.append(TaskArticle(f"EN_UA_{i}.txt", "x", picked, subs or ["URW: Unknown: Other"]))
    folds = []
    for te in (np.arange(0, 15), np.arange(15, 30)):
        bundle = {"coarse_labels": coarse, "fine_labels": fine_model, "coarse_threshold": 0.5,
                  "fine_threshold": 0.5, "coarse_thresholds": {}}
        model = NarrativeModel(bundle=bundle)
        domain = rng.random((len(te), 1))
        probs = RowProbabilities(domain=np.hstack([domain, 1 - domain]), domain_classes=["CC", "URW"],
                                 coarse=rng.random((len(te), 3)), fine=rng.random((len(te), 3)),
                                 cued={coarse[1]: (rng.random(len(te)) < 0.4).astype(float)}, other=None)
        folds.append(_Fold(model, None, te, probs, {1.0: rng.random(len(te))}))
    arrays = [_fold_arrays(f, arts) for f in folds]
    settings = itertools.product((0.2, 0.5, 0.7), (0.1, 0.6), (None, 0.15), ((None, None), (1.0, 0.4), (1.0, 0.8)),
                                 ({}, {coarse[0]: 0.9}), ((None, None), (0.6, None), (None, 1.5), (0.7, 2.0)),
                                 (None, 0.7))
    changed = ratio_changed = 0
    for tc, tf, tq, (oc, ot), per_label, (keep, lift), ratio in settings:
        slow = _oof_scores(folds, arts, tc, tf, per_label, tq, oc, ot, keep, lift, ratio)
        fast = _fast_oof_scores(arrays, len(arts), tc, tf, per_label, tq, oc, ot, keep, lift, ratio)
        assert fast == slow, (tc, tf, tq, oc, ot, keep, lift, ratio)
        changed += slow != _oof_scores(folds, arts, tc, tf, per_label, tq, oc, ot)
        ratio_changed += slow != _oof_scores(folds, arts, tc, tf, per_label, tq, oc, ot, keep, lift)
    assert changed > 20 and ratio_changed > 5  # keep, lift and ratio change the decision (not vacuous)


def test_training_narratives_search_scores_its_choice():
    """The threshold search (all fine thresholds at once) reports for its choice the figures _fast_oof_scores
    gives that setting, and its best is at least as good as any setting tried one by one."""
    from spinscope.training import semeval2025 as S

    arts, texts, dense = _narrative_articles()
    folds = S._oof_narratives(texts, dense, arts, {"C": 10.0, "dense_weight": 0.0}, None, folds=3)
    arrays = [S._fold_arrays(f, arts) for f in folds]
    (objective, choice, (tc, tf), (cs, fs)), plain = S._search_thresholds(arrays, len(arts))
    again = S._fast_oof_scores(arrays, len(arts), tc, tf, {}, choice["cue_threshold"], choice["other_C"],
                               choice["other_threshold"], choice["other_keep"], choice["fine_lift"],
                               choice["fine_ratio"])
    assert again == {"articles": len(arts), "coarse_samples_f1": round(cs, 4), "fine_samples_f1": round(fs, 4)}
    assert plain[1]["other_C"] is None and plain[1]["fine_lift"] is None  # scored though off the grid
    assert choice["fine_lift"] in S.FINE_LIFT and choice["other_keep"] in S.OTHER_KEEP
    assert choice["fine_ratio"] in S.FINE_RATIO and plain[1]["fine_ratio"] is None
    for t in (0.2, 0.5):
        other = S._fast_oof_scores(arrays, len(arts), t, t, {}, None, 1.0, 0.5, S.OTHER_KEEP[0], S.FINE_LIFT[0])
        assert other["coarse_samples_f1"] + other["fine_samples_f1"] <= objective + 1e-3


def test_training_narratives_keep_and_lift_decide_in_the_model():
    """``other_keep``: a narrative at or above it survives the Other classifier's veto, one under it does not;
    ``fine_lift``: a probable sub-narrative lifts its narrative over the threshold (a sub-narrative implies its
    narrative), and the lifted probability is capped at 1."""
    from spinscope.components.narratives import NarrativeModel, RowProbabilities

    coarse = ["URW: Discrediting Ukraine", "URW: Russia is the Victim"]
    fine = ["URW: Discrediting Ukraine: Discrediting Ukrainian military",
            "URW: Russia is the Victim: The West is russophobic"]
    bundle = {"coarse_labels": coarse, "fine_labels": fine, "coarse_threshold": 0.5, "fine_threshold": 0.3,
              "coarse_thresholds": {}, "other_threshold": 0.4}
    probs = RowProbabilities(domain=np.array([[0.0, 1.0]] * 2), domain_classes=["CC", "URW"],
                             coarse=np.array([[0.75, 0.2], [0.65, 0.2]]), fine=np.array([[0.5, 0.6], [0.1, 0.1]]),
                             cued={}, other=np.array([0.6, 0.6]))
    vetoed = NarrativeModel(bundle=dict(bundle)).predict_rows(None, probabilities=probs)
    assert [p.coarse_labels() for p in vetoed] == [["Other"], ["Other"]]
    kept = NarrativeModel(bundle={**bundle, "other_keep": 0.7}).predict_rows(None, probabilities=probs)
    assert kept[0].coarse_labels() == ["URW: Discrediting Ukraine"] and not kept[0].other_decided
    assert kept[1].coarse_labels() == ["Other"] and kept[1].other_decided
    lifted = NarrativeModel(bundle={**bundle, "other_threshold": None, "fine_lift": 2.0}).predict_rows(
        None, probabilities=probs)
    assert lifted[0].coarse_labels() == ["URW: Discrediting Ukraine", "URW: Russia is the Victim"]
    assert dict(lifted[0].narratives)["URW: Discrediting Ukraine"] == 1.0  # max(0.75, min(1, 2 * 0.5))
    assert lifted[0].fine_labels() == fine
    assert lifted[1].coarse_labels() == ["URW: Discrediting Ukraine"]  # 0.1 * 2 lifts nothing
    plain = NarrativeModel(bundle={**bundle, "other_threshold": None}).predict_rows(None, probabilities=probs)
    assert plain[0].coarse_labels() == ["URW: Discrediting Ukraine"]


def test_training_narratives_label_similarities_are_standardised_and_kept_from_the_other_classifier(tmp_path):
    """With label similarities (label_weight > 0) the model stores the training articles' mean and standard
    deviation of each similarity column; the narrative classifiers read the columns standardised (times the
    weight), the same after a save and a load, and the Other classifier reads the mean sentence vector alone."""
    from spinscope.components.narratives import NarrativeModel, scaled_label_columns, without_label_columns

    arts, texts, dense = _narrative_articles()
    labels = np.eye(2, 384, dtype=np.float32)  # two "labels": the article's closeness to each is a column pair
    rng = np.random.default_rng(0)
    sims = 0.3 + 0.1 * rng.normal(size=(len(texts), 4)).astype(np.float32)
    rows = np.hstack([dense, sims * 0.5])  # narrative_dense's layout: mean vector, then similarities x weight
    params = {"C": 10.0, "dense_weight": 1.0, "label_weight": 0.5, "other_C": 10.0, "other_threshold": 0.5}
    bundle = fit_narratives(texts, rows, arts, params, (0.5, 0.3), labels=labels)
    assert np.allclose(bundle["label_center"], (sims * 0.5).mean(axis=0), atol=1e-6)
    scaled = scaled_label_columns(bundle, rows)
    z = (sims - sims.mean(axis=0)) / sims.std(axis=0)
    assert np.allclose(scaled[:, :384], dense) and np.allclose(scaled[:, 384:], z * 0.5, atol=1e-4)
    assert without_label_columns(bundle, rows).shape == (len(texts), 384)
    model = NarrativeModel(bundle=bundle)
    other_x = model.other_features(texts[:3], rows[:3])
    assert other_x.shape[1] == len(bundle["other_vectorizer"].vocabulary_) + 384
    before = predict_narratives(bundle, texts[:3], rows[:3])
    assert before[0][0] == ["URW: Discrediting Ukraine"] and before[2] == (["Other"], ["Other"])
    from spinscope.modelio import load_bundle as load_saved
    from spinscope.modelio import save_bundle

    save_bundle(bundle, tmp_path)
    loaded = load_saved(tmp_path)
    assert np.allclose(loaded["label_scale"], bundle["label_scale"])
    assert predict_narratives(loaded, texts[:3], rows[:3]) == before
    plain = fit_narratives(texts, dense, arts, {**params, "label_weight": 0.0}, (0.5, 0.3), labels=labels)
    assert plain["label_center"] is None and scaled_label_columns(plain, dense) is dense


def test_training_narratives_fine_ratio_drops_weak_sub_narratives_in_the_model():
    """``fine_ratio``: under a reported narrative, a sub-narrative over the fine threshold is dropped when it is
    under that share of its narrative's best sub-narrative's; the best always stays, and a narrative's
    sub-narratives are compared only with their own narrative's best."""
    from spinscope.components.narratives import NarrativeModel, RowProbabilities

    coarse = ["URW: Discrediting Ukraine", "URW: Russia is the Victim"]
    fine = ["URW: Discrediting Ukraine: Discrediting Ukrainian military",
            "URW: Discrediting Ukraine: Ukraine is a puppet of the West",
            "URW: Russia is the Victim: The West is russophobic"]
    bundle = {"coarse_labels": coarse, "fine_labels": fine, "coarse_threshold": 0.5, "fine_threshold": 0.2,
              "coarse_thresholds": {}}
    probs = RowProbabilities(domain=np.array([[0.0, 1.0]]), domain_classes=["CC", "URW"],
                             coarse=np.array([[0.9, 0.8]]), fine=np.array([[0.8, 0.3, 0.25]]), cued={}, other=None)
    plain = NarrativeModel(bundle=dict(bundle)).predict_rows(None, probabilities=probs)[0]
    assert plain.fine_labels() == fine
    half = NarrativeModel(bundle={**bundle, "fine_ratio": 0.5}).predict_rows(None, probabilities=probs)[0]
    assert half.fine_labels() == [fine[0], fine[2]]  # 0.3 < 0.5 * 0.8; 0.25 is its own narrative's best
    loose = NarrativeModel(bundle={**bundle, "fine_ratio": 0.3}).predict_rows(None, probabilities=probs)[0]
    assert loose.fine_labels() == fine  # 0.3 >= 0.3 * 0.8


def test_training_roles_subclass_rows_fold_rare_fine_roles_and_split_weight(monkeypatch):
    """Round 19: the sub-class model's rows. A fine role seen fewer than SUBCLASS_MIN times becomes
    "<main>:other"; a mention with two fine roles gives two rows of weight 1/2; a fine role of another main role, or
    none at all, leaves the mention in "<main>:other"."""
    from spinscope.training import semeval2025 as training

    monkeypatch.setattr(training, "SUBCLASS_MIN", 2)
    mentions = [Mention("a.txt", "X", 0, 1, "Antagonist", ["Tyrant", "Corrupt"]),
                Mention("b.txt", "X", 0, 1, "Antagonist", ["Tyrant"]),
                Mention("c.txt", "X", 0, 1, "Innocent", ["Victim"]),
                Mention("d.txt", "X", 0, 1, "Protagonist", ["Victim"]),
                Mention("e.txt", "X", 0, 1, "Protagonist", [])]
    idx, labels, weights = training.subclass_targets(mentions)
    assert idx == [0, 0, 1, 2, 3, 4]
    assert labels == ["Tyrant", "Antagonist:other", "Tyrant", "Victim", "Protagonist:other", "Protagonist:other"]
    assert weights == [0.5, 0.5, 1.0, 1.0, 1.0, 1.0]


def test_training_roles_main_role_is_the_mean_of_the_three_class_and_the_subclass_model(tmp_path, monkeypatch):
    """Round 19: fit_roles adds ``main_sub``, a multinomial over the fine roles as sub-classes; P(main) at training
    and at run time (and after save and load, through spinscope.linear) is the mean of the three-class model's and
    the sum of the sub-classes' of each main role."""
    from spinscope.components.roles import RoleModel
    from spinscope.components.semeval2025 import MAIN_ROLES, stack_features
    from spinscope.training import semeval2025 as training

    monkeypatch.setattr(training, "SUBCLASS_MIN", 5)
    rows, mentions = _role_data()
    for i in range(0, len(mentions), 6):  # half the Antagonists are Tyrants, the rest stay Instigators
        mentions[i] = Mention(mentions[i].article, "X", 0, 1, "Antagonist", ["Tyrant"])
    fit = fit_roles(rows, mentions, PARAMS)
    sub = fit.bundle["main_sub"]
    assert sorted(sub.classes_) == ["Guardian", "Instigator", "Tyrant", "Victim"]
    test = rows.take([0, 1, 2, 3])
    x = stack_features(fit.bundle, test.lexical, np.stack(test.dense), test.context, np.stack(test.numbers))
    three = fit.bundle["main"].predict_proba(x)[:, [list(fit.bundle["main"].classes_).index(r) for r in MAIN_ROLES]]
    raw = sub.predict_proba(x)
    classes = list(sub.classes_)
    summed = np.stack([raw[:, classes.index("Guardian")],
                       raw[:, classes.index("Instigator")] + raw[:, classes.index("Tyrant")],
                       raw[:, classes.index("Victim")]], axis=1)
    expected = (three + summed) / 2
    assert not np.allclose(expected, three)
    assert np.allclose(training._main_proba(fit.bundle, test), expected)
    assert np.allclose(RoleModel(bundle=fit.bundle).predict_features(test)[0], expected)
    assert np.allclose(RoleModel(bundle=fit.bundle, subclasses=False).predict_features(test)[0], three)
    assert np.allclose(training._main_proba(fit.bundle, test, subclasses=False), three)
    config = {"params": fit.params, "cv_on_all": {}, "validation": {}, "validation_majority_baseline": {},
              "training": {"mentions": len(mentions)}}
    loaded, _ = load_bundle(save_model("roles", fit.bundle, config, tmp_path / "roles", "spinscope train roles"))
    assert np.allclose(RoleModel(bundle=loaded).predict_features(test)[0], expected)


def test_training_roles_shipped_model_blends_the_subclass_model_for_the_task_not_for_analyze():
    """The shipped role model (resources/models/roles) carries the sub-class model of round 19, over classes of
    all three main roles; ``predict semeval2025`` (RoleModel's default) averages it in, roles.v1 (analyze) reads the
    three-class model alone."""
    from spinscope.components.roles import ActorRoles, RoleModel
    from spinscope.components.semeval2025 import MAIN_ROLES, MODELS_DIR, main_of_subclass, subclass_main_proba

    bundle, _ = load_bundle(MODELS_DIR / "roles")
    assert bundle.get("main_sub") is not None
    assert {main_of_subclass(str(c)) for c in bundle["main_sub"].classes_} == set(MAIN_ROLES)
    rows, _ = _role_data(2)
    task = RoleModel()
    analyze = ActorRoles().model
    assert analyze is not None and task.subclasses and not analyze.subclasses
    three = analyze.predict_features(rows)[0]
    sub = subclass_main_proba(bundle["main_sub"], task.features(rows))
    assert np.allclose(task.predict_features(rows)[0], (three + sub) / 2)
    assert not np.allclose(three, sub)
