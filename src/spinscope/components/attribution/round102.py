"""Attributions, round 102 (issue 16, branch ``attr102``): speakers and records of seven fresh 1987 wire stories'
development part (``scripts/attr102/README.md``): a Dutch insurer's and a Swedish drug maker's results, European
currency dealers on a G-7 communique, a British chancellor's press conference, a British car maker's chairman,
Spanish bankers on a reserve requirement, the SEC chairman before a House subcommittee.

One pass, ``round102_attributions``, called last in ``extract_attributions`` (after ``lead53_attributions``). Its
invented tests are in ``tests/test_attr102.py``.

Speakers:

- **One unnamed market voice, with a place.** "A <City> banker said", "A <Nationality> bank economist said",
  "another <Nationality> banker said", "One dealer at a <Nationality> bank said", "Traders in several centres said"
  and "The head of another foreign bank" (speakers of "said") were typed ``person`` (lead49's unnamed-role rule
  reads lower-case words only) and given the place's country; "London traders" kept London's. The golds type
  unnamed dealers, traders, bankers, economists and analysts ``anonymous`` with no country ("one dealer",
  "London traders", "Paris traders"): an unnamed ``person`` speaker whose phrase is a market role noun (dealer,
  trader, banker, economist, analyst, broker, strategist), with at most three words before it and a place phrase
  after it ("at / in / with / from / of" and three words), every capitalised word a country, a nationality or a
  market city, is ``anonymous``, no country, not state-affiliated; an ``anonymous`` one loses a city's country, not
  a nationality's ("Israeli" and "British" groups keep theirs). "The head of a / another <words> bank / firm" too.
- **A company by its legal form.** "Dutch insurer <Name> NV <ticker>" was typed ``person``, named by the whole
  phrase: a ``person`` speaker whose phrase and name end in a company's legal form (and the wire's ticker) is an
  ``organization``, named by the capitalised name that ends in the form; round 100's "reported <a result>" rule
  then drops that company's "reported a 5 pct rise" record, as it does for companies typed before.
- **A ticker's exchange.** "<NAME> AB <TICKER ST>" (Stockholm) gave its company, "<Name> said", no country: an
  ``organization`` with no country whose name's first word stands before a ticker with an exchange code in the
  text takes that exchange's country (Reuters' codes: ``.L`` London, ``.AS`` Amsterdam, ``ST`` Stockholm, ...).
- **", Chairman <Name> told".** "<Company Plc> will sell ... in two <Country> And <Country> markets ..., Chairman
  Sir <Name> told a news conference." gave a speaker phrase that ran back over the clause ("Japanese markets and
  ... Chairman Sir <Name>"), typed ``government`` of Japan, and every later "<Surname> said" with it: a phrase that
  ends in ", <company title> <Name>" is that title and name; such a speaker (or one whose phrase is that title and
  name) typed ``government`` in a paragraph that names a company (a legal form or a ticker) and no state word is a
  ``person`` of the company's country (its ticker's exchange, GB for a Plc), and the records that carry the same
  name follow.
- **A minister's title the table lacks.** "<Name>, Britain's Chancellor of the Exchequer, said" was typed
  ``person`` (GB), and every "<Surname> said" and "he said" after it: a named ``person`` whose phrase holds a
  cabinet title ("Chancellor of the Exchequer", "<Country>'s ... Minister", "Secretary of State", not after
  "former") is ``government``, state-affiliated, of the title's country when the phrase names one; the records
  that carry the same name follow.
- **"The central bank".** "The central bank ..., saying that ..." after "the Bank of <Country>'s decision" was
  typed ``organization``, unnamed, no country: an unnamed "the central bank" is ``government``, state-affiliated,
  named by the country's central bank the text names before it ("Bank of <Country>", "Bundesbank", "Federal
  Reserve"), of that country.

- **A ministry's official with no country** (the lead's open lead of round 53). "..., a Ministry of <X>
  official said." in a story with no dateline was typed ``government`` with no country, and round 52's pronoun
  rule passed that on to the "he said" after it; the golds give a ministry's official his country ("a Ministry of
  Agriculture official" GB, "a Labour Ministry official" JP): such an unnamed official with no country takes the
  country the wire title names, else the first one his sentence names before him, and the records that carry his
  name (his "he", "the official") follow.
- **A business body's chairman** (the lead's open lead). "<Name>, Chairman of the <X> Committee of the <Country>
  Business Federation, said" was typed ``government`` and named by the whole phrase, "The leaders of <country>'s
  business groups" ``government``: a ``government`` speaker whose phrase names business, industry, employers,
  manufacturers or a chamber of commerce and no state word (ministry, government, parliament, officials, ...) is a
  ``person`` named by the words before the comma when named, an ``organization`` when not; not state-affiliated.

Records:

- **Not reports.** "comments from <group> ranging from A to B" (a noun cue with its speaker after it), "<group>
  welcomed <noun phrase>." with no participle clause after it ("welcomed the ruling, saying ..." stays a stance,
  attr81's convention), "Commenting on <noun phrase>, <Name> said ..." (a record whose content is the noun
  phrase), "told <listener> when asked for <noun phrase>" (a record whose content is the "when asked" phrase), and
  "saw <noun phrase> at <level>" / "saw its profits eroded" (no clause: no verb in -ing and no "that") gave
  records; the golds mark none of them. At the merge with attr103: "welcomed" is read on wire stories only, and
  "welcomed that <clause>" stays (attr103's guard).
"""

from __future__ import annotations

import re

from ...result import Attribution, Span
from .lead47 import _line
from .round93 import _wire_title
from .round100 import _result_reported
from .round101 import _phrase
from .sources import SourceTable
from .sources42 import _each, _update

#: Role nouns of market voices, plural and singular (not officials, diplomats or sources: a place's officials
#: are its government's, its sources keep their country).
_ROLES = frozenset({"bankers", "dealers", "traders", "economists", "analysts", "brokers", "strategists"})
_ROLE_ALT = "|".join(sorted(_ROLES | {w[:-1] for w in _ROLES}, key=len, reverse=True))
#: A nationality adjective's endings ("British", "Israeli", "Japanese", "Swiss", "Dutch"), not a city's name.
NATIONALITY_END_102 = re.compile(r"(?:an|ish|ese|i|ch|ss|ic)$")
#: One unnamed market voice: a determiner, up to three words, the role noun, a place phrase.
MARKET_ONE_102 = re.compile(
    rf"(?:(?:an?|one|another|the|some|most|other|several)\s+)?(?P<pre>(?:[\w.-]+\s+){{0,3}}?)"
    rf"(?:{_ROLE_ALT})(?P<post>\s+(?:at|in|with|from|of)\s+(?:[\w.-]+\s+){{0,3}}[\w.-]+)?", re.IGNORECASE)
#: Market cities the country table lacks ("A Milan banker"): places, not bodies.
MARKET_CITIES_102 = frozenset({"Milan", "Frankfurt", "Geneva", "Amsterdam", "Brussels", "Madrid", "Singapore",
                               "Toronto", "Sydney", "Chicago", "Osaka", "Luxembourg", "Stockholm", "Vienna"})
#: "the head of another foreign bank": an unnamed head of an unnamed firm.
HEAD_OF_FIRM_102 = re.compile(r"(?:the|a|an)\s+(?:head|chief)\s+of\s+(?:an?|another|one)\s+(?:[a-z-]+\s+){0,2}"
                              r"(?:bank|firm|company|brokerage|house)", re.IGNORECASE)
#: A company's legal form closing a phrase, the wire's ticker after it: "<Name> NV <AEGN.AS".
LEGAL_FORM_102 = re.compile(r"(?P<name>(?:[A-Z][\w&.'’-]*\s+){0,4}?[A-Z][\w&.'’-]*\s+"
                            r"(?:NV|N\.V\.|AB|AG|SA|S\.A\.|SpA|Plc|PLC|Ltd|Corp|Inc|Co)\.?)\s*(?:<[^<>]*>?)?$")
#: A ticker and its exchange code: "<AEGN.AS>", "<PHAB ST>".
TICKER_102 = re.compile(r"<[A-Z][A-Z0-9]{0,6}(?:\.|\s)(?P<x>[A-Z]{1,2})>")
#: Reuters' exchange codes and their countries (the 1987 wire's ".S" is Sydney: "Western Mining Corp Holdings Ltd",
#: "Amatil Ltd", "Bond Corp Holdings Ltd"; fixed at the merge, it was read as Swiss).
EXCHANGES_102 = {"L": "GB", "AS": "NL", "ST": "SE", "T": "JP", "PA": "FR", "F": "DE", "MI": "IT", "TO": "CA",
                 "Z": "CH", "S": "AU", "HK": "HK", "AX": "AU", "MC": "ES", "BR": "BE", "CO": "DK", "OL": "NO",
                 "HE": "FI", "VI": "AT"}
#: A company officer's title and name closing a longer phrase: ", Chairman Sir <Name>".
OFFICER_TAIL_102 = re.compile(r",\s+(?P<who>(?:(?:Vice|Deputy)\s+)?(?:Chairman|Chief\s+Executive|Managing\s+Director|"
                              r"President)(?:\s+(?:Sir|Dr\.?|Mr\.?))?(?:\s+[A-Z][\w.'’-]*){1,3})$")
#: A company's mark in a story: a legal form or a ticker.
COMPANY_MARK_102 = re.compile(r"\b(?:Corp|Inc|Co|Ltd|Plc|PLC|NV|AB|AG|SA)\b\.?|<[A-Z][A-Z0-9.\s]{0,8}>")
#: A cabinet title in a named speaker's phrase.
CABINET_102 = re.compile(r"(?<!former )(?<!ex-)\b(?:Chancellor\s+of\s+the\s+Exchequer|Secretary\s+of\s+State|"
                         r"(?:[A-Z][a-z]+\s+){0,2}Minister)\b")
#: A country's central bank named in a text.
CENTRAL_BANK_102 = re.compile(r"\b(?:Bank\s+of\s+(?P<of>[A-Z][a-z]+)|Bundesbank|Federal\s+Reserve(?:\s+Board)?|"
                              r"Swiss\s+National\s+Bank|Banque\s+de\s+France|Banca\s+d['’]Italia)\b")
CENTRAL_BANK_COUNTRIES_102 = {"Bundesbank": "DE", "Federal Reserve": "US", "Federal Reserve Board": "US",
                              "Swiss National Bank": "CH", "Banque de France": "FR", "Banca d'Italia": "IT",
                              "Banca d’Italia": "IT"}
#: A ministry's unnamed official: "a Ministry of Supply official", "a Treasury Ministry official".
MINISTRY_ONE_102 = re.compile(r"(?:(?:an?|one|the|another|senior)\s+)*(?:[A-Z][\w-]*\s+){0,2}Ministry"
                              r"(?:\s+of(?:\s+[A-Z][\w-]*){1,3})?\s+(?:officials?|sources?|spokes(?:man|woman))")
#: Business bodies: their chairmen and leaders speak for business, not for a government.
BUSINESS_102 = re.compile(r"\b(?:[Bb]usiness|Industry|Industries|Industrialists|Employers|Manufacturers|"
                          r"Chamber\s+of\s+Commerce|Keidanren)\b")
#: A state's words: a phrase that holds one is left to the earlier rules.
STATE_WORDS_102 = re.compile(r"\b(?:Ministry|[Mm]inister|[Gg]overnment|State|Parliament|Congress|House|Senate|"
                             r"Party|officials?|Cabinet|Agency|Department|Commission|Bureau)\b")


def _cue(text: str, a: Attribution) -> str:
    return " ".join(text[a.cue.start:a.cue.end].split()) if a.cue is not None else ""


def _not_report(text: str, a: Attribution) -> bool:
    """The module's "Not reports"."""
    cue, content = _cue(text, a).lower(), text[a.content.start:a.content.end].strip()
    if cue == "comments" and a.speaker is not None and a.cue is not None and a.speaker.start > a.cue.start:
        return True
    if cue in {"welcomed", "welcomes", "welcome", "particularly welcomed", "also welcomed"} and _wire_title(text):
        # wire stories only (the merge with attr103, whose rule and guard keep a news page's "welcomed <NP>")
        # "welcomed the ruling, saying ..." stays (attr81's stance); "welcomed <NP>." alone states nothing
        line_end = text.find("\n", a.content.end)
        rest = text[a.content.end:line_end if line_end >= 0 else len(text)]
        return not re.match(r"(?:that|the\s+fact\s+that)\b", content) and \
            not re.search(r"\bthat\s*$", text[a.cue.end if a.cue is not None else 0:a.content.start]) and \
            not re.match(r"[^.;]*,\s+(?:saying|adding|calling)\b", rest)
    if cue == "commenting on":
        return True
    if re.match(r"when\s+asked\b", content, re.IGNORECASE):
        return True
    if cue == "saw":
        return not re.search(r"\b\w+ing\b|\b(?:that|as)\b", content)
    return False


def _market_one(text: str, table: SourceTable, a: Attribution) -> Attribution:
    if a.speaker is None or a.named or a.source_type not in {"person", "anonymous"}:
        return a
    phrase = _phrase(text, a)
    m = MARKET_ONE_102.fullmatch(phrase)
    if m is None:
        if HEAD_OF_FIRM_102.fullmatch(phrase) and a.source_type == "person":
            return _update(a, source_type="anonymous", source_country=None, state_affiliated=False)  # type: ignore
        return a
    pre, post = m.group("pre").split(), (m.group("post") or "").split()[1:]
    # capitalised words before the noun are places or nationalities ("A Milan banker", "Swiss bank economist"),
    # not a body ("Goldman Sachs analysts", "the Treasury economist": left to the earlier rules)
    def body(w: str) -> bool:
        return w[:1].isupper() and w not in MARKET_CITIES_102 and table.country_in(w) is None

    if any(body(w) for w in pre) or any(body(w) for w in post):
        return a
    if a.source_type == "anonymous" and (a.source_country is None or any(
            w[:1].isupper() and NATIONALITY_END_102.search(w) for w in pre)):
        return a  # "Israeli military dealers" keep Israel; "London traders" are of no country
    return _update(a, source_type="anonymous", source_country=None, state_affiliated=False)  # type: ignore


def _legal_form(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.source_type != "person" or not LEGAL_FORM_102.search(a.speaker_name or ""):
        return a  # "<Name>, chairman of <Firm> Ltd" is named by the person: left
    m = LEGAL_FORM_102.search(_phrase(text, a))
    if m is None:
        return a
    return _update(a, source_type="organization", named=True,  # type: ignore
                   speaker_name=" ".join(m.group("name").split()))


def _ticker_country_of(text: str, name: str) -> str | None:
    first = name.split()[0] if name.split() else ""
    if len(first) < 3:
        return None
    for t in TICKER_102.finditer(text):
        before = text[max(0, text.rfind("\n", 0, t.start()) + 1):t.start()]
        if re.search(rf"\b{re.escape(first)}\b", before, re.IGNORECASE) and t.group("x") in EXCHANGES_102:
            return EXCHANGES_102[t.group("x")]
    return None


def _ticker_country(text: str, a: Attribution) -> Attribution:
    if a.speaker is None or a.source_type != "organization" or a.source_country is not None or not a.speaker_name:
        return a
    country = _ticker_country_of(text, a.speaker_name)
    return _update(a, source_country=country) if country else a  # type: ignore


def _follow(out: list[Attribution], name: str, **fields: object) -> list[Attribution]:
    """Every record (and source) named ``name`` takes ``fields``."""
    return _each(out, lambda s: _update(s, **fields) if s.speaker_name == name else s)


def _company_country(text: str) -> str | None:
    for t in TICKER_102.finditer(text):
        if t.group("x") in EXCHANGES_102:
            return EXCHANGES_102[t.group("x")]
    return "GB" if re.search(r"\b(?:Plc|PLC)\b", text) else None


def _officer_tail(text: str, out: list[Attribution]) -> list[Attribution]:
    res = list(out)
    for i, a in enumerate(res):
        if a.speaker is None or not a.named:
            continue
        raw = text[a.speaker.start:a.speaker.end]
        m = OFFICER_TAIL_102.search(raw)
        if m is not None and "," in raw[:m.start() + 1] and len(raw[:m.start()].split()) >= 3:
            span = Span(start=a.speaker.start + m.start("who"), end=a.speaker.end, label=a.speaker.label,
                        score=a.speaker.score, evidence=a.speaker.evidence)
            res[i] = a = a.model_copy(update={"speaker": span})
        elif not OFFICER_TAIL_102.fullmatch(", " + _phrase(text, a)):
            continue
        pos = a.speaker.start if a.speaker is not None else 0
        sentence = _line(text, pos)  # the paragraph: "U.S. And" ends no sentence
        if a.source_type == "government" and a.speaker_name and COMPANY_MARK_102.search(sentence) and \
                not STATE_WORDS_102.search(sentence):
            res = _follow(res, a.speaker_name, source_type="person", state_affiliated=False,
                          source_country=_company_country(text) or a.source_country)
    return res


def _cabinet(text: str, table: SourceTable, out: list[Attribution]) -> list[Attribution]:
    res = out
    for a in out:
        if a.speaker is None or not a.named or a.source_type != "person" or not a.speaker_name:
            continue
        m = CABINET_102.search(_phrase(text, a))
        if m is None:
            continue
        phrase = _phrase(text, a)
        country = table.country_in(phrase[phrase.find(a.speaker_name.split()[-1]):]) or a.source_country
        if "Exchequer" in m.group(0):
            country = "GB"
        res = _follow(res, a.speaker_name, source_type="government", state_affiliated=True, source_country=country)
    return res


def _central_bank(text: str, table: SourceTable, a: Attribution) -> Attribution:
    if a.speaker is None or a.named or a.source_type != "organization" or \
            not re.fullmatch(r"(?:[Tt]he\s+)?central\s+bank", _phrase(text, a)):
        return a
    banks = [m for m in CENTRAL_BANK_102.finditer(text, 0, a.speaker.start)]
    if not banks:
        return _update(a, source_type="government", state_affiliated=True)  # type: ignore
    m = banks[-1]
    name = " ".join(m.group(0).split())
    country = table.country_in(m.group("of")) if m.group("of") else CENTRAL_BANK_COUNTRIES_102.get(name)
    return _update(a, source_type="government", state_affiliated=True, named=True, speaker_name=name,  # type: ignore
                   source_country=country or a.source_country)


def _ministry_one(text: str, table: SourceTable, out: list[Attribution]) -> list[Attribution]:
    """A ministry's unnamed official with no country takes the story's (its title's, else its sentence's)."""
    res = out
    title = text.partition("\n")[0]
    for a in out:
        if a.speaker is None or a.named or a.source_type != "government" or a.source_country is not None or \
                not a.speaker_name or not MINISTRY_ONE_102.fullmatch(_phrase(text, a)):
            continue
        line_start = text.rfind("\n", 0, a.speaker.start) + 1
        country = (table.country_in(title.title()) if _wire_title(text) else None) or \
            table.country_in(text[line_start:a.speaker.start])
        if country:
            res = _each(res, lambda s, n=a.speaker_name, c=country: _update(s, source_country=c) if (
                s.speaker_name == n and not s.named and s.source_type == "government" and s.source_country is None)
                else s)
    return res


def _business_voice(text: str, a: Attribution) -> Attribution:
    """A business body's chairman or leaders typed ``government``: a person, or an organization."""
    if a.speaker is None or a.source_type != "government":
        return a
    phrase = _phrase(text, a)
    if not BUSINESS_102.search(phrase) or STATE_WORDS_102.search(phrase):
        return a
    if a.named and "," in phrase:
        name = phrase.split(",")[0].strip()
        return _update(a, source_type="person", state_affiliated=False, speaker_name=name)  # type: ignore
    if not a.named:
        return _update(a, source_type="organization", state_affiliated=False)  # type: ignore
    return a


def round102_attributions(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 102's rules, as the module's notes say."""
    out = [a for a in attributions if not _not_report(text, a)]
    out = _each(out, lambda s: _market_one(text, table, s))
    out = _each(out, lambda s: _legal_form(text, s))
    out = [a for a in out if not _result_reported(text, a)]  # round 100's rule, for the companies just typed
    out = _each(out, lambda s: _ticker_country(text, s))
    out = _officer_tail(text, out)
    out = _cabinet(text, table, out)
    out = _ministry_one(text, table, out)
    out = _each(out, lambda s: _business_voice(text, s))
    return _each(out, lambda s: _central_bank(text, table, s))
