"""attributions.v1 on headlines (issue 16): a text file's first line is its title and stays the first paragraph of
``article.text``, so the reports it carries ("X Says Y", "Y, X Says", "Surname: Y") are found with offsets into the
text the user gave. Every headline and article here is written for these tests."""

from __future__ import annotations

import pytest

from spinscope.components.attribution.rules import RULE_SCORES
from tests.test_attribution import _find, _part

BODY = ("The regional minister, Anna Berg, spoke to reporters in the capital on Monday.\n\n"
        "Berg said the two delegations would meet again before the end of the month.")

HEADLINES = [
    # (headline, words of the content, speaker)
    ("Minister Says Border Talks Will Resume Next Week", "Border Talks Will Resume", "Minister"),
    ("Border Talks Will Resume Next Week, Minister Says", "Border Talks Will Resume Next Week", "Minister"),
    ("Berg: Border talks will resume next week", "Border talks will resume", "Berg"),
    ("A warning from Anna Berg: ‘The talks cannot fail again’", "The talks cannot fail again", "Anna Berg"),
    ("Minister Seeks New Border Talks With Neighbours", "New Border Talks", "Minister"),
    ("Berg questions the fairness of the border deal", "the fairness of the border deal", "Berg"),
]


@pytest.mark.parametrize(("headline", "content", "speaker"), HEADLINES, ids=[h[0][:30] for h in HEADLINES])
def test_headline_report_is_found_in_the_text(extract, headline: str, content: str, speaker: str) -> None:
    doc = extract(f"{headline}\n\n{BODY}")
    assert doc.meta.title == headline
    assert doc.text.startswith(headline + "\n\n")
    a = _find(doc, content)
    assert a.content.end <= len(headline), "the content lies in the headline"
    assert _part(doc, a, "speaker") == speaker
    assert a.score <= RULE_SCORES["headline"]


@pytest.mark.parametrize("headline", [
    "Calm Before the Storm: Markets Wait for the Vote",  # a kicker before the colon, no person of the article
    "Border Talks Resume in the Capital",
])
def test_headline_without_a_speaker_gives_no_headline_report(extract, headline: str) -> None:
    doc = extract(f"{headline}\n\n{BODY}")
    assert not [a for a in doc.attributions if a.content.start < len(headline)]


def test_body_offsets_follow_the_headline_and_the_body_is_unchanged(extract) -> None:
    doc = extract(f"Minister Says Border Talks Will Resume\n\n{BODY}")
    a = _find(doc, "the two delegations would meet again")
    assert _part(doc, a, "speaker") == "Berg"
    assert doc.text[len("Minister Says Border Talks Will Resume\n\n"):] == BODY
