"""Attributions, round 107 (issue 16, branch ``attr107``): records and speakers of seven fresh 1987 wire stories'
development part (``scripts/attr107/README.md``): a consumer group's disposal, a coffee exporters' president, a
company's buyback, Dutch feed figures, a results table, a hospital group's merger bid, the Rhine's high water; and
the lead's two open leads of round 55 (invented sentences only).

One pass, ``round107_attributions``, registered right after ``lead55_attributions`` in ``extract_attributions``.
Its invented tests are in ``tests/test_attr107.py``.

Records dropped (none of them reports a statement; the older wire golds mark none):

- **"declined to say how much <clause>".** On wire stories only (round 93's title test, as round 106's refusals:
  PolNeAR's news pages mark refusals), a "declined" / "refused" record whose content is "to say / specify /
  disclose / reveal / indicate" and a question word ("how", "whether", "what", "when", "where", "why", "which",
  "who", "if") reports what was withheld: dropped (attr104's "would not say whether", attr102's "declined to
  specify at what price", attr83's "declined to specify when" are no records of their golds).
- **A deal's passive act.** On wire stories only, "<stock> is owned by <holders>" and "<company> was acquired by
  <buyer>" gave stance records (the acts of a named agent PolNeAR marks: "the bill was passed by Congress"): a
  passive act whose verb is one of owning, buying, selling or running a business is dropped.
- **"made a counter proposal that <clause>".** On wire stories only, a "proposal" record after "made a
  (counter)" is an act of bargaining: dropped (the one such phrase of any older gold, attr106's, is no record;
  the convention the lead asked to settle, see ``scripts/attr107/README.md``).
- **"charges of <amount>".** A results note's "includes charges of <two amounts> for restructuring" gave a stance
  record with no speaker (an accusation's noun): a "charge(s) of" record whose content opens with a figure is
  dropped.

Records found or mended:

- **"<clause> but <clause>, <speaker> said".** A sentence-final tag's record whose content began after a "but"
  inside its sentence held the last clause only; every older gold gives such a tag the whole sentence (17 of 17):
  the content starts at the sentence start, where nothing of another record stands between.
- **"Comments by <A> that <clause>, and by <B> that <clause>"** (the lead's lead): lead55d's by-agent record took
  the second agent into the first clause and gave the second none. The first content ends before ", and by", and
  the second agent's record is added (the same noun its cue; its clause as the parser hangs it on "that").
- **"<Speaker> told Reuters, <clause>"** (the lead's lead): the parser hangs "told" as a clause of the main verb
  after the comma ("told" ccomp of "lost"), or the clause's subject as an apposition of the listener ("Reuters,
  <Company>, one of ..., lost": "lost" xcomp of "told"), so no record was found. A "told" with an agentive subject
  and a listener ("Reuters", "reporters", ...) followed by a comma and no relative, participle or quotation, and
  no record with that cue: a record, its content the rest of the sentence, its speaker named and typed as another
  record of the same surname when there is one.

Speakers:

- **"..., it said" of the company that spoke.** A bidder's "said it made an offer to the board of <Target> ...",
  then "The offer provides that <Target> would ..., it said." gave "it" to the target (resolved unsure), a company
  named only inside the record's own content and speaking nowhere in the story: on wire stories, such an "it" is
  the named company that spoke last before it.
- **Authority officials.** "water authority officials said" was typed ``anonymous`` with no country (the golds
  give a state's ministry and authority officials ``government`` of their country): an unnamed ``anonymous`` or
  ``person`` speaker "<...> authority / authorities officials" is ``government``, of the country another record's
  "the officials" has in the story, else of the story's country (``story_country``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...document import Document
from ...result import Attribution
from ._shared import landed
from .cues import _agentive
from .lead55 import SPEAKER_FIELDS_L55, _like
from .round56 import _sentence_bounds
from .round77 import _record
from .round93 import _wire_title
from .round101 import _phrase
from .round103 import _cue
from .sources import SourceTable
from .sources42 import _each, _update
from .speakers import story_country

if TYPE_CHECKING:
    from spacy.tokens import Token

EVIDENCE_107 = "attributions.v1:round107"
#: "to say how much ...", "to specify whether ...": a refusal naming what was withheld.
WITHHELD_107 = re.compile(r"to\s+(?:say|specify|disclose|reveal|indicate|state)\s+(?:exactly\s+)?"
                          r"(?:how|whether|what|when|where|why|which|who|if)\b", re.IGNORECASE)
#: Verbs of owning, buying, selling or running a business: a passive act of a deal, no statement.
DEAL_ACTS_107 = frozenset({"own", "acquire", "buy", "purchase", "hold", "control", "sell", "lead", "manage", "operate",
                           "run", "finance", "underwrite"})
#: "made a (counter) " before "proposal": an act of bargaining, no statement (attr106's gold).
MADE_A_107 = re.compile(r"\b(?:made|makes|make|making)\s+(?:a|an|its|their)\s+(?:counter[\s-]?)?$")
#: A figure opening a content: "400,000 and 900,000", "$4 mln", "five mln dlrs" (lead58: a number word and its unit).
FIGURE_107 = re.compile(r"(?:about\s+|some\s+|[$£]\s*)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)\s+(?:mln|million|billion|bln|"
                        r"dlrs|dollars|pct|percent|cts|cents)\b)", re.IGNORECASE)
#: "but" inside a sentence, before the content of its final tag.
BUT_107 = re.compile(r",?\s+but\s+$")
#: ", and by <agent> that ": a second agent of a noun of saying.
SECOND_BY_107 = re.compile(r",\s+and\s+by\s+")
#: The listener of "told" before a comma: "told Reuters, <clause>".
LISTENER_107 = re.compile(r"\s+(?:Reuters|reporters|journalists|newsmen|a\s+news\s+conference|"
                          r"a\s+press\s+conference)\s*,\s+")
#: What opens no reported clause after "told Reuters, ": a relative, a participle, a quotation.
NOT_CLAUSE_107 = re.compile(r"(?:who|which|where|when|whom|adding|saying|noting|according|in\s+a\s+statement)\b|[\"“]",
                            re.IGNORECASE)
#: "water authority officials", "the port authority's officials".
AUTHORITY_OFFICIALS_107 = re.compile(r"(?:the\s+)?(?:[\w.'-]+\s+){0,3}(?:[Aa]uthority|[Aa]uthorities)(?:['’]s)?\s+"
                                     r"officials?")


def _not_report_107(text: str, a: Attribution, wire: bool) -> bool:
    """The module's dropped records."""
    cue, content = _cue(text, a), text[a.content.start:a.content.end].strip()
    if cue in ("charges of", "charge of") and ":stance-noun:charge" in a.evidence:
        return FIGURE_107.match(content) is not None
    if not wire:
        return False
    if cue.split()[-1:] in (["declined"], ["refused"]):
        return WITHHELD_107.match(content) is not None
    if cue in ("proposal", "counter proposal", "counterproposal", "counter-proposal") and a.cue is not None:
        return MADE_A_107.search(text, 0, a.cue.start) is not None
    m = re.search(r":stance-verb:(\w+):passive-act", a.evidence)
    return m is not None and m.group(1) in DEAL_ACTS_107


def _whole_sentence(text: str, out: list[Attribution]) -> list[Attribution]:
    """A sentence-final tag's content cut after a "but": the whole sentence (module's notes)."""
    res = []
    for a in out:
        if a.cue is not None and a.speaker is not None and a.content.end <= a.speaker.start and \
                BUT_107.search(text, 0, a.content.start):
            start = _sentence_bounds(text, a.content.start)[0]
            clear = not any(b is not a and ((b.content.end > start and b.content.start < a.content.start) or (
                b.cue is not None and start <= b.cue.start < a.content.start)) for b in out)
            if clear and start < a.content.start and not re.search(r"[\"“”]", text[start:a.content.start]):
                a = a.model_copy(update={"content": a.content.model_copy(update={"start": start}),
                                         "start": min(a.start, start),
                                         "evidence": f"{a.evidence}:round107:whole-sentence"})
        res.append(a)
    return res


def _name_of(doc_agent: Token) -> str | None:
    """"<title words> <Given> <Surname>": the proper name at the end of an agent phrase."""
    left = doc_agent
    while left.i > 0 and left.doc[left.i - 1].pos_ == "PROPN" and left.doc[left.i - 1].head.i in (doc_agent.i, left.i):
        left = left.doc[left.i - 1]
    return left.doc[left.i:doc_agent.i + 1].text if doc_agent.pos_ == "PROPN" and left.i < doc_agent.i else None


def _second_agents(text: str, doc: Document, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"Comments by A that C1, and by B that C2": A's content ends before ", and by", B gets a record."""
    res = list(out)
    for i, a in enumerate(out):
        cue = a.cue
        if cue is None or a.speaker is None or ":by-that:lead55" not in a.evidence:
            continue
        stop = SECOND_BY_107.search(text, a.content.start, _sentence_bounds(text, a.content.start)[1])
        if stop is None:
            continue
        end = len(text[a.content.start:min(a.content.end, stop.start())].rstrip(",; "))
        if end < a.content.end - a.content.start:
            res[i] = a = a.model_copy(update={"content": a.content.model_copy(update={"end": a.content.start + end}),
                                              "evidence": f"{a.evidence}:round107:first-agent"})
        para = next((p for p in doc.parsed if p.offset <= stop.end() < p.offset + len(p.doc.text)), None)
        if para is None:
            continue
        at = text.rindex("by", stop.start(), stop.end())
        by = next((t for t in para.doc if para.offset + t.idx == at), None)
        agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if agent is None or not _agentive(agent) or agent.pos_ == "PRON":
            continue
        mark = next((t for t in para.doc[agent.i + 1:agent.i + 3] if t.lower_ == "that" and t.dep_ == "mark"), None)
        if mark is None or mark.head.i <= mark.i:
            continue
        off = para.offset
        content = (off + para.doc[mark.i + 1].idx, off + mark.head.right_edge.idx + len(mark.head.right_edge))
        if content[1] - content[0] < 12:
            continue
        speaker = (off + agent.left_edge.idx, off + agent.idx + len(agent))
        sent = _sentence_bounds(text, speaker[0])
        record = _record(text, speaker, (cue.start, cue.end), content, f"{EVIDENCE_107}:second-by-agent", table,
                         text[sent[0]:sent[1]])
        name = _name_of(agent)
        if name is not None:
            record = record.model_copy(update={"speaker_name": name})
        res.append(record)
    return res


def _told_listener(text: str, doc: Document, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<Speaker> told Reuters, <clause>" with no record on "told" (the parser's two shapes: module's notes)."""
    cues = {a.cue.start for a in out if a.cue is not None}
    res = list(out)
    for para in doc.parsed:
        off = para.offset
        for tok in para.doc:
            if tok.lower_ not in ("told", "tells", "tell") or off + tok.idx in cues:
                continue
            m = LISTENER_107.match(text, off + tok.idx + len(tok))
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if m is None or subj is None or not _agentive(subj) or subj.lower_ in ("it", "they", "we", "you", "i") \
                    or NOT_CLAUSE_107.match(text, m.end()):
                continue
            end = _sentence_bounds(text, m.end())[1]
            content = (m.end(), m.end() + len(text[m.end():end].rstrip(".!? \n")))
            if content[1] - content[0] < 12:
                continue
            speaker = (off + subj.left_edge.idx, off + subj.right_edge.idx + len(subj.right_edge))
            sent = _sentence_bounds(text, speaker[0])
            record = _record(text, speaker, (off + tok.idx, off + tok.idx + len(tok)), content,
                             f"{EVIDENCE_107}:told-listener-comma", table, text[sent[0]:sent[1]])
            proper = [t for t in para.doc[subj.left_edge.i:subj.right_edge.i + 1] if t.pos_ == "PROPN"]
            surname = proper[-1].text if proper else None
            same = next((b for b in out if surname and b.speaker is not None and b.named and b.speaker_name and
                         b.speaker_name.split()[-1] == surname), None)
            if same is not None:
                record = _like(record, speaker, same, "told-listener-comma")
            else:
                name = _name_of(proper[-1]) if proper else None
                if name is not None:
                    record = record.model_copy(update={"speaker_name": name, "named": True})
            res.append(record)
    return res


def _authority_officials(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"water authority officials": a state's officials, ``government`` of the story's country."""
    officials = [a.source_country for a in out if a.speaker is not None and a.source_type == "government" and
                 a.source_country and _phrase(text, a).lower() in ("the officials", "officials")]
    country = officials[0] if officials else None

    def change(a: Attribution) -> Attribution:
        nonlocal country
        if a.speaker is None or a.source_type not in ("anonymous", "person") or \
                not AUTHORITY_OFFICIALS_107.fullmatch(_phrase(text, a)):
            return a
        if country is None:
            country = story_country(text, table)
        return _update(a, source_type="government", state_affiliated=True, named=False,  # type: ignore[return-value]
                       source_country=a.source_country or country)

    return _each(out, change)


def _it_speaker(text: str, out: list[Attribution]) -> list[Attribution]:
    """A wire "it said" unsure of a company named only in its own content: the company that spoke last before it."""
    res = list(out)
    for i, a in enumerate(out):
        if a.speaker is None or _phrase(text, a).lower() != "it" or ":pronoun-unsure" not in a.evidence or \
                a.source_type != "organization" or not a.speaker_name:
            continue
        own = text[a.content.start:a.content.end]
        if a.speaker_name.split()[0] not in own or any(b is not a and b.speaker_name == a.speaker_name for b in out):
            continue
        prev = [b for b in out if b.speaker is not None and b.start < a.start and b.named and
                b.source_type == "organization" and b.speaker_name and b.speaker_name != a.speaker_name]
        if prev:
            b = max(prev, key=lambda x: x.start)
            res[i] = a.model_copy(update={**{f: getattr(b, f) for f in SPEAKER_FIELDS_L55},
                                          "resolved_from": b.speaker, "evidence": f"{a.evidence}:round107:it-speaker"})
    return res


def round107_attributions(text: str, attributions: list[Attribution], doc: Document,
                          table: SourceTable) -> list[Attribution]:
    """Round 107's rules, as the module's notes say (the attributions second, as ``scripts/attr80/measure.py``'s
    identity in the pass's place reads them)."""
    wire = _wire_title(text)
    out = [a for a in attributions if not _not_report_107(text, a, wire)]
    out = _whole_sentence(text, out)
    out = _second_agents(text, doc, out, table)
    out = _told_listener(text, doc, out, table)
    out = _authority_officials(text, out, table)
    if wire:
        out = _it_speaker(text, out)
    return landed(out, attributions)


__all__ = ["round107_attributions"]
