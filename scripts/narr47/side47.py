"""Round 47 (narr47), NOT shipped (it failed scripts/narr47/RULE.md; moved here from
src/spinscope/components/narrative_side47.py): the side an article takes in the war in Ukraine, read from a small
fixed lexicon, and a gate that drops the pro-Russian narratives from an article written against Russia.

The narrative classifiers read the topic (the war), not the side: a speech casting Russia as the aggressor could
come out "URW: Discrediting Ukraine". An article that uses at least :data:`SIDE_MIN` phrases casting Russia or
Putin as the aggressor (``against_russia``) and none of the other side's wording (``against_ukraine``: "Kiev
regime", "special military operation", "neo-Nazis" ...) loses the five pro-Russian narratives (:data:`PRO_RUSSIAN`)
and their sub-narratives; nothing is ever added. The lexicon was written from general knowledge of the two sides'
wording, from no SemEval article (scripts/narr47/RULE.md, committed before any figure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

#: The five narratives of the SemEval-2025 taxonomy that argue Russia's side.
PRO_RUSSIAN = frozenset({
    "URW: Discrediting Ukraine",
    "URW: Praise of Russia",
    "URW: Russia is the Victim",
    "URW: Blaming the war on others rather than the invader",
    "URW: Discrediting the West, Diplomacy",
})

#: Matches of ``against_russia`` needed (with no ``against_ukraine`` match) for the gate to drop them.
SIDE_MIN = 2

_APOS = "['\u2019]"

_AGAINST_RUSSIA = [
    # English
    rf"\brussia(?:n|{_APOS}s)\s+(?:(?:full[- ]scale|brutal|unprovoked|illegal)\s+)?(?:aggression|invasion|invaders?"
    rf"|occupiers?|occupation|war\s+of\s+aggression|war\s+crimes|aggressor)\b",
    r"\b(?:the\s+)?russian\s+(?:invaders|occupiers|aggressors?)\b",
    r"\baggressor\s+(?:state|country)\b",
    r"\bterrorist\s+state\b",
    rf"\bputin{_APOS}s\s+(?:war|regime|aggression|invasion|russia)\b",
    r"\bwar\s+criminal\s+putin\b",
    r"\bunprovoked\s+(?:war|invasion|aggression|attack)\b",
    r"\bras(?:h|c)ists?\b",
    # Russian
    r"российск\w*\s+(?:агресси|вторжени|оккупант|оккупаци|агрессор|захватчик)\w*",
    r"(?:агресси|вторжени)\w*\s+росси\w*",
    r"(?:страна|государство|страны|государства|стране|государству)-агрессор\w*",
    r"путинск\w*\s+(?:режим|войн|росси)\w*",
    r"войн\w*\s+путина",
    r"\bрашист\w*",
    # Bulgarian
    r"руск\w*\s+(?:агресия|нахлуване|инвазия|окупатори|окупация|агресор|нашественици)\w*",
    r"(?:агресия(?:та)?|нахлуването|инвазия(?:та)?)\s+на\s+русия",
    r"държава(?:та)?[- ]агресор",
    r"путинск\w*\s+(?:режим|война|русия)\w*",
    r"войната\s+на\s+путин",
    # Portuguese
    r"\b(?:agressão|invasão|ocupação|invasores|ocupantes|agressor)\s+russ[oa]s?\b",
    r"\b(?:invasão|agressão)\s+da\s+rússia\b",
    r"\bestado\s+agressor\b",
    r"\b(?:regime|guerra)\s+de\s+putin\b",
    # Hindi
    r"रूसी\s+(?:आक्रमण|आक्रामकता|हमलावर)",
    r"रूस\s+(?:का|की|के)\s+(?:आक्रमण|आक्रामकता)",
]

_AGAINST_UKRAINE = [
    # English
    r"\bkie?y?v\s+regime\b",
    r"\bzelensky\w*\s+regime\b",
    r"\bspecial\s+military\s+operation\b",
    r"\bneo-?nazis?\b",
    r"\bbanderites?\b",
    r"\brussophob\w*",
    # Russian
    r"киевск\w*\s+режим\w*",
    r"режим\w*\s+зеленского",
    r"специальн\w*\s+военн\w*\s+операци\w*",
    r"\bспецоперац\w*",
    r"\bСВО\b",
    r"неонацис\w*",
    r"бандеров\w*",
    r"русофоб\w*",
    # Bulgarian
    r"киевския\s+режим",
    r"специалн\w*\s+военн\w*\s+операция\w*",
    r"неонацис\w*",
    r"бандеровц\w*",
    r"русофоб\w*",
    # Portuguese
    r"\bregime\s+de\s+(?:kiev|kyiv|zelensky)\b",
    r"\bopera[çc][ãa]o\s+militar\s+especial\b",
    r"\bneonazis?\b",
    r"\brussof[oó]bi\w*",
]

_RUSSIA_RE = re.compile("|".join(f"(?:{p})" for p in _AGAINST_RUSSIA), re.IGNORECASE)
_UKRAINE_RE = re.compile("|".join(f"(?:{p})" for p in _AGAINST_UKRAINE), re.IGNORECASE)


def side_counts(text: str) -> tuple[int, int]:
    """``(against_russia, against_ukraine)``: how many phrases of each side's wording the text uses."""
    return len(_RUSSIA_RE.findall(text)), len(_UKRAINE_RE.findall(text))


def written_against_russia(text: str) -> bool:
    """Whether the text casts Russia as the aggressor: at least :data:`SIDE_MIN` such phrases and none of the
    other side's wording."""
    against_russia, against_ukraine = side_counts(text)
    return against_russia >= SIDE_MIN and against_ukraine == 0


def is_pro_russian(label: str) -> bool:
    """Whether a narrative or sub-narrative label is one of :data:`PRO_RUSSIAN` or under one."""
    return any(label == p or label.startswith(p + ": ") for p in PRO_RUSSIAN)


def side_gate(text: str, labels: Sequence[str]) -> list[str]:
    """``labels`` (narratives or sub-narratives) without the pro-Russian ones when the text is written against
    Russia (:func:`written_against_russia`); unchanged otherwise."""
    if not any(is_pro_russian(lab) for lab in labels) or not written_against_russia(text):
        return list(labels)
    return [lab for lab in labels if not is_pro_russian(lab)]


def side_gate_pairs(text: str, kept: Sequence[tuple[str, float]], subs: Sequence[tuple[str, float]]
                    ) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """The multilingual heads' ``(narratives, sub-narratives)`` with :func:`side_gate` applied to both."""
    if not any(is_pro_russian(lab) for lab, _ in kept) or not written_against_russia(text):
        return list(kept), list(subs)
    return ([(lab, p) for lab, p in kept if not is_pro_russian(lab)],
            [(lab, p) for lab, p in subs if not is_pro_russian(lab)])


def side_gate_prediction(text: str, pred: Any) -> None:
    """:func:`side_gate` on a :class:`~spinscope.components.narratives.NarrativePrediction`, in place (its
    narratives, sub-narratives and cue flags)."""
    kept, _ = side_gate_pairs(text, pred.narratives, [])
    if len(kept) == len(pred.narratives):
        return
    pred.narratives = kept
    pred.subnarratives = {lab: subs for lab, subs in pred.subnarratives.items() if not is_pro_russian(lab)}
    pred.by_cue = {lab for lab in pred.by_cue if not is_pro_russian(lab)}
