"""A news service's terms of republication under a syndicated story are page furniture, not claims (issue 16:
boilerplate lines are removed at ingestion and kept in ``removed``)."""

from __future__ import annotations

from spinscope.ingest.clean import strip_chrome

TERMS = ("Every story written by the Harbour Wire Service, a nonprofit newswire, is available without charge to any "
         "legitimate news publisher with a sizeable readership. All republished articles must include our logo and "
         "the reporter's byline. Questions about these terms go to terms@harbourwire.example.")


def test_republication_terms_are_removed_and_kept():
    cleaned, removed = strip_chrome(f"The port reopened on Monday after the strike.\n\n{TERMS}")
    assert cleaned.strip() == "The port reopened on Monday after the strike."
    assert removed == [TERMS]


def test_prose_about_free_access_stays():
    for line in ("The ministry said the new map is available without charge at every public library, and that "
                 "republished copies must carry its seal.",
                 "The army said the footage is available free of charge to news outlets, and that it would publish "
                 "more on Tuesday."):
        cleaned, removed = strip_chrome(f"The port reopened on Monday.\n{line}")
        assert line in cleaned and removed == []
