"""Lead, round 36: page furniture read from real partisan news (invented sentences).

- A sign-up form's fine print whose field label is "Comments", with an embedded Facebook post pasted after it on
  the same line, stayed as prose: the form's sentences became claims and the sheriff's post the author's words.
- The same fine print pasted in front of a paragraph of the article stayed in the paragraph.
"""

from spinscope.ingest.clean import strip_chrome

FORM_AND_POST = (
    "Deputies found nine children at the farm on Friday.\n"
    "Comments This field is for validation purposes and should be left unchanged. Completing this poll grants you "
    "access to Daily Lantern updates free of charge. You may opt out at anytime. You also agree to this site's "
    "Privacy Policy and Terms of Use. Press releaseMay 9, 2026Issued by Sheriff Dana Pike Three adults are held "
    "after deputies... Posted by Lake County Sheriff's Office on Saturday, May 9, 2026\n"
    "The adults appear in court next week."
)


def test_form_fine_print_labelled_comments_with_a_post_after_it_is_removed():
    cleaned, removed = strip_chrome(FORM_AND_POST)
    assert cleaned.split("\n") == ["Deputies found nine children at the farm on Friday.",
                                   "The adults appear in court next week."]
    assert len(removed) == 1 and removed[0].startswith("Comments This field")


def test_prose_that_mentions_a_form_field_stays():
    text = ("The clerk said this field is for validation purposes only, and that voters should leave it blank.\n"
            "Nobody did.")
    cleaned, removed = strip_chrome(text)
    assert removed == []
    assert cleaned == text


def test_fine_print_in_front_of_a_paragraph_is_cut_and_the_paragraph_kept():
    text = ("The council met on Monday.\n"
            "Phone This field is for validation purposes and should be left unchanged. The mayor said the bridge "
            "would reopen in June, two months later than planned.\n"
            "Work resumes next week.")
    cleaned, removed = strip_chrome(text)
    assert cleaned.split("\n") == ["The council met on Monday.",
                                   "The mayor said the bridge would reopen in June, two months later than planned.",
                                   "Work resumes next week."]
    assert removed == ["Phone This field is for validation purposes and should be left unchanged."]
