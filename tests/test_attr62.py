"""Attributions, round 62: the lead's reading of two Lee wire articles and open leads (sentences written for the
test, not taken from any article). Each test fails without its rule in `attribution/round62.py` but the guards,
which pass on both (they pin the conventions this round settled without a rule)."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


# ------------------------------------------------------------------------------------------ the subject before recency

DIFFER = ("Home coach Tom Reid says he wants a new striker to build around, while visiting defender Marco Bellini "
          "says there is no forward in the home side quick enough to get past him. Scottish winger Ian Mackay begs "
          "to differ. He believes he will score again at the weekend if he can keep the touch he showed in the cup.\n")


def test_he_after_a_named_subject_is_that_subject_not_the_last_quoted() -> None:
    rows = _rows(DIFFER)
    found = [r for r in rows if r["speaker"] == "He"]
    assert found and found[0]["name"] == "Ian Mackay" and found[0]["from"] == "Ian Mackay", rows


def test_he_after_a_sentence_that_names_no_one_keeps_the_person_quoted() -> None:  # guard
    rows = _rows("Club captain Peter Grant says the squad has never been fitter. The season opens on Saturday "
                 "against the champions. He believes the young players will surprise a lot of people.\n")
    found = [r for r in rows if r["speaker"] == "He"]
    assert found and found[0]["name"] == "Peter Grant", rows


# ------------------------------------------------------------------------------------------ a document's quoted words

DRAFT = ("In the capital, Karl Osman, interior minister in the new cabinet, announced the deal after talks with "
         "foreign officers. He said the soldiers would stay for one year only. The council's draft resolution "
         "defines the task of the mission as helping the new cabinet with \"keeping order in the capital and along "
         "the main highways, so that aid workers can move around safely\".\n")


def test_a_quote_in_a_sentence_whose_subject_is_a_document_is_the_documents() -> None:
    rows = _rows(DRAFT)
    found = [r for r in rows if r["content"].startswith("keeping order in the capital")]
    assert found and found[0]["speaker"] == "The council's draft resolution" and found[0]["name"] != "Karl Osman", rows
    assert found[0]["type"] == "report", rows


def test_a_quote_continuing_the_speakers_own_sentence_is_kept() -> None:  # guard
    rows = _rows("Karl Osman, the interior minister, spoke after the talks. He said the soldiers would leave soon "
                 "and the roads were \"safer than they have been for years\".\n")
    assert all(r["name"] == "Karl Osman" for r in rows if r["speaker"] is not None), rows


# ------------------------------------------------------------------------------------------ a role noun after a name

ROLE = ("The special envoy to the region, Mark Dalton, told the rebel commander that he expected arrests within "
        "days. \"The commander must act at once against the men who planned this ambush,\" the retired navy "
        "admiral said.\n")


def test_the_role_noun_after_a_named_speaker_is_that_person() -> None:
    rows = _rows(ROLE)
    found = [r for r in rows if r["speaker"] == "the retired navy admiral"]
    assert found and found[0]["name"] == "Mark Dalton" and found[0]["named"], rows


def test_the_spokesman_after_a_named_speaker_stays_unnamed() -> None:  # guard
    rows = _rows("The special envoy to the region, Mark Dalton, met the rebel commander on Monday. \"Talks will go "
                 "on next week,\" the spokesman said.\n")
    found = [r for r in rows if r["speaker"] == "the spokesman"]
    assert found and found[0]["name"] != "Mark Dalton", rows


def test_the_role_noun_with_two_named_speakers_before_it_stays_unnamed() -> None:  # guard
    rows = _rows("Mark Dalton said the ceasefire would hold. Omar Haddad said it would not last a week. \"Both "
                 "sides are tired of the fighting,\" the retired navy admiral said.\n")
    found = [r for r in rows if r["speaker"] == "the retired navy admiral"]
    assert found and found[0]["name"] not in ("Mark Dalton", "Omar Haddad"), rows


# ------------------------------------------------------------------------------------------ a plea

def test_a_plea_for_someone_to_be_moved_is_a_sourceless_request() -> None:
    rows = _rows("The report ended with a plea for the older prisoners to be moved to a separate wing of the jail.\n")
    found = [r for r in rows if r["cue"] == "plea"]
    assert found and found[0]["speaker"] is None, rows
    assert found[0]["content"].startswith("the older prisoners to be moved"), rows


def test_a_plea_with_an_owner_adds_no_sourceless_attribution() -> None:  # guard
    rows = _rows("The farmers' union made a plea for the dam to be opened before the dry season.\n")
    assert all(r["speaker"] is not None for r in rows if r["cue"] == "plea"), rows


# ------------------------------------------------------------------------------------------ conventions kept

def test_wants_to_stays_an_attribution() -> None:  # guard: PolNeAR counts "wants to" (7 gold cues, 1 left out)
    rows = _rows("A farmer in the valley wants to hold the biggest harvest fair in the state next autumn.\n")
    assert any(r["cue"] == "wants" for r in rows), rows


def test_has_agreed_to_stays_an_attribution() -> None:  # guard: PolNeAR counts "agreed to" (5 of 5)
    rows = _rows("The new cabinet has agreed to accept a small foreign force for six months.\n")
    assert any(r["cue"] == "agreed" for r in rows), rows


def test_a_split_wire_quote_stays_one_attribution() -> None:  # guard: PolNeAR merges it (README)
    rows = _rows("\"We have never seen a flood this high,\" the mayor, Ann Lowe, said. \"The water came up in under "
                 "an hour.\"\n")
    assert len(rows) == 1 and "under an hour" in rows[0]["content"], rows
