"""Roles withheld where the article gives no sign of casting anyone (round 43, issue 17: "Roles are a constant").

Every sentence here is invented."""

from __future__ import annotations

from spinscope import analyze
from spinscope.components.roles_gate43 import RolesGate43, no_casting_reason43
from spinscope.document import ArticleInput, Document
from spinscope.result import Actor, ActorRole, Genre, Narrative
from spinscope.settings import DEFAULT_COMPONENTS

MATCH_REPORT = ("Marlow beat Eastfield by six wickets at Kingsbury Oval on Sunday. Opener Tom Hale made 84 before "
                "he was caught at slip, and Hale said the pitch had helped the quicker bowlers. Eastfield captain "
                "Rob Dancer took three wickets, but Dancer said his side had dropped too many catches. Marlow now "
                "lead the table by four points, and Hale will open again in Friday's match against Dunmore.")
WAR_REPORT = ("Russian forces shelled the outskirts of Kharkiv overnight, the regional governor said. The Kremlin "
              "did not comment, and officials in Kyiv said repair crews had restored power by morning.")
WAR_OPINION = ("Russia wants the world to believe its shelling of Kharkiv is defence. It is a lie, and every "
               "government that keeps buying Kremlin gas is paying for it.")


def _doc(text: str, narratives: list[str], genre: str) -> Document:
    doc = Document(text=text, meta=ArticleInput(text=text))
    role = ActorRole(label="Antagonist", score=0.9, evidence="roles.v1:test")
    doc.actors = [Actor(name="Russia", type="country", score=0.9, evidence="test", roles=[role]),
                  Actor(name="Kharkiv", type="location", score=0.9, evidence="test")]
    doc.narratives = [Narrative(label=label, score=0.7, evidence="test") for label in narratives]
    doc.genre = Genre(label=genre, score=0.8, evidence="test")  # type: ignore[arg-type]
    doc.warn("roles.v1", "W501", "stand-in")
    return doc


def test_an_article_outside_both_domains_gives_a_reason() -> None:
    reason = no_casting_reason43(MATCH_REPORT)
    assert reason is not None and "neither" in reason


def test_a_war_report_keeps_its_roles_whatever_its_narratives() -> None:
    """Round 43 measured withholding roles in in-domain reports with no known narrative: it lost correct roles."""
    assert no_casting_reason43(WAR_REPORT) is None and no_casting_reason43(WAR_OPINION) is None


def test_the_component_removes_the_roles_and_replaces_the_warning() -> None:
    doc = RolesGate43()(_doc(MATCH_REPORT, ["Other"], "reporting"))
    assert not any(a.roles for a in doc.actors) and [a.name for a in doc.actors] == ["Russia", "Kharkiv"]
    assert [e.code for e in doc.errors] == ["W543"]


def test_the_component_leaves_an_in_domain_report_alone() -> None:
    doc = RolesGate43()(_doc(WAR_REPORT, ["Other"], "reporting"))
    assert [a.name for a in doc.actors if a.roles] == ["Russia"]
    assert [e.code for e in doc.errors] == ["W501"]


def test_the_gate_runs_after_narratives_by_default() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("roles_gate43.v1") > names.index("narratives.v1") > names.index("roles.v1")


def test_analyze_casts_nobody_in_a_match_report() -> None:
    result = analyze(MATCH_REPORT)
    assert result.actors and not any(a.roles for a in result.actors)
    assert "W543" in [e.code for e in result.errors] and "W501" not in [e.code for e in result.errors]


def test_without_the_gate_the_match_report_is_cast() -> None:
    """The same article through the pipeline without roles_gate43.v1: the role model alone casts it."""
    components = [c for c in DEFAULT_COMPONENTS if c != "roles_gate43.v1"]
    result = analyze(MATCH_REPORT, components=components)
    assert any(a.roles for a in result.actors)
