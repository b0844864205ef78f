"""Round 48, helper tech56 (issue 15): the rejected ``techniques_gate56.v1`` (kept as a script, not shipped: it removed
a right Name_Calling finding on a coined CamelCase insult in tech41's old30, RULE.md criterion 2): the tagger's
Loaded_Language / Name_Calling spans on an online user's handle.

On an English feature about online forums the tagger gives Loaded_Language to a user's handle (a CamelCase nickname
such as the shape ``AbcDef``, or letters then digits such as ``abc123``) standing alone or with one neutral verb: a
name, not a loaded word. ``scripts/tech56/marks_d56.json`` marked four such findings, all wrong;
``scripts/tech56/RULE.md`` wrote the rule and its pass criteria before any figure.

``techniques_gate56.v1`` runs after ``techniques_gate54.v1`` and, in an English article (any genre), removes the
tagger's spans (evidence exactly ``techniques.v1:<model>``, not sentence-long) labelled Loaded_Language or
Name_Calling-Labeling whose words :func:`handle_span` marks: one handle token, optionally followed by one lower-case
word. Nothing is added in a removed span's place; every other finding is kept.

``spinscope predict ptc`` / ``predict semeval2023`` run ``techniques.v1`` alone and ``spinscope eval techniques``
reads the tagger without the pipeline's gates: their outputs and figures do not change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spinscope.components.persuasion_models import split_sentences
from spinscope.components.techniques43 import tagger_evidence
from spinscope.components.techniques50 import is_sentence_long
from spinscope.result import Technique

#: The labels the gate reads.
LABELS_56 = frozenset({"Loaded_Language", "Name_Calling-Labeling"})

#: A handle: a lower-case letter followed by an upper-case one inside one token (``AbcDef``), or letters then
#: digits (``abc123``); letters, digits and underscores only.
_HANDLE_56 = re.compile(r"(?=\w*[a-z][A-Z])[A-Za-z][A-Za-z0-9_]*|[A-Za-z]+_?[0-9]+")
_TAIL_56 = re.compile(r"[a-z]+")


def handle_span(words: str) -> bool:
    """Are ``words`` a handle alone, or a handle and one lower-case word (edge punctuation ignored)?"""
    tokens = words.strip(" \t\n\"'“”‘’.,;:!?()[]").split()
    if not 1 <= len(tokens) <= 2 or not _HANDLE_56.fullmatch(tokens[0]):
        return False
    return len(tokens) == 1 or _TAIL_56.fullmatch(tokens[1]) is not None


def without_handles(text: str, found: Sequence[Technique]) -> list[Technique]:
    """``found`` less the tagger's Loaded_Language / Name_Calling spans that are a user's handle."""
    if not any(t.label in LABELS_56 and tagger_evidence(t.evidence) for t in found):
        return list(found)
    sentences = split_sentences(text)
    return [t for t in found if not (t.label in LABELS_56 and tagger_evidence(t.evidence)
                                     and not is_sentence_long(t.start, t.end, sentences)
                                     and handle_span(text[t.start:t.end]))]

