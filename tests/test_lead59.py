"""The lead's fixes of round 59: invisible and no-break spaces that scraped web text carries no longer cost the
parse (the article's text keeps them, with every offset). Every sentence and name here is invented."""

from __future__ import annotations

import pytest

from tests.attribution_rows import attribution_rows


@pytest.mark.parametrize("space", ["\u200b", "\u2060", "\ufeff"])
def test_an_invisible_space_after_the_cue_keeps_the_attribution(space: str):
    text = f"Harbour plan\n\nThe harbour master said{space} on Monday that the quay would close in March.\n"
    rows = attribution_rows(text)
    assert {"speaker": "The harbour master", "content": "the quay would close in March"} in rows


def test_a_no_break_space_is_not_part_of_the_speaker():
    text = "Harbour plan\n\nThe harbour master\u00a0said on Monday that the quay would close in March.\n"
    rows = attribution_rows(text)
    assert {"speaker": "The harbour master", "content": "the quay would close in March"} in rows


def test_the_article_text_keeps_its_own_characters():
    from spinscope import analyze

    text = "Harbour plan\n\nThe harbour master said\u200b on Monday that the quay\u00a0would close in March.\n"
    result = analyze(text, components=["language.v1", "segment.v1"])
    assert "\u200b" in result.article.text and "quay\u00a0would" in result.article.text
    assert any(result.article.text[s.start:s.end].endswith("in March.") for s in result.article.sentences)
