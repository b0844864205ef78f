"""Lead, round 37: what the lead saw on real partisan news, as invented sentences.

- A resolution's list headings in title case ("Supporting Local Efforts ..., including:") became bodies; a time zone
  after a time became a body; a body's name run into its officer's title ("Facebook Head of X") became a second body.
- "The police executed a search warrant", "wiping out our pages" were coded ASSAULT, "came to an end" CONSULT.
"""

from tests.event_predictions import triples


def _actors(text: str) -> list[tuple[str, str | None]]:
    from spinscope.api import analyze

    return [(a.name, a.type) for a in analyze(text).actors]


# --- actors ------------------------------------------------------------------------------------------------------

def test_policy_headings_of_a_resolution_are_no_bodies():
    text = ("Mayors want new gun rules\n\n"
            "The mayors adopted a long list of measures in Boston. According to the list:\n"
            "Tightening the Licensing of Gun Shops and Brokers, including: capping the number of rifles a buyer may "
            "take home in a month;\n"
            "Funding city programs; Shielding Young Voters and Students, including: opposing plans to arm teachers.\n")
    names = [name for name, _ in _actors(text)]
    assert not any("Licensing" in name or "Young Voters" in name for name in names)
    assert any("Boston" in name for name in names)


def test_a_body_named_in_a_sentence_that_opens_with_a_gerund_stays():
    text = ("Protest at the embassy\n\n"
            "Representing Amnesty International, a lawyer told the court on Monday that the detainees were beaten.\n")
    assert any("Amnesty" in name for name, _ in _actors(text))


def test_a_time_zone_after_a_time_is_no_body():
    text = ("Pages removed\n\n"
            "The purge began around 12:30 p.m. CST, when Facebook removed the pages of three watchdog groups.\n")
    names = [name for name, _ in _actors(text)]
    assert "CST" not in names
    assert "Facebook" in names


def test_a_body_run_into_its_officers_title_is_the_body_named_alone():
    text = ("Pages removed\n\n"
            "Facebook removed 500 pages on Thursday. In a statement written by Facebook Head of Security Nadia "
            "Gold, the company said the pages broke its rules.\n")
    names = [name for name, _ in _actors(text)]
    assert not any(name.startswith("Facebook ") for name in names)
    assert "Facebook" in names


# --- events ------------------------------------------------------------------------------------------------------

def test_executing_a_warrant_is_no_assault():
    assert not any(event == "ASSAULT" for event, _, _ in triples(
        "The Russian police executed a search warrant at the home of the Ukrainian consul."))
    # executing people stays an assault
    assert ("ASSAULT", "RUS", "UKR") in triples("Russian soldiers executed three Ukrainian prisoners.")


def test_wiping_out_pages_is_no_assault():
    assert not any(event == "ASSAULT" for event, _, _ in triples(
        "Twitter followed suit, wiping out the pages of Russian state media."))
    assert any(event == "ASSAULT" for event, _, _ in triples("Israeli strikes wiped out Hamas commanders in Gaza."))


def test_coming_to_an_end_is_no_visit():
    assert not any(event == "CONSULT" for event, _, _ in triples(
        "The partnership between Russia and Iran came to an end in 1995."))
    assert ("CONSULT", "RUS", "CHN") in triples("Russian envoys came to Beijing for talks on Monday.")


def test_the_church_as_a_body_is_no_place():
    text = ("Bishop's letter\n\n"
            "At every Mass the priest prays for the faith of the Church. I am aware of the strong faith of this local "
            "Church.\nI have prayed harder while the Church in the United States faces its failures again, with "
            "reports that a cardinal abused minors.\nWe ask the pope to say what he knew about this scandal in the "
            "Church.\n")
    assert ("Church", "organization") in _actors(text)


# --- source typing -----------------------------------------------------------------------------------------------

def _typed(text: str) -> list[tuple[str | None, str | None]]:
    from spinscope.api import analyze

    return [(a.speaker_name, a.source_type) for a in analyze(text).attributions]


def test_people_for_or_against_the_kremlin_are_no_government():
    assert _typed("Anti-Kremlin activists said the vote was rigged.") == [("Anti-Kremlin activists", "person")]
    assert _typed("Pro-Kremlin bloggers claimed the strike was staged.") == [("Pro-Kremlin bloggers", "person")]
    # the Kremlin itself stays a government
    assert _typed("The Kremlin said the talks had failed.") == [("Kremlin", "government")]


def test_a_name_that_starts_with_anti_keeps_its_country():
    from spinscope.api import analyze

    found = analyze("The Anti-Defamation League said the posts were hateful.").attributions
    assert [(a.speaker_name, a.source_type, a.source_country) for a in found] == [
        ("Anti-Defamation League", "organization", "US")]


def test_a_dash_signature_ends_before_the_full_stop():
    from spinscope.api import analyze

    text = "Wisdom\n\n\u201cThe louder the claim, the weaker the proof.\u201d \u2013 Confucius.\n\nSo it goes.\n"
    found = [a.speaker_name for a in analyze(text).attributions]
    assert found == ["Confucius"]
    text = "Wisdom\n\n\u201cThe louder the claim, the weaker the proof.\u201d \u2013 Martin Luther King Jr.\n"
    result = analyze(text)
    spans = [result.article.text[a.speaker.start:a.speaker.end] for a in result.attributions if a.speaker]
    assert spans == ["Martin Luther King Jr."]  # a suffix keeps its full stop
