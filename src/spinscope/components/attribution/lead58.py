"""Attributions, lead round 58 (issue 16): records the lead's reading of 17 fresh short 1987 company wire stories
found wrong (a unit sale, a drilling pact, an aluminium price rise, a publisher's results, a share exchange, a
controlled company's sale abroad, a chemicals maker named with "and").

One pass, ``lead58_attributions``, called once from ``extract_attributions`` after every other pass. Its invented
tests are in ``tests/test_lead58.py``.

- **A figure is no agent.** "earnings were raised by <N cts a shr>": a passive act whose by-agent is a figure
  gave a record (the cue "raised", the speaker the amount): a passive act's record whose speaker opens with a
  figure is dropped. (Round 107's "charges of <figure>" drop now also knows "five mln dlrs": number words.)
- **A deal calls for nothing.** "The transaction calls for issuing <shares>" gave a record typed
  ``person``: "call(s) for" with a deal, offer, plan or document as its subject states terms, no one's view (the
  older golds: "the accord called for", "a tender which originally called for" are no records; every "called for"
  record has people or a body as its subject).
- **"<Firm>, <N> pct-owned by <Parent>, said".** The speaker was the parent's apposition ("87 pct-owned by <Parent>
  <ticker>", named after the parent) or the whole phrase as a name: the speaker is the company before the comma,
  named as the story's earlier record of it where there is one.
- **"<Name> and <Word> <Form>".** "<Name> Aluminum and Chemical Corp said" was read as two companies (the first
  named alone, "Chemical Corp" a second source): one company, named whole, when the first part has no legal form and
  the second is one capitalised word and a legal form ("and Chemical Corp", "and Gamble Co").
- **"Resource" in a company's name.** "<Name> Resource(s) Inc" was typed ``media`` (the keyword "resource", a
  newsroom in translated Russian text): a capitalised "Resource(s)" in a name with no other word of a newsroom is
  a company's, ``organization``.
- **"PanCanadian", "TransCanada".** A company named with a Canadian compound was given the US (a wire company's
  default) or no country: it is Canadian, as round 105's companies named after a province.
- **One record twice.** Two records with the same cue and the same content (one built from the other's second
  complement): the better-scored one stays.
"""

from __future__ import annotations

import re

from ...result import Attribution
from ._shared import landed
from .lead55 import _like, legal_forms
from .round101 import _phrase
from .round107 import FIGURE_107

#: A deal, an offer or a document as the subject of "calls for": terms, no one's view.
TERMS_SUBJECT_L58 = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+)?(?:[\w-]+\s+){0,3}"
                               r"(?:transaction|deal|sale|merger|acquisition|offer|tender|bid|plan|proposal|program|"
                               r"programme|budget|bill|contract|agreement|accord|pact|treaty|arrangement|package|"
                               r"formula|scheme|settlement|restructuring|recapitalization|agenda|draft|resolution)s?")
#: The cues of "call(s) for".
CALLS_FOR_L58 = re.compile(r"(?:call|calls|called|calling)\s+for")
#: ", <N> pct-owned by <Parent>": an owned company's apposition.
OWNED_BY_L58 = re.compile(r"(?:about\s+|some\s+)?\d+(?:\.\d+)?\s*(?:pct|percent|per\s+cent|%)[\s-]+owned\s+by\b")
#: The capitalised name right before ", " (the owned company of an apposition).
NAME_COMMA_L58 = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|and))*),\s+\Z")
#: "<Name> Aluminum and Chemical Corp": one company whose name holds "and" before one word and its legal form.
AND_ONE_WORD_L58 = re.compile(r"(?P<first>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)\s+and\s+(?P<second>[A-Z][\w'’-]*\s+"
                              + legal_forms() + r"\.?)")
#: A legal form at the end of a name's words.
FORM_IN_L58 = re.compile(r"\b" + legal_forms() + r"\.?(?:\s|$)")
#: A company's capitalised "Resource(s)"; the words of a newsroom that still make a name an outlet's.
RESOURCE_L58 = re.compile(r"\bResources?\b")
#: A name's word joining "Pan" or "Trans" to Canada: "PanCanadian Petroleum", "TransCanada PipeLines".
CANADIAN_COMPOUND_L58 = re.compile(r"\b(?:Pan|Trans)-?Canad(?:a|ian)\b")
NEWSROOM_L58 = re.compile(r"\b(?:news|press|media|radio|television|tv|broadcast\w*|publishing|newspapers?|magazines?|"
                          r"journal|times|post|herald|tribune|gazette|wire|agency|channel|network)\b", re.IGNORECASE)


def _figure_agent(text: str, a: Attribution) -> bool:
    """A passive act's record whose by-agent is a figure ("raised by seven cts per shr")."""
    return a.speaker is not None and ":passive-act" in a.evidence and FIGURE_107.match(_phrase(text, a)) is not None


def _terms(text: str, a: Attribution) -> bool:
    """"The transaction calls for <terms>": a deal's or a document's terms, no record."""
    if a.cue is None or a.speaker is None or not CALLS_FOR_L58.fullmatch(" ".join(text[a.cue.start:a.cue.end].split())):
        return False
    return TERMS_SUBJECT_L58.fullmatch(_phrase(text, a)) is not None


def _owned_companies(text: str, out: list[Attribution]) -> list[Attribution]:
    """"<Firm>, <N> pct-owned by <Parent>, said": the firm speaks (module's notes)."""
    res: list[Attribution] = []
    for a in out:
        if a.speaker is not None and a.speaker_name is not None:
            phrase = _phrase(text, a)
            owned = OWNED_BY_L58.search(phrase)
            start, end, name = a.speaker.start, a.speaker.end, None
            if owned is not None and owned.start() == 0:
                m = NAME_COMMA_L58.search(text, max(0, a.speaker.start - 80), a.speaker.start)
                if m is not None and "\n" not in m.group(0):
                    start, name = m.start("name"), m.group("name")
            elif owned is not None and phrase[:owned.start()].rstrip().endswith(","):
                name = phrase[:owned.start()].rstrip(" ,")
            if name is not None:
                earlier = next((b for b in res if b.speaker is not None and b.speaker_name and b.speaker_name != name
                                and re.match(re.escape(name) + r"\b", b.speaker_name)), None)
                if earlier is None:
                    a = a.model_copy(update={"speaker_name": name, "source_type": "organization", "named": True,
                                             "sources": []})
                a = _like(a, (start, end), earlier or a, "owned").model_copy(
                    update={"evidence": f"{a.evidence}:lead58:owned", "sources": []})
        res.append(a)
    return res


def _and_companies(text: str, out: list[Attribution]) -> list[Attribution]:
    """"<Name> Aluminum and Chemical Corp said": one company, named whole (module's notes)."""
    renames: dict[str, str] = {}
    res: list[Attribution] = []
    for a in out:
        if a.speaker is not None and len(a.sources) == 2 and a.source_type == "organization":
            m = AND_ONE_WORD_L58.fullmatch(_phrase(text, a))
            if m is not None and not FORM_IN_L58.search(m.group("first")) and \
                    [s.speaker_name for s in a.sources] == [m.group("first"), m.group("second")]:
                whole = m.group(0)
                renames[m.group("first")] = whole
                a = a.model_copy(update={"speaker_name": whole, "sources": [],
                                         "evidence": f"{a.evidence}:lead58:and-company"})
        res.append(a)
    if not renames:
        return res
    return [a.model_copy(update={"speaker_name": renames[a.speaker_name], "evidence": f"{a.evidence}:lead58:name"})
            if a.speaker_name in renames and not a.sources else a for a in res]


def _resource_companies(a: Attribution) -> Attribution:
    """"<Name> Resource(s) Inc" typed ``media``: a company (module's notes)."""
    name = a.speaker_name or ""
    if a.source_type == "media" and not a.sources and RESOURCE_L58.search(name) and \
            not NEWSROOM_L58.search(RESOURCE_L58.sub("", name)):
        return a.model_copy(update={"source_type": "organization", "evidence": f"{a.evidence}:lead58:resource"})
    return a


def _canadian_compounds(a: Attribution) -> Attribution:
    """"PanCanadian Petroleum Ltd" given the US or no country: Canadian (module's notes)."""
    if a.source_type == "organization" and a.source_country != "CA" and not a.sources and \
            CANADIAN_COMPOUND_L58.search(a.speaker_name or ""):
        return a.model_copy(update={"source_country": "CA", "evidence": f"{a.evidence}:lead58:canadian"})
    return a


def _one_each(out: list[Attribution]) -> list[Attribution]:
    """Records with the same cue and content: the better-scored one (module's notes)."""
    best: dict[tuple[int, int, int, int], Attribution] = {}
    for a in out:
        if a.cue is None:
            continue
        key = (a.cue.start, a.cue.end, a.content.start, a.content.end)
        if key not in best or a.score > best[key].score:
            best[key] = a
    return [a for a in out if a.cue is None or best[(a.cue.start, a.cue.end, a.content.start, a.content.end)] is a]


def lead58_attributions(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Round 58's lead rules, as the module's notes say: records dropped, then speakers' names and types."""
    out = [a for a in attributions if not _figure_agent(text, a) and not _terms(text, a)]
    out = _and_companies(text, _owned_companies(text, out))
    out = _one_each([_canadian_compounds(_resource_companies(a)) for a in out])
    return landed(out, attributions)


__all__ = ["lead58_attributions"]
