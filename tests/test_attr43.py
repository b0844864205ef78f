"""Attributions, round 43: false cues and labels (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details


def _rows(text: str) -> list[dict]:
    return attribution_details(text, check_errors=True)


# ------------------------- lead 1: "believed to be" after a noun is a participle, no cue

def test_a_participle_believed_to_be_is_no_attribution() -> None:
    rows = _rows("Farm raid\n\nPolice raided a house on Friday. Two sisters believed to be the pupils' aunts were "
                 "detained too.\n")
    assert not any(r["cue"] == "believed" for r in rows), rows


def test_a_participle_inside_a_report_keeps_the_report() -> None:
    rows = _rows("Farm raid\n\nTwo men believed to be his cousins were later detained, officers said.\n")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("officers", "said")], rows


def test_a_believer_with_a_clause_is_still_a_source() -> None:
    rows = _rows("Farm raid\n\nThe farmers believed the police had come for the dogs.\n")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("The farmers", "believed")], rows


# ------------------------- lead 2: an outlet's label line over a quote with its own cue: the inline cue wins

def test_an_outlet_label_loses_to_the_quotes_own_cue() -> None:
    text = ("Station fire\n\nFirefighters reached the station at noon.\n\nFox News reports:\n\n\"We are still "
            "checking the damage, and no one was hurt,\" the city fire department said in a statement.\n")
    rows = _rows(text)
    assert [r["name"] for r in rows] == ["city fire department"], rows
    assert rows[0]["content"].startswith("We are still checking"), rows


def test_an_outlet_label_over_its_own_text_stays() -> None:
    text = ("Station fire\n\nFirefighters reached the station at noon.\n\nFox News reports:\n\nThe fire started in "
            "a storage room and spread to the roof before crews arrived.\n")
    rows = _rows(text)
    assert [r["name"] for r in rows] == ["Fox News"], rows


# ------------------------- lead 3: a title's site suffix and headline acts with a bare noun

def test_a_site_suffix_is_no_content() -> None:
    rows = _rows("Senate passes bill | Harbor Post: news\n\nWhite House endorses court ruling on tariffs | Harbor "
                 "Post: news\n\nThe ruling came on Monday.\n")
    assert not any(r["content"].strip() == "news" for r in rows), rows


def test_a_headline_act_with_a_bare_noun_is_no_attribution() -> None:
    assert _rows("Mayor vows legal fight over budget cut\n\nThe cut was announced on Friday.\n") == []
    assert _rows("White House endorses court ruling on tariffs\n\nThe ruling came on Monday.\n") == []


def test_a_headline_act_with_a_clause_stays() -> None:
    rows = _rows("Mayor vows city will fight budget cut\n\nThe cut was announced on Friday.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [("Mayor", "city will fight budget cut")], rows


# ------------------------- lead 4: one type per speaker

def test_an_acronym_is_typed_as_the_body_spelled_out() -> None:
    rows = _rows("Gun law\n\nThe National Rifle Association said it would sue. The NRA said it had no further "
                 "comment.\n")
    assert [(r["speaker"], r["type"]) for r in rows] == [("The National Rifle Association", "organization"),
                                                         ("The NRA", "organization")], rows


def test_an_acronym_of_a_state_body_stays_government() -> None:
    rows = _rows("Drug case\n\nThe Drug Enforcement Administration said the raid was lawful. The DEA said it "
                 "seized two tons.\n")
    assert all(r["type"] == "government" for r in rows), rows


def test_a_sheriff_is_government_under_every_mention() -> None:
    rows = _rows("County search\n\nJerry Holloway, the county sheriff, said deputies would keep searching. "
                 "\"We will not stop,\" Sheriff Holloway said.\n")
    assert [(r["name"], r["type"]) for r in rows] == [("Jerry Holloway", "government")] * 2, rows


def test_plural_senators_are_politicians() -> None:
    rows = _rows("Bill vote\n\nDozens of Democratic senators said the bill should pass.\n")
    assert [(r["type"], r["named"]) for r in rows] == [("politician", False)], rows


# ------------------------- lead 5: a long appositive after a body's name

def test_the_speaker_is_the_name_before_its_appositive() -> None:
    rows = _rows("Gun law\n\nThe National Rifle Association, the country's largest and loudest lobby for gun "
                 "owners, said it would appeal the ruling.\n")
    assert [(r["speaker"], r["name"]) for r in rows] == [("The National Rifle Association",
                                                          "National Rifle Association")], rows


def test_a_person_keeps_the_name_before_his_title() -> None:
    rows = _rows("Gun law\n\nJane Doyle, president of the Harbor Campaign, said the ruling was a victory.\n")
    assert [r["name"] for r in rows] == ["Jane Doyle"], rows


def test_an_advocacy_groups_president_is_a_person() -> None:
    rows = _rows("Gun law\n\nHarbor Campaign President Kris Doyle said the law would save lives.\n")
    assert [(r["name"], r["type"]) for r in rows] == [("Kris Doyle", "person")], rows


def test_a_countrys_president_stays_government() -> None:
    rows = _rows("Talks\n\nFrench President Emmanuel Macron said the talks would go on.\n")
    assert [(r["name"], r["type"]) for r in rows] == [("Emmanuel Macron", "government")], rows


def test_a_headline_endorsement_of_someone_stays() -> None:
    rows = _rows("Senator endorses Harlan\n\nThe senator spoke in Ohio on Friday.\n")
    assert [r["content"] for r in rows] == ["Harlan"], rows


def test_a_sheriff_named_by_title_and_surname_is_government() -> None:
    rows = _rows("County search\n\nDeputies searched the river. \"We will not stop,\" Sheriff Vandermolen said. "
                 "Vandermolen said the search would go on.\n")
    assert [r["type"] for r in rows] == ["government", "government"], rows
    assert len({r["name"] for r in rows}) == 1, rows


def test_an_outlet_report_run_into_its_label_stays() -> None:
    text = ("Farm protest\n\nThe protest was planned for Monday.\n\nHarbor Times report: Union leader Tom Avery "
            "announced this week that farmers will march again after the vote.\n")
    rows = _rows(text)
    assert "Harbor Times" in [r["name"] for r in rows], rows



def test_a_quote_going_on_after_a_dropped_label_keeps_the_inline_speaker() -> None:
    rows = _rows("Sky News reports:\n\n\u201cThe fine breaks the law,\u201d the union said in a statement.\n\n"
                 "\u201cWe will ask the judge to stop it before the vote on Friday.\u201d\n")
    assert rows and all(r["speaker"] == "the union" for r in rows), rows
    assert any(r["content"].startswith("We will ask the judge") for r in rows), rows
