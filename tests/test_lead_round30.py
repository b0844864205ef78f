"""The lead's round-30 rules: each test fails without its rule (sentences written for the test, not taken from
any article)."""

from __future__ import annotations

from tests.test_lead_round29 import _sources


def test_a_name_inside_the_quotation_a_pronoun_closes_is_no_rival_speaker() -> None:
    """The speaker quoted last talks about someone named last; the next "he said" closes a quotation that names
    that person: it is still the speaker's."""
    text = ("\u201cThe deal is dead,\u201d said Peter Anderson, the party's leader, on Monday.\n\n"
            "Anderson also spoke at length about Victor Orban, the Hungarian prime minister, whose government "
            "blocked the vote last week.\n\n"
            "\u201cOrban has made his choice and we will make ours,\u201d he said.\n")
    names = [s[0] for s in _sources(text) if s[0] is not None]
    assert names.count("Peter Anderson") >= 2 and "Victor Orban" not in names, names


def test_a_subject_named_between_the_speaker_and_the_pronoun_still_takes_it() -> None:
    """Guard: a person named as a subject before the quotation (not inside it) is still the pronoun's."""
    text = ("\u201cThe deal is dead,\u201d said Peter Anderson, the party's leader, on Monday.\n\n"
            "Victor Orban answered from Budapest on Tuesday.\n\n"
            "\u201cWe have made our choice,\u201d he said.\n")
    names = [s[0] for s in _sources(text) if s[0] is not None]
    assert names[-1] == "Victor Orban", names
