"""The words that place an article in a domain of the SemEval-2025 narrative taxonomy, per language: the war in
Ukraine (URW) or climate change (CC). Read by ``narratives.v1`` in English and by the multilingual heads."""

from __future__ import annotations

import re

#: The score of "Other" decided by the domain words (a rule, not a probability).
OUT_OF_DOMAIN_SCORE = 0.9

#: The words only an article about that domain uses (the broad ones above also count "war", "energy", "heat"),
#: per language: a narrative is reported only in a domain the article names at least once by one of these. Each
#: of the 870 SemEval-2025 articles with a narrative (183 English, 291 Bulgarian, 292 Portuguese, 104 Russian)
#: names its domain so (docs/EVALUATION.md, "Lead, round 12"); a US veterans' story with "war" twice, or a city
#: budget in Kazan, does not, and the domain classifier still picks a domain for it.
DOMAIN_CORE_WORDS: dict[str, dict[str, re.Pattern[str]]] = {
    language: {domain: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for domain, words in domains.items()}
    for language, domains in {
        "en": {"URW": r"ukrain\w*|kyiv|kiev|russia\w*|kremlin|moscow|putin|zelensk\w*|nato|donbas+|crimea\w*|"
                      r"kharkiv|mariupol|bakhmut|soviet|wagner",
               "CC": r"climat\w*|warming|emission\w*|carbon|co2|fossil|greenhouse|net[- ]zero|renewabl\w*|ipcc|"
                     r"cop\d+|glacier\w*|sea levels?"},
        "ru": {"URW": r"украин\w*|киев\w*|росси\w*|кремл\w*|путин\w*|зеленск\w*|нато|донбасс?\w*|донецк\w*|"
                      r"луганск\w*|крым\w*|харьков\w*|мариупол\w*|бахмут\w*|всу|сво|советск\w*|вагнер\w*|"
                      r"москв\w*|белорус\w*|запад\w*",
               "CC": r"климат\w*|потеплени\w*|выброс\w*|углерод\w*|парников\w*|ископаем\w*|возобновля\w*|co2|"
                     r"ipcc|мгэик"},
        "bg": {"URW": r"украйн\w*|киев\w*|русия\w*|руск\w*|русн\w*|кремъл\w*|путин\w*|зеленски\w*|нато|"
                      r"донбас\w*|донецк\w*|луганск\w*|крим\w*|харков\w*|мариупол\w*|бахмут\w*|съветск\w*|"
                      r"вагнер\w*|москва\w*",
               "CC": r"климат\w*|затопляне\w*|емиси\w*|въглерод\w*|парников\w*|изкопаем\w*|възобновя\w*|co2|ipcc"},
        "pt": {"URW": r"ucrân\w*|ucran\w*|kiev|kyiv|rúss\w*|russ\w*|kremlin|putin\w*|zelensk\w*|nato|otan|"
                      r"donbass?|crimeia|kharkiv|mariupol|bakhmut|soviétic\w*|wagner|moscovo|moscou",
               "CC": r"clim\w*|aquecimento|emiss\w*|carbono|co2|fóss\w*|estufa|renová\w*|ipcc|"
                     r"incêndios? florest\w*|ondas? de calor"},
    }.items()
}


def names_domain(text: str, domain: str, language: str = "en") -> bool:
    """Whether ``text`` names ``domain`` by one of its :data:`DOMAIN_CORE_WORDS` in ``language`` (a language or
    domain without a list: yes)."""
    pattern = DOMAIN_CORE_WORDS.get(language, {}).get(domain)
    return pattern is None or pattern.search(text) is not None
