"""A news site's footer that lists its sections and social pages is page furniture, not article text (issue 16:
page furniture became claims and actors)."""

from __future__ import annotations

from spinscope.ingest.clean import strip_chrome

FOOTER = ("Read all the Latest News , Trending News , Cricket News , Bollywood News , India News and Entertainment "
          "News here. Follow us on Facebook , Twitter and Instagram .")


def test_a_section_list_footer_is_removed():
    cleaned, removed = strip_chrome(f"The talks ended on Friday.\n{FOOTER}")
    assert cleaned == "The talks ended on Friday." and removed == [FOOTER]


def test_prose_about_the_latest_news_stays():
    line = "Read the latest news with care, the minister told students, because rumours spread fast."
    cleaned, removed = strip_chrome(f"The talks ended on Friday.\n{line}")
    assert line in cleaned and removed == []
