"""spinscope's own MiniLM forward pass and tokenizer against transformers' BertModel and fast tokenizer."""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.components.persuasion_models import make_windows
from spinscope.encoder import base_model_path, load_encoder, load_tokenizer

TEXTS = ["The dying Kyiv regime threatens Minsk, officials in Moscow said on Monday.",
         "Short.", "Naïve café owners’ \"quotes\" — and emoji 🙂 or ǂunknown glyphs Ⅻ.",
         "word " * 300]


@pytest.fixture(scope="module")
def reference():
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    transformers = pytest.importorskip("transformers")
    path = str(base_model_path())
    return transformers.AutoModel.from_pretrained(path).eval(), transformers.AutoTokenizer.from_pretrained(path)


def test_encoder_matches_transformers_bert(reference) -> None:
    import torch

    model, tokenizer = reference
    ours = load_encoder()
    enc = tokenizer(TEXTS, padding=True, truncation=True, max_length=256, return_tensors="pt")
    ids, mask = load_tokenizer().batch(TEXTS, max_tokens=256)
    assert torch.equal(ids, enc["input_ids"]) and torch.equal(mask, enc["attention_mask"])
    with torch.inference_mode():
        want = model(input_ids=ids, attention_mask=mask).last_hidden_state
        got = ours(ids, mask).last_hidden_state
    real = mask.bool()
    assert torch.allclose(got[real], want[real], atol=1e-4), (got[real] - want[real]).abs().max()


def test_windows_match_transformers_overflow(reference) -> None:
    _, tokenizer = reference
    text = "\n".join(TEXTS)
    paragraphs, pos = [], 0
    for line in text.split("\n"):
        paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    windows = make_windows(text, paragraphs)
    enc = tokenizer([text[s:e] for s, e in paragraphs], max_length=128, stride=32, truncation=True,
                    return_overflowing_tokens=True, return_offsets_mapping=True)
    assert len(windows) == len(enc["input_ids"]) > len(paragraphs)  # the long paragraph overflows
    for i, w in enumerate(windows):
        assert w.input_ids == enc["input_ids"][i]
        assert w.paragraph == enc["overflow_to_sample_mapping"][i]
        assert w.word_ids == enc.word_ids(i)
        base = paragraphs[w.paragraph][0]
        expected = [(0, 0) if t in tokenizer.all_special_ids else (base + s, base + e)
                    for t, (s, e) in zip(enc["input_ids"][i], enc["offset_mapping"][i], strict=True)]
        assert w.offsets == expected


def test_encoder_train_mode_applies_dropout() -> None:
    import torch

    ours = load_encoder().train()
    ids, mask = load_tokenizer().batch(TEXTS[:1], max_tokens=64)
    torch.manual_seed(0)
    a = ours(ids, mask).last_hidden_state
    b = ours(ids, mask).last_hidden_state
    assert not torch.allclose(a, b)
    ours.eval()
    with torch.inference_mode():
        assert np.allclose(ours(ids, mask).last_hidden_state.numpy(), ours(ids, mask).last_hidden_state.numpy())


def test_importing_the_analysis_path_does_not_import_transformers() -> None:
    import subprocess
    import sys

    code = ("import sys; from spinscope import load_pipeline; from spinscope.document import ArticleInput; "
            "p = load_pipeline(); p(ArticleInput(text='Officials in Kyiv said the talks failed. ' * 5)); "
            "print(sorted(m for m in ('transformers', 'sentence_transformers') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("preset, expected", [(None, "64"), ("512", "512")])
def test_onednn_cache_is_bounded_before_torch_runs_and_a_user_setting_wins(preset, expected) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "ONEDNN_PRIMITIVE_CACHE_CAPACITY"}
    if preset is not None:
        env["ONEDNN_PRIMITIVE_CACHE_CAPACITY"] = preset
    # the analysis path (the components' module imports the encoder before any model runs)
    code = ("import os, sys; import spinscope.components.persuasion_models; "
            "print(os.environ.get('ONEDNN_PRIMITIVE_CACHE_CAPACITY'), 'torch' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [expected, "False"]  # set, and torch not yet imported


@pytest.fixture
def precision(monkeypatch):
    """Set SPINSCOPE_PRECISION for one test; the cached choice is cleared before and after."""
    from spinscope.encoder import PRECISION_ENV, inference_precision

    def choose(value: str) -> str:
        monkeypatch.setenv(PRECISION_ENV, value)
        inference_precision.cache_clear()
        return inference_precision()

    yield choose
    monkeypatch.delenv(PRECISION_ENV, raising=False)
    inference_precision.cache_clear()


def test_precision_setting(precision) -> None:
    assert precision("fp32") == "fp32"
    assert precision(" BF16 ") == "bf16"
    with pytest.raises(ValueError, match="SPINSCOPE_PRECISION='half' is not one of auto, bf16, fp32"):
        precision("half")


def test_native_bf16_is_read_from_the_cpu_flags(tmp_path) -> None:
    from spinscope.encoder import cpu_has_native_bf16

    info = tmp_path / "cpuinfo"
    info.write_text("flags\t\t: fpu sse2 avx2 avx512f avx512_vnni\n")
    assert not cpu_has_native_bf16(info)
    info.write_text("flags\t\t: fpu sse2 avx2 avx512f avx512_bf16 avx512_vnni\n")
    assert cpu_has_native_bf16(info)
    assert not cpu_has_native_bf16(tmp_path / "missing")


def test_bf16_inference_keeps_embeddings_and_technique_scores(precision) -> None:
    from spinscope.components.persuasion_models import SentenceEncoder, TechniqueTagger

    encoder, tagger = SentenceEncoder(), TechniqueTagger()
    text = TEXTS[0] + " " + TEXTS[2]
    paragraphs = [(0, len(text))]
    results = {}
    for choice in ("fp32", "bf16"):
        assert precision(choice) == choice
        results[choice] = encoder.encode(TEXTS), tagger.score(text, paragraphs)[0]
    (e32, s32), (e16, s16) = results["fp32"], results["bf16"]
    assert e16.dtype == np.float32 and e16.shape == e32.shape
    assert (e32 * e16).sum(axis=1).min() > 0.999
    assert np.array_equal(s16.words, s32.words)
    assert np.abs(s16.word_probs - s32.word_probs).max() < 0.05
    assert np.abs(s16.head_probs - s32.head_probs).max() < 0.05
    # the tagger's linear weights were cast in place for bf16: float32 again reads them from the files again
    assert precision("fp32") == "fp32"
    again = tagger.score(text, paragraphs)[0]
    assert np.array_equal(again.word_probs, s32.word_probs) and np.array_equal(again.head_probs, s32.head_probs)


def test_bf16_copy_answers_what_autocast_answers_and_leaves_the_model(precision) -> None:
    """The inference copy with bfloat16 linear weights gives the float32 model's autocast outputs bit for bit,
    shares the embeddings, and leaves the model float32 (training and fp32 inference still read it)."""
    import torch

    from spinscope.components.persuasion_models import SentenceEncoder
    from spinscope.encoder import bf16_linears, inference

    assert precision("bf16") == "bf16"
    model = load_encoder()
    fast = bf16_linears(model)
    ids, mask = load_tokenizer().batch(TEXTS, max_tokens=64)
    with inference():
        slow_out = model(ids, mask).last_hidden_state.float()
        fast_out = fast(ids, mask).last_hidden_state.float()
    assert torch.equal(slow_out, fast_out)
    assert {p.dtype for p in model.parameters()} == {torch.float32}
    assert fast.encoder.layer[0].intermediate.dense.weight.dtype == torch.bfloat16
    assert fast.embeddings.word_embeddings.weight is model.embeddings.word_embeddings.weight

    encoder = SentenceEncoder()
    assert encoder.inference_model() is encoder.inference_model() is not encoder.model  # made once
    assert precision("fp32") == "fp32"
    assert encoder.inference_model() is encoder.model


def test_packed_inference_gives_the_padded_outputs(monkeypatch) -> None:
    """A batch with padding runs packed (the dense parts on the real tokens only): the same outputs at the real
    tokens as the padded run, up to bfloat16 rounding, and zeros at the padding."""
    import torch

    import spinscope.encoder as encoder_module
    from spinscope.encoder import inference

    model = load_encoder()
    texts = [TEXTS[0], "Short.", TEXTS[1] + " " + TEXTS[2]]
    ids, mask = load_tokenizer().batch(texts, max_tokens=128)
    assert int(mask.sum()) < encoder_module.PACK_MIN_SHARE * mask.numel()  # this batch runs packed
    with inference():
        packed = model(ids, mask).last_hidden_state.float()
        monkeypatch.setattr(encoder_module, "PACK_MIN_SHARE", 0.0)  # every batch padded
        padded = model(ids, mask).last_hidden_state.float()
    real = mask.bool()
    assert torch.allclose(packed[real], padded[real], atol=0.05)
    cosine = torch.nn.functional.cosine_similarity(packed[real], padded[real], dim=-1)
    assert cosine.min() > 0.999
    assert not packed[~real].any()
