"""Attributions, round 73: shapes from round 73's SemEval-2025 development gold (sentences written for the test, not
taken from any article). The rule tests fail without `attribution/round73.py`; the guards pass on both."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


def test_as_quoted_by_outlet_is_the_speakers_statement() -> None:
    rows = _rows("Harbour Board Fights Ferry Firm\n\nThe board's chair, Mara Venn, attacked the ferry firm on "
                 "Tuesday.\n\n“The harbour is, in the end, a public harbour,” Venn said, as quoted by Seaport Weekly, "
                 "at a dinner in Leith. “They keep treating us as tenants. We have had enough of it.”\n")
    assert not [r for r in rows if r["speaker"] == "Seaport Weekly"], rows
    found = [r for r in rows if r["content"].startswith("They keep treating")]
    assert found and found[0]["speaker"] == "Venn", rows


def test_as_quoted_by_after_a_spokesman_quote() -> None:
    rows = _rows("The ferry firm answered the board.\n\n“Its berths have no lawful role in setting fares,” a firm "
                 "spokeswoman also said, as quoted by Seaport Weekly.\n")
    assert not [r for r in rows if r["speaker"] == "Seaport Weekly"], rows
    assert [r for r in rows if r["speaker"] == "a firm spokeswoman"], rows


def test_quotation_run_on_past_a_promotion_line() -> None:
    rows = _rows("The old spymaster spoke to the paper this week.\n\nSir Colin Rame told The Daily Post: \"I think "
                 "we are going into a new phase where the regime will be shaken by a war gone wrong.\n\n"
                 "READ MORE POST STORIES\n\n\"A revolt inside the palace is possible.\n\n\"I do not expect crowds "
                 "in the streets, but there must be great strains at the top.\"\n")
    for head in ("A revolt inside", "I do not expect"):
        found = [r for r in rows if r["content"].startswith(head)]
        assert found and found[0]["speaker"] == "Sir Colin Rame", rows


def test_closed_quotation_before_a_promotion_line_does_not_run_on() -> None:  # guard: passes on main too
    rows = _rows("Sir Colin Rame told The Daily Post: \"I think the regime is shaken.\"\n\nREAD MORE POST STORIES\n\n"
                 "\"A revolt inside the palace is possible.\"\n")
    found = [r for r in rows if r["content"].startswith("A revolt inside")]
    assert not found or found[0]["speaker"] != "Sir Colin Rame", rows


def test_which_appears_to_prove_has_the_noun_as_source() -> None:
    rows = _rows("Paranoid Tusk hides debts\n\nANXIOUS Mayor Leon Tusk has suddenly sealed secret ledgers which appear "
                 "to prove the mayor was treated for gout twice.\n")
    found = [r for r in rows if r["content"].startswith("the mayor was treated")]
    assert found and found[0]["speaker"] is not None and "ledgers" in found[0]["speaker"], rows
    assert found[0]["cue"] == "appear to prove", rows


def test_as_subject_fears_object_is_no_as_clause() -> None:
    rows = _rows("Frantic governor hastily seals court papers that exposed his ‘offshore fund’ as weak leader fears "
                 "revolt \n\n The governor has sealed the papers.\n")
    assert not [r for r in rows if r["cue"] == "fears"], rows


def test_seen_doing_is_a_perception() -> None:
    rows = _rows("In the clip, two climbers are seen hauling a boy off the ledge. Later the climbers are also seen "
                 "to be resting on the roof.\n")
    assert not [r for r in rows if r["cue"] == "seen"], rows


def test_it_was_seen_that_stays() -> None:  # guard: passes on main too
    rows = _rows("Earlier it was seen that the mayor was escorted by six guards on his visits.\n")
    assert [r for r in rows if r["content"].startswith("the mayor was escorted")], rows


def test_noun_that_clause_runs_to_its_verb() -> None:
    # the parse's cut (content ending at the clause's subject) is hard to invent in a sentence: the rule on a record
    from spinscope.components.attribution.round73 import _noun_clause_on
    from spinscope.result import Attribution, Span

    text = "Lately there were hints that pills to calm him may have clouded his mind before the raid. Next."
    start = text.index("that pills")
    cut = Span(start=start, end=text.index(" may have"), label="content", score=0.5, evidence="t")
    a = Attribution(start=text.index("hints"), end=cut.end, label="indirect", score=0.5, kind="indirect",
                    content=cut, cue=Span(start=text.index("hints"), end=text.index("hints") + 5, label="cue",
                                          score=0.5, evidence="t"),
                    evidence="attributions.v1:stance-noun:hint")
    b = _noun_clause_on(text, a)
    assert text[b.content.start:b.content.end] == "that pills to calm him may have clouded his mind before the raid"
    whole = a.model_copy(update={"content": cut.model_copy(update={"end": text.index(". Next")})})
    assert _noun_clause_on(text, whole) is whole
    text = "Her claim that the world would end in May was a hoax."
    own = Span(start=text.index("that"), end=text.index(" was a"), label="content", score=0.5, evidence="t")
    claim = a.model_copy(update={"content": own, "start": 4, "end": own.end})
    assert _noun_clause_on(text, claim) is claim
