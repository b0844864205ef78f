"""Attributions, round 40: speakers on real articles (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


# ------------------------- lead 1: a title alone tagged a person ("Honorary Dean") is no antecedent

def test_a_title_alone_tagged_a_person_is_no_antecedent() -> None:
    text = ("Campus visit\n\nIrina Bokova, who is also Honorary Dean at the School of Global Governance at Hainan "
            "University, visited the campus in May. She also noted that the university had doubled its student "
            "body.\n")
    rows = _rows(text)
    assert rows and rows[-1]["content"].startswith("the university had doubled"), rows
    assert not any(r["name"] == "Honorary Dean" or r["from"] == "Honorary Dean" for r in rows), rows
    # the name the tagger took for a body, with "who is ... Dean" after it, is the person "She" means
    assert rows[-1]["name"] == "Irina Bokova", rows


def test_a_title_alone_is_never_the_speaker_name() -> None:
    rows = _rows("Campus visit\n\nThe Honorary Dean of the school visited Beijing last week. She also noted that "
                 "trade had grown.\n")
    assert [r["speaker"] for r in rows] == ["She"], rows
    assert rows[0]["name"] != "Honorary Dean" and rows[0]["from"] is None, rows


def test_a_named_person_is_still_an_antecedent() -> None:
    text = ("Campus visit\n\nLi Wen, who is also Honorary Dean at the School of Global Governance, visited "
            "Beijing last week. She also noted that trade had grown.\n")
    rows = _rows(text)
    assert [(r["speaker"], r["name"]) for r in rows] == [("She", "Li Wen")], rows


# ------------------------- lead 2: a headline's title-case closing label after the colon is its speaker

def test_a_headline_closing_label_with_an_office_is_the_speaker() -> None:
    text = ("Brazil shares clean energy with the region: Former Secretary-General of OPEC\n\nThe former official "
            "spoke at a forum in Lisbon on Tuesday.\n")
    rows = _rows(text)
    assert len(rows) == 1, rows
    assert rows[0]["speaker"] == "Former Secretary-General of OPEC", rows
    assert rows[0]["content"] == "Brazil shares clean energy with the region", rows


def test_a_headline_closing_label_report_is_the_speaker() -> None:
    rows = _rows("Brazil shares clean energy with the region: Report\n\nThe report was released on Tuesday.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [("Report", "Brazil shares clean energy with the region")]


def test_a_headline_with_a_page_label_after_its_colon_gets_no_speaker_label() -> None:
    rows = _rows("Floods in the valley: Photos\n\nThe river rose on Tuesday.\n")
    assert not any(r["speaker"] == "Photos" for r in rows), rows


# ------------------------- lead 3: "Just as he promised to do, X ...": a pro-verb content is no statement

def test_a_pro_verb_content_is_no_attribution() -> None:
    rows = _rows("Budget\n\nJust as he promised to do, Governor Tom Reyes signed the budget on Friday.\n")
    assert not any(r["content"].strip() in ("to do", "do") for r in rows), rows


def test_a_promise_with_a_real_content_is_kept() -> None:
    rows = _rows("Budget\n\nGovernor Tom Reyes promised that he would sign the budget on Friday.\n")
    assert any(r["content"].startswith("he would sign the budget") for r in rows), rows


# ------------------------- lead 4: "debunked by people who ...": no one named, no source

def test_a_passive_act_by_unnamed_people_is_no_attribution() -> None:
    rows = _rows("Myths\n\nThe simplistic way of counting votes has been debunked by people who study "
                 "elections for a living.\n")
    assert not any(r["speaker"] == "people" for r in rows), rows


def test_a_passive_act_by_a_named_body_is_kept() -> None:
    rows = _rows("Myths\n\nThe simplistic way of counting votes has already been rejected by the Supreme Court.\n")
    assert any(r["speaker"] and "Supreme Court" in r["speaker"] for r in rows), rows


# ------------------------- lead 5: a city's mayor (and a governor) in office is the government's source

def test_a_city_mayor_is_typed_government() -> None:
    rows = _rows("City hall\n\nNew York City Mayor Eric Adams, a left-wing Democrat, said the budget would protect "
                 "the police.\n")
    assert [(r["name"], r["type"]) for r in rows] == [("Eric Adams", "government")], rows


def test_a_former_mayor_stays_a_politician() -> None:
    rows = _rows("City hall\n\nFormer New York City Mayor Michael Bloomberg said the budget would protect the "
                 "police.\n")
    assert [r["type"] for r in rows] == ["politician"], rows


# ------------------------- attr39's lead: "officials in <place>, who ..." is the officials, not "<place>, who"

def test_who_after_officials_in_a_place_means_the_officials() -> None:
    rows = _rows("Floods\n\nOfficials in Dorset, who asked for federal help, said the river would crest on "
                 "Sunday.\n")
    assert rows and all(r["speaker"] and r["speaker"].startswith("Officials in Dorset") for r in rows), rows


# ------------------------- attr39's lead: "X told <people> at a <meeting> that he intends ...": X's report, not "he"

def test_told_people_at_a_meeting_that_reports_the_clause() -> None:
    rows = _rows("Mining\n\nSenator Paul Grant told miners at a town hall meeting that he intends to block the "
                 "bill.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [("Senator Paul Grant", "he intends to block the bill")]


def test_a_real_relative_that_is_not_read_as_a_complementizer() -> None:
    rows = _rows("Mining\n\nSenator Paul Grant told miners about the bill that he intends to block.\n")
    assert not any(r["content"].startswith("he intends to block") and r["speaker"] == "Senator Paul Grant"
                   for r in rows), rows


def test_told_colleagues_at_a_lunch_that_reports_the_whole_clause() -> None:
    rows = _rows("Aid\n\nGrant reportedly told fellow senators at a private lunch that he plans to let the Senate "
                 "vote on a new bill in the next weeks that would fund the program.\n")
    assert [(r["speaker"], r["content"][:17]) for r in rows] == [("Grant", "he plans to let t")], rows


def test_who_after_officials_in_a_place_hung_on_the_verb_means_the_officials() -> None:
    rows = _rows("Aid\n\nThe delay has unsettled Ortega and other ministers in Managua, who are blaming the losses "
                 "on a lack of fuel.\n")
    assert rows and rows[0]["speaker"].startswith("other ministers in Managua"), rows
