"""Source typing, round 46 (issue 16): central banks, a lone surname, a relative clause's head, a stray comma in a
name, other countries' stories (scripts/sources46/README.md); on sentences of our own.
"""

from __future__ import annotations

from tests.test_attribution import _find

AFGHAN = ("Afghan police have detained two gunmen who held hostages in a clinic in Kandahar. A spokesman for "
          "provincial governor Ghulam Sher, Wali Jan, says both men were armed. \"One of them, thought to be a Saudi, "
          "was caught at the gate,\" Mr Jan said. He says talks with the others are going on.")


def test_a_bare_reserve_bank_in_an_australian_story_is_australias_government(extract_ner) -> None:
    text = ("The Reserve Bank has held the cash rate steady for a third month. The Reserve Bank says consumer "
            "spending has picked up. The bank says wages growth remains slow. Australian shares rose on the news.")
    doc = extract_ner(text)
    for words in ("consumer spending", "wages growth"):
        a = _find(doc, words)
        assert (a.source_type, a.source_country) == ("government", "AU")


def test_a_named_central_bank_is_its_countrys_government(extract_ner) -> None:
    a = _find(extract_ner("The Bank of England says inflation will stay low next year."), "inflation will stay")
    assert (a.source_type, a.source_country) == ("government", "GB")


def test_a_bare_reserve_bank_next_to_new_zealand_gets_no_country_from_the_rule(extract_ner) -> None:
    text = ("The Reserve Bank says the economy will grow. Exports to New Zealand and Australia rose in the year.")
    a = _find(extract_ner(text), "the economy will grow")
    assert a.source_type == "government" and a.source_country != "AU"


def test_a_governors_spokesman_in_an_afghan_story_is_afghan_in_every_mention(extract_ner) -> None:
    doc = extract_ner(AFGHAN)
    for words in ("both men were armed", "caught at the gate", "talks with the others"):
        a = _find(doc, words)
        assert (a.speaker_name, a.source_type, a.source_country) == ("Wali Jan", "government", "AF")


def test_the_head_before_a_relative_clause_names_the_speaker(extract_ner) -> None:
    text = ("Fast bowler Tom Baird, who is in the team in place of pace bowler Mick Dale says he is ready. Baird says "
            "the pitch will suit spin. The Australian squad trained in Adelaide.")
    a = _find(extract_ner(text), "he is ready")
    assert a.speaker_name == "Tom Baird"


def test_a_bank_economist_in_a_rates_story_is_australian(extract_ner) -> None:
    text = ("The Reserve Bank has cut rates again. Borrowers in Sydney welcomed the move. Westpac's Ann Holt is "
            "among those who expect another cut. \"The Reserve Bank is not done yet,\" she said.")
    a = _find(extract_ner(text), "is not done yet")
    assert (a.speaker_name, a.source_country) == ("Ann Holt", "AU")


def test_the_federal_government_ruling_out_help_is_an_unnamed_government_speaker(extract_ner) -> None:
    text = ("Two shipping magnates have asked the State Government for help with their bid for the ferry line. On "
            "Sunday the Federal Government ruled out extra money for the ferry plan. Mr Kent says he has not "
            "asked for money.")
    a = _find(extract_ner(text), "extra money for the ferry plan")
    assert (a.source_type, a.named, a.speaker_name) == ("government", False, None)


def test_a_hospital_spokesman_after_a_time_with_no_comma_is_the_speaker(extract_ner) -> None:
    text = ("Three workers were taken to Riverside General Hospital shortly after the blast around 2:00pm (6:00am "
            "AEDT) hospital spokesman Carl Moss said. Two of them were in a stable condition, he said.")
    a = _find(extract_ner(text), "Three workers were taken")
    assert (a.speaker_name, a.source_type) == ("Carl Moss", "person")
