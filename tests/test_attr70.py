"""Attributions, round 70: shapes from round 70's PTC development gold (sentences written for the test, not taken
from any article). The rule tests fail without `attribution/round70.py`; the guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details

_POSTS = ("Harbour Ferry Fares Rise Again\n\n"
          "The harbour board doubled the ferry fares on Monday, and the town's mood soured within hours.\n"
          "People online were quick to react…\n"
          "I cannot pay twice as much to get to work every single morning of the week.\n"
          "#FerryFares #Harbour — Ola Brandt (@olabrandt_ok) March 3, 2019\n"
          "Nobody asked the islanders before this decision was taken!\n"
          "Shameful and greedy!\n"
          "#FerryFares — ???Tove???\n"
          "(@tove_on_the_isle) March 3, 2019\n"
          "The board will meet again next month.\n")


def test_post_with_hashtags_on_its_signature_line() -> None:
    rows = _rows(_POSTS)
    found = [r for r in rows if r["content"].startswith("I cannot pay twice")]
    assert found and found[0]["name"] == "Ola Brandt" and found[0]["cue"] is None, rows


def test_post_with_a_split_signature() -> None:
    rows = _rows(_POSTS)
    found = [r for r in rows if r["content"].startswith("Nobody asked the islanders")]
    assert found and found[0]["name"] == "Tove" and found[0]["speaker"] == "Tove", rows
    assert "Shameful and greedy!" in found[0]["content"], rows


def test_acts_with_an_object_are_no_reports() -> None:
    rows = _rows("The tenants' union campaigned against the landlord and two of his agents for a year. The council "
                 "then moved to approve the new rent cap.\n")
    assert not [r for r in rows if r["cue"] in ("campaigned against", "moved")], rows


def test_judging_by_is_no_report() -> None:
    rows = _rows("The council will look at the harbour accounts. Judging by past \u201caudits\u201d ordered by other "
                 "councils \u2013 Leeds, Hull and York, to name a few \u2013 I am not hopeful.\n")
    assert not [r for r in rows if r["cue"] and r["cue"].lower() == "judging"], rows


def test_object_of_prompting_is_the_speaker() -> None:
    rows = _rows("The campaign against the professor sparked anger among students and lawmakers, prompting the "
                 "college's dean, Ann Roe, to announce that the college would open an inquiry.\n")
    found = [r for r in rows if r["cue"] == "announce"]
    assert found and found[0]["speaker"] and "Ann Roe" in found[0]["speaker"], rows


def test_statement_released_by_a_name_is_the_names() -> None:
    rows = _rows("After the ruling, Governor Karl Steen released a statement saying that the court had ignored "
                 "the wishes of the voters.\n")
    found = [r for r in rows if r["cue"] == "saying"]
    assert found and found[0]["speaker"] and "Karl Steen" in found[0]["speaker"], rows


def test_colon_block_after_proposed_this() -> None:
    rows = _rows("In a long interview about the reform, Bishop Arno Falk proposed this curious remedy:\n"
                 "Each parish could hold a second vote in spring, and the diocese would then count both votes "
                 "together before any decision is taken.\n"
                 "The diocese has not answered.\n")
    found = [r for r in rows if r["content"].startswith("Each parish could hold")]
    assert found and found[0]["speaker"] and "Falk" in found[0]["speaker"], rows
    assert not [r for r in rows if r["content"].startswith("this curious remedy")], rows


def test_letter_from_a_body_stays_the_letters() -> None:  # guard: round 68's document rule is kept
    rows = _rows("Advocates filed a letter to him from the Harbour Authority saying that under the old deal he "
                 "could stay in the flat until May.\n")
    found = [r for r in rows if r["cue"] == "saying"]
    assert found and found[0]["speaker"].startswith("a letter"), rows


def test_clause_after_moved_stays() -> None:  # guard: "said that" after an act is still a report
    rows = _rows("The minister said that the council moved too slowly on the harbour plan.\n")
    assert [r for r in rows if r["cue"] == "said"], rows


def test_maintained_the_argument_that() -> None:
    rows = _rows("The driver and his lawyers maintained the argument that the brakes failed on the bridge that "
                 "night.\n")
    found = [r for r in rows if r["content"].startswith("the brakes failed")]
    assert found and found[0]["speaker"] == "The driver and his lawyers", rows


def test_quotation_after_continued_is_its_own() -> None:
    rows = _rows("\u201cWhen towns close their ports to the ferries, they put every islander at risk,\u201d the "
                 "statement said.\n\u201cThe city\u2019s decision to close the port led to the long and costly winter "
                 "for the islands.\u201d Steen continued, \u201cI urge the leaders of the harbour towns to reflect on "
                 "this winter and consider the harm they are doing.\u201d\n")
    found = [r for r in rows if r["content"].startswith("I urge the leaders")]
    assert found and found[0]["speaker"] == "Steen", rows
    assert [r for r in rows if r["content"].startswith("The city")], rows
