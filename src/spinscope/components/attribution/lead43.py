"""Lead, round 43: what the lead's reading of a fresh US political report showed in the sources layer.

- A country named as the topic of an inquiry ("the Russia investigation", "the Russia report") is what the story is
  about, not where it is set: it no longer counts for the story's country that unplaced speakers are given (the
  US Attorney General of such a story came out Russian, and so did a campaign aide).
- The US's own institutions named without the country ("the Justice Department", "the FBI", "the Pentagon")
  count for the US as its name does (the table already counts "the White House").
"""

from __future__ import annotations

import re

from .sources import SourceTable

#: Institutions of the US government that no other country's press names so: each counts as a mention of the US
#: (the table already counts "White House").
US_INSTITUTIONS_L43 = re.compile(r"\b(?:Justice\s+Department|Department\s+of\s+Justice|"
                                 r"State\s+Department|Pentagon|FBI|CIA|Capitol\s+Hill|Oval\s+Office)\b")
#: After a country's name: the inquiry it is the topic of ("Russia investigation", "China probe").
TOPIC_NOUN_L43 = re.compile(r"[^\S\n]+(?:investigation|probe|inquiry|report|collusion|hoax|scandal|dossier)s?\b",
                            re.I)


def story_counts_l43(window: str, table: SourceTable, counts: dict[str, int]) -> dict[str, int]:
    """``counts`` (mentions of each country in ``window``) less the countries named as an inquiry's topic, plus the
    US's institutions."""
    pattern, forms = table._pattern("countries")
    out = dict(counts)
    for m in pattern.finditer(window):
        code = forms.get(m.group(0))
        if isinstance(code, str) and out.get(code, 0) > 0 and TOPIC_NOUN_L43.match(window, m.end()):
            out[code] -= 1
    if n := len(US_INSTITUTIONS_L43.findall(window)):
        out["US"] = out.get("US", 0) + n
    return {code: n for code, n in out.items() if n > 0}
