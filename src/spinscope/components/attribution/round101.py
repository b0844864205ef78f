"""Attributions, round 101 (issue 16, branch ``attr101``): the company and market voice on 1987 wire stories, from
the development errors of round 101's fresh gold (``tests/gold/attributions_real101.jsonl``, ``sources_real101``),
and the news pages' largest class of wrong names a rule can fix (``scripts/attr101/README.md``).

One pass, ``round101_attributions``, called last in ``extract_attributions`` (after ``lead52_attributions``). Its
invented tests are in ``tests/test_attr101.py``.

Names:

- **A generational suffix is part of the name.** "<Given> <Surname> Jr said" was named "<Given> <Surname>" (the
  tagger leaves "Jr", "Sr.", "II", "IV", "XVI" out of the person), and so were the pronouns resolved to him; a
  bare "Mr. <Surname>" after "<Given> <Initial>. <Surname> IV" was named by the surname alone. The golds name the
  person with the suffix ("... Jr.", "John Paul II", "Pope Benedict XVI"). A named speaker whose every mention in
  the text is followed by one suffix takes it; a surname alone takes the one full name with a suffix that the text
  gives that surname.
- **"<Name> and Co" is one company.** "<Parent>'s <Name> and Co unit said" was split at the "and" into two
  sources ("<Parent>'s <Name>" and "Co unit", a person) and named "<Name>": the company's name runs over "and Co"
  ("& Co", "and Sons", "and Company"), one source, named by it, where the phrase opens with the company (after
  "the" or a parent's possessive at most): "<Name>, an analyst with <Firm> and Co" stays the person.

Speakers:

- **A pronoun after an unnamed market voice.** '"...," one dealer said.' then, in the next paragraph, '"...," he
  added' was resolved to the dealer but typed ``person``: a pronoun that carries an unnamed ``anonymous``
  speaker's name takes its type and country (round 93 reads the same paragraph only). Wire stories only (a
  capitals title line): on news pages it lowered a held-out type figure (real36).
- **The staff of a congressional committee.** "..., a staff member of the panel told Reuters." after "The
  House <Name> Committee ..." was typed ``person`` and "the staffer" after it too: a legislature's staff speak as
  a politician's (sources38's ``staff_body_type``, which reads a named body only), US for the House or the Senate.
- **"He said" after an unnamed speaker two paragraphs up.** "He said ..." and "..., he said." after "The staffer
  said ... the <Office holder> would ...", with a body's record between ("The administration has proposed ..."),
  were given the office holder named inside the staffer's content, then the story's title line: a he / she whose
  nearest earlier singular human speaker (bodies and plural groups skipped, at most three paragraphs up) is an
  unnamed one ("the staffer", "one dealer", "a staff member of <body>") is that speaker, unless the resolution
  gave it a person the story names below its title line. Wire stories only (a capitals title line).

Records:

- **", <a role phrase> told Reuters."** A sentence "<clause>, a staff member of the panel told Reuters." gave
  no record on some parses (the parser hung the role phrase on the clause's last noun as an apposition): a
  sentence that ends in an unnamed singular role phrase ("a / an / one <words> <role noun> (of / for / at / to
  <words>)") and "told Reuters / reporters" or "said", with no record there, is that speaker's report of the
  clause.
- **"voted for <NP>"** is no report: a committee's vote on measures was a record with the measure as content
  (PolNeAR marks no "voted for" of its two; its "voted" cues take a clause or an infinitive).
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource, Span
from .round56 import _sentence_bounds
from .round77 import _record
from .round93 import _wire_title
from .sources import SourceTable
from .sources42 import _each, _phrase, _update

Speaker = Attribution | AttributionSource

#: A generational suffix after a person's name: "Jr", "Jr.", "Sr.", "II", "IV", "XVI".
SUFFIX_101 = r"(?:Jr\.?|Sr\.?|II|III|IV|VI|VII|VIII|XV|XVI|XXIII)"
#: Title words before given names that are no part of the name ("Mr. <Name>", "Professor <Name>").
NAME_TITLES_101 = frozenset({"mr", "mrs", "ms", "dr", "prof", "professor", "president", "pope", "sen", "senator",
                             "rep", "gov", "governor", "judge", "justice", "rev", "reverend", "cardinal", "bishop",
                             "chairman", "the", "a", "an", "and", "of", "by", "said", "says"})
#: A company's name running over "and Co": "<Name> and Co", "<Name> & Co.", "<Name> and Sons".
AND_CO_101 = re.compile(r"(?<![\w'’])(?P<firm>(?:[A-Z][\w.&-]*\s+){1,4}(?:and|&)\s+(?:Co|Company|Cie|Sons)\b\.?)")
#: What may follow the company's name in its speaker phrase: "<Name> and Co unit".
AND_CO_TAILS_101 = frozenset({"", "unit", "subsidiary", "division", "affiliate", "group"})
#: What may stand before the company's name in its speaker phrase: "the", a parent's possessive ("<Parent> Corp's").
COMPANY_OWNER_101 = re.compile(r"(?:[Tt]he|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s)")
#: A singular role noun of an unnamed speaker.
ROLE_ONE_101 = (r"(?:member|staffer|aide|official|spokesman|spokeswoman|spokesperson|source|dealer|trader|analyst|"
                r"economist|banker|executive|diplomat|broker|negotiator|"
                # lead, round 53: more singular roles, so that "one Western envoy" is the antecedent of the "He"
                # after it and not a role further back ("one diplomat")
                r"envoy|expert|ambassador|delegate|representative|observer|adviser|advisor|director|manager|"
                r"minister|lawyer|consultant|specialist|strategist|forecaster)")
#: An unnamed singular speaker: "one dealer", "the staffer", "a staff member of the committee".
UNNAMED_ONE_101 = re.compile(r"(?:an?|one|the|another)\s+(?:[a-z-]+\s+){0,3}?" + ROLE_ONE_101 +
                             r"(?:\s+(?:of|for|at|to|with|on)\s+(?:the\s+)?(?:[\w.&'’-]+\s+){0,4}?[\w.&'’-]+)?",
                             re.IGNORECASE)
#: A sentence's closing unnamed role phrase and its verb: ", a staff member of the panel told Reuters."
CLOSING_ROLE_101 = re.compile(
    r",\s+(?P<name>(?:an?|one|another)\s+(?:[a-z-]+\s+){0,3}?" + ROLE_ONE_101 +
    r"(?:\s+(?:of|for|at|to|with|on)\s+(?:the\s+)?(?:[a-z][\w.&'’-]*\s+){0,3}?[a-z][\w.&'’-]*)?)\s+"
    r"(?P<cue>told|said)(?:\s+(?:Reuters|reporters))?\s*\.$")
#: A legislature's staff: "a staff member of the committee", "the staffer", "a committee aide".
STAFF_101 = re.compile(r"(?:an?|one|the)\s+(?:(?:committee|panel|subcommittee|congressional|senate|house)\s+)?"
                       r"(?:staff\s+member|staffer|aide|staff\s+aide)(?:\s+(?:of|for|to|on)\s+(?:the\s+)?"
                       r"(?P<body>[\w\s.'’-]{2,60}))?", re.IGNORECASE)
#: A committee of the US Congress named in the text: "The House Armed Services Committee", "a Senate panel".
CONGRESS_BODY_101 = re.compile(r"\b(?:House|Senate)\s+(?:[A-Z][\w&,'’-]*\s+){0,5}?(?:Committee|Subcommittee|"
                               r"[Pp]anel)\b")
#: He or she.
PRONOUN_101 = frozenset({"he", "she"})
#: A plural or a body as a speaker's last word: skipped when looking for a pronoun's antecedent.
BODY_TYPES_101 = frozenset({"government", "organization", "report", "media"})


def _speakers(a: Attribution) -> list[Speaker]:
    return [a, *a.sources] if a.sources else [a]


# ------------------------------------------------------------------------------------------ names


def _full_suffixed(text: str, name: str) -> str | None:
    """The name with the generational suffix the text gives it, or None (module's notes)."""
    if re.search(SUFFIX_101 + r"$", name):
        return None
    words = name.split()
    exact = [m for m in re.finditer(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’-])", text)]
    after = [re.match(r",?\s+(" + SUFFIX_101 + r")(?![\w])", text[m.end():m.end() + 8]) for m in exact]
    if len(words) > 1 and exact:
        sufs = {s.group(1) for s in after if s is not None}
        if len(sufs) == 1 and all(s is not None for s in after):
            return f"{name} {sufs.pop()}"
        return None
    if len(words) != 1:
        return None
    forms = set()
    for m in re.finditer(r"(?P<pre>(?:[A-Z][\w.'’-]*\s+){1,3})" + re.escape(name) + r",?\s+(?P<suf>" + SUFFIX_101 +
                         r")(?![\w])", text):
        pre = m.group("pre").split()
        while pre and pre[0].lower().strip(".") in NAME_TITLES_101:
            pre = pre[1:]
        if pre:
            forms.add(" ".join([*pre, name, m.group("suf")]))
    return forms.pop() if len(forms) == 1 else None


def _suffixed_names(text: str, out: list[Attribution]) -> list[Attribution]:
    cache: dict[str, str | None] = {}

    def change(s: Speaker) -> Speaker:
        if not s.named or not s.speaker_name or s.source_type not in ("person", "politician", "government",
                                                                       "academic", "media"):
            return s
        name = s.speaker_name
        if name not in cache:
            cache[name] = _full_suffixed(text, name)
        full = cache[name]
        return _update(s, speaker_name=full) if full else s

    return _each(out, change)


def _and_co(text: str, out: list[Attribution]) -> list[Attribution]:
    res = []
    for a in out:
        m = None if a.speaker is None else AND_CO_101.search(text, a.speaker.start, a.speaker.end)
        if a.speaker is None or m is None or text[m.end():a.speaker.end].strip().lower() not in AND_CO_TAILS_101:
            res.append(a)
            continue
        before = " ".join(text[a.speaker.start:m.start("firm")].split())
        if before and not COMPANY_OWNER_101.fullmatch(before):
            res.append(a)  # "<Name>, an analyst with <Firm> and Co": the person, not the firm
            continue
        firm = " ".join(m.group("firm").split())
        if a.speaker_name == firm and not a.sources:
            res.append(a)
            continue
        res.append(a.model_copy(update={"sources": [], "speaker_name": firm, "named": True, "affiliation": None,
                                        "source_type": "organization" if a.source_type in (None, "person", "anonymous")
                                        else a.source_type}))
    return res


# ------------------------------------------------------------------------------------------ speakers


def _pronoun_of_unnamed(text: str, out: list[Attribution]) -> list[Attribution]:
    if not _wire_title(text):
        return out  # wire stories only (news pages' golds type some such pronouns ``person``)
    res = list(out)
    for i, a in enumerate(res):
        if a.speaker is None or _phrase(text, a).lower() not in PRONOUN_101 or a.named or a.source_type != "person":
            continue
        model = next((b for b in reversed(res[:i]) if b.speaker is not None and b.speaker_name == a.speaker_name
                      and b.source_type == "anonymous" and not b.named and b.speaker.start < a.speaker.start), None)
        if model is not None:
            res[i] = a.model_copy(update={"source_type": "anonymous", "source_country": model.source_country,
                                          "state_affiliated": False, "affiliation": model.affiliation})
    return res


def _congress_staff(text: str, out: list[Attribution]) -> list[Attribution]:
    first = CONGRESS_BODY_101.search(text)
    if first is None:
        return out
    res = list(out)
    model: Attribution | None = None
    for i, a in enumerate(res):
        if a.speaker is None or a.speaker.start < first.start() or a.source_type not in ("person", "anonymous", None):
            continue
        m = STAFF_101.fullmatch(_phrase(text, a))
        if m is None:
            continue
        body = (m.group("body") or "").lower()
        if model is None and not re.search(r"\b(?:committee|subcommittee|panel|house|senate|congress)\b", body):
            continue
        if model is not None and body and not re.search(r"\b(?:committee|subcommittee|panel)\b", body):
            continue
        res[i] = a.model_copy(update={"source_type": "politician", "source_country": a.source_country or "US",
                                      "state_affiliated": False, "named": False})
        if model is None:
            model = res[i]
    return res


def _paragraph_index(text: str, pos: int) -> int:
    return len(re.findall(r"\n\s*\n", text[:pos]))


def _unnamed_one_of(text: str, b: Attribution) -> bool | None:
    """True for an unnamed singular speaker ("one dealer", or a he / she resolved to one), None for a blocker (a
    named speaker, a pronoun resolved elsewhere), False for a body or a group, skipped."""
    if b.named:
        return None
    pronoun = _phrase(text, b).lower() in PRONOUN_101
    anchor = b.resolved_from if pronoun else b.speaker
    if anchor is not None and UNNAMED_ONE_101.fullmatch(" ".join(text[anchor.start:anchor.end].split())):
        return True
    return None if pronoun else False


def _start_of(a: Attribution) -> int:
    return a.speaker.start if a.speaker is not None else -1


def _pronoun_after_unnamed_one(text: str, out: list[Attribution]) -> list[Attribution]:
    if not _wire_title(text):
        return out  # wire stories only: on other texts a named person in the story may be the antecedent
    res = list(out)
    order = sorted(range(len(res)), key=lambda k: _start_of(res[k]))
    for pos, i in enumerate(order):
        a = res[i]
        if a.speaker is None or _phrase(text, a).lower() not in PRONOUN_101:
            continue
        if a.named and a.speaker_name and a.speaker_name in text[text.find("\n") + 1:]:
            continue  # resolved to a person the story names (not its title line): left to the resolution
        here = _paragraph_index(text, a.speaker.start)
        model = None
        for j in reversed(order[:pos]):
            b = res[j]
            if b.speaker is None or here - _paragraph_index(text, b.speaker.start) > 3:
                break
            kind = _unnamed_one_of(text, b)
            if kind is None:
                break
            if kind:
                model = b
                break
        if model is None or model.speaker is None:
            continue
        if a.speaker_name == model.speaker_name and a.source_type == model.source_type and not a.named:
            continue
        origin = model.resolved_from if _phrase(text, model).lower() in PRONOUN_101 else \
            Span(start=model.speaker.start, end=model.speaker.end, label="antecedent", score=0.7,
                 evidence="attributions.v1:round101:pronoun-after-unnamed")
        typing = {"source_type": model.source_type, "source_country": model.source_country,
                  "state_affiliated": model.state_affiliated, "affiliation": model.affiliation}
        if model.source_type == "person" and a.source_type in ("government", "organization", "politician"):
            # lead, round 53: "a board spokesman said ... he said": the pronoun's body-typed reading is kept rather
            # than the role's bare `person` (the golds type a body's spokesman by the body)
            typing = {}
        res[i] = a.model_copy(update={**typing, "speaker_name": model.speaker_name, "named": False,
                                      "resolved_from": origin})
    return res


# ------------------------------------------------------------------------------------------ records


def _closing_role(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    added: list[Attribution] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        for s in re.finditer(r"[^.!?]*(?:\.(?=\s|$)|$)", line):
            if not s.group().strip():
                continue
            sent_end = m.start() + s.end()
            c = CLOSING_ROLE_101.search(text, m.start() + s.start(), sent_end)
            if c is None or c.end() != sent_end:
                continue
            start, _, _ = _sentence_bounds(text, c.start("cue"))
            body_end = c.start()
            if len(text[start:body_end].split()) < 5 or any(
                    (b.cue is not None and start <= b.cue.start < sent_end) or
                    b.content.start <= c.start("cue") < b.content.end for b in out + added):
                continue
            added.append(_record(text, (c.start("name"), c.end("name")), (c.start("cue"), c.end("cue")),
                                 (start, body_end), "attributions.v1:round101:closing-role", table,
                                 text[start:sent_end]))
    return sorted(out + added, key=lambda a: a.start) if added else out


def _no_vote_reports(text: str, out: list[Attribution]) -> list[Attribution]:
    return [a for a in out if a.cue is None or not re.fullmatch(
        r"(?:(?:has|have|had|also)\s+)*voted\s+for", " ".join(text[a.cue.start:a.cue.end].split()).lower()) or
        re.match(r"\s*(?:that|to)\b", text[a.content.start:a.content.end])]


def round101_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 101's rules, as the module's notes say."""
    out = _no_vote_reports(text, attributions)
    out = _closing_role(text, out, table)
    out = _and_co(text, out)
    out = _suffixed_names(text, out)
    out = _congress_staff(text, out)
    out = _pronoun_after_unnamed_one(text, out)
    return _pronoun_of_unnamed(text, out)
