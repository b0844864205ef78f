"""Round 26 (narr26): the Other classifier over the mean sentence vector alone, offered to the narratives CV beside
the shipped one (training/semeval2025.py: OTHER_DENSE_C, ``other_features`` "dense")."""

from __future__ import annotations

import numpy as np

from spinscope.training import semeval2025 as S
from spinscope.training.semeval2025 import TaskArticle, fit_narratives, predict_narratives

WAR = "Kyiv generals lie about the front and their soldiers desert in crowds"
CLIMATE = "The carbon tax and the net zero targets will ruin the farmers"
WEATHER = "The weather stayed mild this week and the harvest fair drew families"


def _articles(n: int = 12) -> tuple[list[TaskArticle], list[str], np.ndarray]:
    """War, climate and Other articles; the mean sentence vector of the Other ones points along axis 0."""
    rng = np.random.default_rng(26)
    arts, texts, rows = [], [], []
    for i in range(n):
        for kind, text in (("war", WAR), ("climate", CLIMATE), ("other", WEATHER)):
            if kind == "war":
                arts.append(TaskArticle(f"EN_UA_w{i}.txt", text, ["URW: Discrediting Ukraine"],
                                        ["URW: Discrediting Ukraine: Discrediting Ukrainian military"]))
            elif kind == "climate":
                arts.append(TaskArticle(f"EN_CC_c{i}.txt", text, ["CC: Criticism of climate policies"],
                                        ["CC: Criticism of climate policies: Other"]))
            else:
                arts.append(TaskArticle(f"EN_UA_o{i}.txt", text, ["Other"], ["Other"]))
            row = 0.05 * rng.normal(size=384)
            row[0] += 1.0 if kind == "other" else 0.0
            texts.append(f"{text} {i}")
            rows.append(row)
    return arts, texts, np.asarray(rows, dtype=np.float32)


def test_dense_other_classifier_reads_the_mean_vector_alone_and_survives_save_load(tmp_path):
    """With ``other_features`` "dense" the Other classifier is fitted on the standardised mean vector: a war text
    whose mean vector is that of the Other articles is vetoed, a weather text with a war article's vector is not."""
    from spinscope.components.narratives import NarrativeModel
    from spinscope.modelio import load_bundle, save_bundle

    arts, texts, dense = _articles()
    params = {"C": 10.0, "dense_weight": 0.0, "other_C": 1.0, "other_threshold": 0.5, "other_features": "dense"}
    bundle = fit_narratives(texts, dense, arts, params, (0.3, 0.3))
    assert bundle["other_vectorizer"] is None and bundle["other"] is not None
    assert np.allclose(bundle["other_mean"], dense.astype(np.float64).mean(axis=0))
    queries = [WAR, WEATHER]
    rows = np.stack([dense[2], dense[0]])  # the war text with an Other article's vector, and the reverse
    model = NarrativeModel(bundle=bundle)
    other_x = model.other_features(queries, rows)
    assert other_x.shape == (2, 384)
    war, weather = model.predict_rows(model.features(queries, rows), other_x=other_x)
    assert war.other_decided and war.coarse_labels() == ["Other"]
    assert not weather.other_decided
    save_bundle(bundle, tmp_path)
    assert predict_narratives(load_bundle(tmp_path), queries, rows) == predict_narratives(bundle, queries, rows)
    shipped = fit_narratives(texts, dense, arts, {**params, "other_features": None}, (0.3, 0.3))
    assert shipped["other_vectorizer"] is not None and shipped.get("other_mean") is None


def _folds(dense_other_good: bool) -> tuple[list[TaskArticle], list[S._Fold]]:
    """Two folds of random narrative probabilities; P(Other) of the shipped classifiers is noise, that of the
    dense ones is the gold (``dense_other_good``) or the same noise."""
    from spinscope.components.narratives import NarrativeModel, RowProbabilities

    coarse = ["URW: Discrediting Ukraine", "URW: Russia is the Victim"]
    fine = ["URW: Discrediting Ukraine: Discrediting Ukrainian military"]
    rng = np.random.default_rng(7)
    arts = [TaskArticle(f"EN_UA_{i}.txt", "x", ["Other"], ["Other"]) if i % 2 else
            TaskArticle(f"EN_UA_{i}.txt", "x", [coarse[i % 4 // 2]], [fine[0] if i % 4 == 0 else
                                                                       f"{coarse[1]}: Other"])
            for i in range(40)]
    folds = []
    for te in (np.arange(0, 20), np.arange(20, 40)):
        model = NarrativeModel(bundle={"coarse_labels": coarse, "fine_labels": fine, "coarse_threshold": 0.5,
                                       "fine_threshold": 0.5, "coarse_thresholds": {}})
        probs = RowProbabilities(domain=np.tile([0.0, 1.0], (len(te), 1)), domain_classes=["CC", "URW"],
                                 coarse=0.6 + 0.3 * rng.random((len(te), 2)), fine=rng.random((len(te), 1)),
                                 cued={}, other=None)
        noise = rng.random(len(te))
        gold = np.array([0.9 if "Other" in arts[i].narratives else 0.1 for i in te])
        other = {c: noise for c in S.OTHER_C}
        other.update({("dense", c): gold if dense_other_good else noise for c in S.OTHER_DENSE_C})
        folds.append(S._Fold(model, None, te, probs, other))
    return arts, folds


def test_search_offers_the_dense_other_classifier_and_scores_it_as_the_model_decides():
    arts, folds = _folds(True)
    arrays = [S._fold_arrays(f, arts) for f in folds]
    (_, choice, (tc, tf), (cs, fs)), _ = S._search_thresholds(arrays, len(arts))
    assert choice["other_features"] == "dense" and choice["other_C"] == S.OTHER_DENSE_C[0]
    noise_arts, noise_folds = _folds(False)
    (_, _, _, (noise_cs, _)), _ = S._search_thresholds([S._fold_arrays(f, noise_arts) for f in noise_folds],
                                                       len(noise_arts))
    assert cs > noise_cs + 0.1  # every Other article found: half the articles score 1 instead of a guess
    slow = S._oof_scores(folds, arts, tc, tf, {}, choice["cue_threshold"], choice["other_C"],
                         choice["other_threshold"], choice["other_keep"], choice["fine_lift"], choice["fine_ratio"],
                         choice["other_features"])
    assert slow == {"articles": len(arts), "coarse_samples_f1": round(cs, 4), "fine_samples_f1": round(fs, 4)}
    shipped_key = S._oof_scores(folds, arts, tc, tf, {}, choice["cue_threshold"], S.OTHER_C[0],
                                choice["other_threshold"], choice["other_keep"], choice["fine_lift"],
                                choice["fine_ratio"])
    assert shipped_key["coarse_samples_f1"] < slow["coarse_samples_f1"]  # the key really selects the dense one


def test_search_keeps_the_shipped_other_classifier_on_a_tie():
    arts, folds = _folds(False)
    (_, choice, _, _), _ = S._search_thresholds([S._fold_arrays(f, arts) for f in folds], len(arts))
    assert "other_features" not in choice
