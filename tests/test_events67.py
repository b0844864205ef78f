"""Round 67 (issue 17, short Lee wire stories and events66's leads): a military source's bare "the soldiers" and "an
army patrol" are its own state's forces; a vowed crackdown is a threat aimed at whom it is on; refusing to name
someone is no rejection; an appeal for calm with no addressee has no target (not a state named in another clause).

Every sentence here was written for these tests; none is from a gold or an article read.
"""

from __future__ import annotations

from tests.event_predictions import predicted, triples


def _fights(text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for e, s, t, _ in predicted(text) if e in ("FIGHT", "ASSAULT")}


def test_events67_military_source_bare_patrol_is_its_own() -> None:
    text = "A Turkish army spokesman said Syrian gunmen fired on a military convoy near Kilis."
    assert ("SYR", "TUR") in _fights(text)


def test_events67_military_source_soldiers_shot() -> None:
    text = "Overnight the soldiers killed two Palestinians near Nablus, an Israeli army spokeswoman told reporters."
    assert ("ISR", "PSE") in _fights(text)


def test_events67_attack_on_an_army_patrol_aims_at_the_speakers_state() -> None:
    text = "An Israeli army spokeswoman said masked Palestinian gunmen attacked a patrol close to Hebron."
    assert ("PSE", "ISR") in _fights(text)


def test_events67_bare_troops_without_a_military_speaker_stay_uncoded() -> None:
    # guard: a speaker who is no military source gives the bare noun no state
    text = "A Palestinian witness said the soldiers shot two men near Nablus overnight."
    assert not any(s == "ISR" for s, _ in _fights(text))


def test_events67_vowed_crackdown_is_a_threat_on_them() -> None:
    text = ("Forty members of Hamas were detained after Yasser Arafat pledged to crack down hard on them, "
            "police said, citing bombings against Israelis.")
    assert ("THREATEN", "PSE", "PSE") in triples(text)
    assert not any(t == "ISR" for e, s, t in triples(text) if s == "PSE" and e in ("THREATEN", "COERCE"))


def test_events67_crackdown_on_a_named_group() -> None:
    text = "Egypt cracked down on the Muslim Brotherhood after attacks on Israelis."
    assert not any(e == "COERCE" and t == "ISR" for e, s, t in triples(text))


def test_events67_refusing_to_name_is_no_rejection() -> None:
    text = "Police have warrants out for two more activists, yet a Hamas spokesman declined to identify them."
    assert not [e for e in predicted(text) if e[0] == "REJECT"]


def test_events67_refusing_a_plan_stays_a_rejection() -> None:
    # guard: a refusal of another side's proposal is a rejection
    assert any(e[0] == "REJECT" for e in predicted("Syria refused to accept the Turkish plan for the border."))


def test_events67_appeal_for_calm_is_not_aimed_at_a_state_named_in_another_clause() -> None:
    # lead, round 45: no target (the convention of rounds 21, 50 and 54), not the appealer's own side as first built
    text = ("A senior Georgian minister has appealed for calm as he told the nation that an attack from "
            "neighbouring Russia was unlikely.")
    assert ("REQUEST", "GEO", None) in triples(text) or ("DEMAND", "GEO", None) in triples(text)
    assert not any(t == "RUS" for e, s, t in triples(text) if e in ("REQUEST", "DEMAND"))


def test_events67_appeal_to_a_side_for_calm_keeps_its_addressee() -> None:
    # guard: an addressee in the appeal's own "to" phrase stays its target
    text = "France appealed to Mali for calm after the coup."
    assert not any(s == "FRA" and t == "FRA" for e, s, t in triples(text))


def test_events67_units_moved_by_a_state_keep_its_target() -> None:
    # guard: a deployment of bare "units" is no act of force; its target stays the state it is aimed at
    text = "Armenia moved armoured units closer to its border with Azerbaijan, the Armenian army chief said."
    assert not any(e == "MOBILIZE" and s == t for e, s, t in triples(text))
