"""Actor networks: actors as nodes, events as edges (PLOVER type, count, voice), per article or per corpus.

:func:`article_network` reads one result; :func:`corpus_network` merges many by actor name. Each node is put
on a side (0 or 1) by a signed-graph split: cooperative events (AGREE ... CONCEDE) pull their two actors onto
one side, hostile ones (ACCUSE ... ASSAULT) push them apart, and a person or agency stands with its country.

Each edge carries one event mode (asserted, reported, planned, hypothetical, negated): events of one type
between two actors in different modes are different edges. Negated and hypothetical events ("Moscow did not
threaten Tallinn", "Belarus could attack") did not happen: their edges are kept, marked ``realised: false``,
left out of the split and drawn dashed and grey, so they never count as hostility or cooperation.

Exports: :func:`to_json` and :func:`to_graphml`; :func:`layout` places the nodes for an SVG drawing
(side 0 on the left, side 1 on the right, the rest in the middle), so a page needs no script.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any
from xml.etree import ElementTree as ET

from .result import ArticleAnalysis

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
HOSTILE = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
                     "INVESTIGATE", "REQUEST"})
#: Weight of the tie between a person or agency and its own country in the side split.
COUNTRY_TIE = 2.0
#: A hostile event weighs more than a cooperative one in the split: adversaries also meet and talk.
HOSTILE_WEIGHT = 1.5
#: Passes of single-node moves that improve the split after the greedy start.
REFINE_PASSES = 5
#: Nodes drawn at most (the most connected first).
MAX_DRAWN_NODES = 24
AUTHOR = "author"
#: Modes of events that did not happen: kept as edges, left out of the sides and drawn apart.
UNREALISED_MODES = frozenset({"negated", "hypothetical"})


@dataclass
class NetworkNode:
    id: str
    type: str | None = None
    code: str | None = None
    country: str | None = None
    mentions: int = 0
    articles: int = 1
    role: str | None = None
    tone: float | None = None
    side: int | None = None


@dataclass
class NetworkEdge:
    source: str
    target: str
    label: str
    count: int = 0
    voices: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    mode: str = "asserted"

    @property
    def realised(self) -> bool:
        """Did the event happen (or is it reported or announced), rather than negated or hypothetical?"""
        return self.mode not in UNREALISED_MODES

    @property
    def sign(self) -> int:
        """+1 cooperative, -1 hostile, 0 neutral or unrealised (a negated attack is no hostility)."""
        if not self.realised:
            return 0
        return 1 if self.label in COOPERATIVE else -1 if self.label in HOSTILE else 0

    @property
    def polarity(self) -> int:
        """The sign of the event type alone, whatever the mode."""
        return 1 if self.label in COOPERATIVE else -1 if self.label in HOSTILE else 0


@dataclass
class ActorNetwork:
    nodes: list[NetworkNode] = field(default_factory=list)
    edges: list[NetworkEdge] = field(default_factory=list)

    def node(self, node_id: str) -> NetworkNode | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def side_of(self, node_id: str) -> int | None:
        node = self.node(node_id)
        return node.side if node is not None else None


def _voice(result: ArticleAnalysis, event: Any) -> str:
    if event.speaker is not None and event.speaker < len(result.actors):
        return str(result.actors[event.speaker].name)
    if event.voice is not None and event.voice < len(result.attributions):
        return result.attributions[event.voice].speaker_name or "unnamed source"
    return AUTHOR


def article_network(result: ArticleAnalysis) -> ActorNetwork:
    """The actors of one article that take part in an event or have a role, with their events."""
    actors = result.actors
    edges: dict[tuple[str, str, str, str], NetworkEdge] = {}
    involved: set[int] = set()
    for event in result.events:
        if event.actor is None or event.target is None or max(event.actor, event.target) >= len(actors) \
                or event.actor == event.target:
            continue
        src, tgt = actors[event.actor].name, actors[event.target].name
        edge = edges.setdefault((src, tgt, event.label, event.mode),
                                NetworkEdge(src, tgt, event.label, mode=event.mode))
        edge.count += 1
        if (voice := _voice(result, event)) not in edge.voices:
            edge.voices.append(voice)
        if event.mode not in edge.modes:
            edge.modes.append(event.mode)
        involved |= {event.actor, event.target}
    involved |= {i for i, a in enumerate(actors) if a.roles}
    nodes: dict[str, NetworkNode] = {}
    for i in sorted(involved):
        a = actors[i]
        role = a.roles[0].label if a.roles else None
        nodes.setdefault(a.name, NetworkNode(a.name, a.type, a.code, a.country, len(a.mentions), 1, role, a.tone))
    network = ActorNetwork(list(nodes.values()), sorted(edges.values(), key=lambda e: (-e.count, e.source)))
    assign_sides(network)
    return network


def corpus_network(results: Iterable[ArticleAnalysis]) -> ActorNetwork:
    """Article networks merged by actor name: node counts are articles, edge counts events, sides recomputed."""
    nodes: dict[str, NetworkNode] = {}
    edges: dict[tuple[str, str, str, str], NetworkEdge] = {}
    roles: dict[str, Counter[str]] = {}
    for result in results:
        net = article_network(result)
        for n in net.nodes:
            if n.id in nodes:
                nodes[n.id].articles += 1
                nodes[n.id].mentions += n.mentions
            else:
                nodes[n.id] = NetworkNode(n.id, n.type, n.code, n.country, n.mentions, 1)
            if n.role:
                roles.setdefault(n.id, Counter())[n.role] += 1
        for e in net.edges:
            merged = edges.setdefault((e.source, e.target, e.label, e.mode),
                                      NetworkEdge(e.source, e.target, e.label, mode=e.mode))
            merged.count += e.count
            merged.voices += [v for v in e.voices if v not in merged.voices]
            merged.modes += [m for m in e.modes if m not in merged.modes]
    for name, counter in roles.items():
        nodes[name].role = counter.most_common(1)[0][0]
    network = ActorNetwork(sorted(nodes.values(), key=lambda n: (-n.articles, n.id)),
                           sorted(edges.values(), key=lambda e: (-e.count, e.source)))
    assign_sides(network)
    return network


def assign_sides(network: ActorNetwork) -> None:
    """Split the nodes into two sides (0, 1) that agree with as many signed event ties as possible.

    Greedy: the most connected node starts side 0; each next node (most tie weight to placed nodes first)
    takes the side its placed neighbours vote for; then single nodes move while that helps. Nodes with no
    signed tie keep ``side = None``.
    """
    weights: dict[tuple[str, str], float] = {}

    def tie(a: str, b: str, w: float) -> None:
        if a != b:
            key = (a, b) if a < b else (b, a)
            weights[key] = weights.get(key, 0.0) + w

    for e in network.edges:
        if e.sign:  # unrealised (negated, hypothetical) edges have no sign
            tie(e.source, e.target, e.count * (1.0 if e.sign > 0 else -HOSTILE_WEIGHT))
    by_code = {n.code: n.id for n in network.nodes if n.type == "country" and n.code}
    for n in network.nodes:
        if n.type != "country" and n.country in by_code:
            tie(n.id, by_code[n.country], COUNTRY_TIE)
    neighbours: dict[str, dict[str, float]] = {}
    for (a, b), w in weights.items():
        if w:
            neighbours.setdefault(a, {})[b] = w
            neighbours.setdefault(b, {})[a] = w
    side: dict[str, int] = {}
    pending = set(neighbours)
    while pending:
        placed_weight = {n: sum(abs(w) for m, w in neighbours[n].items() if m in side) for n in pending}
        node = max(pending, key=lambda n: (placed_weight[n], sum(abs(w) for w in neighbours[n].values()), n))
        vote = sum(w * (1 if side[m] == 0 else -1) for m, w in neighbours[node].items() if m in side)
        side[node] = 0 if vote >= 0 else 1
        pending.discard(node)
    for _ in range(REFINE_PASSES):  # move single nodes while that satisfies more tie weight
        moved = False
        for node in sorted(side):
            vote = sum(w * (1 if side[m] == side[node] else -1) for m, w in neighbours[node].items())
            if vote < 0:
                side[node] = 1 - side[node]
                moved = True
        if not moved:
            break
    for n in network.nodes:
        n.side = side.get(n.id)


# ------------------------------------------------------------------------------------------------ exports


def to_dict(network: ActorNetwork) -> dict[str, Any]:
    return {"nodes": [asdict(n) for n in network.nodes],
            "edges": [{**asdict(e), "sign": e.sign, "realised": e.realised} for e in network.edges]}


def to_json(network: ActorNetwork) -> str:
    return json.dumps(to_dict(network), ensure_ascii=False, indent=1) + "\n"


GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = (("type", "string"), ("code", "string"), ("country", "string"), ("mentions", "int"),
              ("articles", "int"), ("role", "string"), ("tone", "double"), ("side", "int"))
_EDGE_KEYS = (("label", "string"), ("count", "int"), ("voices", "string"), ("modes", "string"),
              ("mode", "string"), ("realised", "boolean"))


def to_graphml(network: ActorNetwork) -> str:
    """GraphML (directed): node and edge attributes as typed keys; voices and modes joined with '; '."""
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
    for domain, keys in (("node", (("name", "string"), *_NODE_KEYS)), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, f"{{{GRAPHML_NS}}}key", id=f"{domain[0]}_{name}", attrib={
                "for": domain, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph", id="actors", edgedefault="directed")
    ids = {n.id: f"n{i}" for i, n in enumerate(network.nodes)}
    for n in network.nodes:
        el = ET.SubElement(graph, f"{{{GRAPHML_NS}}}node", id=ids[n.id])
        _data(el, "n_name", n.id)
        for name, _ in _NODE_KEYS:
            _data(el, f"n_{name}", getattr(n, name))
    for i, e in enumerate(network.edges):
        el = ET.SubElement(graph, f"{{{GRAPHML_NS}}}edge", id=f"e{i}", source=ids[e.source], target=ids[e.target])
        _data(el, "e_label", e.label)
        _data(el, "e_count", e.count)
        _data(el, "e_voices", "; ".join(e.voices))
        _data(el, "e_modes", "; ".join(e.modes))
        _data(el, "e_mode", e.mode)
        _data(el, "e_realised", str(e.realised).lower())
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _data(parent: ET.Element, key: str, value: object) -> None:
    if value is None:
        return
    ET.SubElement(parent, f"{{{GRAPHML_NS}}}data", key=key).text = str(value)


# ------------------------------------------------------------------------------------------------ drawing


#: Width of one character of a node label in the drawing's units (11-unit sans-serif text, generous).
LABEL_CHAR_WIDTH = 6.5


def layout(network: ActorNetwork, *, width: int = 640, height: int = 360) -> dict[str, Any]:
    """Positions for an SVG drawing: side 0 in the left column, side 1 in the right, unplaced in the middle.

    Returns ``{"width", "height", "view_x", "view_width", "nodes": [{id, x, y, r, side, role, anchor}], "edges":
    [{x1, y1, x2, y2, label, sign, width, title}]}`` (``view_x`` and ``view_width``: the horizontal extent of a
    viewBox that holds every label); labels are plain text, to be escaped by the template.
    """
    degree: Counter[str] = Counter()
    for e in network.edges:
        degree[e.source] += e.count
        degree[e.target] += e.count
    drawn = sorted(network.nodes, key=lambda n: (-degree[n.id], -n.mentions, n.id))[:MAX_DRAWN_NODES]
    columns: dict[int | None, list[NetworkNode]] = {0: [], None: [], 1: []}
    for n in drawn:
        columns[n.side].append(n)
    xs = {0: width * 0.2, None: width * 0.5, 1: width * 0.8}
    anchors = {0: "end", None: "middle", 1: "start"}
    rows = max((len(c) for c in columns.values()), default=1) or 1
    height = max(height, 40 + rows * 34)
    biggest = max((n.mentions for n in drawn), default=1) or 1
    points: dict[str, tuple[float, float]] = {}
    nodes = []
    # the drawing's box reaches the labels that stick out of the side columns ("Ukrainian Armed Forces" at the left
    # was cut off), estimated at LABEL_CHAR_WIDTH per character
    left, right = 0.0, float(width)
    for side, column in columns.items():
        step = (height - 40) / max(len(column), 1)
        for k, n in enumerate(column):
            # alternate nodes of a column inwards, so edges inside one side do not lie on one vertical line
            inward = 0.0 if side is None else (width * 0.12 if side == 0 else -width * 0.12)
            x, y = round(xs[side] + inward * (k % 2), 1), round(20 + step * (k + 0.5), 1)
            points[n.id] = (x, y)
            label_x = x + (-12 if side == 0 else 12 if side == 1 else 0)
            extent = LABEL_CHAR_WIDTH * len(n.id) + 4
            left = min(left, label_x - extent) if side == 0 else left
            right = max(right, label_x + extent) if side == 1 else right
            nodes.append({"id": n.id, "x": x, "y": y, "r": round(4 + 8 * n.mentions / biggest, 1), "side": side,
                          "role": n.role, "anchor": anchors[side], "label_x": label_x,
                          "label_y": y + (0 if side is not None else -12)})
    edges = []
    for e in network.edges:
        if e.source in points and e.target in points:
            (x1, y1), (x2, y2) = points[e.source], points[e.target]
            edges.append({"x1": x1, "y1": y1, "x2": x2, "y2": y2, "label": e.label, "sign": e.sign,
                          "width": min(1 + e.count, 5), "mode": e.mode, "dashed": not e.realised,
                          "title": f"{e.source} {e.label} {e.target} ({e.count}×; {e.mode}"
                                   f"{'' if e.realised else ', did not happen: not counted in the sides'}; "
                                   f"voice: {', '.join(e.voices)})"})
    return {"width": width, "height": height, "nodes": nodes, "edges": edges,
            "view_x": round(left, 1), "view_width": round(right - left, 1),
            "sides": {0: [n.id for n in columns[0]], 1: [n.id for n in columns[1]]}}
