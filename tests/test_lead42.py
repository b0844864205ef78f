"""The lead's reading of three fresh articles, round 42 (branch ``lead42``): a cricket report, a detainee's
complaint and a US campaign story. A labelled post quoted whole, a quotation that a report nested in it no longer
hides, what a side shares or raises is no view, one person's two offices, and the events and actors shapes of the
same reading.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.attribution_rows import attribution_details

LABELLED = ("Sen. Jane Porter of Ohio said the vote was close.\nAnd Sen. Tom Reed tweeted \u201cUPDATE: The budget "
            "bill is finished.\nThe Speaker must bring the whole bill to the floor.\nVoters deserve to see the "
            "numbers.\u201d\nThe House meets on Monday.")

NESTED = ("Dr Tom Lane told reporters he wanted to go to the dinner, and that the managers kept him inside. "
          "\"I wrote to the site manager who promised me that he will pass the matter to head office staff here "
          "who are the top body here. \"Then they replied that sadly the answer is no, and they gave no "
          "reason.\" Dr Lane says he felt let down.")

CRICKET = ("Tom Reed's hundred put England well ahead, the visitors declaring their innings closed at 6 for 290, a "
           "lead of 350. Reed and Sam Hill shared a stand of 150 runs, ensuring India faced a huge chase. Booker is "
           "also using the vote to raise money for his campaign.")


def test_lead42_a_labelled_post_is_quoted_whole() -> None:
    rows = attribution_details(LABELLED)
    reed = [r for r in rows if r["cue"] == "tweeted"]
    assert len(reed) == 1 and reed[0]["content"].startswith("UPDATE: The budget"), rows
    assert "see the numbers" in reed[0]["content"], rows


def test_lead42_a_quote_without_a_label_stays_whole() -> None:  # guard: main's path
    rows = attribution_details(LABELLED.replace("UPDATE: ", ""))
    reed = [r for r in rows if r["cue"] == "tweeted"]
    assert len(reed) == 1 and reed[0]["content"].startswith("The budget") and "numbers" in reed[0]["content"], rows


def test_lead42_a_report_nested_in_a_quote_leaves_the_quote_its_speakers() -> None:
    rows = attribution_details(NESTED)
    assert not any(r["cue"] == "promised" for r in rows), rows
    sent = [r for r in rows if r["content"].startswith("I wrote to the site manager")]
    assert len(sent) == 1 and sent[0]["name"] == "Tom Lane", rows


def test_lead42_what_a_side_shares_or_raises_is_no_view() -> None:
    rows = attribution_details(CRICKET)
    assert rows == [], rows


def test_lead42_a_shared_view_stays_a_view() -> None:  # guard: "shared his concerns" is a stance
    rows = attribution_details("The mayor, Ann Miles, shared her concerns about the plan with the council.")
    assert any(r["cue"].startswith("shared") for r in rows), rows


def test_lead42_two_offices_of_one_person_are_one_speaker() -> None:
    rows = attribution_details("Former Dayton mayor and former Labor Secretary Ann Miles said that the plan was "
                               "weak.")
    assert len(rows) == 1 and rows[0]["name"] == "Ann Miles" and rows[0]["named"], rows
    assert rows[0]["speaker"].startswith("Former Dayton mayor and former"), rows


def test_lead42_a_title_and_a_named_person_with_a_determiner_stay_as_they_were() -> None:  # guard
    rows = attribution_details("The mayor and Sen. Ann Miles said that the plan was weak.")
    assert len(rows) == 1 and rows[0]["speaker"] == "The mayor and Sen. Ann Miles", rows


# ------------------------------------------------------------------------------------------------ events


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": text}])))
    return [(e["event"], e["cameo"], e["source"], e["target"]) for e in out["events"]]


def test_lead42_firing_off_statements_is_no_accusation() -> None:
    found = _events("The Democratic senators quickly fired off statements after the Pentagon published its review.")
    assert not any(e[0] in ("ACCUSE", "ASSAULT") for e in found), found


def test_lead42_firing_rockets_stays_an_assault() -> None:  # guard
    found = _events("Hamas militants fired rockets at Israel on Monday.")
    assert any(e[0] == "ASSAULT" for e in found), found


def test_lead42_deferring_to_someone_is_no_rejection() -> None:
    found = _events("The White House has deferred to the Justice Department on the next steps.")
    assert not any(e[0] == "REJECT" for e in found), found


# ------------------------------------------------------------------------------------------------ actors


def _actors(text: str) -> dict:
    from spinscope.pipeline import Pipeline
    from spinscope.training import actor_eval
    from tests.actor_findings import actors_of

    return actors_of(Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS)), text)


def test_lead42_white_house_hopefuls_are_no_united_states() -> None:
    actors = _actors("The White House hopefuls in Ohio and Iowa fired off statements on Friday.")
    assert not any(code == "USA" for _, code, _ in actors.values()), actors


def test_lead42_the_white_house_stays_the_united_states() -> None:  # guard
    actors = _actors("The White House said on Friday that the talks with Mexico would go on.")
    assert any(code and code.startswith("USA") for _, code, _ in actors.values()), actors


def test_lead42_a_us_representative_takes_no_foreign_namesakes_entry() -> None:
    actors = _actors("Former three-term Rep. John Delaney wrote that the report must be released. Voters in Ohio, "
                     "Iowa and Texas agree.")
    delaney = [(k, v) for k, v in actors.items() if "John Delaney" in v[2]]
    assert len(delaney) == 1 and (delaney[0][1][1] or "").startswith("USA"), actors


def test_lead42_a_short_us_title_and_surname_join_the_full_name() -> None:
    actors = _actors("Senators call for AG Harlow to testify. Attorney General Peter Harlow and his staff in "
                     "Texas and Ohio are reading the report.")
    assert not any(name.startswith("AG") for name in actors), actors


def _pair_keys(text: str, first: str) -> set[str]:
    from spinscope.components.actors import Mention, _families_40

    mentions = []
    for name in (first, "Reed", "Sam Hill"):
        at = text.index(name) if name != "Reed" else text.index("Reed and")
        mentions.append(Mention(at, at + len(name), (name, None, None), "ner", ner_type="person"))
    return {m.key[0] for m in _families_40(text, sorted(mentions, key=lambda m: m.start))}


def test_lead42_a_known_surname_before_and_is_no_given_name() -> None:
    keys = _pair_keys("Tom Reed batted well. Reed and Sam Hill shared a stand.", "Tom Reed")
    assert "Reed Hill" not in keys, keys


def test_lead42_a_given_name_before_and_still_takes_the_surname() -> None:  # guard: round 40's families
    keys = _pair_keys("Ann Lowe batted well. Reed and Sam Hill shared a stand.", "Ann Lowe")
    assert "Reed Hill" in keys, keys


def test_lead42_a_pair_of_given_names_still_shares_the_surname() -> None:  # guard: round 40's families
    actors = _actors("Delia and Owen Mercer said the farm was sold.")
    assert "Delia Mercer" in actors and "Owen Mercer" in actors, actors


def test_lead42_a_quote_glued_to_the_colon_of_its_cue_is_the_speakers() -> None:
    rows = attribution_details("The report reached the minister on Friday.\nIn a separate statement, the lawyers Ann "
                               "Roe and Tom Lee said:\u201cWe\u2019re pleased that the office has sent its report to "
                               "the minister under the rules. We look forward to the next step.\u201d\nThe minister "
                               "did not comment.")
    quote = [r for r in rows if r["content"].startswith("We\u2019re pleased")]
    assert len(quote) == 1 and quote[0]["cue"] == "said" and "Ann Roe" in (quote[0]["speaker"] or ""), rows
