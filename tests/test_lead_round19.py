"""The lead's round-19 rules, from reading real news: each test fails without its rule (sentences written for
the test, not taken from any article)."""

from __future__ import annotations

import pytest

from spinscope import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]
ACTOR_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "actors.v1"]


def _attributions(text: str) -> list[tuple[str | None, str | None, str, str | None, str]]:
    """(speaker as written, speaker name, source type, source country, content) of each attribution."""
    result = analyze(text, components=ATTRIBUTION_COMPONENTS)
    out = []
    for a in result.attributions:
        speaker = text[a.speaker.start:a.speaker.end] if a.speaker else None
        out.append((speaker, a.speaker_name, a.source_type, a.source_country, text[a.content.start:a.content.end]))
    return out


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    """Each actor's name with its type and country."""
    return {a.name: (a.type, a.country) for a in analyze(text, components=ACTOR_COMPONENTS).actors}


def _said(rows: list[tuple[str | None, str | None, str, str | None, str]], content: str) -> tuple:
    return next(r for r in rows if content in r[4])


# --------------------------------------------------------------------------------------------- "they" and groups


def test_they_after_two_named_people_is_both_of_them() -> None:
    rows = _attributions('Senate leader Maria Lopez and House leader Tom Baker released a joint statement on '
                         'Monday. "The public deserves to see every page of it," they said.')
    speaker, name, *_ = _said(rows, "The public deserves")
    assert speaker == "they"
    assert name is not None and "Maria Lopez" in name and "Tom Baker" in name


def test_they_is_no_one_inside_the_quote_it_ends() -> None:
    rows = _attributions('Senate leader Maria Lopez and House leader Tom Baker released a joint statement on '
                         'Monday. "It is imperative for the minister to make the full report public," they said.')
    _, name, source_type, _, _ = _said(rows, "It is imperative")
    assert name is not None and "report" not in name
    assert source_type != "report"


@pytest.mark.parametrize("text", [
    'The committee published its findings on Tuesday. The report ran to 300 pages. "We found serious '
    'failings," they said.',
])
def test_they_is_no_single_document(text: str) -> None:
    _, name, source_type, _, _ = _said(_attributions(text), "We found serious failings")
    assert name != "report" and source_type != "report"


def test_a_plural_title_is_not_one_of_the_people_holding_it() -> None:
    rows = _attributions('House Speaker Anna Lopez and Senate Democratic Leader Tom Baker released a joint '
                         'statement. The Democratic leaders said the inquiry "focused on questions of integrity."')
    _, name, *_ = _said(rows, "the inquiry")
    assert name == "Democratic leaders"


# ----------------------------------------------------------------------------------- one person, one type and name


def test_a_person_keeps_one_type_across_the_article() -> None:
    rows = _attributions('Jarrett Bloom, the State Department coordinator for Iran deal implementation, said the '
                         'claim was "widely overblown." Bloom argued the administration was transparent.')
    types = {(r[2], r[3]) for r in rows if r[1] == "Jarrett Bloom"}
    assert len(types) == 1, rows


def test_a_country_an_office_is_about_is_not_the_holders_country() -> None:
    rows = _attributions('Jarrett Bloom, the former coordinator for Iran deal implementation, said the claim was '
                         'overblown.')
    assert _said(rows, "the claim was overblown")[3] != "IR"


def test_the_former_coordinator_speaks_for_no_state() -> None:
    rows = _attributions('Jarrett Bloom, the former State Department coordinator for the deal, said the claim '
                         'was overblown.')
    assert _said(rows, "the claim was overblown")[2] == "person"


def test_a_study_by_a_professor_in_a_place_is_not_named_after_the_place() -> None:
    rows = _attributions('According to a study conducted by John Weller, a professor of physiology at the state '
                         'college in Charleston, South Carolina, microplastics build up in the gills of shrimp.')
    _, name, source_type, _, _ = _said(rows, "microplastics")
    assert name is not None and "South Carolina" not in name and "John Weller" in name
    assert source_type == "report"


# ------------------------------------------------------------------------------------------------------ actors


def test_a_person_takes_the_country_twice_as_many_of_his_mentions_have() -> None:
    actors = analyze(
        'Attorney General Paul Harlan said the inquiry into meddling by Russia had ended. On Monday, Paul Harlan '
        'told American lawmakers in Washington that he would brief Congress. Later, Paul Harlan said the US public '
        'would see the findings.', components=ACTOR_COMPONENTS).actors
    harlans = [a for a in actors if a.name.endswith("Harlan")]
    assert len(harlans) == 1, [(a.name, a.country) for a in harlans]
    assert harlans[0].country == "USA"


def test_a_house_committee_named_with_and_is_american() -> None:
    actors = _actors('Sen. Rob Portman said the agency misled Congress about Iran. The House Oversight and '
                     'Government Reform Committee will examine the Iran license.')
    assert actors["House Oversight and Government Reform Committee"][1] == "USA"


def test_a_us_department_is_american_in_an_article_about_iran() -> None:
    actors = _actors('The Treasury Department allowed Iran to convert its funds, a report on the United States '
                     'and Iran said.')
    assert actors["Treasury Department"][1] == "USA"


def test_a_company_does_not_name_the_country_of_the_scene() -> None:
    actors = _actors('Fake news spreads on Facebook, Twitter, TikTok and WhatsApp ahead of the vote.')
    assert actors.get("WhatsApp", ("organization", None))[1] is None


def test_a_saints_town_is_no_person() -> None:
    actors = _actors('ICE officers made arrests in St. Joseph and Kansas City, Missouri.')
    assert "Joseph" not in actors


# ------------------------------------------------------------------------------------- second pass: speaker names


def test_an_opening_participle_is_not_the_speaker() -> None:
    rows = _attributions('Speaking from a detention centre in Dnipro, an HIV-positive Russian soldier named Timur, '
                         '37, told the newspaper: "Conditions were very harsh."')
    speaker, name, *_ = _said(rows, "Conditions were very harsh")
    assert speaker is not None and not speaker.startswith("Speaking")
    assert name == "Timur"


def test_a_person_named_in_the_phrase_is_the_speakers_name() -> None:
    rows = _attributions('Another soldier named Ruslan, 42, said he joined the unit for medication.')
    assert _said(rows, "he joined the unit")[1] == "Ruslan"


def test_a_whose_clause_is_no_part_of_the_speakers_name() -> None:
    rows = _attributions('"My mission is to spread information," said the economics student from Lviv, whose '
                         'videos have logged millions of views.')
    assert _said(rows, "My mission")[1] == "economics student from Lviv"


@pytest.mark.parametrize(("text", "content"), [
    ("Russian authorities said a sabotage group crossed the border.", "a sabotage group"),
    ("Ukrainian intelligence said those involved were Russian nationals.", "those involved"),
    ("Kyiv said the talks would resume next week.", "the talks would resume"),
])
def test_states_and_their_services_are_government_sources(text: str, content: str) -> None:
    _, _, source_type, _, _ = _said(_attributions(text), content)
    assert source_type == "government"


def test_a_bishop_and_his_surname_are_one_actor() -> None:
    actors = _actors('Bishop Athanasius Kessler, auxiliary of Astana, signed the statement. "This is contrary to '
                     'revelation," Kessler told reporters. Bishop Kessler said more bishops would sign.')
    kesslers = [name for name in actors if "Kessler" in name]
    assert kesslers == ["Athanasius Kessler"]
    assert actors["Athanasius Kessler"][0] == "person"


def test_a_councillors_title_is_no_part_of_his_name() -> None:
    actors = _actors('Councillor Ohid Rahman voted against the motion on Tuesday.')
    assert "Ohid Rahman" in actors



def test_a_person_given_a_nationality_keeps_it_in_other_sentences() -> None:
    actors = analyze('The defendants include Jany Lemaire, 35, a Haitian national illegally present in the United '
                     'States. Prosecutors in the United States said Lemaire had weapons. Lemaire was arrested in the '
                     'United States on Friday.', components=ACTOR_COMPONENTS).actors
    lemaires = [(a.name, a.country) for a in actors if "Lemaire" in a.name]
    assert lemaires == [("Jany Lemaire", "HTI")]


@pytest.mark.parametrize(("text", "content", "kind"), [
    ("The FBI said the suspects were arrested on Friday.", "the suspects", "government"),
    ("ICE said 20 people were arrested in the raid.", "20 people", "government"),
    ("The Home Office said the visit would go ahead.", "the visit", "government"),
    ("Federal prosecutors say the suspects were armed.", "the suspects", "government"),
    ('"The defendants are in custody," the bureau said.', "The defendants", "organization"),
])
def test_official_bodies_and_prosecutors_are_typed(text: str, content: str, kind: str) -> None:
    assert _said(_attributions(text), content)[2] == kind


@pytest.mark.parametrize(("text", "content", "kind", "country"), [
    ("The New Mexico district attorney said he would pursue the case.", "he would pursue", "government", "US"),
    ("According to the Constitution, the president heads the executive branch.", "the president heads", "report",
     None),
    ("The suit alleges the ban violated the First Amendment.", "the ban violated", "report", None),
])
def test_documents_and_places_holding_a_countrys_name(text: str, content: str, kind: str,
                                                      country: str | None) -> None:
    _, _, source_type, source_country, _ = _said(_attributions(text), content)
    assert (source_type, source_country) == (kind, country)


def test_an_agency_in_a_lawyers_description_makes_him_no_outlet() -> None:
    rows = _attributions("Mr. Barrett, the lawyer for the state's environmental protection agency, said the case "
                         "was weak.")
    assert _said(rows, "the case was weak")[2] == "person"


def test_a_persons_title_given_once_types_all_its_attributions() -> None:
    rows = _attributions("David Kamer, an associate professor at the law school, said the plan was costly. "
                         "Mr. Kamer said the rich would pay more. Mr. Kamer added that the deficit would fall.")
    assert {r[2] for r in rows if r[1] == "David Kamer"} == {"academic"}, rows


def test_a_currency_prefix_is_no_mention_of_its_country() -> None:
    assert "United States" not in _actors("France pledged US$40 million to the fund on Monday.")


def test_an_outlet_does_not_name_the_country_of_the_scene() -> None:
    actors = _actors('Reached by phone on Thursday, Askia Morgan said a staff member for CBC News had '
                     'called him. Morgan said he kept the photograph for years in Chicago, Illinois.')
    assert actors["Askia Morgan"][1] == "USA"


# ------------------------------------------------------------------------------ third pass: interviews (lead25)


def test_a_quote_after_a_question_goes_on_with_the_one_who_answered() -> None:
    rows = _attributions('Mayor Petro Halych said on Monday that he would stay in the city.\n\n"I will stay here," '
                         'Halych said after Evening Report host Mark Dwyer asked him about the risk of capture. "It '
                         'will not be easy for them to take me. Everyone here is ready to defend the town."')
    assert _said(rows, "It will not be easy")[1] == "Petro Halych"


def test_he_added_goes_on_with_the_speaker_quoted_last() -> None:
    rows = _attributions('Vitali Kostenko spoke in Kyiv on Monday.\n\n"I am ready to fight," Kostenko said after '
                         'the Fox host John Roberts asked him about a kidnapping attempt. "This will not be easy for '
                         'them."\n\n"I am not worried about kidnap," he added.')
    assert _said(rows, "I am not worried")[1] == "Vitali Kostenko"
