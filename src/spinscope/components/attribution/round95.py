"""Attributions, round 95 (issue 16, branch ``attr95``): 1987 wire stories on governments, economies and
companies, from the development errors of five fresh wekareuters stories (``tests/gold/attributions_real95.jsonl``).

One pass, ``round95_attributions``, called once from ``extract_attributions`` after the lead's round 50 pass. Its
invented tests are in ``tests/test_attr95.py``.

- **"<clause>, said <Firm> and Co <role> <Given> <Surname>."** A company's name with "and Co" (and initials)
  between the cue and an officer's name left the parse with no record on the cue: the sentence's own report
  went missing and a report nested in the clause ("<Subject> suggests that ...") took its place. When a sentence
  ends in ", (also) said <capitalised words> <role word> <Given> <Surname>." and no record has its cue on that
  "said", the phrase after the cue is the speaker (a ``person`` named by the name after the role word, of the
  wire story's listing country as round 93 reads it), the sentence before the comma the content; an unnamed
  record whose speaker and cue stand inside that content (the nested "suggests") is dropped (the golds leave
  reports nested in a content out).
- **The officer again.** After such a record, "he" / "she" (until another named speaker) and the officer's
  surname take the officer's name, type and country: they had been given the story's first company, or typed
  ``government`` by the title.
- **A body of countries.** "<...> of <...> Countries (ABC)" / "<...> Nations (ABC)" names an international body
  of states: it, "the ABC", "the association" and any named officer whose phrase names "ABC" have no country
  (the story's places gave them one of the member states); its members ("ABC members", "members of the ABC")
  are ``government``, no country, not named.
- **Acronyms spelt out.** A speaker named by an acronym the article spells out ("<Full Name> (ABC)") is named by
  the full name.
- **A company's full name.** A company speaking under a shorter form of a name an earlier company speaker of the
  story gave in full ("<Word> said" after "<Other> <Word> Co said") is named by the full name (and "the
  company" / "it" resolved to the shorter form with it).
- **"A study published in <Journal>"** typed ``report`` but not named: named, by the journal.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .round77 import _record
from .round93 import _listing_country, _spk
from .sources import SourceTable

#: A company officer's role words (lower case) in a speaker phrase after "said".
ROLE_95 = (r"(?:(?:vice|deputy|executive|senior|managing|general|group|company|corporate|chief|financial|"
           r"economic|investment)\s+)*(?:chairman|chairwoman|president|chief\s+executive|director|spokesman|"
           r"spokeswoman|analyst|economist|manager|officer|treasurer|strategist|head)")
#: A capitalised word of a company's name: initials "J.K.", "Co", "Inc", "Brothers", "O'Neil".
CAP_95 = r"(?:[A-Z][\w.&'-]*)"
#: ", (also) said <Firm words> <role> <Given> <Surname>." at a sentence's end.
POSTPOSED_SAID_95 = re.compile(
    rf",\s+(?:also\s+)?(?P<cue>said|says)\s+(?P<name>{CAP_95}(?:\s+(?:(?:and|&|of|de)\s+)?{CAP_95}){{0,7}}\s+"
    rf"{ROLE_95}\s+(?P<person>[A-Z][\w.'-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'-]+){{1,2}}))\.(?=[\"”’']?(?:\s|$))")
#: A sentence's end before a capital: not after an initial ("U.S. Treasury", "J.P. Morgan").
SENTENCE_END_95 = re.compile(r"(?<!\b[A-Z])[.!?][\"”’']?\s+(?=[\"“A-Z])")
#: "he" / "she" as a whole speaker phrase.
PRONOUN_95 = re.compile(r"[Hh]e|[Ss]he")
#: An acronym spelt out: "<Capitalised words, with of / for / and / the> (ABC)".
ACRONYM_95 = re.compile(
    r"(?P<full>[A-Z][\w'-]*(?:[ \t]+(?:(?:of|for|and|the|on|in)[ \t]+)*[A-Z][\w'-]*){1,8})[ \t]+"
    r"\((?P<acr>[A-Z]{2,6})\)")
#: A spelt-out name that is a body of states.
STATES_BODY_95 = re.compile(r"\b(?:Countries|Nations|States|Governments)\b")
#: A study in a journal: "A study published in the X Journal of Y".
PUBLISHED_IN_95 = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:new\s+|recent\s+)?(?:study|report|survey|paper|article|analysis)\s+(?:published|printed|"
    r"appearing)\s+in\s+(?:the\s+)?(?P<journal>[A-Z][\w'&-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w'&-]*){0,6})$")


def _postposed_officer(text: str, out: list[Attribution], table: SourceTable) -> tuple[list[Attribution],
                                                                                       list[Attribution]]:
    """"<clause>, said <Firm> and Co <role> <Name>." with no record on the cue (module's notes)."""
    res = list(out)
    added: list[Attribution] = []
    for m in re.finditer(r",\s+(?:also\s+)?(?:said|says)\s+[A-Z]", text):
        line = text.rfind("\n", 0, m.start()) + 1
        ends = [e.end() for e in SENTENCE_END_95.finditer(text, line, m.start())]
        start = ends[-1] if ends else line
        p = POSTPOSED_SAID_95.match(text, m.start())
        if p is None or "\n" in p.group():
            continue
        end = p.end()
        cue = (p.start("cue"), p.end("cue"))
        if any(a.cue is not None and a.cue.start <= cue[0] < a.cue.end for a in res):
            continue
        if any(a.speaker is not None and a.speaker.start < p.end("name") and p.start("name") < a.speaker.end
               for a in res):
            continue
        content = (start, m.start())
        if content[1] - content[0] < 20:
            continue
        rec = _record(text, (p.start("name"), p.end("name")), cue, content,
                      "attributions.v1:round95:postposed-officer", table, text[start:end])
        rec = rec.model_copy(update={"source_type": "person", "speaker_name": p.group("person"), "named": True,
                                     "state_affiliated": False, "affiliation": None, "source_country": None})
        rec = _listing_country(text, [rec])[0]
        # reports nested in the new content, with an unnamed speaker inside it, leave
        res = [a for a in res if not (a.speaker is not None and not a.named and
                                      content[0] <= a.speaker.start < content[1] and
                                      a.cue is not None and a.cue.start < content[1])]
        res.append(rec)
        added.append(rec)
    if added:
        res.sort(key=lambda a: (a.start, a.end))
    return res, added


def _officer_again(text: str, out: list[Attribution], added: list[Attribution]) -> list[Attribution]:
    """Pronouns and the surname after an added officer's record take the officer (module's notes)."""
    res = sorted(out, key=lambda a: a.start)
    for rec in added:
        assert rec.speaker is not None
        name = rec.speaker_name or ""
        surname = name.split()[-1] if name else ""
        live = True
        for i, a in enumerate(res):
            if a.speaker is None or a.speaker.start <= rec.speaker.start or a is rec:
                continue
            phrase = _spk(text, a)
            same = phrase == surname or phrase.endswith(" " + surname) or a.speaker_name == name
            if same or (live and PRONOUN_95.fullmatch(phrase)):
                res[i] = a.model_copy(update={"source_type": rec.source_type, "speaker_name": name, "named": True,
                                              "source_country": rec.source_country, "state_affiliated": False,
                                              "affiliation": None})
                live = True
            elif a.named and not PRONOUN_95.fullmatch(phrase):
                live = False
    return res


def _acronyms(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in ACRONYM_95.finditer(text):
        full = re.sub(r"^(?:The|the|An?|an?)\s+", "", m.group("full"))
        words = [w for w in full.split() if w[:1].isupper()]
        initials = "".join(w[0] for w in words)
        if m.group("acr") in initials or initials.endswith(m.group("acr")):
            found.setdefault(m.group("acr"), full)
    return found


def _bodies_of_states(text: str, out: list[Attribution]) -> list[Attribution]:
    """A body of countries, its officers and its members (module's notes); acronyms spelt out."""
    acr = _acronyms(text)
    if not acr:
        return out
    states = {k: v for k, v in acr.items() if STATES_BODY_95.search(v)}
    res = []
    cleared: set[str] = set()
    for a in out:
        phrase = _spk(text, a)
        bare = re.sub(r"^(?:the|The)\s+", "", phrase)
        if a.speaker is not None and bare in acr and (a.speaker_name in (None, bare, phrase)):
            a = a.model_copy(update={"speaker_name": acr[bare], "named": True})
        for key, full in states.items():
            if a.speaker is None or not re.search(rf"\b{key}\b|{re.escape(full)}", phrase):
                continue
            if re.search(r"\bmembers?\b", phrase):
                a = a.model_copy(update={"source_type": "government", "named": False, "source_country": None,
                                         "state_affiliated": True})
            elif a.source_type in ("organization", "person"):
                a = a.model_copy(update={"source_country": None})
                if a.source_type == "person" and a.speaker_name:
                    cleared.add(a.speaker_name)
        res.append(a)
    if cleared:
        res = [a.model_copy(update={"source_country": None}) if a.speaker_name in cleared else a for a in res]
    return res


def _company_full_name(text: str, out: list[Attribution]) -> list[Attribution]:
    """A company's shorter name after its full name spoke: the full name (module's notes)."""
    res = []
    fulls: list[str] = []
    for a in sorted(out, key=lambda b: b.start):
        name = a.speaker_name or ""
        if a.speaker is not None and a.source_type == "organization" and a.named and name:
            longer = [f for f in fulls if f != name and re.search(rf"(?<!\S){re.escape(name)}(?!\S)", f)
                      and len(f.split()) <= 6]
            if len(set(longer)) == 1:
                a = a.model_copy(update={"speaker_name": longer[0]})
            elif not longer and len(name.split()) >= 2:
                fulls.append(name)
        res.append(a)
    keep = {id(b): k for k, b in enumerate(sorted(out, key=lambda b: b.start))}
    return [res[keep[id(a)]] for a in out]


def _journal(text: str, out: list[Attribution]) -> list[Attribution]:
    res = []
    for a in out:
        if a.speaker is not None and a.source_type == "report" and not a.named:
            m = PUBLISHED_IN_95.fullmatch(_spk(text, a))
            if m is not None:
                a = a.model_copy(update={"named": True, "speaker_name": m.group("journal")})
        res.append(a)
    return res


def round95_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 95's rules, as the module's notes say."""
    out, added = _postposed_officer(text, attributions, table)
    if added:
        out = _officer_again(text, out, added)
    out = _bodies_of_states(text, out)
    out = _company_full_name(text, out)
    return _journal(text, out)
