"""Lead, round 35: page furniture read from real partisan news (invented sentences).

- A reader poll whose marker and question share one line: the marker line stayed, and so did the question and the
  answer line of politicians' names (read as actors); a form's "Name This field is for validation ..." line stayed.
- An embedded Facebook post's line ("... Posted by Page on Thursday, August 30, 2018") stayed as prose.
"""

from spinscope.ingest.clean import strip_chrome

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
