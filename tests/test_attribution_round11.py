"""Round 11 of the attribution layer (issue 16), on sentences of our own: a pronoun after a subject named by its
office or role ("The Prime Minister spoke ... He said") is that office holder's, not the last named person's."""

from __future__ import annotations

from tests.test_attribution import _find, _part


def test_a_pronoun_after_a_titled_subject_is_not_the_person_named_before(extract) -> None:
    doc = extract("Russian President Vladimir Petrov has massed troops near the border. The Prime Minister spoke in "
                  "the Commons on Tuesday. He said that any invasion would be “bitterly resisted”.")
    a = _find(doc, "any invasion would be")
    assert _part(doc, a, "speaker") == "He"
    assert a.speaker_name == "Prime Minister"
    assert a.source_country != "RU"
    assert "pronoun-unsure" in a.evidence  # the link is a guess: said so in the score
    assert a.resolved_from is not None and doc.text[a.resolved_from.start:a.resolved_from.end] == "The Prime Minister"


def test_a_pronoun_after_a_spokesman_goes_to_the_spokesman(extract) -> None:
    doc = extract("Maria Lopez met the mayor on Friday. A spokesman for the council later said the meeting went "
                  "well. He added that talks would resume.")
    a = _find(doc, "talks would resume")
    assert a.speaker_name == "spokesman for the council"
    assert not a.named


def test_a_pronoun_after_a_titled_subject_goes_to_the_person_with_that_title(extract) -> None:
    doc = extract("Prime Minister Alan Whitcombe met President Ivan Kral in Prague. Later the prime minister flew "
                  "home. He said that the talks had gone well.")
    a = _find(doc, "the talks had gone well")
    assert a.speaker_name == "Alan Whitcombe"


def test_a_name_after_the_titled_subject_still_wins(extract) -> None:
    doc = extract("The defence secretary visited the base on Monday. Later Tom Baxter spoke to the troops. He said "
                  "that Britain stood ready.")
    assert _find(doc, "Britain stood ready").speaker_name == "Tom Baxter"
    doc = extract("The minister, Sarah Pike, visited the base. She said that the plan was sound.")
    assert _find(doc, "the plan was sound").speaker_name == "Sarah Pike"


def test_a_title_of_another_gender_or_inside_a_quote_is_no_antecedent(extract) -> None:
    doc = extract("Tom Baxter arrived on Monday. A spokeswoman for the council met him. He said that the deal was "
                  "done.")
    assert _find(doc, "the deal was done").speaker_name == "Tom Baxter"
    doc = extract("Tom Baxter arrived on Monday. “The minister must resign,” he told reporters. He said that the "
                  "deal was done.")
    assert _find(doc, "the deal was done").speaker_name == "Tom Baxter"


def test_a_pronoun_chain_after_a_titled_subject_stays_with_it(extract) -> None:
    doc = extract("Russian President Vladimir Petrov has massed troops near the border. The Prime Minister spoke in "
                  "the Commons on Tuesday. He said that any invasion would be resisted.\n\n"
                  "“We will not be intimidated,” he said. “Our allies stand with us.”")
    a = _find(doc, "We will not be intimidated")
    assert a.speaker_name == "Prime Minister"


def test_they_is_not_a_thing_that_cannot_speak(extract) -> None:
    doc = extract("Officials in Tallinn have watched the border for weeks. The talks could collapse within days. "
                  "They say the sanctions are working.")
    a = _find(doc, "the sanctions are working")
    assert _part(doc, a, "speaker") == "They"
    assert a.speaker_name == "Officials in Tallinn"


def test_they_with_nothing_that_can_speak_keeps_its_speaker(extract) -> None:
    doc = extract("The talks could collapse within days. They say the sanctions are working.")
    a = _find(doc, "the sanctions are working")
    assert _part(doc, a, "speaker") == "They"  # kept as before, not left out


def test_they_is_not_the_group_a_quoted_speaker_calls_ours(extract) -> None:
    doc = extract("Diplomats met in Riga on Monday. “Our allies stand with us,” a minister said. They say the "
                  "sanctions are working.")
    a = _find(doc, "the sanctions are working")
    assert a.speaker_name != "Our allies"


def test_a_headline_run_into_the_text_whose_verb_the_parser_misreads(extract) -> None:
    # the small tagger reads "Trump slams" as one noun phrase: the first sentence has no verb in the parse
    doc = extract("Trump slams the cost of the wall.  Critics disagree with the plan, and the senate has not voted.")
    a = _find(doc, "the cost of the wall")
    assert (_part(doc, a, "speaker"), _part(doc, a, "cue")) == ("Trump", "slams")
    assert "headline" in a.evidence


def test_a_first_sentence_with_a_verb_is_read_by_the_parse_not_as_a_headline(extract) -> None:
    doc = extract("The council slams the cost of the wall. Critics disagree.")
    a = _find(doc, "the cost of the wall")
    assert "headline" not in a.evidence


def test_a_headline_after_a_kicker_names_its_speaker_not_the_kicker(extract) -> None:
    doc = extract("Old foes no more: Senator Hale endorses the governor, who says he is grateful.  The two men met "
                  "on Friday in Denver.")
    a = _find(doc, "the governor")
    assert (_part(doc, a, "speaker"), _part(doc, a, "cue")) == ("Senator Hale", "endorses")
    assert "grateful" not in _part(doc, a, "content")  # the relative clause is the governor's own report
    assert any(_part(doc, b, "content") == "he is grateful" for b in doc.attributions)
    doc = extract("Analysis: Mayor Says Budget Will Balance.  The numbers tell another story.")
    assert _part(doc, _find(doc, "Budget Will Balance"), "speaker") == "Mayor"


def test_a_colon_later_in_the_article_is_no_kicker(extract) -> None:
    doc = extract("The budget is due in May.\n\nThe result: the mayor says the budget will balance.")
    a = _find(doc, "the budget will balance")
    assert "headline" not in a.evidence


def test_a_country_outside_the_name_s_phrase_is_not_the_person_s(extract) -> None:
    doc = extract("Speaking to Ukrainian television, Putin said that Russia would not back down.")
    a = _find(doc, "Russia would not back down")
    assert a.speaker_name == "Vladimir Putin"
    assert a.source_country == "RU"  # the table's country, not the television's
    doc = extract("Speaking to Estonian radio, Marta Kask said that the border was calm.")
    assert _find(doc, "the border was calm").source_country is None
    doc = extract("Estonia's foreign minister, Marta Kask, said that the border was calm.")
    assert _find(doc, "the border was calm").source_country == "EE"


def test_the_president_is_not_the_vice_president(extract) -> None:
    doc = extract("Vice President John Miller met President Ana Ruiz on Monday. Later the president said that the "
                  "plan was sound.")
    a = _find(doc, "the plan was sound")
    assert a.speaker_name == "Ana Ruiz"
    doc = extract("President Ana Ruiz met Vice President John Miller on Monday. Later the president said that the "
                  "plan was sound.")
    assert _find(doc, "the plan was sound").speaker_name == "Ana Ruiz"  # not the vice president named last
    doc = extract("Vice President John Miller toured the plant on Monday. Miller said that jobs would come back.")
    a = _find(doc, "jobs would come back")
    assert a.source_type == "government"


def test_a_claim_owned_by_another_inside_a_report_is_its_owner_s_report(extract) -> None:
    doc = extract("The audit found that the pension fund was solvent, undercutting the mayor's repeated claim that "
                  "it was bankrupt.")
    outer = _find(doc, "the pension fund was solvent")
    assert _part(doc, outer, "speaker") == "The audit"
    inner = [a for a in doc.attributions if _part(doc, a, "content") == "it was bankrupt"]
    assert len(inner) == 1 and inner[0].speaker_name == "mayor"
