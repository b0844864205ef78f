"""Attributions, round 108 (issue 16, branch ``attr108``): records and, above all, sources of seven fresh 1987 wire
stories' development part (``scripts/attr108/README.md``) and of the wire stories of the older development golds
(a census of ``scripts/sources26/score.py --errors`` on every ``sources_real*`` development file).

One pass, ``round108_attributions``, registered right after ``lead55_attributions`` in ``extract_attributions``.
Its invented tests are in ``tests/test_attr108.py``. Every rule reads wire stories only (a capitals title line,
round 93's ``_wire_title``).

Records:

- **"reported <results>".** "<Company> reported fourth quarter net of <amount> ..." gave a record whose content is
  the results noun phrase; no gold of the wire marks one (attr93's, attr98's, attr100's, attr102's, attr103's and
  attr105's "reported a net loss of", "reported net income of", "reported a <figure> pct increase in ..."), while
  "reported <clause>" ("1986 losses ... rose to ...") stays. A record whose cue is "reported" / "reports" and
  whose content is a results noun phrase (net, earnings, profit, loss, income, revenue, sales ... followed by "of"
  and an amount, or "a <N> pct increase / rise / fall in") with no verb of its own is dropped.

Sources:

- **A company officer is a person.** "TWA vice president general counsel <Name>" was typed ``government`` (the
  "general" of the title), "CCF deputy director-general <Name>" ``politician``: a named speaker typed
  ``government`` or ``politician`` whose phrase is "<Company> <officer title> <Name>", where <Company> is a company
  of the story (a named ``organization`` speaker, a name the text writes with a legal form or a ticker, or the
  initials of one), is a ``person``, of the company's country when he has none; every record of the same name
  (his "he", his surname) follows.
- **A company's initials.** "TWA said ..." after "Trans World Airlines Inc" was named "TWA": a named
  ``organization`` whose name is two to five capitals, the initials of a company the text names earlier with a
  legal form, is named by that full name.
- **Workers' leaders.** "The miners' leaders" were typed ``government`` of the story's country: the leaders of
  miners, workers, strikers, seamen or a union are ``anonymous`` of no country, as the older golds mark "union
  leaders", "Trade Union leaders" and "The seamen's leaders".
- **One country named.** "the statistics department said" (a New Zealand story), "government officials" (a French
  one), "a company spokesman" and "The National Pork Board" (American ones) had no country: on a wire story with
  no dateline, an ``organization`` or ``government`` speaker of no country takes the story's country (round 57's
  ``story_country``), or the one country the text names when it names just one; international bodies (the IMF,
  the EC, OPEC ...), a phrase that names a country itself and a group of states ("G-5 members") are left alone.
- **A Canadian company given the US.** "<Teck Corp> said ..." in a story set in British Columbia was American (the
  wire's legal-form default): on a wire story with no dateline whose text never names the US and whose country is
  another (``story_country``), an ``organization`` or ``person`` speaker given the US takes that country.
"""

from __future__ import annotations

import re

from ...result import Attribution, AttributionSource
from .round93 import _wire_title
from .round99 import _plain_wire
from .round101 import _phrase
from .round103 import _cue
from .sources import SourceTable
from .sources42 import _each, _update
from .speakers import country_counts, story_country

Speaker = Attribution | AttributionSource

#: A results noun phrase: "fourth quarter net of about <amount>", "a net loss of <amount>", "a <figure> pct
#: increase in 1986 net profits".
RESULTS_NP_108 = re.compile(
    r"(?:an?\s+|its\s+|their\s+)?(?:(?:[\w./-]+\s+){0,6}?(?:net(?:\s+(?:income|profits?|loss(?:es)?|earnings))?|"
    r"earnings|profits?|loss(?:es)?|income|revenues?|sales|turnover)\s+(?:of|for)\s+(?:about\s+|nearly\s+|almost\s+"
    r"|around\s+|some\s+|over\s+|more\s+than\s+)?[\d.,]+|[\d.,]+\s+pct\s+(?:increase|rise|gain|fall|drop|decline)"
    r"\s+in\b)", re.IGNORECASE)
#: A verb that makes a results phrase a clause ("net fell to ...", "earnings were ...").
CLAUSE_VERB_108 = re.compile(r"\b(?:rose|fell|dropped|declined|increased|decreased|climbed|jumped|slipped|"
                             r"improved|was|were|is|are|will|would|totalled|totaled|amounted|reached)\b")
#: A company officer's title after the company's name.
OFFICER_108 = re.compile(
    r"(?P<org>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})(?:['’]s?)?\s+(?:(?:senior|executive|deputy|assistant|"
    r"first)\s+)?(?:vice[- ]president|general\s+counsel|director[- ]general|managing\s+director|treasurer|"
    r"chief\s+(?:executive|financial\s+officer|economist)|chairman|president|spokes(?:man|woman|person)|"
    r"finance\s+director|director)\b")
#: A company's legal form or a ticker after its name.
LEGAL_108 = r"(?:,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|SA|SpA|SPA|AG|NV|AB|Group)\b\.?|>|\s+<[A-Z.]+>)"
#: A company's name of capitalised words, with the particles of French and English names between them.
NAME_108 = r"\b((?:[A-Z][\w&'.-]*[ \t]+(?:(?:de|du|des|la|le|of|and|&)[ \t]+)?){1,5}[A-Z][\w&'.-]*)"
#: The leaders of working people: "The miners' leaders", "union leaders".
WORKERS_LEADERS_108 = re.compile(r"(?:the\s+)?(?:miners|mineworkers|workers|strikers|seamen|dockers|"
                                 r"dockworkers|unions?|unionists|employees)(?:['’]s?)?\s+leaders?", re.IGNORECASE)


#: International bodies, of no one country: "The IMF", "an International Monetary Fund team", "EC officials".
INTERNATIONAL_108 = re.compile(r"\b(?:IMF|International|World|EC|EEC|European|OPEC|Opec|U\.N\.|UN|United\s+Nations|"
                               r"GATT|OECD|NATO|Commission|Community)\b")


#: What a body declares as an act, not a report: "a state of emergency", "martial law".
DECLARED_ACT_108 = re.compile(r"(?:an?\s+)?(?:(?:national|nationwide|partial)\s+)?"
                              r"(?:state\s+of\s+(?:emergency|siege|war)|martial\s+law|war|ceasefire|cease-fire|curfew|"
                              r"moratorium|independence|bankruptcy)\b",
                              re.IGNORECASE)
#: What a body "claims" to have: "two mln members".
CLAIMED_COUNT_108 = re.compile(r"(?:about\s+|some\s+|over\s+|more\s+than\s+)?(?:[\d.,]+|one|two|three|four|"
                               r"five|six|seven|eight|nine|ten|several)(?:\s+(?:mln|million|billion|thousand))?\s+"
                               r"(?:members|supporters|followers|subscribers|readers|workers)\b", re.IGNORECASE)
#: A proposal backed: "supported a proposal for a strike across the country".
BACKED_PLAN_108 = re.compile(r"(?:an?|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}(?:proposals?|plans?|calls?|"
                             r"demands?|motions?|moves?|bids?|resolutions?)\b", re.IGNORECASE)
#: Sourceless passives of telling with a question for content: "It was not stated how ...".
UNTOLD_108 = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:not\s+)?(?:stated|disclosed|specified|said)\s*$")


#: A group of states by number: "G-5 members", "the Group of Seven".
GROUP_OF_108 = re.compile(r"\bG-?\d+\b|\bGroup\s+of\b")


def _results_report(text: str, a: Attribution) -> bool:
    """A report of a company's results as a noun phrase."""
    if _cue(text, a) not in ("reported", "reports", "has reported", "had reported"):
        return False
    content = " ".join(text[a.content.start:a.content.end].split())
    m = RESULTS_NP_108.match(content)
    return m is not None and CLAUSE_VERB_108.search(content[:m.end()]) is None and \
        CLAUSE_VERB_108.match(content[m.end():].lstrip(" ,")) is None


def _not_report(text: str, a: Attribution) -> bool:
    """An act declared, a count claimed, a plan backed, a hypothetical refusal, a passive with no one telling."""
    cue, content = _cue(text, a), " ".join(text[a.content.start:a.content.end].split())
    if cue in ("declared", "declares", "has declared") and DECLARED_ACT_108.match(content):
        return True
    if cue in ("claims", "claimed") and CLAIMED_COUNT_108.match(content):
        return True
    if cue in ("supported", "backed", "endorsed") and BACKED_PLAN_108.match(content):
        return True
    if cue in ("refuse", "refused", "refuses") and a.speaker is not None:
        # "if the owners refuse(d) to ...": the subject of a condition, no report
        return re.search(r"\b(?:if|unless)\s+$", text[max(0, a.speaker.start - 8):a.speaker.start]) is not None
    if a.speaker is None and a.cue is not None:
        return UNTOLD_108.search(text[max(0, a.cue.start - 20):a.cue.end]) is not None and re.match(
            r"(?:how|why|whether|when|where|what|which|who)\b", content, re.IGNORECASE) is not None
    return False


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _named_by_initials(name: str, initials: str) -> str | None:
    """The last words of ``name`` whose initials are ``initials`` ("TITLE WORDS Credit Commercial de France": CCF)."""
    words = name.split()
    for i in range(len(words)):
        if words[i][:1].isupper() and _initials(" ".join(words[i:])) == initials:
            return " ".join(words[i:])
    return None


def _company_of(text: str, org: str, companies: dict[str, str | None]) -> tuple[bool, str | None]:
    """Whether ``org`` names a company of the story, and the country given to it."""
    for name, country in companies.items():
        if org == name or name.split()[:len(org.split())] == org.split() or org == _initials(name):
            return True, country
    words = r"\s+".join(map(re.escape, org.split()))
    if re.search(rf"<?\b{words}(?:\s+[A-Z][\w&'.-]*){{0,3}}{LEGAL_108}", text):
        return True, None
    if org.isupper() and 2 <= len(org) <= 5:
        for m in re.finditer(NAME_108 + LEGAL_108, text):
            if _named_by_initials(m.group(1), org) is not None:
                return True, None
    return False, None


def _officers(text: str, out: list[Attribution]) -> list[Attribution]:
    companies = {a.speaker_name: a.source_country for a in out
                 if a.source_type == "organization" and a.named and a.speaker_name}
    fixed: dict[str, dict[str, object]] = {}
    for a in out:
        if a.speaker is None or not a.named or not a.speaker_name or a.source_type not in ("government",
                                                                                            "politician"):
            continue
        m = OFFICER_108.match(_phrase(text, a))
        if m is None or not _phrase(text, a).endswith(a.speaker_name.split()[-1]):
            continue
        found, country = _company_of(text, m.group("org"), companies)
        if found:
            fields: dict[str, object] = {"source_type": "person"}
            if a.source_country is None and country is not None:
                fields["source_country"] = country
            fixed[a.speaker_name] = fields
    if not fixed:
        return out
    return _each(out, lambda s: _update(s, **fixed[s.speaker_name])
                 if s.speaker_name in fixed and s.source_type in ("government", "politician") else s)


def _initials_names(text: str, out: list[Attribution]) -> list[Attribution]:
    def change(s: Speaker) -> Speaker:
        name = s.speaker_name or ""
        if s.speaker is None or s.source_type != "organization" or not s.named or not (
                name.isupper() and name.isalpha() and 2 <= len(name) <= 5):
            return s
        for m in re.finditer(NAME_108 + r",?\s+(Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV)\b",
                             text[:s.speaker.start]):
            full = _named_by_initials(m.group(1), name)
            if full is not None:
                return _update(s, speaker_name=f"{full} {m.group(2)}")
        return s

    return _each(out, change)


def _workers_leaders(text: str, out: list[Attribution]) -> list[Attribution]:
    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_type not in ("government", "politician", "organization"):
            return s
        if WORKERS_LEADERS_108.fullmatch(_phrase(text, s)) is None:
            return s
        return _update(s, source_type="anonymous", source_country=None, named=False)

    return _each(out, change)


def _story_or_one(text: str, table: SourceTable) -> str | None:
    """The story's country, else the one country the text names (rounds 111-113 share it)."""
    story = story_country(text, table)
    if story is None:
        counts = country_counts(text, table)
        story = next(iter(counts)) if len(counts) == 1 else None
    return story


def _one_country(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    if not any(a.source_country is None and a.source_type in ("organization", "government") for a in out):
        return out
    story = _story_or_one(text, table)
    if story is None:
        return out
    code = story
    return _each(out, lambda s: _update(s, source_country=code)
                 if s.speaker is not None and s.source_country is None
                 and s.source_type in ("organization", "government")
                 and INTERNATIONAL_108.search(f"{_phrase(text, s)} {s.speaker_name or ''}") is None
                 and table.country_in(_phrase(text, s)) is None and not GROUP_OF_108.search(_phrase(text, s)) else s)


def _not_us(text: str, out: list[Attribution], table: SourceTable) -> list[Attribution]:
    counts = country_counts(text, table)
    story = story_country(text, table)
    if story is None or story == "US" or "US" in counts:
        return out
    code = story
    return _each(out, lambda s: _update(s, source_country=code)
                 if s.speaker is not None and s.source_country == "US"
                 and s.source_type in ("organization", "person") else s)


def round108_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 108's rules, as the module's notes say."""
    if not _wire_title(text):
        return attributions
    out = [a for a in attributions if not _results_report(text, a) and not _not_report(text, a)]
    out = _officers(text, out)
    out = _initials_names(text, out)
    out = _workers_leaders(text, out)
    if _plain_wire(text):
        out = _one_country(text, out, table)
        out = _not_us(text, out, table)
    return out
