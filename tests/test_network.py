"""spinscope.network: actor graphs with events as edges, sides, JSON/GraphML export, the SVG in the report."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from spinscope.cli import cli
from spinscope.network import GRAPHML_NS, article_network, corpus_network, layout, to_graphml, to_json
from spinscope.result import (
    Actor,
    ActorRole,
    ArticleAnalysis,
    ArticleInfo,
    Attribution,
    Event,
    Provenance,
    Span,
)

HOSTILE_NAME = "<script>alert('x')</script> Front"
TEXT = ("Alpha helped Beta. Gamma attacked Beta. Alpha met Delta. The envoy said Gamma threatened Alpha. "
        f"{HOSTILE_NAME} backed Gamma.")


def _span(start: int, end: int, label: str = "x") -> Span:
    return Span(start=start, end=end, label=label, score=0.9, evidence="test")


def _actor(name: str, *, type_: str = "country", code: str | None = None, country: str | None = None,
           role: str | None = None) -> Actor:
    pos = TEXT.index(name)
    roles = [ActorRole(label=role, score=0.8, evidence="test")] if role else []  # type: ignore[arg-type]
    return Actor(name=name, type=type_, code=code, country=country, score=0.9, evidence="test",
                 mentions=[_span(pos, pos + len(name))], roles=roles)


def _event(label: str, actor: int, target: int, *, mode: str = "asserted", voice: int | None = None) -> Event:
    return Event(start=0, end=5, label=label, score=0.8, evidence="test", actor=actor, target=target,
                 mode=mode, voice=voice)  # type: ignore[arg-type]


@pytest.fixture()
def result() -> ArticleAnalysis:
    actors = [_actor("Alpha", code="AAA", role="Protagonist"), _actor("Beta", code="BBB"),
              _actor("Gamma", code="GGG", role="Antagonist"), _actor("Delta", code="DDD"),
              _actor(HOSTILE_NAME, type_="armed_group")]
    quote = TEXT.index("Gamma threatened")
    envoy = TEXT.index("The envoy")
    attributions = [Attribution(start=envoy, end=quote + 24, label="indirect", score=0.9, evidence="test",
                                kind="indirect", content=_span(quote, quote + 24), speaker_name="the envoy")]
    events = [_event("AID", 0, 1), _event("ASSAULT", 2, 1), _event("CONSULT", 0, 3), _event("CONSULT", 0, 3),
              _event("THREATEN", 2, 0, mode="reported", voice=0), _event("SUPPORT", 4, 2)]
    return ArticleAnalysis(article=ArticleInfo(id="t", text=TEXT), actors=actors, events=events,
                           attributions=attributions, provenance=Provenance(spinscope_version="test"))


def test_network_edges_carry_type_count_voice(result):
    net = article_network(result)
    consult = next(e for e in net.edges if e.label == "CONSULT")
    assert (consult.source, consult.target, consult.count, consult.voices) == ("Alpha", "Delta", 2, ["author"])
    threat = next(e for e in net.edges if e.label == "THREATEN")
    assert threat.voices == ["the envoy"] and threat.modes == ["reported"]


def test_network_sides_follow_cooperation_and_hostility(result):
    net = article_network(result)
    side = {n.id: n.side for n in net.nodes}
    assert side["Alpha"] == side["Beta"] == side["Delta"]
    assert side["Gamma"] == side[HOSTILE_NAME] != side["Alpha"]


def test_network_negated_event_does_not_split(result):
    events = [_event("ASSAULT", 0, 1, mode="negated"), _event("AID", 0, 1)]
    net = article_network(result.model_copy(update={"events": events}))
    assert net.side_of("Alpha") == net.side_of("Beta")


@pytest.mark.parametrize("mode", ["negated", "hypothetical"])
def test_network_unrealised_events_are_apart_and_not_hostile(result, mode):
    """A negated or hypothetical attack is its own edge, marked unrealised, with no sign: it does not split."""
    events = [_event("ASSAULT", 0, 1, mode=mode), _event("ASSAULT", 0, 1), _event("AID", 0, 2)]
    net = article_network(result.model_copy(update={"events": events}))
    by_mode = {e.mode: e for e in net.edges if e.label == "ASSAULT"}
    assert set(by_mode) == {mode, "asserted"}
    assert by_mode[mode].realised is False and by_mode[mode].sign == 0 and by_mode[mode].polarity == -1
    assert by_mode["asserted"].realised is True and by_mode["asserted"].sign == -1
    data = json.loads(to_json(net))
    assert {(e["mode"], e["realised"]) for e in data["edges"] if e["label"] == "ASSAULT"} == {
        (mode, False), ("asserted", True)}
    assert f"<data key=\"e_mode\">{mode}</data>" in to_graphml(net)
    drawn = [e for e in layout(net)["edges"] if e["label"] == "ASSAULT"]
    assert {(e["mode"], e["dashed"]) for e in drawn} == {(mode, True), ("asserted", False)}
    assert any("did not happen" in e["title"] for e in drawn if e["dashed"])


def test_network_only_hypothetical_hostility_draws_no_sides(result):
    events = [_event("THREATEN", 0, 1, mode="hypothetical"), _event("ASSAULT", 0, 1, mode="negated")]
    net = article_network(result.model_copy(update={"events": events}))
    assert net.side_of("Alpha") is None and net.side_of("Beta") is None
    assert len(net.edges) == 2


def test_network_person_stands_with_its_country():
    text = "Ruler Xan of Avia met Bolan. Avia attacked Bolan."
    actors = [Actor(name="Ruler Xan", type="person", code="AVIGOV", country="AVI", score=0.9, evidence="t",
                    mentions=[_span(0, 9)]),
              Actor(name="Avia", type="country", code="AVI", country="AVI", score=0.9, evidence="t",
                    mentions=[_span(13, 17)]),
              Actor(name="Bolan", type="country", code="BOL", country="BOL", score=0.9, evidence="t",
                    mentions=[_span(22, 27)])]
    events = [Event(start=0, end=5, label="CONSULT", score=0.8, evidence="t", actor=0, target=2),
              Event(start=29, end=35, label="ASSAULT", score=0.8, evidence="t", actor=1, target=2)]
    r = ArticleAnalysis(article=ArticleInfo(id="p", text=text), actors=actors, events=events,
                        provenance=Provenance(spinscope_version="t"))
    net = article_network(r)
    # one hostile event and the country tie outweigh one meeting
    assert net.side_of("Ruler Xan") == net.side_of("Avia") != net.side_of("Bolan")


def test_network_json_round_trip(result):
    data = json.loads(to_json(article_network(result)))
    assert {n["id"] for n in data["nodes"]} == {"Alpha", "Beta", "Gamma", "Delta", HOSTILE_NAME}
    assert {(e["source"], e["label"], e["target"], e["sign"]) for e in data["edges"]} >= {
        ("Alpha", "AID", "Beta", 1), ("Gamma", "ASSAULT", "Beta", -1)}


def test_network_graphml_parses_and_escapes(result):
    xml = to_graphml(article_network(result))
    root = ET.fromstring(xml)
    ns = {"g": GRAPHML_NS}
    names = [d.text for d in root.iterfind(".//g:node/g:data[@key='n_name']", ns)]
    assert HOSTILE_NAME in names
    assert "<script>" not in xml
    edges = root.findall(".//g:edge", ns)
    assert len(edges) == len(article_network(result).edges)
    labels = {d.text for d in root.iterfind(".//g:edge/g:data[@key='e_label']", ns)}
    assert {"AID", "ASSAULT", "CONSULT", "THREATEN", "SUPPORT"} == labels


def test_network_corpus_merges_articles(result):
    net = corpus_network([result, result])
    alpha = net.node("Alpha")
    assert alpha is not None and alpha.articles == 2
    assert next(e for e in net.edges if e.label == "CONSULT").count == 4


def test_network_layout_puts_sides_apart(result):
    drawn = layout(article_network(result))
    xs = {n["id"]: n["x"] for n in drawn["nodes"]}
    assert xs["Alpha"] != xs["Gamma"]
    assert len(drawn["edges"]) == 5


def test_network_layout_box_holds_every_label():
    # long names at the left column end left of it; the drawing's box must reach them, not cut them off
    from spinscope.network import ActorNetwork, NetworkEdge, NetworkNode

    names = ("Ukrainian Armed Forces of the South", "Belarus", "Center for International Security Studies", "Xi")
    net = ActorNetwork(nodes=[NetworkNode(id=name, mentions=2, side=k % 2) for k, name in enumerate(names)],
                       edges=[NetworkEdge(source=names[0], target=names[1], label="THREATEN", count=1)])
    drawn = layout(net)
    long_left = [n for n in drawn["nodes"] if n["anchor"] == "end" and n["label_x"] - 6 * len(n["id"]) < 0]
    assert long_left  # the case this test is about
    for n in drawn["nodes"]:
        extent = 6 * len(n["id"])  # at least this wide at the 11-unit font
        if n["anchor"] == "end":
            assert drawn["view_x"] <= n["label_x"] - extent, (n["id"], drawn["view_x"])
        elif n["anchor"] == "start":
            assert drawn["view_x"] + drawn["view_width"] >= n["label_x"] + extent, (n["id"], drawn["view_width"])


def test_network_html_report_draws_escaped_svg(result):
    from spinscope.report.html import render_html

    html = render_html(result)
    section = html[html.index('id="network"'):]
    assert "<svg" in section and "<line" in section
    assert "<script>alert('x')" not in html
    assert "&lt;script&gt;alert(" in section


def test_network_cli_reads_a_result_json(tmp_path, result):
    src = tmp_path / "result.json"
    src.write_text(result.model_dump_json(), encoding="utf-8")
    out = tmp_path / "net.graphml"
    run = CliRunner().invoke(cli, ["network", str(src), "--format", "graphml", "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert ET.parse(out).getroot().tag == f"{{{GRAPHML_NS}}}graphml"
    run = CliRunner().invoke(cli, ["network", str(src)])
    assert run.exit_code == 0 and json.loads(run.output)["edges"]


def test_network_cli_bad_json_is_one_line_error(tmp_path):
    src = tmp_path / "bad.json"
    src.write_text("{not json", encoding="utf-8")
    run = CliRunner().invoke(cli, ["network", str(src)])
    assert run.exit_code == 1
    assert "not a spinscope result JSON" in run.output and "Traceback" not in run.output


@pytest.mark.slow
def test_network_opinion_article_sides(opinion_article):
    """Acceptance: Russia, Belarus and China on one side. The article's hostility toward Ukraine is all
    hypothetical ("if ..., Belarus will respond"): those edges are kept but unrealised, so they neither draw
    Ukraine to the other side nor count as hostility (issue 17)."""
    from spinscope import load_pipeline

    pipeline = load_pipeline(["language.v1", "segment.v1", "entities.v1", "actors.v1", "events.v1"])
    from spinscope.ingest.readers import read_file

    article = next(iter(read_file(opinion_article)))
    net = article_network(pipeline(article))  # type: ignore[arg-type]
    sides = {name: net.side_of(name) for name in ("Russia", "Belarus", "China", "Ukraine")}
    assert sides["Russia"] is not None
    assert sides["Russia"] == sides["Belarus"] == sides["China"]
    threats = [e for e in net.edges if e.label == "THREATEN" and e.source == "Belarus"]
    assert threats and all(e.mode == "hypothetical" and not e.realised and e.sign == 0 for e in threats)


def test_network_cli_missing_file_is_one_line_error(tmp_path):
    run = CliRunner().invoke(cli, ["network", str(tmp_path / "missing.txt"), "--components", "segment.v1"])
    assert run.exit_code == 1
    assert run.output.count("missing.txt") == 1 and "Traceback" not in run.output


@pytest.mark.slow
def test_network_cli_analyzes_a_text_article(tmp_path):
    src = tmp_path / "a.txt"
    text = "Border\n\nBelarus supported Russia. Poland accused Minsk of staging the crisis.\n"
    src.write_text(text, encoding="utf-8")
    run = CliRunner().invoke(cli, ["network", str(src), "--components",
                                   "language.v1,segment.v1,entities.v1,actors.v1,events.v1"])
    assert run.exit_code == 0, run.output
    data = json.loads(run.stdout)
    side = {n["id"]: n["side"] for n in data["nodes"]}
    assert side["Belarus"] == side["Russia"] != side["Poland"]
