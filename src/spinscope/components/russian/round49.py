"""Round 49 (issue 19): a statement of "заявить / заявлять о <NP>" that the base leaves without a record, after
round 48's pass (tests/test_ru49.py on sentences of our own).

The base reads "заявил о <noun>" as a report only when the noun names an event by its ending ("об уничтожении",
"о готовности"); "заявила о параллели между ...", "заявляли об угрозе ...", "заявили о начале ..." get no record.
The older Russian golds (rounds 26-47, counted by ``scripts/ru49/count_conventions.py``) count every such
"заявил(а/и) о <NP>" as an indirect report, its content from "о" on (to the end of the sentence in most), and an
impersonal plural "в <body or place> (не раз) заявляли / заявили ..." as the body's or the place's report
("В Совфеде", "В СВР", "В ООН": the body, its state's country; a capital its state's).

Rule (``round49_attributions``): in a finished sentence (its last mark ., ! or ?), a finite "заявить / заявлять"
with no record on it, and an "о / об / обо" noun after it (no "о том", not "это", not one of the base's topic
nouns "мнение", "желание", ...), is a report:

- its speaker the verb's subject (the base's speaker phrase), else, for a plural verb with no subject, the
  "в / во <Capitalised noun>" phrase before the verb (the preposition left out);
- its content from the "о" to the end of the sentence (the final mark left out);
- typed from the speaker phrase as the base types one; an international body (an IGO actor) is a government with
  no country, as round 32's convention (round 46's pass does the same); a speaker with another report already
  (the same speaker name) takes that report's type and country (the earlier rounds' retyping, e.g. round 47's
  diplomat roles, ran before this pass); else a person phrase holding one of round 47's role nouns ("поверенная в
  делах") is a government speaker, as round 47 types the base's reports.

No record when neither speaker is found, the speaker is a first-person pronoun, or the content is under
``MIN_CONTENT49`` characters or overlaps a record already there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...result import Actor, Attribution, Span
from ..attribution.sources import SourceTable
from .attributions import TOPIC_NOUNS, _speaker_range, type_source
from .nlp import RuParse, RuSentence, SpanIndex
from .round47 import CHARGE47, DOC_GOV47, ROLE_GOV47

EVIDENCE49 = "attributions_ru.v1:round49"
SCORE49 = 0.65
#: The verbs of the rule (the task's "заявлять / заявили"); "сообщить о" and "рассказать о" are left to the base.
STATE_VERBS49 = frozenset({"заявить", "заявлять"})
ABOUT49 = frozenset({"о", "об", "обо"})
#: "о том, что" is the base's content clause; "об этом" points back (the base's "about-this").
NOT_TOPICS49 = frozenset({"то", "это", "что", "всё", "все"})
FIRST_PERSON49 = frozenset({"я", "мы"})
MIN_CONTENT49 = 15


def _trim49(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum() and text[start] not in "«\"":
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in "»\"":
        end -= 1
    return start, end


def _about_noun49(sent: RuSentence, i: int) -> int | None:
    toks = sent.tokens
    for j in sent.children(i):
        t = toks[j]
        if j <= i or t.rel not in ("obl", "obj", "nmod") or t.pos not in ("NOUN", "PROPN"):
            continue
        if t.lemma in NOT_TOPICS49 or t.lemma in TOPIC_NOUNS:
            return None
        if any(toks[k].lemma in ABOUT49 and toks[k].rel == "case" for k in sent.children(j)):
            return j
    return None


def _place_speaker49(sent: RuSentence, i: int) -> tuple[int, int] | None:
    """"В ООН (не раз) заявляли", "В МИД Франции заявили": the "в <Capitalised noun>" phrase before a plural
    verb with no subject, without its preposition."""
    toks = sent.tokens
    if toks[i].feats.get("Number") != "Plur":
        return None
    for j in sent.children(i):
        t = toks[j]
        if j >= i or t.rel != "obl" or t.pos not in ("NOUN", "PROPN") or not t.text[:1].isupper():
            continue
        case = [k for k in sent.children(j) if toks[k].rel == "case"]
        if len(case) != 1 or toks[case[0]].lemma not in ("в", "во"):
            continue
        lo, hi = sent.subtree(j)
        lo = case[0] + 1
        if hi >= i:
            continue
        return toks[lo].start, toks[hi].end
    return None


def round49_attributions(text: str, parse: RuParse, out: list[Attribution], actors: Sequence[Actor],
                         table: SourceTable) -> list[Attribution]:
    """Round 49's pass over the typed attributions (the module's docstring)."""
    mentions = SpanIndex((m.start, m.end, n) for n, a in enumerate(actors) for m in a.mentions)
    result = list(out)
    for sent in parse.sentences:
        if re.search(r"[.!?]\s*$", text[sent.start:sent.end]) is None:
            continue
        toks = sent.tokens
        for i, verb in enumerate(toks):
            if verb.lemma not in STATE_VERBS49 or verb.feats.get("VerbForm") != "Fin":
                continue
            if any(a.cue is not None and a.cue.start < verb.end and verb.start < a.cue.end for a in result):
                continue
            noun = _about_noun49(sent, i)
            if noun is None:
                continue
            subj = next((j for j in sent.children(i) if (toks[j].rel or "").startswith("nsubj")), None)
            if subj is not None:
                if toks[subj].lemma in FIRST_PERSON49 or toks[subj].lemma in NOT_TOPICS49:
                    continue
                speaker: tuple[int, int] | None = _speaker_range(sent, subj, stop=i)
            else:
                speaker = _place_speaker49(sent, i)
            if speaker is None:
                continue
            about = min(k for k in sent.children(noun) if toks[k].lemma in ABOUT49)
            content = _trim49(text, toks[min(about, sent.subtree(noun)[0])].start, sent.end)
            if content[1] - content[0] < MIN_CONTENT49 or any(
                    a.content.start < content[1] and content[0] < a.content.end for a in result):
                continue
            source_type, country, state, named, name = type_source(
                text, speaker, parse, table, dict(table.countries), actors, mentions)
            if source_type == "organization" and any(
                    (actors[n].code or "").startswith("IGO") and actors[n].name == name
                    for *_, n in mentions.inside(*speaker)):
                source_type, country, state = "government", None, True  # round 32: an international body
            like = next((a for a in result if name and a.speaker_name == name), None)
            if like is not None:  # typed as the same speaker's other reports (round 47 retypes a diplomat's role)
                source_type, country, state, named = (like.source_type or source_type, like.source_country,
                                                      like.state_affiliated, like.named)
            elif source_type == "person" and (
                    {t.lemma for t in parse.tokens_in(*speaker)} & (ROLE_GOV47 | DOC_GOV47) or
                    CHARGE47.search(text, *speaker)):
                source_type, state = "government", True  # round 47's role nouns ("поверенная в делах")
            cue = (verb.start, verb.end)
            spans = [speaker, cue, content]
            result.append(Attribution(
                start=min(s[0] for s in spans), end=max(s[1] for s in spans), label="indirect", score=SCORE49,
                evidence=EVIDENCE49, kind="indirect",
                speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=SCORE49, evidence=EVIDENCE49),
                cue=Span(start=cue[0], end=cue[1], label="cue", score=SCORE49, evidence=EVIDENCE49),
                content=Span(start=content[0], end=content[1], label="content", score=SCORE49,
                             evidence=EVIDENCE49),
                source_type=source_type, speaker_name=name, source_country=country, state_affiliated=state,
                named=named))
    return sorted(result, key=lambda a: (a.start, a.end)) if len(result) != len(out) else result
