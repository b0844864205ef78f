"""Lead, round 35: page furniture read from real partisan news (invented sentences).

- An embedded post printed as its text lines and then "https://t.co/... \u2014 Name (@handle) date": the signature
  was removed as furniture while the post's lines stayed, so the post read as the author's own words.
- A reader poll whose marker and question share one line: the marker line stayed, and so did the question and the
  answer line of politicians' names (read as actors).
"""

from spinscope.ingest.clean import strip_chrome

POSTS = """The council published its budget on Friday, and several councillors answered within minutes.
The library cuts must be reversed today.
https://t.co/AbC123xyz \u2014 Dana Whitfield (@danawhitfield) March 4, 2026
Mayor Ortiz\u2014put the budget to a public vote.
\u2014 Sam Okafor (@samokafor) March 4, 2026
Our parks deserve better. pic.twitter.com/Qr7Zk2
\u2014 Lee Brandt (@leebrandt) March 4, 2026
The council will vote on the budget next week."""


def test_a_kept_posts_signature_stays_and_a_removed_posts_goes():
    cleaned, removed = strip_chrome(POSTS)
    lines = cleaned.split("\n")
    # the post's text stays, so its signature stays under it: the text keeps its author
    assert lines[1:5] == [
        "The library cuts must be reversed today.",
        "https://t.co/AbC123xyz \u2014 Dana Whitfield (@danawhitfield) March 4, 2026",
        "Mayor Ortiz\u2014put the budget to a public vote.",
        "\u2014 Sam Okafor (@samokafor) March 4, 2026",
    ]
    # a post whose text line ends with its link is removed whole, signature included
    assert removed == ["Our parks deserve better. pic.twitter.com/Qr7Zk2",
                       "\u2014 Lee Brandt (@leebrandt) March 4, 2026"]
    assert lines[-1] == "The council will vote on the budget next week."


def test_a_signature_under_nothing_kept_is_still_removed():
    text = "Share this article\n\u2014 Sam Okafor (@samokafor) March 4, 2026\nThe vote is next week."
    cleaned, removed = strip_chrome(text)
    assert removed == ["Share this article", "\u2014 Sam Okafor (@samokafor) March 4, 2026"]
    assert cleaned == "The vote is next week."


POLL = """The minister resigned on Monday after a week of pressure from his own party.
take our poll - story continues below Which minister should be the next to resign?
Which minister should be the next to resign?
* Alan Pike Maria Bloom Tom Hardy Ruth Castle
Email *
Name This field is for validation purposes and should be left unchanged.
His deputy will take over until the autumn."""


def test_a_poll_marker_with_its_question_on_one_line_starts_the_poll():
    cleaned, removed = strip_chrome(POLL)
    assert cleaned.split("\n") == [
        "The minister resigned on Monday after a week of pressure from his own party.",
        "His deputy will take over until the autumn.",
    ]
    assert removed[0].startswith("take our poll") and "* Alan Pike Maria Bloom Tom Hardy Ruth Castle" in removed


def test_a_question_in_prose_is_not_a_poll():
    # a sentence that starts like a poll's marker, with no separator after it, is prose
    text = ("Take the survey of 2,000 voters at face value and the minister has lost his majority, so why is he "
            "still in office?\nThe vote is next week.")
    cleaned, removed = strip_chrome(text)
    assert removed == []
    assert cleaned == text


def test_a_kept_signature_is_no_claim():
    from spinscope.components.claims import is_post_signature

    assert is_post_signature("https://t.co/AbC123xyz \u2014 Dana Whitfield (@danawhitfield) March 4, 2026")
    assert is_post_signature("\u2014 Sam Okafor (@samokafor) March 4, 2026")
    # a post's own text on the signature's line is a sentence with a claim in it
    assert not is_post_signature("The cuts must go. \u2014 Sam Okafor (@samokafor) March 4, 2026")
    assert not is_post_signature("The council will vote on the budget next week.")


def test_an_embedded_facebook_post_is_removed_whole():
    text = ("\u201cWe will appeal the ruling,\u201d the sheriff said in a statement.\n"
            "StatementWe will appeal the ruling and we expect to... Posted by County Sheriff's Office on Friday, "
            "May 8, 2026\n"
            "The appeal is due in June.\n"
            "Posted by the editors on the morning the sheriff said he would appeal, and read widely since then.")
    cleaned, removed = strip_chrome(text)
    assert removed == ["StatementWe will appeal the ruling and we expect to... Posted by County Sheriff's Office on "
                       "Friday, May 8, 2026"]
    # a sentence that says "posted by" with no date at its end is prose
    assert cleaned.split("\n")[-1].startswith("Posted by the editors")


def test_a_kept_posts_speaker_is_the_name_in_its_signature():
    from tests.attribution_rows import attribution_details

    text = ("The mayor's budget reached the council on Friday, and one councillor answered online.\n\n"
            "Councillor Hale\u2014reopen the two branch libraries this spring.\n"
            "Readers paid for them and they deserve them back.\n"
            "https://t.co/Zp4Kd9wXyz \u2014 Dana Whitfield (@danawhitfield) March 4, 2026\n"
            "The council will vote on the budget next week.\n")
    rows = attribution_details(text)
    posts = [r for r in rows if r["name"] == "Dana Whitfield"]
    assert [(r["speaker"], r["cue"]) for r in posts] == [("Dana Whitfield", None)], rows
    assert posts[0]["content"] == ("Councillor Hale\u2014reopen the two branch libraries this spring.\n"
                                   "Readers paid for them and they deserve them back.")
