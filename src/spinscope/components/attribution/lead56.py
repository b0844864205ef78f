"""Attributions, lead round 56 (issue 16): records the lead's reading of 36 fresh 1987 wire stories found wrong
(a palm oil forecast, a wheat tender, a rights plan, a takeover's analysts, an aluminium group's results, a coffee
crop, an airline's merger offer, a pork council, a ferry accident; a drug maker's results, a grain exchange's
margins, a consumer group's results, a Japanese stake, an analyst on a micrographics deal, tanker movements, an
aerospace group's forecast; a ban on foreign ships, energy futures, a food group's charges, a bank's foreign loans,
retail sales, an affiliate's restated loss).

One pass, ``lead56_attributions``, called once from ``extract_attributions`` after every other pass. Its invented
tests are in ``tests/test_lead56.py``.

- **A clause reported whole by a final tag.** "<Country> expects prices to rise ... because of A and B, <Name>,
  <title>, told reporters": the parser hangs the clause on "told", but the deduplication kept the clause's own
  weaker verb ("expects", the country as speaker) over the tag's reading: a record whose cue is a clause
  complement of a later "say"/"tell" with a subject of its own, and no record of that verb, becomes the tag's
  record (its subject and title, the verb, the whole clause).
- **"<Name>, <participle clause>, said <clause>".** "<Firm>, reporting lower profit, said it anticipated growth":
  the parser makes the name the participle's subject, "said" has none, and no record was made (only a stance record
  "reporting <amount>"): the participle's subject speaks the clause; the participle's stance record goes.
- **One statement cut at a comma.** "<Firm> said its profit came back thanks to lower costs, improved prices and
  ...": the parser read "improved" as a second verb, two records of one cue and speaker split at the comma: one
  record over both.
- **Two clause complements of one cue.** "Traders said the squeeze in forward <month> <crude> seems to be over":
  the parser gave "said" two complements ("squeeze" and "appears") and the content stopped at the first: it runs
  over the second when nothing but a space lies between them.
- **A content that lost its subject.** "it said <Firm Co Ltd>, an affiliate of <Firm>, will buy": the content
  began at "will buy": it starts at the bracketed name.
- **Not statements.** A charge in the accounts ("a 750,000 dlrs charge for restructuring") read as an accusation
  with no speaker; "posted a 4.9 pct increase" and "reported net of <amount>", a company's figures as the
  object of a stance verb: no older wire gold counts any of them (11 "reported <figures>" and 4 "posted" in their
  stories, none a record), and the clause forms ("reported first quarter earnings fell") stay.
- **Names.** A speaker's name that keeps a piece of its ticker ("<Firm> Corp <KM") or a results table's word
  ("Shr <Firm> Co"): without it. "<Parent>'s 49.7 pct owned <Firm> affiliate said": the bracketed firm. "The
  exchange said" after "The Tokyo Grain Exchange said" (typed ``person``, a second source): that exchange.
- **One speaker.** The tag's speaker found above is the same person in the story's other records of that name
  ("<Surname> said", typed ``person`` with no country); a surname that is the middle name of one named speaker
  ("Marin" after "Justo Marin Ludena") is that speaker; unnamed market voices joined by "and" ("Analysts and some Wall
  Street sources") are ``anonymous``; the president of a body that is no state's (a growers' cooperative) is a
  ``person`` in every record. "told Reuters a harvest of ... was expected" keeps its subject in the content.
- **After the landing (lead56e).** A company whose first word the wire title took ("... CHARGES <FIRM>" over "<Name>
  Inc said", where the title opens with "<FIRM> <NAME>") is named whole, one source with its other records.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...document import Document
from ...result import Attribution
from .cues import _agentive
from .lead55 import _companies_typed, _like, legal_forms
from .round56 import _sentence_bounds
from .round77 import _record
from .round81 import _cue_token
from .round101 import _phrase
from .sources import SourceTable

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of a final tag that report the clause before them.
TAG_VERBS_L56 = frozenset({"say", "tell"})
#: Unnamed market voices joined: "Analysts and some Wall Street sources".
MARKET_VOICE_L56 = (r"(?:(?:several|some|other|many|most|a\s+few)\s+)?(?:[A-Za-z]+\s+){0,2}"
                    r"(?:analysts|sources|traders|dealers|economists|bankers|brokers|arbitragers)")
MARKET_VOICES_L56 = re.compile(rf"{MARKET_VOICE_L56}(?:\s+(?:and|or)\s+{MARKET_VOICE_L56})+", re.I)
#: "president of one of <Country>'s four coffee cooperative groups": the head of a body that is no state's.
ORG_PRESIDENT_L56 = re.compile(r"\bpresident\s+of\b[^,;]*?\b(?:groups?|cooperatives?|associations?|unions?|"
                               r"councils?|federations?|compan(?:y|ies)|firms?|societ(?:y|ies)|chambers?)\b", re.I)
STATE_TITLE_L56 = re.compile(r"\b(?:[Mm]inist(?:er|ry)|[Gg]overnment|[Ss]tate|[Rr]epublic|[Ss]enator|[Gg]overnor|"
                             r"[Ss]ecretary|[Cc]entral\s+[Bb]ank|[Pp]arliament|[Cc]ongress)\b")
#: A 1987 wire title that took the first word of the company's name ("... CHARGES RJR" over "Nabisco Inc said"):
#: the title line's last token, capitals of up to six characters (lead58: or a bracketed name the line cut, "<CMS").
TITLE_TAIL_L56 = re.compile(r"[^\n]*\s<?(?P<tail>[A-Z][A-Z&.]{0,5})[ \t]*\n[ \t]*\n")
#: A company's legal form ending a speaker's phrase (lead55's list and "AB"; the order of a group of whole words
#: before "\.?$" changes no match).
FORM_END_L56 = re.compile(r"\b" + legal_forms("AB") + r"\.?$")
#: A final tag's speaker after the clause: ", <Name>[, <title>,] " right before "told"/"said".
FINAL_TAG_L56 = re.compile(r",\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)"
                           r"(?:,\s+(?P<title>[a-z][^,\n]{1,60}))?,?\s+\Z")
#: A charge in the accounts: an amount of money shortly before "charge" ("a 750,000 dlrs charge for"), not a count
#: ("40 charges against nine officials" stays an accusation).
ACCOUNTS_CHARGE_L56 = re.compile(r"(?:\bdlrs?\b|\bmln\b|\bbillion\b|\bpct\b|\bstg\b|\bcts\b)[^.\n]{0,24}$")
#: An amount of money opening a charge's content: "charge of 16.8 mln dlrs".
AMOUNT_L56 = re.compile(r"[\d.,]+\s+(?:mln\s+|billion\s+)?(?:dlrs?|stg|cts|yen|francs|marks|guilders)\b")
#: A company's figures as a content: "net of 2.8 mln dlrs", "a 4.9 pct increase", "pretax profit of".
FIGURES_L56 = re.compile(r"\b(?:dlrs?|mln|billion|pct|cts|stg|net|profits?|loss(?:es)?|earnings|revenues?|sales|"
                         r"income|increase|gain|decline|drop)\b", re.I)
#: "said <Firm Co Ltd>, an affiliate of <Firm>, <verb>": the subject the content lost.
BRACKET_SUBJECT_L56 = re.compile(r"\s+(?:that\s+)?(?P<subj><[A-Z][^<>\n]{1,60}>,\s+(?:an?|the|its)\s+[^,\n]{2,60},)"
                                 r"\s+$")
#: "told Reuters a crop of up to 90,000 tonnes was likely": the subject read as a second object of "told".
LISTENER_SUBJECT_L56 = re.compile(r"\s+(?:Reuters|reporters|journalists|newsmen)\s+"
                                  r"(?P<np>(?:a|an|the|its|their|his|her)\s(?:[^,;:\n\"“”]|(?<=\d),(?=\d)){2,80}?)"
                                  r"\s+\Z")
#: A content that opens at its verb.
VERB_FIRST_L56 = re.compile(r"(?:was|were|is|are|will|would|had|has|have|could|can|may|might|should|must)\b")
#: A piece of a ticker ending a name ("<KM") and a results table's word opening it ("Shr ", "Oper ").
TICKER_TAIL_L56 = re.compile(r"\s*<[A-Z.]*>?$")
TABLE_WORD_L56 = re.compile(r"(?:Shr|Oper|Net|Avg)\s+(?=[A-Z])")
#: "<Parent>'s 49.7 pct owned <Firm> affiliate": the bracketed firm.
OWNED_UNIT_L56 = re.compile(r"<(?P<name>[A-Z][^<>\n]{1,60})>\s+(?:affiliate|unit|subsidiary)$")
#: "The exchange", "the board": an organisation's last word standing for it.
DESCRIBED_BODY_L56 = re.compile(r"[Tt]he\s+(?P<noun>[a-z]+)")


def _final_tags(verb: Token) -> list[Token]:
    """The "say"/"tell" that may be a final tag over ``verb``'s clause: the verb's head (the clause its complement),
    or a conjunct of the verb after a comma (the parser's "X expects A, Y told reporters")."""
    tags = [verb.head] if verb.dep_ == "ccomp" else [
        c for c in verb.children if c.dep_ in ("conj", "parataxis") and c.i > verb.i and
        not any(t.dep_ == "cc" and t.head.i == verb.i and verb.i < t.i < c.i for t in verb.doc)]
    return [t for t in tags if t.lemma_ in TAG_VERBS_L56 and t.i > verb.i and not any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children)]


def _tag_over_clause(text: str, doc: Document, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<Country> expects X, <Name>, <title>, told reporters": the tag's record (module's notes)."""
    cues = {a.cue.start for a in out if a.cue is not None}
    res = []
    for a in out:
        verb = _cue_token(doc, a.cue.start) if a.cue is not None and a.speaker is not None else None
        tags = _final_tags(verb) if verb is not None and a.kind != "direct" else []
        off = a.cue.start - verb.idx if verb is not None and a.cue is not None else 0
        tag = next((t for t in tags if off + t.idx not in cues), None)
        m = FINAL_TAG_L56.search(text, a.cue.end, off + tag.idx) if tag is not None and a.cue is not None else None
        if verb is None or tag is None or m is None or a.speaker is None or a.speaker.start < off + verb.left_edge.idx:
            res.append(a)
            continue
        content = (off + verb.left_edge.idx, m.start())
        speaker = (m.start("who"), m.end("title") if m.group("title") else m.end("who"))
        sent = _sentence_bounds(text, content[0])
        record = _record(text, speaker, (off + tag.idx, off + tag.idx + len(tag)), content,
                         f"attributions.v1:reporting-verb:{tag.lemma_}:ccomp:lead56:tag-over-clause", table,
                         text[sent[0]:sent[1]])
        update: dict[str, object] = {"speaker_name": " ".join(m.group("who").split()), "score": a.score}
        if record.source_type in ("government", "politician") and record.source_country is None and \
                a.source_type == "government":
            update["source_country"] = a.source_country  # "<Country> expects ..., <Name>, junior minister, told"
        res.append(record.model_copy(update=update))
    return res


def _participle_aside(text: str, doc: Document, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"<Firm>, reporting lower profit, said <clause>": the participle's subject says the clause."""
    cues = {a.cue.start for a in out if a.cue is not None}
    res = list(out)
    for para in doc.parsed:
        off = para.offset
        for said in para.doc:
            if said.lemma_ not in TAG_VERBS_L56 or said.pos_ != "VERB" or off + said.idx in cues or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
                continue
            aside = next((c for c in said.children if c.dep_ == "advcl" and c.i < said.i and c.tag_ == "VBG"), None)
            clause = next((c for c in said.children if c.dep_ == "ccomp" and c.i > said.i), None)
            subj = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None) if aside else None
            if aside is None or clause is None or subj is None or subj.pos_ == "PRON" or not _agentive(subj):
                continue
            first = clause.left_edge
            if first.lower_ == "that" and first.dep_ == "mark":
                first = para.doc[first.i + 1]
            end = clause.right_edge
            while end.i > clause.i and end.is_punct:
                end = para.doc[end.i - 1]
            left, right = subj.left_edge, subj
            start, stop = off + left.idx, off + right.idx + len(right)
            start += len(text[start:stop]) - len(text[start:stop].lstrip("<"))
            stop -= len(text[start:stop]) - len(text[start:stop].rstrip(">"))
            content = (off + first.idx, off + end.idx + len(end))
            if content[1] - content[0] < 12:
                continue
            sent = _sentence_bounds(text, content[0])
            record = _record(text, (start, stop), (off + said.idx, off + said.idx + len(said)), content,
                             f"attributions.v1:reporting-verb:{said.lemma_}:ccomp:lead56:participle-aside", table,
                             text[sent[0]:sent[1]])
            same = next((b for b in out if b.speaker is not None and b.speaker.start == start), None)
            if same is not None:
                record = _like(record, (start, stop), same, "participle-aside").model_copy(
                    update={"evidence": record.evidence})
            record = _companies_typed(text, record)  # "<Firm Aerospace Ltd>": a company, not a person
            aside_at = off + aside.idx
            res = [b for b in res if not (
                b.cue is not None and b.cue.start == aside_at and "stance-verb" in b.evidence)]
            res.append(record)
    return res


def _comma_split(text: str, out: list[Attribution]) -> list[Attribution]:
    """Two records of one cue and one speaker, split at a comma: one record over both."""
    res: list[Attribution] = []
    for a in sorted(out, key=lambda a: (a.content.start, a.content.end)):
        prev = next((b for b in reversed(res) if b.cue is not None and a.cue is not None and b.speaker is not None
                     and a.speaker is not None and (b.cue.start, b.cue.end) == (a.cue.start, a.cue.end)
                     and (b.speaker.start, b.speaker.end) == (a.speaker.start, a.speaker.end)), None)
        if prev is not None and re.fullmatch(r"\s*,\s*", text[prev.content.end:a.content.start]) and \
                text[a.content.start:a.content.start + 1].islower() and prev.kind == a.kind == "indirect":
            best = prev if prev.score >= a.score else a
            merged = best.model_copy(update={
                "content": best.content.model_copy(update={"start": prev.content.start, "end": a.content.end}),
                "start": min(prev.start, a.start), "end": max(prev.end, a.end),
                "evidence": f"{best.evidence}:lead56:comma-split"})
            res[res.index(prev)] = merged
            continue
        res.append(a)
    return res


def _second_complement(text: str, doc: Document, a: Attribution) -> Attribution:
    """"said the squeeze in forward <month> <crude> seems to be over": the content runs over the cue's second
    complement when only a space lies between them."""
    cue = _cue_token(doc, a.cue.start) if a.cue is not None and a.kind == "indirect" else None
    if cue is None:
        return a
    off = a.cue.start - cue.idx  # type: ignore[union-attr]
    for comp in cue.children:
        start = off + comp.left_edge.idx
        if comp.dep_ != "ccomp" or comp.i < cue.i or not a.content.end < start or \
                not re.fullmatch(r" ", text[a.content.end:start]):
            continue
        end = comp.right_edge
        while end.i > comp.i and end.is_punct:
            end = cue.doc[end.i - 1]
        return a.model_copy(update={"content": a.content.model_copy(update={"end": off + end.idx + len(end)}),
                                    "end": max(a.end, off + end.idx + len(end)),
                                    "evidence": f"{a.evidence}:lead56:second-complement"})
    return a


def _bracket_subject(text: str, a: Attribution) -> Attribution:
    """"it said <Firm Co Ltd>, an affiliate of <Firm>, will buy": the content starts at the bracketed name; "told
    Reuters a crop of up to 90,000 tonnes was likely" at the subject, not at "was"."""
    if a.cue is None or a.cue.end > a.content.start:
        return a
    m = BRACKET_SUBJECT_L56.fullmatch(text, a.cue.end, a.content.start)
    if m is None and text[a.cue.start:a.cue.end] in ("told", "tells", "tell") and \
            VERB_FIRST_L56.match(text, a.content.start):
        m = LISTENER_SUBJECT_L56.search(text, a.cue.end, a.content.start)
        if m is not None:
            return a.model_copy(update={"content": a.content.model_copy(update={"start": m.start("np")}),
                                        "evidence": f"{a.evidence}:lead56:listener-subject"})
    if m is None:
        return a
    return a.model_copy(update={"content": a.content.model_copy(update={"start": m.start("subj")}),
                                "evidence": f"{a.evidence}:lead56:bracket-subject"})


def _not_statement(text: str, a: Attribution) -> bool:
    """A charge in the accounts, a company's figures posted or reported (module's notes)."""
    cue = text[a.cue.start:a.cue.end].lower() if a.cue is not None else ""
    if a.speaker is None and a.cue is not None and cue.startswith("charge") and (
            ACCOUNTS_CHARGE_L56.search(text, max(0, a.cue.start - 40), a.cue.start) is not None
            or AMOUNT_L56.match(text, a.content.start) is not None):
        return True
    if ":stance-verb:post:dobj" in a.evidence or (
            ":stance-verb:report:dobj" in a.evidence and a.score <= 0.3):
        return FIGURES_L56.search(text, a.content.start, a.content.end) is not None
    return False


def _names(text: str, out: list[Attribution]) -> list[Attribution]:
    """Ticker pieces and table words out of names; an owned affiliate by its name; "the exchange" (module's notes)."""
    res: list[Attribution] = []
    for a in out:
        name = a.speaker_name or ""
        clean = TABLE_WORD_L56.sub("", TICKER_TAIL_L56.sub("", name), count=1) if " " in name else name
        if a.speaker is not None and (m := OWNED_UNIT_L56.search(_phrase(text, a))) is not None:
            clean = m.group("name")
        if clean != name and clean:
            a = a.model_copy(update={"speaker_name": clean, "evidence": f"{a.evidence}:lead56:name"})
        if a.speaker is not None and (m := DESCRIBED_BODY_L56.fullmatch(_phrase(text, a))) is not None:
            noun = m.group("noun")
            body = next((b for b in reversed(res) if b.speaker is not None and b.source_type == "organization"
                         and (b.speaker_name or "").endswith(" " + noun.capitalize())), None)
            if body is not None:
                a = _like(a, (a.speaker.start, a.speaker.end), body, "described-body").model_copy(
                    update={"evidence": f"{a.evidence}:lead56:described-body"})
        res.append(a)
    return res


def _one_speaker(text: str, out: list[Attribution]) -> list[Attribution]:
    """A tag's speaker found by this pass ("<Name>, junior minister, told") is the same person in the story's other
    records of that name ("<Surname> said", typed ``person`` with no country); a surname alone that is the middle
    name of one named speaker of three or more names ("Marin" after "Justo Marin Ludena") is that speaker; unnamed
    market voices joined by "and" are anonymous."""
    tagged = {a.speaker_name: a for a in out if a.speaker_name and "lead56:tag-over-clause" in a.evidence
              and a.source_country is not None}
    full = [a for a in out if a.speaker_name and len(a.speaker_name.split()) >= 3 and a.speaker_name[:1].isupper()]
    res = []
    for a in out:
        name = a.speaker_name or ""
        same = next((b for n, b in tagged.items() if b is not a and (n == name or n.split()[-1] == name)), None)
        if same is not None and a.source_country is not None:
            same = None
        if same is None and re.fullmatch(r"[A-Z][a-z]+", name):
            owners = {b.speaker_name for b in full if name in (b.speaker_name or "").split()[1:-1]}
            if len(owners) == 1:
                same = next(b for b in full if b.speaker_name in owners)
        if same is not None and a.speaker is not None and a.source_type in ("person", "organization", same.source_type):
            a = _like(a, (a.speaker.start, a.speaker.end), same, "one-speaker").model_copy(
                update={"evidence": f"{a.evidence}:lead56:one-speaker"})
        elif a.speaker is not None and a.source_type == "person" and MARKET_VOICES_L56.fullmatch(_phrase(text, a)):
            a = a.model_copy(update={"source_type": "anonymous", "source_country": None, "named": False,
                                     "evidence": f"{a.evidence}:lead56:market-voices"})
        res.append(a)
    return res


def _org_presidents(text: str, out: list[Attribution]) -> list[Attribution]:
    """"Justo <Name>, president of the <Name> group of cooperatives" typed ``government`` (from "Peru's" in the
    phrase): the head of a body that is no state's is a person, in every record of that speaker, of the same
    country (the older golds' convention: a firm's or society's president is ``person``)."""
    heads = {a.speaker_name for a in out if a.speaker is not None and a.speaker_name and
             a.source_type in ("government", "politician") and ORG_PRESIDENT_L56.search(_phrase(text, a)) and
             not STATE_TITLE_L56.search(_phrase(text, a))}
    if not heads:
        return out
    return [a.model_copy(update={"source_type": "person", "state_affiliated": False,
                                 "evidence": f"{a.evidence}:lead56:org-president"})
            if a.speaker_name in heads and a.source_type in ("government", "politician") else a for a in out]


def title_first(text: str, out: list[Attribution]) -> tuple[str, int, Attribution] | None:
    """A 1987 wire title that may have taken a company's word: that word, where the body starts, and the record
    whose speaker opens the body (none where the title has no such word or no speaker opens the body)."""
    m = TITLE_TAIL_L56.match(text)
    first = next((a for a in out if a.speaker is not None and m is not None and a.speaker.start == m.end()), None)
    return (m.group("tail"), m.end(), first) if m is not None and first is not None else None


def _title_split_names(text: str, out: list[Attribution]) -> list[Attribution]:
    """"RJR NABISCO <RJR> HAS GAINS, CHARGES RJR" over "Nabisco Inc said": where the title opens with that word and
    the speaker's first word, the company that opens the first body line is named with the word the title took
    ("RJR Nabisco Inc"), spelled as the body spells it ("RJR Nabisco said"),
    and so are its records named by that word ("RJR Nabisco", "AM"): one source, not two (lead55 joins a legal form
    alone, "Ltd", the same way)."""
    found = title_first(text, out)
    if found is None:
        return out
    tail, body, first = found
    phrase = _phrase(text, first)
    if " " not in phrase or not FORM_END_L56.search(phrase) or \
            first.source_type not in ("organization", "person") or phrase.upper().startswith(tail.upper() + " "):
        return out
    head = phrase.split()[0]
    if not text[:body].upper().startswith(f"{tail} {head}".upper()):
        return out  # the title names the company whole first ("RJR NABISCO <RJR> ..."): its last word was taken
    spelled = re.search(rf"(?<![\w.]){re.escape(tail)}(?=[ \t]+{re.escape(head)}\b)", text[body:], re.I)
    word = text[body + spelled.start():body + spelled.end()] if spelled is not None else tail
    full = f"{word} {phrase}"
    stem = FORM_END_L56.sub("", full).strip()
    names = {first.speaker_name, stem, word} - {None, ""}
    return [a.model_copy(update={"speaker_name": full, "source_type": "organization", "named": True,
                                 "state_affiliated": False, "evidence": f"{a.evidence}:lead56:title-split-name"})
            if a.speaker is not None and a.speaker_name in names else a for a in out]


def lead56_attributions(text: str, doc: Document, attributions: list[Attribution],
                        table: SourceTable) -> list[Attribution]:
    """Round 56's lead rules, as the module's notes say: the records, their contents, then the names."""
    out = [a for a in attributions if not _not_statement(text, a)]
    out = _participle_aside(text, doc, _tag_over_clause(text, doc, out, table), table)
    out = _comma_split(text, [_bracket_subject(text, _second_complement(text, doc, a)) for a in out])
    out = _org_presidents(text, _one_speaker(text, _names(text, out)))
    out = _title_split_names(text, out)  # lead56e, after the landing
    if len(out) == len(attributions) and all(a is b for a, b in zip(out, attributions, strict=True)):
        return attributions
    return sorted(out, key=lambda a: (a.content.start, a.content.end))


__all__ = ["lead56_attributions"]
