"""Attributions, round 87 (helper round 47, issue 16): where main still differs from PolNeAR on the shapes whose
convention PolNeAR and the real golds disagree on ("agreed / declined / refused to", "signed <agreement>", "did not
know"; ``scripts/attr87/RULE.md``, the count in ``scripts/attr87/census.txt``).

The count: PolNeAR's tuning half marks these shapes as cues in most instances (its source the subject, its content
the "to <VP>" after the verb) and main already outputs each of them; the real golds leave them out (real78 marks two
"refused to"). No rule here drops them (the hidden gold is PolNeAR's). The pass only brings main closer to PolNeAR
where the census found it still differs, on "refused to":

- **"<subject> <verb> <Name> (<phrase>) for refusing / declining / saying ..."**: the gerund's speaker is the verb's
  object, the person the act is blamed or praised for ("The board fined Harrow for refusing to hand over the
  ledgers": Harrow refused), not the sentence's subject. A record whose cue is a gerund right after "for", in a
  clause "<verb of judging / sanction> <object> (in / into / on / under <up to four words>) for", takes the object
  as its speaker (a capitalised name of up to four words, or "the <noun>" of up to three words), typed again.
  Only gerunds of refusing, agreeing and saying (``GERUND_CUE_R87``): narrowed after the first development
  measurement, where "condemned <group> for posting <NP>" moved a speaker the sources_real39 gold reads.
  Pronoun objects are left alone (no coreference here).
- **"the (very) <noun> <pronoun> refuse(s) / decline(s) to <verb>: <NP>"**: an object relative whose gap is the
  thing not named; the colon gives it. Nothing is reported: every record on that cue goes (main made two, the
  pronoun saying "to <verb>" and the pronoun saying the noun phrase after the colon).

Called once from ``extract_attributions`` after ``round83_attributions`` (helpers' round84-86 and the lead's lead48
go there too; this pass reads no other round's records by name, the lead orders them). Tests:
``tests/test_attr87.py`` (invented sentences).
"""

from __future__ import annotations

import re

from ...result import Attribution
from .lead47 import _retyped
from .sources import SourceTable

#: Verbs that judge or sanction someone "for" an act (base forms; the inflected forms are built below).
_JUDGING_R87 = ("hold", "held", "criticize", "criticise", "blame", "fault", "fine", "punish", "sanction", "attack",
                "slam", "praise", "thank", "commend", "censure", "rebuke", "chide", "scold", "sue", "suspend", "fire",
                "sack", "dismiss", "condemn", "applaud", "laud", "mock", "ridicule", "chastise", "reprimand", "cite",
                "honor", "honour", "reward", "penalize", "penalise", "ban", "expel", "impeach", "denounce", "lambast",
                "berate", "castigate", "target", "arrest", "jail", "indict", "charge", "investigate")


def _forms_r87(base: str) -> str:
    if base == "held":
        return "held"
    stem = base[:-1] if base.endswith("e") else base
    double = base + base[-1] if base in ("slam", "ban") else base  # "slammed", "banned"
    return "|".join(sorted({base, base + "s", base + "es", stem + "ed", stem + "ing", double + "ed", double + "ing"}))


JUDGING_R87 = "|".join(_forms_r87(b) for b in _JUDGING_R87)

#: "<judging verb> <object> (<in / into / on / under> <up to four words>) for " ending where the gerund cue starts.
FOR_GERUND_R87 = re.compile(
    rf"\b(?i:{JUDGING_R87})\s+"
    r"(?P<obj>(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3}|(?i:the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?:\s+(?:in|into|on|under)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"\s+for\s+$")

#: The gerund cues the move reads: refusing, agreeing and saying verbs (an act such as "posting" is left alone:
#: the first development measurement moved "condemned <group> for posting <NP>" and lost a sources_real39 speaker).
GERUND_CUE_R87 = re.compile(r"(?i)(?:refus|declin|agree|say|claim|suggest|argu|insist|stat|deny|admitt|"
                            r"call|threaten|promis|vow|urg|demand|complain|boast|jok|ly|tweet|writ)ing")

#: Words a capitalised object phrase may not be: a pronoun or a sentence word, not a name.
NOT_NAME_R87 = frozenset({"He", "She", "They", "We", "I", "It", "You", "Him", "Her", "Them", "Us", "This", "That",
                          "The", "A", "An"})

#: "the (very / same) <noun> <pronoun> (<adverb>) " before a cue of refusing: an object relative.
GAPPED_R87 = re.compile(r"\bthe\s+(?:very\s+|same\s+)?[a-z]+\s+(?:they|he|she|we|I|you)\s+(?:\w+ly\s+)?$")
#: "to <verb>:" right after the cue: the infinitive has no object before the colon.
TO_VERB_COLON_R87 = re.compile(r"\s+to\s+[a-z]+\s*:")
REFUSING_R87 = re.compile(r"(?i)(?:refus|declin)(?:e|es|ed|ing)")


def _object_speaker_r87(text: str, a: Attribution, table: SourceTable) -> Attribution:
    """The record with the object of "<judging verb> <object> ... for <gerund>" as its speaker (or unchanged)."""
    if a.cue is None or not GERUND_CUE_R87.fullmatch(text[a.cue.start:a.cue.end]):
        return a
    line_start = max(text.rfind("\n", 0, a.cue.start) + 1, a.cue.start - 200)  # the paragraph, 200 characters
    m = FOR_GERUND_R87.search(text, line_start, a.cue.start)
    if m is None or (m.group("obj").split()[0] in NOT_NAME_R87 and not m.group("obj").lower().startswith("the ")):
        return a
    start, end = m.span("obj")
    if a.speaker is not None and (a.speaker.start, a.speaker.end) == (start, end):
        return a
    if a.speaker is None:
        return a  # no speaker span to move (none made by main on this shape)
    moved = _retyped(text, a, start, end, table, retype=True)
    return moved.model_copy(update={"resolved_from": None, "sources": []})


def round87_attributions(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 87's pass (module docstring): a gerund's speaker after "<verb> <object> for", and no record on a
    refusal whose object is the gap of a relative clause."""
    gapped = set()
    for a in out:
        if a.cue is None or not REFUSING_R87.fullmatch(text[a.cue.start:a.cue.end]):
            continue
        if GAPPED_R87.search(text, max(0, a.cue.start - 80), a.cue.start) and \
                TO_VERB_COLON_R87.match(text, a.cue.end):
            gapped.add((a.cue.start, a.cue.end))
    return [_object_speaker_r87(text, a, table) for a in out
            if a.cue is None or (a.cue.start, a.cue.end) not in gapped]
