"""The ``writer`` features of round 16 (docs/EVALUATION.md, "Multilingual, round 16"; measured for the multilingual
genre head, not adopted): the stance cues and the writer's voice of the English genre model (round 12,
``components/style.py``; hand-written cue lists per language), less the two English-only shares of evaluative words,
and ``dash_dateline``: whether one of the first two paragraphs after the title opens with a place in any case and a
dash, the opener of satire sites in several languages (the all-caps ``dateline`` of the style block misses it).
An article is read as ``components/multilingual.structure_features`` reads it (one paragraph a line, the title
first; sentences by the rough splitter of the English tagger).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

WRITER_FEATURES: tuple[str, ...] = ("booster_sentences", "hedge_sentences", "deontic_sentences",
                                    "intensifier_sentences", "argument_sentences", "time_anchor_sentences",
                                    "writer_first_singular", "writer_first_plural", "writer_second_person",
                                    "writer_questions", "writer_exclamations", "writer_deontic", "writer_booster",
                                    "dash_dateline")
_DASH_DATELINE = re.compile(r"^\s*[^\W\d_][\w'’. ]{1,30}(?:\s\([^)\n]{1,25}\))?(?:,[^\n–—]{0,25})?\s[–—-]\s")
LANGS = ("fr", "de", "it", "pl", "ru")
FOLDER = {"fr": "fr", "de": "ge", "it": "it", "pl": "po", "ru": "ru"}


def writer_features(paragraph_texts: Sequence[str], language: str) -> np.ndarray:
    """One row of :data:`WRITER_FEATURES` for an article given as its paragraphs (title first)."""
    from spinscope.components.persuasion_models import split_sentences
    from spinscope.components.style import stance_features, voice_features

    text = "\n".join(p.replace("\n", " ") for p in paragraph_texts)
    lines, offset = [], 0
    for p in text.split("\n"):
        if p.strip():
            lines.append((offset, offset + len(p)))
        offset += len(p) + 1
    sentences = [r for a, b in lines for r in split_sentences(text, a, b)]
    stance = stance_features(text, sentences, language=language)[:6]
    voice = voice_features(text, sentences, language=language)[:7]
    body = [p for p in paragraph_texts if p.strip()][1:3]
    dateline = float(any(_DASH_DATELINE.match(p) for p in body))
    return np.concatenate([stance, voice, [dateline]]).astype(np.float32)


@lru_cache(maxsize=8)
def _articles(language: str) -> dict[str, Any]:
    from spinscope.training.data import load_semeval2023

    return load_semeval2023(Path("/work/shared/data"), language=FOLDER[language])


@cache
def article_writer(language: str, article_id: str) -> np.ndarray:
    """The writer features of a SemEval-2023 training article, read as the training command's loader reads it."""
    from spinscope.training.data import paragraph_lines

    art = _articles(language)[article_id]
    return writer_features([art.text[p.start:p.end] for p in paragraph_lines(art.text)], language)


def block(it: Any, name: str) -> np.ndarray:
    """``writer`` (the article's features) or ``writerxl`` (the same in the slot of its language)."""
    w = article_writer(it.language, it.id)
    if name == "writerxl":
        return np.concatenate([w * (it.language == la) for la in LANGS])
    return w
