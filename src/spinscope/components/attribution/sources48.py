"""Source typing, round 48 (issue 16): a foreign speaker's country from the story, international bodies left out.

Round 46's ``story_places_s46`` gives a named speaker of no country the one country of their own story (the
speaker's sentence and the two either side: two mentions, twice any other country's), but another country than
Australia only to office holders (``government``): given to private people and bodies as well, it raised six older
development golds and lowered four, because an international body (the WHO, NATO), its officers (the WHO's
Director-General, NATO's Secretary-General) and the Holy See's people took the story's country.

- ``foreign_story_s48``: the same reading, after round 46's, for named ``person`` / ``organization`` speakers of no
  country, with the story's country other than Australia (Australia's is round 46's), unless the speaker belongs to
  an international body: its name, its speaker phrase, its affiliation or a sentence naming it in full holds an
  international body's name (``IGO_S48``: the UN and its agencies, the WHO, NATO, the EU, the Red Cross, the IMF,
  the World Bank, ..., the Vatican and the Pope; every entry of the source table with no country that is not an
  outlet) or an international office ("Secretary-General", "Director-General", "High Commissioner"); a story of
  the Holy See (VA) gives no country either. One name, one country: a name whose mentions read two stories'
  countries keeps none.
"""

from __future__ import annotations

import re

from ...result import Attribution
from .sources import SourceTable
from .sources42 import _each, _update
from .sources45 import STORY_REACH_S45, _index45, _sentences45
from .sources46 import Speaker, _all46, _bare_reserve46, _phrase46, _story_counts46

#: International bodies and their offices (a speaker of one keeps no story country).
IGO_S48 = re.compile(r"\b(?:United\s+Nations|UN|U\.N\.|UNHCR|UNICEF|Unicef|UNESCO|UNDP|UNAIDS|UNRWA|UNSCOM|"
                     r"World\s+Health\s+Organi[sz]ation|WHO|NATO|Nato|European\s+(?:Union|Commission|Parliament)|"
                     r"EU|Red\s+Cross|Red\s+Crescent|ICRC|International\s+Monetary\s+Fund|IMF|World\s+Bank|"
                     r"World\s+Trade\s+Organi[sz]ation|WTO|World\s+Food\s+Programme|WFP|OPEC|Interpol|OECD|ASEAN|"
                     r"APEC|OSCE|IAEA|International\s+Atomic|International\s+Olympic|IOC|FIFA|Commonwealth\s+"
                     r"Secretariat|Amnesty\s+International|Human\s+Rights\s+Watch|Medecins\s+Sans\s+Frontieres|"
                     r"Doctors\s+Without\s+Borders|Vatican|Holy\s+See|Pope|Secretary[\s-]General|"
                     r"Director[\s-]General|High\s+Commissioner|peacekeep\w*|international\s+(?:agency|body|"
                     r"organi[sz]ation|monitors?))\b")
#: Story countries not given here: Australia's is round 46's; the Holy See's story (a Vatican priest) is an
#: international body's, as the golds have it.
SKIP_CODES_S48 = frozenset({"AU", "VA"})
#: The types given a foreign story's country here (round 46 gives it to ``government`` already).
PRIVATE_TYPES_S48 = frozenset({"person", "organization"})


def _igo_forms48(table: SourceTable) -> list[str]:
    """The source table's bodies of no country that are not outlets (NATO, the UN, the WHO, ...)."""
    return [form for e in table.sources if e.country is None and e.type != "media" for form in (e.name, *e.aliases)]


def _is_igo48(text: str, forms: list[str]) -> bool:
    if IGO_S48.search(text):
        return True
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in forms)


def foreign_story_s48(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Named private speakers of no country take their own foreign story's country (see the module's docstring)."""
    sentences = _sentences45(text)
    memo: dict[int, str | None] = {}
    reserve_au = _bare_reserve46(text) == "AU"
    forms = _igo_forms48(table)

    def story(pos: int) -> str | None:
        i = _index45(sentences, pos)
        if i not in memo:
            a = sentences[max(0, i - STORY_REACH_S45)][0]
            b = sentences[min(len(sentences) - 1, i + STORY_REACH_S45)][1]
            ranked = sorted(_story_counts46(text[a:b], table, reserve_au).items(), key=lambda kv: -kv[1])
            top = ranked[0] if ranked else ("", 0)
            memo[i] = top[0] if top[1] >= 2 and (len(ranked) < 2 or top[1] >= 2 * ranked[1][1]) else None
        return memo[i]

    def igo_sentences(name: str) -> bool:
        """A sentence naming the speaker in full names an international body or office too."""
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            a, b = sentences[_index45(sentences, m.start())]
            if _is_igo48(text[a:b], forms):
                return True
        return False

    found: dict[str, str] = {}
    clash: set[str] = set()
    igo: set[str] = set()
    for s in _all46(attributions):
        if s.speaker is None or not s.speaker_name:
            continue
        name = str(s.speaker_name)
        if _is_igo48(" ".join((name, _phrase46(text, s), s.affiliation or "")), forms):
            igo.add(name)
        if s.source_country is not None or not s.named or s.source_type not in PRIVATE_TYPES_S48:
            continue
        code = story(s.speaker.start)
        if code is None or code in SKIP_CODES_S48:
            continue
        if found.setdefault(name, code) != code:
            clash.add(name)
    for name in list(found):
        if name in clash or name in igo or igo_sentences(name):
            del found[name]
    if not found:
        return attributions

    def change(s: Speaker) -> Speaker:
        if s.speaker is None or s.source_country is not None or s.speaker_name not in found:
            return s
        if s.source_type not in PRIVATE_TYPES_S48 or not s.named:
            return s
        return _update(s, source_country=found[str(s.speaker_name)])
    return _each(attributions, change)


def sources48_speakers(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """Round 48's pass (see the module's docstring), after round 46's."""
    return foreign_story_s48(text, attributions, table)
