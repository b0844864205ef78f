"""Source typing on real articles, round 32 (issue 16): a state's lawyers and judges by their titles, candidates and
party or campaign workers, leaders in a legislature, a coalition led by a state, a business by what it is ("the
bar", and "they" of it), the Pope, US cities and capitals the country table lacked (a "LIMA:" dateline), unnamed
officials of a body above states, aides of a titled office holder, an embassy's alert, an outlet's text run into
the line that names it ("Breitbart report: ..."); on sentences of our own. And the form of the fresh real-article
gold (tests/gold/sources_real32.jsonl, tests/gold/sources_real32_heldout.jsonl)."""

from __future__ import annotations

import pytest

from tests.sources_gold import ROOT, SHARED, assert_anchors_found, assert_fresh_gold_form, read_gold, scorer
from tests.test_attribution import _find

GOLDS = (ROOT / "tests" / "gold" / "sources_real32.jsonl", ROOT / "tests" / "gold" / "sources_real32_heldout.jsonl")


def _spoken(doc) -> set[str]:  # type: ignore[no-untyped-def]
    return {str(doc.text[a.speaker.start:a.speaker.end]) for a in doc.attributions if a.speaker is not None}


def test_a_public_defender_and_a_district_attorney_are_officials(extract) -> None:
    doc = extract("The trial in Chicago ended on Monday. Chicago public defender Mark Ruiz now wants the charge "
                  "dropped. “Holding a bag is no crime,” Ruiz told reporters. The prosecutor, assistant district "
                  "attorney Nora Kent, spoke next. Kent told the court the theft was planned.")
    for words in ("Holding a bag", "the theft was planned"):
        a = _find(doc, words)
        assert (a.source_type, a.source_country) == ("government", "US")


def test_a_former_prosecutor_and_a_defense_attorney_are_no_officials(extract) -> None:
    doc = extract("Defense attorney Paul Hart said the verdict was fair. Former prosecutor Lena Moss said the jury "
                  "had erred.")
    assert _find(doc, "verdict was fair").source_type == "person"
    assert _find(doc, "jury had erred").source_type != "government"


def test_a_candidate_by_title_is_a_politician(extract) -> None:
    doc = extract("In 2010 Green Party presidential candidate Ralph Noble visited the court in Ohio. “He is "
                  "fair,” Noble told reporters about the judge. Ohio was calm.")
    a = _find(doc, "He is fair")
    assert (a.source_type, a.source_country) == ("politician", "US")


def test_a_party_or_campaign_worker_named_before_is_a_politician(extract) -> None:
    doc = extract("The race for governor of Ohio is tight. Tom Berry, who works for the Ohio Democratic Party, "
                  "says the candidate is really a moderate. Lisa Wong, who is a county clerk and also works on "
                  "Carter's campaign, said the ads would start soon. Ohio votes in May.")
    for words in ("really a moderate", "ads would start soon"):
        a = _find(doc, words)
        assert (a.source_type, a.source_country) == ("politician", "US")


def test_an_advertising_campaign_worker_stays_a_person(extract) -> None:
    doc = extract("Lisa Wong, who works on the company's ad campaign, said the posters would go up in May.")
    assert _find(doc, "posters would go up").source_type == "person"


def test_the_pope_is_of_the_holy_see(extract) -> None:
    doc = extract("The visit caused anger in Chile. Pope Francis has said that abuse must be punished. The Pope "
                  "insisted there was no proof against the bishop.")
    assert _find(doc, "abuse must be punished").source_country == "VA"
    assert _find(doc, "no proof against").source_country == "VA"
    assert _find(doc, "abuse must be punished").source_type == "person"


def test_a_us_city_gives_a_story_its_country(extract) -> None:
    doc = extract("A San Francisco jury cleared the man on Thursday. The San Francisco sheriff's office said the "
                  "man would be freed within days.")
    a = _find(doc, "freed within days")
    assert (a.source_type, a.source_country) == ("government", "US")


def test_a_lima_dateline_is_a_place(extract) -> None:
    doc = extract("LIMA: Foreign Ministry spokesman Juan Paredes said the talks would go on next week.")
    assert "LIMA" not in _spoken(doc)
    a = _find(doc, "talks would go on")
    assert (a.source_type, a.source_country) == ("government", "PE")


def test_unnamed_officials_of_a_body_above_states_speak_for_it(extract) -> None:
    doc = extract("Farmers in France protested again. European Union officials said the quotas would stay. NATO "
                  "officials said the drills were planned long ago. French officials said the farmers would be "
                  "paid. An official said the roads were calm.")
    for words in ("quotas would stay", "drills were planned"):
        a = _find(doc, words)
        assert (a.source_type, a.source_country) == ("organization", None)
    assert (_find(doc, "would be paid").source_type, _find(doc, "would be paid").source_country) == (
        "government", "FR")
    assert _find(doc, "roads were calm").source_type == "anonymous"


def test_aides_to_an_office_holder_are_his_staff(extract) -> None:
    doc = extract("The White House barred the reporter on Friday. President Lane was angry about the question. "
                  "Aides to Mr. Lane say that the reporter broke the rules. The White House gave no more detail.")
    a = _find(doc, "reporter broke the rules")
    assert (a.source_type, a.source_country) == ("government", "US")
    singer = extract("Aides to the singer said the tour would go on in June.")
    assert _find(singer, "tour would go on").source_type == "person"


def test_an_outlet_s_text_run_into_its_line(extract) -> None:
    doc = extract("The farmers are angry again.\n\nBreitbart report: Farm union chief Piet Jansen announced this "
                  "week that farmers will march again after the cabinet backed the plan.\n\nJansen said the plan "
                  "would ruin them.")
    a = _find(doc, "announced this week")
    assert doc.text[a.speaker.start:a.speaker.end] == "Breitbart"
    assert (a.source_type, a.speaker_name) == ("media", "Breitbart")


def test_a_lowercase_run_after_an_outlet_line_is_no_block(extract) -> None:
    doc = extract("The talks went on.\n\nReuters reported: no deal was near, and the talks would go on.")
    assert not [a for a in doc.attributions if "outlet-block" in a.evidence]


def test_a_leader_in_a_legislature_is_a_politician(extract) -> None:
    doc = extract("Senate Minority Leader Chuck Sumner said the bill was dead. The opposition leader, Anna Berg, "
                  "said the budget was a fraud. Russian leader Ivan Petrov said the war would end soon.")
    assert _find(doc, "bill was dead").source_type == "politician"
    assert _find(doc, "budget was a fraud").source_type == "politician"
    assert _find(doc, "war would end").source_type == "government"


def test_a_legislature_s_leader_named_further_back_titles_no_one(extract) -> None:
    doc = extract("Prime Minister Jane Holt met the press. Is a deal being made with the opposition leader and "
                  "behind Jane Holt's back? Holt said the talks went well.")
    assert _find(doc, "talks went well").source_type == "government"


def test_a_coalition_led_by_a_state_is_a_state_force(extract) -> None:
    doc = extract("The Saudi-led coalition said the strikes hit only military targets. The ruling coalition said "
                  "the budget would pass.")
    a = _find(doc, "strikes hit only")
    assert (a.source_type, a.source_country) == ("government", "SA")
    assert _find(doc, "budget would pass").source_type == "organization"


def test_a_business_by_what_it_is_is_no_person(extract) -> None:
    doc = extract("His employer was a bar in Austin. The bar said it had fired him at once.")
    assert _find(doc, "fired him at once").source_type == "organization"


def test_they_of_a_business_named_before_is_the_business(extract) -> None:
    doc = extract("His employer was a bar in Austin. The bar announced that it had fired him at once.\nOn their "
                  "Facebook page, they wrote, “We have let this employee go, as his actions go against all we "
                  "stand for.”")
    a = _find(doc, "let this employee go")
    assert a.speaker is not None and a.source_type == "organization" and a.speaker_name == "bar"


def test_an_embassy_s_alert_is_of_the_embassy_s_country(extract) -> None:
    doc = extract("The US embassy in China issued a warning on Friday. The embassy's health alert says that staff "
                  "fell ill after the visit.")
    a = _find(doc, "staff fell ill")
    assert (a.source_type, a.source_country) == ("report", "US")


def test_fresh_gold_form() -> None:
    assert_fresh_gold_form(GOLDS, "real32", 8)


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the gold's articles)")
def test_every_fresh_anchor_is_found_once_in_its_article() -> None:
    assert_anchors_found(GOLDS)


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the gold's articles)")
def test_real_article_figures_hold() -> None:
    fresh = scorer().score(read_gold(GOLDS[0]))
    assert fresh["type_acc"] >= 0.70 and fresh["country_acc"] >= 0.50 and fresh["found"] >= 0.92
