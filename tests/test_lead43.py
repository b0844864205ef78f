"""The lead's reading of a fresh US report on a special counsel's inquiry, round 43 (branch ``lead43``): a "he
said" that closes a quotation right after another speaker's statement, the country of a story about an inquiry
named by a foreign country, and the events and actors shapes of the same reading.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.attribution_rows import attribution_details

INQUIRY = ("Inspector Delivers His Review\n\n"
           "Chief Inspector Paul Warden wrapped up his 14-month review of the port contracts and handed his findings "
           "to Attorney General Walter Grimes on Monday, prompting calls from lawmakers to see them.\n"
           "Warden said he was proud of the work and thanked his staff.\n"
           "In a note to the heads of two committees, Grimes called Warden\u2019s findings a \u201cprivate account "
           "of the charging choices he has made.\u201d\n"
           "Grimes did not say what the findings hold, but did say that the ministry did not block any step Warden "
           "took.\n"
           "Grimes said he will talk with Warden and Deputy Attorney General Ron Kessel, who has run the "
           "inspector's office, about \u201cwhat else from the findings\u201d may be shared with lawmakers.\n"
           "The mayor's office and President Dunmore\u2019s lawyers said the next steps are up to Grimes.\n"
           "Two versions of the findings may be released.\n"
           "One would be shared with lawmakers and would then most likely reach the public.\n"
           "The other would go to a small group of committee chairs.\n"
           "Rep. Tom Hale (D-CA), chairman of the oversight panel, called for openness.\n"
           "\u201cThe review began as an inquiry into whether the aides were swayed by outside money.\n"
           "By law, the evidence must be shared with our panel,\u201d he said in a tweet.\n"
           "\u201cAnd the findings must also be published.\nNow.\u201d\n"
           "Dunmore has previously said he backs publishing the findings.\n"
           "\u201cI do not object,\u201d he has said.\n")


def _pronoun_rows(text: str) -> list[dict]:
    return [r for r in attribution_details(text) if r["speaker"] == "he" and r["cue"] is not None]


def test_lead43_he_said_right_after_a_statement_is_that_speakers() -> None:
    rows = _pronoun_rows(INQUIRY)
    hale = [r for r in rows if r["content"].startswith("The review began")]
    dunmore = [r for r in rows if r["content"] == "I do not object"]
    assert len(hale) == 1 and hale[0]["name"] == "Tom Hale", rows
    assert len(dunmore) == 1 and dunmore[0]["name"] == "Dunmore", rows


def test_lead43_he_said_right_after_a_statement_is_scored_as_the_last_quoted() -> None:
    from spinscope import analyze

    result = analyze(INQUIRY)
    t = result.article.text
    closing = [a for a in result.attributions if a.speaker is not None and t[a.speaker.start:a.speaker.end] == "he"
               and a.cue is not None]
    hale = [a for a in closing if a.speaker_name == "Tom Hale"]
    dunmore = [a for a in closing if a.speaker_name == "Dunmore"]
    # a first name tells Hale's gender: sure of him; nothing tells Dunmore's: his, but unsure (round 14)
    assert hale and all("coref:pronoun-last-quoted" in a.evidence for a in hale), [
        (a.speaker_name, a.evidence) for a in closing]
    assert dunmore and all("coref:pronoun-unsure" in a.evidence for a in dunmore), [
        (a.speaker_name, a.evidence) for a in closing]


def test_lead43_someone_named_since_the_statement_keeps_the_older_reading() -> None:  # guard
    text = INQUIRY.replace("Rep. Tom Hale (D-CA), chairman of the oversight panel, called for openness.\n",
                           "Rep. Tom Hale (D-CA), chairman of the oversight panel, called for openness.\n"
                           "His deputy, Carl Mott, met the ministry's staff on Tuesday.\n")
    rows = _pronoun_rows(text)
    review = [r for r in rows if r["content"].startswith("The review began")]
    assert len(review) == 1 and "coref:pronoun-last-quoted" not in str(review), rows


US_INQUIRY = ("Grimes Weighs the Russia Report\n\n"
              "Attorney General Walter Grimes said on Monday that the Russia investigation would end within weeks.\n"
              "The Russia probe has run for two years and cost millions, a Justice Department official said.\n"
              "Grimes told the White House the Russia report would be shared with the heads of two committees.\n"
              "The inquiry looked at contacts between campaign aides and Russian officials.")


def test_lead43_a_country_named_as_an_inquirys_topic_is_not_the_storys_country() -> None:
    from spinscope.components.attribution.sources import load_source_table
    from spinscope.components.attribution.speakers import country_counts

    counts = country_counts(US_INQUIRY, load_source_table())
    assert counts.get("RU", 0) == 1 and counts.get("US", 0) == 2, counts


def test_lead43_an_attorney_general_in_such_a_story_is_not_russian() -> None:
    rows = attribution_details(US_INQUIRY)
    assert rows and not any(r["name"] and "Grimes" in r["name"] and r.get("country") == "RU" for r in rows)
    from spinscope import analyze

    result = analyze(US_INQUIRY)
    grimes = [s for s in result.sourcing.sources if "Grimes" in s.name]
    assert grimes and all(s.country != "RU" for s in grimes), [(s.name, s.country) for s in grimes]


def test_lead43_a_story_set_in_russia_keeps_its_country() -> None:  # guard
    from spinscope.components.attribution.sources import load_source_table
    from spinscope.components.attribution.speakers import story_country

    text = ("Russia's parliament met in Moscow on Monday. Russian deputies voted for the budget, and the Kremlin "
            "welcomed the vote.")
    assert story_country(text, load_source_table()) == "RU"


# ------------------------------------------------------------------------------------------------ events


def _events(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": text}])))
    return [(e["event"], e["cameo"], e["source"], e["target"], e["mode"]) for e in out["events"]]


def test_lead43_launching_probes_is_an_investigation() -> None:
    found = _events("Congress quietly launched three of its own probes into the port deals last year.")
    assert [e[0] for e in found] == ["INVESTIGATE"], found


def test_lead43_getting_all_one_can_out_of_someone_is_no_concession() -> None:
    found = _events("The Special Counsel said it had gotten all it could out of Flynn.")
    assert not any(e[0] == "CONCEDE" for e in found), found


def test_lead43_taking_over_a_probe_is_no_seizure() -> None:
    found = _events("The Eastern District of Texas has taken over some aspects of the bribery probe.")
    assert not any(e[0] == "COERCE" for e in found), found


def test_lead43_taking_over_a_town_stays_a_seizure() -> None:  # guard
    found = _events("Russian troops took over the town of Kherson in Ukraine on Monday.")
    assert any(e[0] in ("COERCE", "ASSAULT") for e in found), found


def test_lead43_not_overruling_a_decision_is_a_negated_rejection() -> None:
    found = _events("In the end the Justice Department did not overrule the decisions Robert Mueller made.")
    assert found and all(e[0] == "REJECT" and e[4] == "negated" for e in found), found


# ------------------------------------------------------------------------------------------------ actors


def _actors(text: str) -> dict:
    from spinscope.pipeline import Pipeline
    from spinscope.training import actor_eval
    from tests.actor_findings import actors_of

    return actors_of(Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS)), text)


def _all_actor_names(text: str) -> list[str]:
    """Every actor's name, places included (``actors_of`` leaves places out)."""
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document
    from spinscope.pipeline import Pipeline
    from spinscope.training import actor_eval

    pipeline = Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return [a.name for a in doc.actors]


def test_lead43_a_state_inside_a_court_districts_name_is_no_actor() -> None:
    actors = _all_actor_names("The Southern District of New York is looking into the donations. The Eastern "
                              "District of New York has taken over some aspects of that inquiry.")
    assert not any("New York" in name for name in actors), actors


def test_lead43_a_state_named_alone_stays_an_actor() -> None:  # guard
    actors = _all_actor_names("New York sued the oil company on Monday, and the Southern District of Ohio fined "
                              "it.")
    assert any("New York" in name for name in actors), actors


def test_lead43_a_title_before_a_name_is_no_body() -> None:
    actors = _actors("Among those charged was former National Security Adviser Tom Reed, who met the envoy twice.")
    assert not any(name.startswith("National Security") for name in actors), actors
