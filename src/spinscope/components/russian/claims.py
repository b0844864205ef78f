"""Russian claims: each sentence as a check-worthy claim, another factual statement or an opinion, by rules
(the English check-worthiness model reads English sentence vectors only).

A sentence is an opinion when it has an opinion marker (evaluation, obligation, first person, "якобы"); else
check-worthy when it states something checkable: a number, or a named actor together with a finite verb in the
past or with a reported content; else factual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Claim, TextRange
from .lexicon import OPINION_LEMMAS
from .nlp import RuParse, SpanIndex

MIN_CLAIM_CHARS = 20
#: Scores of the rule classes: rules, so never near certainty.
SCORES = {"checkworthy": 0.7, "factual": 0.6, "opinion": 0.65}
NUMBER = re.compile(r"\d")


def classify_sentences(text: str, sentences: Sequence[TextRange], parse: RuParse, actors: Sequence[Actor],
                       attributions: Sequence[Attribution]) -> list[tuple[TextRange, str, float, str]]:
    """(sentence, label, check-worthiness, rule) per sentence of at least MIN_CLAIM_CHARS characters."""
    mentions = SpanIndex((m.start, m.end, 0) for a in actors if a.type != "location" for m in a.mentions)
    contents = SpanIndex((a.content.start, a.content.end, 0) for a in attributions)
    out = []
    for rng in sentences:
        if rng.end - rng.start < MIN_CLAIM_CHARS:
            continue
        lemmas = {t.lemma for t in parse.tokens_in(rng.start, rng.end)}
        chunk = text[rng.start:rng.end]
        named = bool(mentions.inside(rng.start, rng.end))
        reported = bool(contents.overlapping(rng.start, rng.end))
        if lemmas & OPINION_LEMMAS:
            out.append((rng, "opinion", 0.2, "opinion-marker"))
        elif NUMBER.search(chunk):
            out.append((rng, "checkworthy", 0.75, "number"))
        elif named and (reported or len(chunk.split()) >= 8):
            out.append((rng, "checkworthy", 0.6, "named-actor"))
        else:
            out.append((rng, "factual", 0.35, "statement"))
    return out


def to_claims(rows: Sequence[tuple[TextRange, str, float, str]], links: Sequence[int | None], *,
              evidence: str) -> list[Claim]:
    return [Claim(start=rng.start, end=rng.end, label=label, score=SCORES[label], evidence=f"{evidence}:{rule}",
                  checkworthiness=prob, attribution=link)
            for (rng, label, prob, rule), link in zip(rows, links, strict=True)]
