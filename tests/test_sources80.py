"""Source typing, round 80 (issue 16): a journalist named after his outlet's possessive, a research body's head
(scripts/src80/README.md); on sentences of our own.
"""

from __future__ import annotations

from tests.test_attribution import _find


def _speakers(doc):  # type: ignore[no-untyped-def]
    return [s for a in doc.attributions for s in (a, *a.sources) if s.speaker is not None]


def test_a_journalist_after_his_outlets_possessive_is_media(extract_ner) -> None:
    text = ("The Intercept\u2019s Mark Dunley went through the budget line by line last spring. \u201cNobody in "
            "the building could explain the missing money,\u201d says Dunley.")
    a = _find(extract_ner(text), "missing money")
    assert a.source_type == "media" and a.source_country == "US"


def test_a_namesake_with_no_outlet_stays_a_person(extract_ner) -> None:
    text = ("Mark Dunley went through the budget line by line last spring. \u201cNobody in the building could "
            "explain the missing money,\u201d says Dunley.")
    assert _find(extract_ner(text), "missing money").source_type == "person"


def test_an_institutes_director_is_academic(extract_ner) -> None:
    text = ("\u201cThe new models will change how chemists plan their work,\u201d said Liu Fang, director of "
            "Harbin Materials Lab.")
    a = _find(extract_ner(text), "chemists plan")
    assert a.source_type == "academic"
