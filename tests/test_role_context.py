"""role_context: what an entity does and what is done to it, from the parse and the tone of nearby words."""

from __future__ import annotations

import re

import numpy as np
import pytest

from spinscope.components.role_context import NUMERIC_NAMES, entity_context, mention_context, valence


@pytest.fixture(scope="module")
def parse():
    from spinscope.components.core import Segmenter
    from spinscope.document import ArticleInput, Document

    segmenter = Segmenter()

    def run(text: str):
        return segmenter(Document(text=text, meta=ArticleInput(text=text), language="en"))

    return run


def _context(parse, text: str, name: str, nth: int = 0):
    doc = parse(text)
    match = list(re.finditer(re.escape(name), text))[nth]
    ctx = mention_context(text, doc.parsed, match.start(), match.end())
    return ctx.tokens, dict(zip(NUMERIC_NAMES, ctx.numbers.tolist(), strict=True))


def test_role_context_agent_of_a_hostile_deed(parse):
    tokens, num = _context(parse, "Avaria bombed the villages of Belmont last night.", "Avaria")
    assert "AGENT_bomb" in tokens
    assert num["agent"] == 1.0 and num["patient"] == 0.0


def test_role_context_patient_of_a_hostile_deed(parse):
    tokens, num = _context(parse, "The soldiers attacked Belmont at dawn.", "Belmont")
    assert "PATIENT_attack" in tokens
    assert num["patient"] == 1.0 and num["patient_valence"] < 0


def test_role_context_passive_agent_and_subject(parse):
    text = "Belmont was invaded by Avaria."
    agent_tokens, _ = _context(parse, text, "Avaria")
    patient_tokens, _ = _context(parse, text, "Belmont")
    assert "AGENT_invade" in agent_tokens
    assert "PATIENT_invade" in patient_tokens


def test_role_context_possessor_of_a_hostile_noun(parse):
    tokens, num = _context(parse, "Avaria's aggression destroyed the town.", "Avaria")
    assert "POSS_aggression" in tokens and num["possessor"] == 1.0 and num["head_valence"] < 0


def test_role_context_speaker_and_quotation(parse):
    text = '"We will defend Belmont," Avaria said.'
    speaker_tokens, speaker = _context(parse, text, "Avaria")
    quoted_tokens, quoted = _context(parse, text, "Belmont")
    assert "SPEAKER" in speaker_tokens and speaker["speaker"] == 1.0
    assert "QUOTED" in quoted_tokens and quoted["quoted"] == 1.0 and speaker["quoted"] == 0.0


def test_role_context_tone_of_nearby_words(parse):
    _, bad = _context(parse, "The corrupt and brutal regime of Avaria lies.", "Avaria")
    _, good = _context(parse, "The brave and generous people of Avaria help.", "Avaria")
    assert bad["window_negative"] > good["window_negative"]
    assert good["window_positive"] > bad["window_positive"]
    assert valence("brutal") < 0 < valence("brave")


def test_role_context_entity_rows_average_every_mention(parse):
    text = "Avaria bombed Belmont. Avaria lied about it. Belmont mourned."
    doc = parse(text)
    mentions = [(m.start(), m.end()) for m in re.finditer("Avaria", text)]
    rows = entity_context(text, doc.parsed, mentions, mentions[:1])
    assert len(rows) == 1
    tokens, vec = rows[0]
    assert "E_AGENT_bomb" in tokens and "E_AGENT_lie" in tokens
    n = len(NUMERIC_NAMES)
    assert vec.shape == (2 * n + 1,) and vec[-1] == pytest.approx(np.log1p(2))
    assert entity_context(text, doc.parsed, mentions, []) == []


def test_role_context_mention_outside_parsed_text_still_has_numbers():
    ctx = mention_context("Avaria wins.", [], 0, 6)
    assert ctx.numbers.shape == (len(NUMERIC_NAMES),)


def _side(num: dict[str, float]) -> set[str]:
    return {k for k in ("harm_agent", "harm_patient", "help_agent", "help_patient") if num[k]}


@pytest.mark.parametrize(("text", "name", "side"), [
    ("Avaria's invasion of Belmont killed thousands.", "Avaria", {"harm_agent"}),
    # the one "of" a noun of harm underwent it, whatever the noun does in its clause
    ("Avaria's invasion of Belmont killed thousands.", "Belmont", {"harm_patient"}),
    ("The kidnapping of Mayor Ivan Petrov shocked the town.", "Ivan Petrov", {"harm_patient"}),
    ("Raids by Avaria continued all week.", "Avaria", {"harm_agent"}),
    ("The attacks on Belmont continued.", "Belmont", {"harm_patient"}),
    ("The victims of Avaria were buried yesterday.", "Avaria", {"harm_agent"}),
])
def test_role_context_nouns_of_harm(parse, text, name, side):
    _, num = _context(parse, text, name)
    assert _side(num) == side


@pytest.mark.parametrize(("text", "name", "side"), [
    ("Berlin has offered military aid to Belmont.", "Berlin", {"help_agent"}),
    ("Berlin has offered military aid to Belmont.", "Belmont", {"help_patient"}),
    ("Aid to Belmont has been stalled in parliament.", "Belmont", {"help_patient"}),
    ("Support for Belmont is growing.", "Belmont", {"help_patient"}),
    ("Washington provided weapons to Belmont.", "Belmont", {"help_patient"}),
])
def test_role_context_giving_and_its_recipient(parse, text, name, side):
    _, num = _context(parse, text, name)
    assert _side(num) == side


def test_role_context_the_agent_does_what_its_verb_complement_says(parse):
    _, vow = _context(parse, "Avaria vowed to destroy the city.", "Avaria")
    _, plan = _context(parse, "Avaria plans to help the refugees.", "Avaria")
    _, refuse = _context(parse, "Avaria did not want to destroy the city.", "Avaria")
    assert _side(vow) == {"harm_agent"} and _side(plan) == {"help_agent"} and _side(refuse) == set()


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def test_role_context_shown_in_a_deed_is_doing_or_undergoing_harm_or_help(parse):
    from spinscope.components.role_context import shown_in_a_deed

    text = ("The journalist Ana Ruiz lives in Calvo and writes about football. Guards arrested the writer Tomas Bel "
            "at the border. Doctors from Merin treated the wounded in the square.")
    doc = parse(text)
    assert shown_in_a_deed(text, doc.parsed, _spans(text, "Tomas Bel"))  # undergoes harm
    assert shown_in_a_deed(text, doc.parsed, _spans(text, "Doctors"))  # does help
    assert not shown_in_a_deed(text, doc.parsed, _spans(text, "Ana Ruiz"))  # only named
    assert not shown_in_a_deed(text, doc.parsed, [])


@pytest.mark.parametrize(("text", "name", "side"), [
    # round 13: bodily violence ("beat", "drag", "punch") and its nouns; they cast nobody before
    ("Police beat Lena Marsh and dragged her into a van.", "Lena Marsh", {"harm_patient"}),
    ("Officers kicked and punched Lena Marsh outside the court.", "Lena Marsh", {"harm_patient"}),
    ("Guards from Avaria beat the prisoners every night.", "Avaria", {"harm_agent"}),
    # the one "of" a noun of harm is its patient (a noun outside the list made her the agent of "shocked")
    ("The beating of Lena Marsh shocked the town.", "Lena Marsh", {"harm_patient"}),
])
def test_role_context_verbs_and_nouns_of_bodily_harm(parse, text, name, side):
    _, num = _context(parse, text, name)
    assert _side(num) == side


@pytest.mark.parametrize(("text", "name", "side"), [
    # round 13: sending help, and the entity the doers come "from"
    ("Westland sent rescue teams to Belmont after the flood.", "Westland", {"help_agent"}),
    ("Westland sent rescue teams to Belmont after the flood.", "Belmont", {"help_patient"}),
    ("Westland brought food and medicine to the camps.", "Westland", {"help_agent"}),
    ("Doctors from Westland treated the wounded.", "Westland", {"help_agent"}),
    ("Soldiers from Avaria shelled the town.", "Avaria", {"harm_agent"}),
    # sending what is not help casts nobody
    ("Avaria sent troops to the border.", "Avaria", set()),
])
def test_role_context_sending_help_and_doers_from_an_entity(parse, text, name, side):
    _, num = _context(parse, text, name)
    assert _side(num) == side


def test_role_context_those_from_an_entity_who_undergo_harm(parse):
    _, num = _context(parse, "Refugees from Belmont crossed the river.", "Belmont")
    assert num["victim_noun"] == 1.0 and _side(num) == set()
