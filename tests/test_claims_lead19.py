"""Opinion cues from real articles (issue 16: opinion called factual): a charge of doing someone's bidding and a
"racket" are the writer's judgement."""

from __future__ import annotations

import pytest

from spinscope.components.claims import opinion_cues


@pytest.mark.parametrize("text", [
    "They trick pensioners into doing their bidding.",
    "The whole levy is a racket.",
])
def test_judgements_found_on_real_articles_are_opinion_cues(text):
    assert opinion_cues(text)


def test_a_racket_club_is_no_judgement():
    assert not opinion_cues("The racket was restrung before the final.")
