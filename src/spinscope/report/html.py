"""A standalone HTML report per article: the text with every finding highlighted by layer.

The report is one file with inline CSS and JS: no network, no CDN. Every piece of article text goes
through Jinja's autoescaping; the only script is our own, allowed by its hash in the page's
Content-Security-Policy, so nothing in an article can run.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import jinja2

from ..result import ArticleAnalysis, Span, TextRange
from ..taxonomy import categories, technique_info, techniques

#: The layers shown in the text, in legend order, with their display names.
LAYERS = {
    "techniques": "Persuasion techniques",
    "attributions": "Quotes and attributions",
    "claims": "Claims",
    "actors": "Actors",
    "events": "Events",
}


@dataclass
class Mark:
    start: int
    end: int
    layer: str
    label: str
    tip: str


@dataclass
class Piece:
    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def layers(self) -> list[str]:
        return sorted({m.layer for m in self.marks})

    @property
    def tip(self) -> str:
        return "\n".join(m.tip for m in self.marks)

    @property
    def classes(self) -> str:
        names = [f"l-{layer}" for layer in self.layers]
        names += sorted({f"t-{m.label}" for m in self.marks if m.layer == "techniques"})
        return " ".join(names)


def _tip(layer: str, span: Span, extra: str = "") -> str:
    head = span.label.replace("_", " ")
    info = technique_info(span.label) if layer == "techniques" else None
    definition = f" — {info['definition']}" if info else ""
    extra = f" {extra}" if extra else ""
    return f"[{LAYERS[layer]}] {head}{definition}{extra} (score {span.score:.2f}; evidence: {span.evidence})"


def collect_marks(result: ArticleAnalysis) -> list[Mark]:
    """Every highlightable span of the result, flattened into marks."""
    marks: list[Mark] = []
    for t in result.techniques:
        marks.append(Mark(t.start, t.end, "techniques", t.label, _tip("techniques", t)))
    for a in result.attributions:
        who = f"speaker: {a.speaker_name}" if a.speaker_name else ""
        marks.append(Mark(a.content.start, a.content.end, "attributions", a.kind, _tip("attributions", a, who)))
        for part in (a.speaker, a.cue):
            if part is not None:
                marks.append(Mark(part.start, part.end, "attributions", part.label, _tip("attributions", part)))
    for c in result.claims:
        if c.label != "checkworthy":  # every sentence is classed; only check-worthy claims are highlighted
            continue
        voice = "unattributed" if c.attribution is None else (
            f"attributed to {result.attributions[c.attribution].speaker_name or 'an unnamed source'}")
        marks.append(Mark(c.start, c.end, "claims", c.label, _tip("claims", c, voice)))
    for actor in result.actors:
        for m in actor.mentions:
            marks.append(Mark(m.start, m.end, "actors", actor.type, _tip("actors", m, f"→ {actor.name}")))
    for e in result.events:
        marks.append(Mark(e.start, e.end, "events", e.label, _tip("events", e, f"({e.mode})")))
    return [m for m in marks if m.end > m.start]


def split_pieces(text: str, rng: TextRange, marks: list[Mark]) -> list[Piece]:
    """Cut ``text[rng]`` at every mark boundary; each piece knows the marks covering it."""
    inside = [m for m in marks if m.start < rng.end and m.end > rng.start]
    cuts = {rng.start, rng.end}
    for m in inside:
        cuts.update((max(m.start, rng.start), min(m.end, rng.end)))
    bounds = sorted(cuts)
    pieces = []
    for a, b in itertools.pairwise(bounds):
        covering = [m for m in inside if m.start <= a and m.end >= b]
        pieces.append(Piece(text[a:b], covering))
    return pieces


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    loader = jinja2.FunctionLoader(
        lambda name: resources.files("spinscope.report").joinpath("templates", name).read_text("utf-8")
    )
    return jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True)


def asset(name: str) -> str:
    """A static asset of the report (report.css, report.js), shared with the web app."""
    return resources.files("spinscope.report").joinpath("templates", name).read_text("utf-8")


def article_context(result: ArticleAnalysis) -> dict[str, object]:
    """What the shared article view (_article.html.j2) needs to render one result."""
    text = result.article.text
    marks = collect_marks(result)
    paragraphs = result.article.paragraphs or [TextRange(start=0, end=len(text))]
    title = result.article.title or ""
    title_marks = [Mark(t.start, t.end, "techniques", t.label, _tip("techniques", t, "(in the title)"))
                   for t in result.title_techniques if t.end > t.start]
    counts = dict.fromkeys(LAYERS, 0)
    for m in marks + title_marks:
        counts[m.layer] += 1
    return {
        "r": result,
        "title_pieces": split_pieces(title, TextRange(start=0, end=len(title)), title_marks) if title else [],
        "paragraphs": [split_pieces(text, p, marks) for p in paragraphs],
        "layers": LAYERS,
        "counts": counts,
        "technique_info": technique_info,
        "categories": categories(),
        "technique_list": techniques(),
        "network_layout": _network_layout,
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
