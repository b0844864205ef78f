"""The lead's round-26 rules, from reading real news: each test fails without its rule (sentences written for
the test, not taken from any article)."""

from __future__ import annotations

from spinscope import analyze
from tests.test_lead_round22 import EVENT_COMPONENTS, _events


def _sources(text: str) -> list[tuple[str | None, str | None, str | None]]:
    result = analyze(text, components=EVENT_COMPONENTS)
    return [(a.speaker_name, a.source_type, a.source_country) for a in result.attributions]


def _actor_countries(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in analyze(text, components=EVENT_COMPONENTS).actors}


# ---------------------------------------------------------------------------------------------- actors


def test_georgia_with_an_american_office_is_the_us_state() -> None:
    text = ("Georgia Gov. Lena Harwick said the state would appeal the ruling. Georgia Republicans in the legislature "
            "backed her, and Senator Ray Obi (D-Georgia) called the appeal a waste of money.")
    actors = {a.name: (a.type, a.country) for a in analyze(text, components=EVENT_COMPONENTS).actors}
    assert actors.get("Georgia") in (None, ("location", "USA"))  # a place of the United States, no country GEO
    assert actors.get("Lena Harwick") == ("person", "USA")
    assert all(country == "US" for name, _, country in _sources(text) if name == "Lena Harwick")


def test_georgia_the_country_stays_georgia() -> None:
    text = ("Georgia said on Monday that troops had moved border markers near South Ossetia. Officials in Tbilisi "
            "called the move an annexation.")
    assert _actor_countries(text).get("Georgia") == "GEO"


# ---------------------------------------------------------------------------------------------- speakers


def test_a_knight_called_by_his_first_name_is_the_knight_named_before() -> None:
    rows = _sources("The new head of the navy, Admiral Sir Malcolm Treadwell, spoke in Plymouth on Monday. Sir "
                    "Malcolm said: \u201cWe must be ready to sail within days.\u201d")
    assert any(name == "Malcolm Treadwell" for name, _, _ in rows)
    assert not any(name == "Malcolm" for name, _, _ in rows)


def test_the_sheriff_is_the_sheriff_named_before() -> None:
    rows = _sources("Sheriff Dana Kettering said the guard was shot at 9:40 p.m. The sheriff said there was no "
                    "cover-up.")
    assert [name for name, _, _ in rows] == ["Dana Kettering", "Dana Kettering"]


# ---------------------------------------------------------------------------------------------- events


def test_a_past_participle_on_the_subject_is_done_to_it() -> None:
    events = _events("Two Canadian citizens arrested in China last year have been exchanged for a businesswoman.")
    assert ("Canada (civilians)", "COERCE", "China", "asserted") not in events
    assert any(e[0] == "China" and e[1] == "COERCE" and e[2] == "Canada (civilians)" for e in events)


def test_a_leader_asked_about_a_release_makes_no_request() -> None:
    events = _events("Chinese President Xi Jinping, asked on Friday about freeing the two Canadians, said that talks "
                     "continue.")
    assert not any(e[0] == "Xi Jinping" and e[1] == "REQUEST" for e in events)
    events = _events("Chinese President Xi Jinping, asked on Friday about freeing the two Canadians, appeared to "
                     "point to a banker held in Vancouver.")
    assert not any(e[0] == "Xi Jinping" and e[1] == "REQUEST" for e in events)


def test_securing_a_release_is_no_release_by_whoever_secures_it() -> None:
    events = _events("The Canadian foreign ministry said it had made an offer to secure the release of Ann Porter "
                     "and Tom Vale.")
    assert not any(e[1] == "RETREAT" for e in events)


def test_the_outlet_a_statement_is_given_to_is_neither_target_nor_doer() -> None:
    events = _events("Maria Kessel, head of the Steel Producers Council, hit out at the plan in a statement to The "
                     "Washington Post.")
    assert not any(e[2] == "The Washington Post" for e in events)
    events = _events("The senator criticised Iran in an interview with CNN.")
    assert not any(e[0] == "CNN" for e in events)


def test_a_name_the_tagger_took_for_a_place_is_a_person_when_a_job_title_follows() -> None:
    rows = _sources("Aid groups said the harvest failed.\n\n\u201cWe face a grave season,\u201d said Paris "
                    "Lindqvist, the agency’s acting director for the Horn of Africa. \u201cWe must act now,\u201d she "
                    "said.")
    named = [name for name, _, _ in rows]
    assert named[-2:] == ["Paris Lindqvist", "Paris Lindqvist"]


def test_whose_time_a_phrase_recalls_is_not_who_acts() -> None:
    events = _events("A former classmate from Senator Blake Hollis\u2019s time at Cornell accused the nominee of "
                     "lying.")
    assert not any(e[0] in ("Blake Hollis", "Cornell") for e in events)


def test_pulling_out_all_the_stops_is_no_withdrawal() -> None:
    events = _events("The Democrats are pulling out all the stops to block the nominee.")
    assert not any(e[1] == "RETREAT" for e in events)


def test_a_city_named_given_name_before_a_double_barrelled_surname_is_no_city() -> None:
    countries = _actor_countries("Greta Thunberg, Alexandria Ocasio-Cortez and a dozen bankers spoke at the rally.")
    assert "Egypt" not in countries
    assert countries.get("Greta Thunberg") != "EGY"


def test_the_country_of_a_cause_a_speaker_backs_is_not_his() -> None:
    rows = _sources("Former Vice President Mark Vell said the aid must go on. Vell, an outspoken backer of the "
                    "Ukrainian war effort, told the paper: \u201cWe must help.\u201d")
    assert [country for name, _, country in rows if name == "Mark Vell"] == [None, None]


def test_a_former_office_holder_is_no_government_voice() -> None:
    rows = _sources("Former Vice President Dana Kroll said the talks had failed.")
    assert rows == [("Dana Kroll", "politician", None)]  # sources26's convention: a politician out of office


def test_the_named_head_of_a_speaker_phrase_is_the_speaker() -> None:
    rows = _sources("In a statement, Harris campaign spokesperson Jane Doyle condemned the remarks.")
    assert [name for name, _, _ in rows] == ["Jane Doyle"]


def test_a_georgia_gubernatorial_race_is_the_us_state() -> None:
    text = ("Lena Harwick Ends Challenges In Georgia Gubernatorial Race\n\nLena Harwick said on Friday that she would "
            "file a lawsuit over the count.")
    actors = {a.name: (a.type, a.country) for a in analyze(text, components=EVENT_COMPONENTS).actors}
    assert actors.get("Georgia") in (None, ("location", "USA"))
    assert all(country != "GE" for _, _, country in _sources(text))


def test_the_party_epithet_is_the_person_quoted_last() -> None:
    rows = _sources("\u201cI will not concede,\u201d Lena Harwick said on Friday. The Democrat said she would not "
                    "concede the race to Republican Tom Bale.")
    assert [name for name, _, _ in rows] == ["Lena Harwick", "Lena Harwick"]
