"""Round 25 of check-worthiness (docs/EVALUATION.md, "Check-worthiness, round 25"): the written supplement's
sentences can weigh less than a debate sentence in the adapter's loss (SUPPLEMENT_ADAPTER_WEIGHT)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from spinscope.training import claims_finetune as finetune


def test_cw25_adapter_pool_weights_the_supplement_below_a_debate_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    texts, y, earlier = ["a", "b", "c", "d"], np.array([1, 0, 0, 1]), np.array([0, 2])
    sup_texts, sup_y = ["s1", "s2", "s3"], np.array([0, 0, 1])
    monkeypatch.setattr(finetune, "SUPPLEMENT_PARTS", ("head", "adapter"))
    pool_texts, pool_y, pool, weights, sup_weight = finetune.adapter_pool(texts, y, earlier, sup_texts, sup_y)
    assert [pool_texts[i] for i in pool] == ["a", "c", "s1", "s2", "s3"]
    assert list(pool_y[pool]) == [1, 0, 0, 0, 1]
    assert weights is not None and sup_weight == finetune.SUPPLEMENT_ADAPTER_WEIGHT
    assert 0 < sup_weight < 1
    assert list(weights) == [1.0, 1.0, sup_weight, sup_weight, sup_weight]
    # without the supplement in the adapter: groups 1-5 alone, every sentence weighing 1
    monkeypatch.setattr(finetune, "SUPPLEMENT_PARTS", ("head",))
    pool_texts, pool_y, pool, weights, sup_weight = finetune.adapter_pool(texts, y, earlier, sup_texts, sup_y)
    assert pool_texts == texts and list(pool) == [0, 2] and weights is None and sup_weight is None


def test_cw25_stored_adapter_is_kept_only_with_the_same_supplement_weight(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    settings = {"seed": 7, "sentences": 3, "epochs": finetune.EPOCHS, "rank": 8, "alpha": 16.0,
                "top_layers": finetune.ADAPTED_LAYERS, "max_tokens": finetune.ADAPTER_TOKENS,
                "learning_rate": finetune.ADAPTER_LEARNING_RATE, "commit": "abc1234", "trained": "2026-12-01"}
    (tmp_path / "adapter.json").write_text(json.dumps(settings), encoding="utf-8")
    (tmp_path / "adapter.safetensors").write_bytes(b"")
    fitted: list[tuple[int, object]] = []

    class Stored:
        def __init__(self) -> None:
            self.meta = dict(settings)

    monkeypatch.setattr(finetune.CheckworthyAdapter, "load", lambda folder, *, stem="adapter": Stored())

    def fake_fit(*args: object, **kwargs: object) -> Stored:
        fitted.append((int(kwargs["seed"]), kwargs["weights"]))  # type: ignore[call-overload]
        return Stored()

    monkeypatch.setattr(finetune, "_fit_on_pool", fake_fit)
    pool, log = np.arange(3), lambda m: None
    # an adapter fitted without the supplement is kept for a pool without it ...
    finetune._member([], np.zeros(3), pool, tmp_path, "adapter", seed=7, refit=False, log=log)
    assert not fitted
    # ... and fitted again, with the weights passed on, when the supplement weighs 0.5 in the loss
    weights = np.array([1.0, 1.0, 0.5])
    made = finetune._member([], np.zeros(3), pool, tmp_path, "adapter", seed=7, refit=False, log=log,
                            weights=weights, supplement_weight=0.5)
    assert len(fitted) == 1 and fitted[0][1] is weights and made.meta["supplement_weight"] == 0.5


@pytest.mark.slow
def test_cw25_loss_weights_of_one_change_nothing_and_a_zero_weight_removes_a_sentence() -> None:
    from spinscope.components.claims_adapter import bottom_states, token_rows

    texts = ["Unemployment fell to 4 percent in 2019.", "Thank you all for coming tonight.",
             "The bridge cost 30 million dollars.", "I love this country."] * 4
    states = bottom_states(token_rows(texts))
    y = np.array([1, 0, 1, 0] * 4)

    def fit(weights: np.ndarray | None) -> np.ndarray:
        return finetune.train_adapter(states, y, epochs=2, seed=0, weights=weights).predict_states(states)

    plain = fit(None)
    assert np.array_equal(fit(np.ones(len(y))), plain)
    # weight 0 on every Yes sentence: the loss sees only No sentences, so the fit is another one and pushes
    # the Yes sentences down with the rest
    no_only = fit((y == 0).astype(float))
    assert not np.allclose(no_only, plain)
    assert no_only[y == 1].mean() < plain[y == 1].mean()
