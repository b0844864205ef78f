"""Source typing, round 43 (issue 16, branch ``sources43``): news-wire copy whose paragraphs were run together.

Two entry points, each called once from ``extract_attributions`` (scripts/sources43/README.md has the conventions):

- ``wire_paragraphs_s43`` (before ``find_quotes``): wire copy continues a quotation into the next paragraph by
  opening it again without closing it ('... the last sentence. "The next one ..."'). Where the paragraph
  breaks were lost (one line per article), the reopening mark was read as the quote's end and every later quote of
  the paragraph was paired wrongly (the writer's sentences inside a quote, the quotes themselves unattributed). A
  straight mark after a sentence's end and a space, before a capital, while a straight quote is open, starts a new
  paragraph for the quote finder only (the quote before it is left open, as at a paragraph's end).
- ``sources43_speakers`` (after round 47's ``sources47_speakers`` in the finished passes): types and countries only,
  never a span.

  - ``police_rank_s43``: "Chief Inspector X says", "Superintendent X said" (the Australian and British ranks) are
    the police's officers: ``government``; the surname mentions follow.
  - ``titled_then_named_s43``: "A spokesman for <country>'s <ministry> claims ... <ministry> spokesman
    X says", "<City>'s Lord Mayor says ... X, who is ..., says": an office holder given by title whose name opens
    the next sentence, as its speaker, is that person: the title's mention is named, the name's mentions take the
    title's type and country.
  - ``place_country_s43``: an office holder, official or police of no country in a story whose places point to one
    country, where the places include a town's state the table leaves out as a given name ("Goshen, Indiana") or an
    Australian state or city ("Brisbane", "Queensland"), is of that country.
  - ``unnamed_people_s43``: an unnamed speaker typed ``person`` that is a plural of common nouns ("Child advocates")
    or a relative of someone unnamed ("the wife of one employee") is ``anonymous``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...result import Attribution, AttributionSource, TextRange
from .sources import SourceTable
from .sources42 import _all, _each, _phrase, _update
from .speakers import country_counts

Speaker = Attribution | AttributionSource

#: Marks other than the straight one: a paragraph holding any is left as it is.
_OTHER_MARKS_S43 = frozenset("“”«»„‘’")


def wire_paragraphs_s43(text: str, paragraphs: Sequence[TextRange]) -> list[TextRange]:
    """The paragraphs with a break put back before each straight mark that reopens a quote (see the module's
    docstring); the others as they are."""
    out: list[TextRange] = []
    for para in paragraphs:
        start, end = max(0, para.start), min(para.end, len(text))
        if text.count('"', start, end) < 3 or any(ch in _OTHER_MARKS_S43 for ch in text[start:end]):
            out.append(para)
            continue
        cut, marks = start, 0
        for i in range(start, end):
            if text[i] != '"':
                continue
            if (marks % 2 == 1 and i - 2 >= cut and text[i - 1] == " " and text[i - 2] in ".!?"
                    and i + 1 < end and text[i + 1].isupper()):
                out.append(TextRange(start=cut, end=i - 1))  # the open quote runs to this "paragraph's" end
                cut, marks = i, 1
                continue
            marks += 1
        out.append(para if cut == start else TextRange(start=cut, end=end))
    return out


# ------------------------------------------------------------------------------------------ helpers


def _retyped(attributions: list[Attribution], name: str, fields: dict[str, object]) -> list[Attribution]:
    """Every mention whose speaker name is ``name`` gets ``fields`` (a country only where it had none)."""
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.speaker_name != name:
            return s
        update = {k: v for k, v in fields.items() if k != "source_country" or s.source_country is None}
        return _update(s, **update) if update else s
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ police ranks

#: An Australian or British police rank before a name ("Chief Inspector Bronwyn X", "Detective Superintendent X").
POLICE_RANK_S43 = re.compile(r"^(?:Detective\s+)?(?:(?:Chief|Senior|Acting|Assistant|Deputy)\s+)?"
                             r"(?:Inspector|Superintendent|Senior\s+Constable|Senior\s+Sergeant)\s+[A-Z][\w'’-]+")


def police_rank_s43(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A person named with a police rank is the police's officer: ``government``, every mention of the name, of
    the one country of the story's places (``place_country_s43``) where no rule gave one."""
    names = {s.speaker_name for s in _all(attributions)
             if s.speaker is not None and s.speaker_name and s.source_type == "person"
             and POLICE_RANK_S43.match(_phrase(text, s))}
    out = attributions
    country = place_country_s43(text, table) if names else None
    for name in sorted(n for n in names if n):
        out = _retyped(out, name, {"source_type": "government", "source_country": country})
    return out


# ------------------------------------------------------------------------------------------ title, then the name

#: Words of a speaker phrase that are a title (an office) rather than a name.
TITLE_WORDS_S43 = re.compile(r"\b(?:spokes(?:man|woman|person)|[Mm]ayor|[Ll]ord\s+[Mm]ayor|[Pp]remier|"
                             r"[Mm]inister|[Ss]ecretary|[Cc]hief|[Cc]ommissioner|[Gg]overnor|[Pp]resident|"
                             r"[Ll]eader|[Tt]reasurer|[Aa]mbassador|[Cc]ommander)\b")
#: A sentence's end between two speakers.
SENTENCE_END_S43 = re.compile(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])")


def _title_only(text: str, s: Speaker) -> bool:
    """An office given by its title with no person's name in it ("A spokesman for X's Defence Ministry",
    "<City>'s Lord Mayor")."""
    phrase = _phrase(text, s)
    if not TITLE_WORDS_S43.search(phrase):
        return False
    name = (s.speaker_name or "").lower()
    return not s.named or not name or name in (phrase.lower(), phrase.lower().removeprefix("the ")) or \
        phrase.lower().startswith((name + "'s ", name + "’s "))  # "Perth's Lord Mayor" named by its place


def titled_then_named_s43(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """An office holder given only by title, whose next sentence opens with a person's name (a first mention) as
    its speaker, with no other title or the title's own words: one speaker (see the module's docstring)."""
    order = sorted((a for a in attributions if a.speaker is not None), key=lambda a: a.speaker.start)  # type: ignore[union-attr]
    out = attributions
    for first, second in pairwise(order):
        assert first.speaker is not None and second.speaker is not None
        if first.source_type not in ("government", "politician") or not _title_only(text, first):
            continue
        if not second.named or not second.speaker_name or " " not in second.speaker_name:
            continue
        if second.source_type not in ("person", "government", "politician"):
            continue
        between = text[max(first.speaker.end, first.content.end, first.cue.end if first.cue else 0):
                       second.speaker.start]
        if len(SENTENCE_END_S43.findall(between + "A")) != 1 or not re.search(r"[.!?][\"”’]?\s+$", between):
            continue  # the name opens the very next sentence
        surname = second.speaker_name.split()[-1]
        if surname in text[:second.speaker.start]:
            continue  # a person met before: no first mention
        phrase = _phrase(text, second)
        own_title = phrase[:phrase.find(second.speaker_name.split()[0])] if second.speaker_name.split()[0] in phrase \
            else ""
        title = _phrase(text, first).lower()
        if own_title.strip() and not all(w.lower() in title for w in re.findall(r"[A-Za-z]+", own_title)):
            continue  # "Treasurer X" after "the Premier": another office
        name = second.speaker_name
        country = first.source_country or second.source_country
        kind = first.source_type
        out = _retyped(out, name, {"source_type": kind, "source_country": country})
        head = first.speaker

        def named(s: Speaker, head: TextRange = head, name: str = name, country: str | None = country) -> Speaker:
            if s.speaker is None or (s.speaker.start, s.speaker.end) != (head.start, head.end):
                return s
            return _update(s, named=True, speaker_name=name,
                           source_country=s.source_country or country)
        out = _each(out, named)
        out = _pronouns_after(text, out, second.speaker.start, name, first.speaker.start)
    return out


#: A third person's pronoun as a speaker.
PRONOUN_S43 = frozenset({"he", "she", "He", "She"})


def _pronouns_after(text: str, attributions: list[Attribution], start: int, name: str,
                    title_at: int) -> list[Attribution]:
    """The pronoun speakers after ``start`` up to the next speaker given by name are ``name``'s, where the older
    resolution gave them a person named before the title (``title_at``): the person just named is nearer."""
    later = sorted(a.speaker.start for a in attributions if a.speaker is not None and a.speaker.start > start
                   and _phrase(text, a) not in PRONOUN_S43)
    stop = later[0] if later else len(text)
    kinds = {s.speaker_name: s for s in _all(attributions) if s.speaker is not None
             and s.speaker_name == name}
    model = kinds.get(name)
    if model is None:
        return attributions
    earlier = {s.speaker_name for s in _all(attributions) if s.speaker is not None
               and s.speaker.start < title_at and s.speaker_name}

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or not start < s.speaker.start < stop or _phrase(text, s) not in PRONOUN_S43:
            return s
        if s.speaker_name == name or s.speaker_name not in earlier:
            return s
        return _update(s, speaker_name=name, source_type=model.source_type, source_country=model.source_country,
                       named=True, affiliation=model.affiliation)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ places of one country

#: Australian states and cities the source table leaves out (not given names there).
AU_PLACES_S43 = re.compile(r"\b(?:Brisbane|Queensland|Melbourne|Tasmania|Hobart|Adelaide|Northern\s+Territory)\b")
#: A town and a US state the table leaves out as a given name or another place ("Goshen, Indiana").
US_TOWN_STATE_S43 = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(?:Indiana|Virginia|Montana|Maine|Georgia)\b")
#: Types of the speakers a story's country is given to: office holders, officials, police.
OFFICE_TYPES_S43 = frozenset({"government", "politician"})


def place_country_s43(text: str, table: SourceTable) -> str | None:
    """The one country the story's places point to: the table's country words and places, and the places above;
    at least two mentions and twice as many as any other country's."""
    extra_au = len(AU_PLACES_S43.findall(text))
    extra_us = len(US_TOWN_STATE_S43.findall(text))
    counts = country_counts(text, table)
    counts["AU"] = counts.get("AU", 0) + extra_au
    counts["US"] = counts.get("US", 0) + extra_us
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def story_offices_s43(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Office holders and officials of no country take the one country of the story's places (see above), in a
    story that names one of the places the table leaves out (elsewhere the older rules decide: round 36's gold
    leaves a US story's "investigators" with no country); a body the table lists with no country keeps none."""
    if not AU_PLACES_S43.search(text) and not US_TOWN_STATE_S43.search(text):
        return attributions
    if not any(s.source_country is None and s.source_type in OFFICE_TYPES_S43
               for s in _all(attributions)):
        return attributions
    country = place_country_s43(text, table)
    if country is None:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_country is not None or s.source_type not in OFFICE_TYPES_S43:
            return s
        if table.find_source(_phrase(text, s)) is not None:
            return s  # a listed body: the table's country (none for bodies above states)
        return _update(s, source_country=country)
    return _each(attributions, change)


# ------------------------------------------------------------------------------------------ a body's bulletin

#: A document given by its author body's name ("The <Bank> <Title> bulletin", "the Westpac jobs report").
BODY_DOCUMENT_S43 = re.compile(r"(?:[Tt]he\s+)?(?P<body>[A-Z][\w&]+)(?:\s+[A-Za-z][\w-]*){0,3}\s+(?:bulletin|report|"
                               r"survey|index|series|newsletter|review|outlook)")
#: The body's officer given with its possessive ("<Bank>'s acting managing director X").
OFFICER_ROLE_S43 = (r"['’]s\s+(?:[a-z-]+\s+){0,3}(?:director|chief|executive|economist|spokes(?:man|woman|person)|"
                    r"chairman|chairwoman|president|manager|head|analyst)\b")


def body_document_s43(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A document whose phrase opens with the name of a body that the article gives an officer of ("<Bank>'s
    acting managing director X") speaks as the body (round 39's convention 5): ``organization``, named; so do the
    mentions resolved to it, and an unnamed document of the sentence just before ("A new <kind of> report claims
    ... The <Bank> <Title> bulletin says")."""
    out = attributions
    order = sorted((a for a in attributions if a.speaker is not None), key=lambda a: a.speaker.start)  # type: ignore[union-attr]
    for prev, a in zip([None, *order], order, strict=False):
        if a.source_type != "report" or (m := BODY_DOCUMENT_S43.fullmatch(_phrase(text, a))) is None:
            continue
        body = m.group("body")
        if not re.search(re.escape(body) + OFFICER_ROLE_S43, text):
            continue
        names = {a.speaker_name}
        if prev is not None and prev.source_type == "report" and not prev.named and prev.speaker is not None:
            assert a.speaker is not None
            between = text[max(prev.speaker.end, prev.content.end, prev.cue.end if prev.cue else 0):a.speaker.start]
            if re.fullmatch(r"[.!?][\"”’]?\s+", between):
                names.add(prev.speaker_name)
        names.discard(None)
        fields = {"source_type": "organization", "named": True, "speaker_name": body}

        def change(s: Speaker, names: set[str | None] = names, fields: dict[str, object] = fields) -> Speaker:
            if s.speaker is None or s.source_type != "report" or s.speaker_name not in names:
                return s
            return _update(s, **fields)
        out = _each(out, change)
    return out


# ------------------------------------------------------------------------------------------ unnamed people

#: Unnamed relatives and companions of someone unnamed ("the wife of one employee", "a friend of the victim").
RELATIVE_S43 = re.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:wife|husband|mother|father|son|daughter|brother|sister|"
                          r"friend|neighbou?r|cousin|partner|relative)\s+of\s+(?:an?|one|the|his|her|their)\s+"
                          r"[a-z][\w -]*")
#: A plural of common nouns, the first word's capital aside ("Child advocates", "Local residents").
PLURAL_COMMON_S43 = re.compile(r"(?:[A-Z][a-z]+\s+)?[a-z]+\s*[a-z]*s")


def unnamed_people_s43(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """An unnamed ``person`` that is a relative of someone unnamed or a plural of common nouns: ``anonymous``."""
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.named or s.source_type != "person":
            return s
        phrase = _phrase(text, s)
        if RELATIVE_S43.fullmatch(phrase) or (PLURAL_COMMON_S43.fullmatch(phrase) and phrase[-2:] != "ss"):
            return _update(s, source_type="anonymous")
        return s
    return _each(attributions, change)


def sources43_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 43's passes: police ranks, a title named in the next sentence, the story's places, unnamed people."""
    out = police_rank_s43(text, attributions, table)
    out = titled_then_named_s43(text, out)
    out = body_document_s43(text, out)
    out = story_offices_s43(text, out, table)
    return unnamed_people_s43(text, out)
