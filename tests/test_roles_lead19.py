"""Roles outside the two domains the role model was measured on carry a warning (issue 17: roles in neutral news
came out as a constant Antagonist)."""

from __future__ import annotations

from spinscope import analyze
from spinscope.settings import DEFAULT_COMPONENTS

NEUTRAL = ("The city of Valdora opened a new bridge on Monday. The mayor, Ana Ruiz, said the bridge would cut "
           "traffic. Critics in the council said the bridge cost too much and blamed the contractor, Brixton Ltd, "
           "for delays.")
IN_DOMAIN = ("Russia launched a wave of drones at Kyiv overnight. Ukraine's air force said it shot down most of "
             "them, and President Volodymyr Zelensky asked the allies for more air defence.")


def test_roles_in_an_article_outside_both_domains_are_flagged():
    # without roles_gate43.v1 (round 43), which withholds these roles in the default pipeline (W543 instead)
    result = analyze(NEUTRAL, components=[c for c in DEFAULT_COMPONENTS if c != "roles_gate43.v1"])
    assert any(a.roles for a in result.actors)
    assert [w.code for w in result.errors if w.component == "roles.v1"] == ["W501"]


def test_roles_in_a_war_article_carry_no_such_warning():
    result = analyze(IN_DOMAIN)
    assert not [w for w in result.errors if w.code == "W501"]
