"""A standalone HTML report per article: an overview of the findings, then the text with each finding highlighted.

The report is one file with inline CSS and JS: no network, no CDN. Every piece of article text goes through
Jinja's autoescaping (the embedded data through ``tojson``, which escapes ``<``, ``>`` and ``&``); the only
script is our own, allowed by its hash in the page's Content-Security-Policy, so nothing in an article can run.

A *finding* is one thing the analysis reports (a technique, an attribution, a check-worthy claim, an actor, an
event, a narrative's or frame's evidence). It may cover several ranges of the text (an attribution's speaker,
cue and content; an actor's mentions). The text is cut into *pieces* at every range boundary; each piece lists
the findings covering it, narrowest first, so the page can show exactly one finding on hover and cycle through
the others on click.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import jinja2

from ..result import ArticleAnalysis, Event, TextRange
from ..taxonomy import categories, technique_info, techniques

#: The layers shown in the text, in legend order, with their display names.
LAYERS = {
    "techniques": "Persuasion techniques",
    "attributions": "Quotes and attributions",
    "claims": "Check-worthy claims",
    "actors": "Actors",
    "events": "Events",
    "narratives": "Narrative and frame evidence",
}
#: The layer of every plugin's findings (result.extensions), shown when a result has any.
PLUGIN_LAYER = ("extensions", "Plugin layers")
#: Layers drawn when the report opens; the others are one click away.
DEFAULT_LAYERS = ("techniques",)
#: How many items each line of the overview shows.
OVERVIEW_ITEMS = 5
#: Plural forms that are not the singular plus "s".
IRREGULAR_PLURALS = {"category": "categories", "is": "are", "was": "were", "this": "these", "person": "people"}


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """``"1 quote"``, ``"2 quotes"``, ``"0 categories"``: the count with the noun in the right number."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {plural_form or IRREGULAR_PLURALS.get(noun) or noun + 's'}"


@dataclass
class Finding:
    """One reported finding: its layer, label, tooltip text and the text ranges it covers."""

    id: int
    layer: str
    label: str
    tip: str
    ranges: list[tuple[int, int]]
    where: str = "text"  # "title" or "text"
    score: float = 0.0
    evidence: str = ""
    category: str = ""
    detail: str = ""
    index: int = -1  # position in the result's list of its kind (actors, attributions, ...)
    quote: str = ""  # the text of the first range

    @property
    def anchor(self) -> str:
        return f"f{self.id}"

    @property
    def start(self) -> int:
        return min(s for s, _ in self.ranges)

    @property
    def extent(self) -> int:
        return sum(e - s for s, e in self.ranges)


@dataclass
class Piece:
    text: str
    findings: list[Finding] = field(default_factory=list)
    starts: list[Finding] = field(default_factory=list)  # findings whose first range begins here

    @property
    def layers(self) -> list[str]:
        return sorted({f.layer for f in self.findings})

    @property
    def ids(self) -> str:
        """Covering finding ids, narrowest first: the one a hover shows."""
        ordered = sorted(self.findings, key=lambda f: (f.extent, -f.score, f.id))
        return " ".join(str(f.id) for f in ordered)

    @property
    def classes(self) -> str:
        names = [f"l-{layer}" for layer in self.layers]
        techs = sorted((f for f in self.findings if f.layer == "techniques"), key=lambda f: (f.extent, -f.score, f.id))
        if techs:
            names.append(f"c-{techs[0].category or 'other'}")
            if len(techs) > 1:
                names.append("multi")
        return " ".join(names)


def event_sentence(result: ArticleAnalysis, event: Event) -> str:
    """``"Belarus THREATEN Ukraine: hypothetical, said by the Belarusian Foreign Ministry"``."""
    actor = result.actors[event.actor].name if event.actor is not None else "(no actor)"
    target = f" {result.actors[event.target].name}" if event.target is not None else ""
    voice = "the author"
    if event.voice is not None and event.voice < len(result.attributions):
        a = result.attributions[event.voice]
        voice = a.speaker_name or (result.span_text(a.speaker) if a.speaker else "an unnamed source")
    elif event.speaker is not None:
        voice = result.actors[event.speaker].name
    return f"{actor} {event.label}{target}: {event.mode}, said by {voice}"


def source_name(result: ArticleAnalysis, index: int) -> str:
    return result.speaker_label(result.attributions[index])


def collect_findings(result: ArticleAnalysis) -> list[Finding]:
    """Every finding of the result that has a place in the title or the text, in layer order."""
    found: list[Finding] = []

    def add(layer: str, label: str, head: str, ranges: list[tuple[int, int]], score: float, evidence: str, *,
            where: str = "text", category: str = "", detail: str = "", index: int = -1) -> None:
        ranges = sorted((s, e) for s, e in ranges if e > s)
        if not ranges:
            return
        tip = f"[{dict((PLUGIN_LAYER,)).get(layer) or LAYERS[layer]}] {head}\n(score {score:.2f}; evidence: {evidence})"
        source = (result.article.title or "") if where == "title" else result.article.text
        quote = source[ranges[0][0]:ranges[0][1]]
        found.append(Finding(len(found), layer, label, tip, ranges, where, score, evidence, category, detail,
                             index, quote))

    for where, spans in (("title", result.title_techniques), ("text", result.techniques)):
        for t in spans:
            info = technique_info(t.label)
            category = (info or {}).get("category", "") or (t.category or "")
            name = categories().get(category, "")
            head = t.label.replace("_", " ") + (f" · {name}" if name else "")
            if info:
                head += f"\n{info['definition']}"
            if where == "title":
                head += "\n(in the title)"
            add("techniques", t.label, head, [(t.start, t.end)], t.score, t.evidence, where=where, category=category)
    for i, a in enumerate(result.attributions):
        who = result.speaker_label(a)
        kind = "quote" if a.kind == "direct" else f"{a.kind.replace('_', ' ')} attribution"
        facts = " · ".join(x for x in (a.source_type, a.source_country, "state-affiliated" if a.state_affiliated
                                       else None, None if a.named else "unnamed") if x)
        head = f"{kind} by {who}" + (f" ({facts})" if facts else "")
        parts = [(p.start, p.end) for p in (a.content, a.speaker, a.cue) if p is not None]
        add("attributions", a.kind, head, parts, a.score, a.evidence, detail=who, index=i)
    for i, c in enumerate(result.claims):
        if c.label != "checkworthy":  # every sentence is classed; only check-worthy claims are listed
            continue
        voice = "unattributed" if c.attribution is None else f"attributed to {source_name(result, c.attribution)}"
        add("claims", c.label, f"check-worthy claim, {voice}", [(c.start, c.end)], c.score, c.evidence, detail=voice,
            index=i)
    for i, actor in enumerate(result.actors):
        role = actor.roles[0].label if actor.roles else ""
        facts = " · ".join(x for x in (actor.type, actor.country, role,
                                       f"tone {actor.tone:+.2f}" if actor.tone is not None else None) if x)
        head = f"{actor.name} ({facts}), {plural(len(actor.mentions), 'mention')}"
        add("actors", actor.type, head, [(m.start, m.end) for m in actor.mentions], actor.score, actor.evidence,
            detail=role, index=i)
    for i, e in enumerate(result.events):
        sentence = event_sentence(result, e)
        add("events", e.label, sentence + (f" (CAMEO {e.cameo})" if e.cameo else ""), [(e.start, e.end)], e.score,
            e.evidence, detail=sentence, index=i)
    for i, n in enumerate(result.narratives):
        if n.label == "Other":
            continue
        add("narratives", n.label, f"narrative: {n.label}", [(s.start, s.end) for s in n.supporting], n.score,
            n.evidence, detail=n.domain or "", index=i)
    for i, fr in enumerate(result.frames):
        add("narratives", f"frame: {fr.label}", f"frame: {fr.label.replace('_', ' ')}",
            [(s.start, s.end) for s in fr.supporting], fr.score, fr.evidence, index=i)
    for name, ext in result.extensions.items():
        for i, span in enumerate(ext.spans):
            add(PLUGIN_LAYER[0], span.label, f"{name}: {span.label}", [(span.start, span.end)], span.score,
                span.evidence, detail=name, index=i)
    return found


def split_pieces(text: str, rng: TextRange, findings: list[Finding]) -> list[Piece]:
    """Cut ``text[rng]`` at every range boundary; each piece knows the findings covering it."""
    spans = [(s, e, f) for f in findings for s, e in f.ranges if s < rng.end and e > rng.start]
    cuts = {rng.start, rng.end}
    for s, e, _ in spans:
        cuts.update((max(s, rng.start), min(e, rng.end)))
    starts: dict[int, list[Finding]] = {}
    for f in findings:
        if rng.start <= f.start < rng.end:
            starts.setdefault(f.start, []).append(f)
    # A sweep over the cuts: ``active`` holds the ranges open at the current cut (every range boundary is a
    # cut, so a range open at a piece's start covers the whole piece).
    spans.sort(key=lambda x: x[0])
    pieces: list[Piece] = []
    active: list[tuple[int, int, Finding]] = []
    nxt = 0
    for a, b in itertools.pairwise(sorted(cuts)):
        while nxt < len(spans) and spans[nxt][0] <= a:
            active.append(spans[nxt])
            nxt += 1
        active = [x for x in active if x[1] > a]
        covering = list({f.id: f for _, _, f in active}.values())
        pieces.append(Piece(text[a:b], covering, starts.get(a, [])))
    return pieces


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    loader = jinja2.FunctionLoader(
        lambda name: resources.files("spinscope.report").joinpath("templates", name).read_text("utf-8")
    )
    env = jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True)
    add_filters(env)
    return env


def add_filters(env: jinja2.Environment) -> None:
    """The filters the article view uses, for any environment that renders it (the web app's too)."""
    env.filters["plural"] = plural
    env.filters["quoted"] = quoted


def quoted(text: str) -> str:
    """``text`` in quotation marks, unless it already begins with one (a quote, a slogan in quotes)."""
    return text if text[:1] in "\"“‘'«„" else f"“{text}”"


def asset(name: str) -> str:
    """A static asset of the report (report.css, report.js), shared with the web app."""
    return resources.files("spinscope.report").joinpath("templates", name).read_text("utf-8")


def _overview(result: ArticleAnalysis, findings: list[Finding]) -> dict[str, Any]:
    """The summary above the text: each item with the finding it links to."""
    by_layer: dict[str, list[Finding]] = {layer: [] for layer in LAYERS}
    for f in findings:
        by_layer.setdefault(f.layer, []).append(f)
    techs = by_layer["techniques"]
    per_category = Counter(f.category for f in techs)
    grouped: dict[str, list[Finding]] = {}
    for f in techs:
        grouped.setdefault(f.label, []).append(f)
    top = sorted(grouped.items(), key=lambda kv: (-max(f.score for f in kv[1]), kv[0]))
    top_techniques = [{"label": label.replace("_", " "), "count": len(fs), "category": fs[0].category,
                       "best": max(fs, key=lambda f: f.score)} for label, fs in top[:OVERVIEW_ITEMS]]
    actor_list = [(result.actors[f.index], f) for f in by_layer["actors"]]
    actor_list.sort(key=lambda af: (-len(af[0].mentions), af[0].name))
    narrative_links = {f.label: f for f in by_layer["narratives"]}
    first_attr: dict[str, Finding] = {}
    for f in by_layer["attributions"]:
        first_attr.setdefault(f.detail, f)
    unnamed = next((f for f in by_layer["attributions"] if not result.attributions[f.index].named), None)
    unattributed = next((f for f in by_layer["claims"] if f.detail == "unattributed"), None)
    return {
        "category_counts": [(key, name, per_category.get(key, 0)) for key, name in categories().items()],
        "top_techniques": top_techniques,
        "technique_kinds": len(grouped),
        "actors": actor_list[:OVERVIEW_ITEMS],
        "narratives": [(n, narrative_links.get(n.label)) for n in result.narratives if n.label != "Other"],
        "frames": [(f, narrative_links.get(f"frame: {f.label}")) for f in result.frames[:3]],
        "source_links": first_attr,
        "unnamed_link": unnamed,
        "unattributed_link": unattributed,
    }


def _export_rows(result: ArticleAnalysis, findings: list[Finding]) -> list[dict[str, Any]]:
    """One row per finding for the CSV export (the page neutralises formula cells when it writes them)."""
    rows = []
    for f in findings:
        s, e = f.ranges[0]
        rows.append({"layer": f.layer, "label": f.label, "category": f.category, "where": f.where, "start": s,
                     "end": e, "text": f.quote, "score": round(f.score, 4), "evidence": f.evidence,
                     "detail": f.detail})
    return rows


def article_context(result: ArticleAnalysis) -> dict[str, object]:
    """What the shared article view (_article.html.j2) needs to render one result."""
    text = result.article.text
    findings = collect_findings(result)
    body = [f for f in findings if f.where == "text"]
    paragraphs = result.article.paragraphs or [TextRange(start=0, end=len(text))]
    title = result.article.title or ""
    title_findings = [f for f in findings if f.where == "title"]
    layers = dict(LAYERS)
    if result.extensions:
        layers[PLUGIN_LAYER[0]] = PLUGIN_LAYER[1]
    counts = dict.fromkeys(layers, 0)
    for f in findings:
        counts[f.layer] += 1
    by_layer: dict[str, list[Finding]] = {layer: [] for layer in layers}
    for f in findings:
        by_layer[f.layer].append(f)
    return {
        "r": result,
        "title_pieces": split_pieces(title, TextRange(start=0, end=len(title)), title_findings) if title else [],
        "paragraphs": [split_pieces(text, p, body) for p in paragraphs],
        "layers": layers,
        "default_layers": DEFAULT_LAYERS,
        "counts": counts,
        "findings": by_layer,
        "finding_data": {str(f.id): {"layer": f.layer, "tip": f.tip} for f in findings},
        "export_rows": _export_rows(result, findings),
        "overview": _overview(result, findings),
        "event_sentence": event_sentence,
        "technique_info": technique_info,
        "categories": categories(),
        "technique_list": techniques(),
        "network_layout": _network_layout,
        "plural": plural,
    }


def _network_layout(result: ArticleAnalysis) -> dict[str, object]:
    """The article's actor network placed for the inline SVG of the report (spinscope.network)."""
    from ..network import article_network, layout

    return layout(article_network(result))


def render_html(result: ArticleAnalysis) -> str:
    """Render one result as a self-contained HTML page."""
    script = asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    template = _environment().get_template("report.html.j2")
    return template.render(**article_context(result), css=asset("report.css"), script=script,
                           script_hash=f"sha256-{digest}")
