"""Lead, round 43: what the lead's reading of a fresh US political report showed in the sources layer.

- A country named as the topic of an inquiry ("the Russia investigation", "the Russia report") is what the story is
  about, not where it is set: it no longer counts for the story's country that unplaced speakers are given (the
  US Attorney General of such a story came out Russian, and so did a campaign aide).
- The US's own institutions named without the country ("the Justice Department", "the FBI", "the Pentagon")
  count for the US as its name does (the table already counts "the White House").
"""

from __future__ import annotations

import re

#: Institutions of the US government that no other country's press names so: each counts as a mention of the US
#: (the table already counts "White House").
US_INSTITUTIONS_L43 = re.compile(r"\b(?:Justice\s+Department|Department\s+of\s+Justice|"
                                 r"State\s+Department|Pentagon|FBI|CIA|Capitol\s+Hill|Oval\s+Office)\b")
#: After a country's name: the inquiry it is the topic of ("Russia investigation", "China probe").
TOPIC_NOUN_L43 = re.compile(r"[^\S\n]+(?:investigation|probe|inquiry|report|collusion|hoax|scandal|dossier)s?\b",
                            re.I)


def us_institutions_l43(text: str) -> int:
    """How many times ``text`` names one of the US's own institutions (:data:`US_INSTITUTIONS_L43`)."""
    return len(US_INSTITUTIONS_L43.findall(text))
