"""Side-by-side baselines for the benchmark suite, measured on the same generated articles in one run.

- the floor: spaCy ``en_core_web_sm`` parsing alone plus one MiniLM encoder pass over the same
  sentences, what any pipeline built on these two must pay;
- the alternative: an XLM-RoBERTa-large-class encoder (instantiated from its configuration with random
  weights: the same cost as the trained model, no download) over the same paragraphs, windowed at 512
  tokens, as a SemEval-winner-class system would run.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

#: XLM-RoBERTa-large's architecture (the published configuration).
XLMR_LARGE = {
    "vocab_size": 250_002, "hidden_size": 1024, "num_hidden_layers": 24, "num_attention_heads": 16,
    "intermediate_size": 4096, "max_position_embeddings": 514, "type_vocab_size": 1,
}
WINDOW_TOKENS = 512
BATCH = 16


def paragraphs_of(texts: Sequence[str]) -> list[str]:
    return [line.strip() for text in texts for line in text.split("\n") if line.strip()]


def floor_seconds(texts: Sequence[str]) -> tuple[float, int]:
    """Seconds for spaCy parsing of every paragraph plus one MiniLM pass over every sentence; sentence count."""

    from spinscope.components.core import load_spacy
    from spinscope.components.persuasion_models import shared_sentence_encoder

    nlp = load_spacy()
    encoder = shared_sentence_encoder()
    paragraphs = paragraphs_of(texts)
    encoder.encode(["warm up"])
    started = time.perf_counter()
    sentences = [sent.text for doc in nlp.pipe(paragraphs) for sent in doc.sents]
    encoder.encode(sentences)
    return time.perf_counter() - started, len(sentences)


def xlmr_large_seconds(texts: Sequence[str]) -> float:
    """Seconds for an XLM-R-large-class forward pass over every paragraph (random weights, same cost)."""
    import torch
    from transformers import AutoTokenizer, XLMRobertaConfig, XLMRobertaModel

    from spinscope.components.persuasion_models import base_model_path
    from spinscope.encoder import inference

    torch.manual_seed(0)
    model = XLMRobertaModel(XLMRobertaConfig.from_dict(XLMR_LARGE)).eval()
    # XLM-R's own sentencepiece vocabulary is not installed offline; MiniLM's WordPiece gives token counts
    # within a few percent of it on English news, and the cost depends only on the count.
    tokenizer = AutoTokenizer.from_pretrained(str(base_model_path()))
    paragraphs = sorted(paragraphs_of(texts), key=len)
    started = time.perf_counter()
    with inference():
        for i in range(0, len(paragraphs), BATCH):
            batch = tokenizer(paragraphs[i:i + BATCH], truncation=True, max_length=WINDOW_TOKENS,
                              padding=True, return_tensors="pt")
            ids = batch["input_ids"].clamp(max=XLMR_LARGE["vocab_size"] - 1)
            model(input_ids=ids, attention_mask=batch["attention_mask"])
    return time.perf_counter() - started
