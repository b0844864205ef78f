"""The lead's fixes of round 47, from reading Reuters wire articles: a wire dateline is never part of a speaker,
and a company named with its legal form is an organization. Every sentence here is invented."""

from __future__ import annotations

import pytest

from spinscope.api import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _record(text: str, cue: str = "said"):
    found = analyze(text, components=ATTRIBUTION_COMPONENTS).attributions
    return next(a for a in found if a.cue is not None and text[a.cue.start:a.cue.end] == cue)


def _speaker(text: str, cue: str = "said") -> str:
    record = _record(text, cue)
    assert record.speaker is not None
    return text[record.speaker.start:record.speaker.end]


@pytest.mark.parametrize("text", [
    "DENVER, March 4 - Granite Mills Corp said it agreed to buy the rest of the bakery chain.",
    "MILL DEAL SET\n\nDENVER, March 4 - Granite Mills Corp said it agreed to buy the rest of the bakery chain.",
    "SANTA FE, N.M., Jan 3 -- Granite Mills Corp said it agreed to buy the rest of the bakery chain.",
])
def test_the_dateline_is_cut_from_the_speaker(text):
    assert _speaker(text) == "Granite Mills Corp"


def test_a_speaker_after_the_dateline_is_unchanged():
    text = "DENVER (Reuters) - Granite Mills, the Colorado flour maker, said it agreed to buy the bakery chain."
    assert _speaker(text) == "Granite Mills"


def test_a_speaker_without_a_dateline_is_unchanged():
    text = "The chairman of the flour maker said it agreed to buy the rest of the bakery chain."
    assert _speaker(text) == "The chairman of the flour maker"


@pytest.mark.parametrize(("text", "kind"), [
    ("DENVER, March 4 - Granite Mills Corp said it agreed to buy the rest of the bakery chain.", "organization"),
    ("Granite Mills Corp of Denver said it agreed to buy a bakery chain in Utah.", "organization"),
    ("Prairie Holdings Ltd said it sold its stake in the flour maker.", "organization"),
])
def test_a_company_named_with_its_legal_form_is_an_organization(text, kind):
    assert _record(text).source_type == kind


def test_a_person_stays_a_person():
    record = _record("Jane Holloway, a grain trader in Denver, said prices would fall.")
    assert record.source_type == "person"


@pytest.mark.parametrize("text", [
    "FORT COLLINS, Colo., March 2 - Savings Corp of Fort Collins said it has signed an agreement to buy a lender.",
    "FORT COLLINS, Colo., March 2 - Savings Corp said it has signed an agreement to buy a lender.",
])
def test_a_company_is_not_named_after_the_town_of_its_dateline(text):
    record = _record(text)
    assert record.speaker_name is not None and record.speaker_name.startswith("Savings Corp")
    assert record.source_type == "organization"


def test_a_speaker_whose_report_is_its_own_is_an_organization_in_every_record():
    text = ("COFFEE REVIEW\n\nSANTOS, March 3 - Rain fell across the coffee belt this week, easing the dry spell, "
            "Corretora Smith said in its weekly review.\n\nCorretora Smith said buyers remain unsure how much of "
            "the old crop is left.\n\nCorretora Smith said spot prices rose to 340 cruzados a bag.")
    found = analyze(text, components=ATTRIBUTION_COMPONENTS).attributions
    assert len(found) == 3
    assert [a.source_type for a in found] == ["organization"] * 3


def test_a_speaker_whose_report_is_his_own_stays_a_person():
    text = "Rainfall improved the outlook for the coming harvest, Peter Jones said in his weekly column."
    assert _record(text).source_type == "person"


def test_trading_periods_are_no_actors():
    text = ("Trading was quiet. Feb/March went at 2,100 dlrs, Aug/Sept at 2,250 dlrs and Oct/Dec at 2,300 dlrs a "
            "tonne, the exporters said.")
    names = [a.name for a in analyze(text, components=[*ATTRIBUTION_COMPONENTS, "actors.v1"]).actors]
    assert not any("/" in name for name in names)


def test_an_analyst_of_a_firm_is_a_person():
    text = ('"A sale of the unit looks unlikely to me," said Dorian Fell of Cobalt Research. He questioned what '
            "would be a better use of the cash.")
    record = _record(text)
    assert (record.speaker_name, record.source_type) == ("Dorian Fell", "person")


def test_a_bank_of_a_country_stays_a_body():
    text = '"Rates will stay where they are," said Royal Bank of Canada. It gave no date for its next review.'
    assert _record(text).source_type != "person"


def test_a_person_named_with_the_company_stays_a_person():
    text = "Walter Dunn, treasurer of Granite Mills Inc., said the company would not sell the unit."
    assert _record(text).source_type == "person"


EPIGRAPH = ('Secrets for sale: how a guard firm spied on its client\n\nA six-month inquiry by this newspaper shows '
            'how a guard company sold out the man it protected.\n\n"We did what we were told, and we were paid well '
            'for it."\n\n{sign}\n\nThe firm was founded in 2010 by two former soldiers.')


def test_an_epigraph_is_the_signers():
    text = EPIGRAPH.format(sign="— Carl Jensen, former guard, Oslo, May 2, 2020")
    record = next(a for a in analyze(text, components=ATTRIBUTION_COMPONENTS).attributions if a.kind == "direct")
    assert record.speaker is not None and text[record.speaker.start:record.speaker.end] == "Carl Jensen"


def test_a_list_item_after_a_quotation_signs_nothing():
    text = EPIGRAPH.format(sign="- Norway, Sweden and Denmark opened inquiries into the firm.")
    record = next(a for a in analyze(text, components=ATTRIBUTION_COMPONENTS).attributions if a.kind == "direct")
    assert record.speaker is None or "Norway" not in text[record.speaker.start:record.speaker.end]


@pytest.mark.parametrize(("text", "speaker"), [
    ('The agency trained police and bank guards. The program, said Hollis, "was about sharing what we learned."',
     "Hollis"),
    ("The outcome, said the minister, was a fair one.", "the minister"),
    ("Prices, said Greta Holm, will rise in June.", "Greta Holm"),
])
def test_a_cue_and_speaker_set_off_inside_the_sentence(text, speaker):
    assert _speaker(text) == speaker


def test_a_number_of_articles_is_a_report():
    text = "The first step in the plan, according to a series of articles, was a call to the donor."
    assert _record(text, "according to").source_type == "report"
