"""Lead, round 36: page furniture read from real partisan news (invented sentences).

- A sign-up form's fine print whose field label is "Comments", with an embedded Facebook post pasted after it on
  the same line, stayed as prose: the form's sentences became claims and the sheriff's post the author's words.
- The same fine print pasted in front of a paragraph of the article stayed in the paragraph.
"""

from spinscope.ingest.clean import strip_chrome

FORM_AND_POST = (
    "Deputies found nine children at the farm on Friday.\n"
    "Comments This field is for validation purposes and should be left unchanged. Press releaseMay 9, 2026Issued "
    "by Sheriff Dana Pike Three adults are held after deputies searched a farm north of the lake on Friday morning "
    "and found nine children living in tents without water or heat. The adults, two men and a woman, were taken "
    "to the county jail and will be charged once the interviews are over... Posted by Lake County Sheriff's "
    "Office on Saturday, May 9, 2026\n"
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


# --- attributions (speakers) -------------------------------------------------------------------------------------

PRONOUN_AFTER_NAMED_IN_QUOTE = (
    "Port strike\n\n"
    "Those familiar with Rafael Ortiz before he ran the port authority say it is a habit of his to side with the "
    "shipping firms, said lawyer and activist Maria Lind at a rally on Friday.\n"
    "\u201cThe workers are tired of waiting,\u201d she told reporters outside the gates.\n"
    "\u201cAnyone who has met him knows this is typical Ortiz,\u201d she added.\n"
)


def _speakers(text: str) -> list[tuple[str | None, str]]:
    from spinscope.api import analyze

    result = analyze(text)
    return [(a.speaker_name, result.article.text[a.content.start:a.content.end]) for a in result.attributions
            if a.content is not None]


def test_a_name_inside_a_quote_gets_no_gender_from_the_speaker_tag_after_it():
    # "“... typical Ortiz,” she added" used to vote Ortiz female, and both quotes then went to him, "sure"
    found = _speakers(PRONOUN_AFTER_NAMED_IN_QUOTE)
    quoted = [name for name, content in found if content.startswith(("The workers", "Anyone who"))]
    assert quoted == ["Maria Lind", "Maria Lind"]


def test_a_finding_reported_by_a_person_is_the_persons():
    text = ("Harbour audit\n\n"
            "The audit shows that the harbour board wasted millions on dredging contracts, said Lind.\n"
            "The inspectors told the board that the dredging contracts should be cancelled.\n")
    found = _speakers(text)
    assert ("Lind", "The audit shows that the harbour board wasted millions on dredging contracts") in [
        (name.split()[-1] if name else name, content) for name, content in found]
    assert not any(name and name.lower().endswith("audit") for name, _ in found)
    # a person's report inside another's is kept: the inspectors' report stands on its own
    assert any(name and "inspectors" in name.lower() for name, _ in found)


# --- actors ------------------------------------------------------------------------------------------------------

def _actors(text: str) -> list[tuple[str, str | None]]:
    from spinscope.api import analyze

    return [(a.name, a.type) for a in analyze(text).actors]


def test_a_surname_with_an_apostrophe_is_the_person_named_before():
    text = ("Parish letter\n\n"
            "Two members of the board met Bishop O\u2019Rourke in Dublin in 2019.\n"
            "O\u2019Rourke later confirmed that he had passed the letter on to Rome.\n")
    names = [name for name, _ in _actors(text) if "Rourke" in name]
    assert names == ["O\u2019Rourke"]


def test_a_cry_that_is_only_ever_quoted_is_no_actor():
    text = ("Station attack\n\n"
            "A man knifed two guards in Rotterdam while shouting, \u201cAllahu Akbar.\u201d Days before he had thanked "
            "the Dutch by shouting, \u201cAllahu Akbar,\u201d and hurling chairs into the street.\n")
    names = [name for name, _ in _actors(text)]
    assert "Netherlands" in names
    assert not any("Akbar" in name for name in names)


def test_a_person_named_at_the_start_of_a_quote_and_in_prose_stays():
    text = ("Council vote\n\n"
            "Councillor Dana Whitfield voted against the budget on Monday.\n"
            "\u201cWhitfield is wrong,\u201d the mayor said.\n")
    assert any("Whitfield" in name for name, _ in _actors(text))


def test_a_second_clause_after_said_goes_on_with_the_statement():
    text = ("Grain talks\n\n"
            "Petrov said the farmers needed help, but the ministry should rethink its quotas, as the rules had "
            "hurt exports.\n")
    found = _speakers(text)
    assert found == [("Petrov", "Petrov said the farmers needed help, but the ministry should rethink its quotas, "
                                "as the rules had hurt exports"[len("Petrov said "):])]


def test_the_writers_narration_after_said_stays_out():
    text = ("Grain talks\n\n"
            "Petrov said the farmers needed help, but he did not explain how.\n"
            "Lena Vos said the quotas were fair, but critics disagree with her.\n")
    contents = [content for _, content in _speakers(text)]
    assert "the farmers needed help" in contents
    assert "the quotas were fair" in contents


def test_the_lead_paragraph_above_a_bare_post_signature_is_the_writers():
    # the post's own text is missing from the copy: its signature follows the article's lead paragraph
    text = ("FACT CHECK: Photo of mayor is altered\n\n"
            "A photo shared on X purports to show the mayor of Dunmore burning a stack of ballots.\n\n"
            "\u2014 Jo Bloggs (@jobloggs) May 1, 2026\n\n"
            "Verdict: False\n\n"
            "The photo is altered. The mayor\u2019s office said the original showed her at a bonfire in June.\n")
    found = _speakers(text)
    assert not any(name == "Jo Bloggs" for name, _ in found)
    assert any(content.startswith("the original showed her") for _, content in found)


# --- events ------------------------------------------------------------------------------------------------------

def test_shooting_oneself_in_the_foot_is_no_assault():
    from tests.event_predictions import triples

    found = triples("The EU has really shot itself in the foot with its tariffs on China, Hungary said.")
    assert not any(event == "ASSAULT" for event, _, _ in found)
    # a shooting of others stays
    assert ("ASSAULT", "RUS", "UKR") in triples("Russian troops shot two Ukrainian soldiers near Bakhmut.")


def test_the_accusations_act_names_no_target():
    from tests.event_predictions import triples

    # the one accused names no actor: no target, rather than the country inside "of spying for ..."
    assert triples("Russia accused the senator of spying for Ukraine.") == {("ACCUSE", "RUS", None)}
    assert triples("The reporter was accused by Russia of working for Ukraine.") == {("ACCUSE", "RUS", None)}
    # an accused actor, or a country from the place of the act, stays
    assert triples("Russia accused Ukraine of shelling the plant.") == {("ACCUSE", "RUS", "UKR")}
    assert ("ACCUSE", "AZE", "ARM") in triples("Armenia and Azerbaijan accused each other of breaking the truce.")


def test_a_show_quoted_after_told_stays_an_actor():
    text = ("Raid warning\n\n"
            "The agency\u2019s acting head, Tom Reyes, told \u201cFox & Friends\u201d on Wednesday that the mayor had "
            "warned residents of the raid.\n")
    assert any("Fox & Friends" in name for name, _ in _actors(text))


def test_fine_print_cut_from_a_paragraph_keeps_every_offset():
    # with offsets kept (as every analysed document is made), the cut prefix is blanked and the paragraph stays put
    text = ("The council met on Monday.\n"
            "Email This field is for validation purposes and should be left unchanged. The mayor said the bridge "
            "would reopen in June.\n"
            "Work resumes next week.")
    cleaned, removed = strip_chrome(text, keep_offsets=True)
    assert len(cleaned) == len(text)
    assert all(ch == text[i] for i, ch in enumerate(cleaned) if not ch.isspace())
    assert "validation" not in cleaned and cleaned.index("The mayor") == text.index("The mayor")
    assert removed == ["Email This field is for validation purposes and should be left unchanged."]
