"""A readable terminal summary of one result, with rich."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..result import ArticleAnalysis
from ..taxonomy import technique_info

MAX_ROWS = 15


def _quote(text: str) -> str:
    """``text`` in quotation marks, unless the span already begins with one (a quoted slogan)."""
    body = text.removeprefix("[title] ")
    mark = "[title] " if body != text else ""
    return f"{mark}{body}" if body[:1] in "\"“‘'«" else f"{mark}“{body}”"


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


#: Example spans shown per technique in the terminal summary.
SPANS_PER_TECHNIQUE = 3


def technique_table(result: ArticleAnalysis) -> Table:
    """Techniques ranked by their best score, each once with its definition and its top spans (title spans marked
    ``[title]``).

    A reader wants to know *which* techniques the article uses and how sure the model is, not a list in text
    order that repeats the same definition for every highlighted word.
    """
    found: dict[str, list[tuple[float, str]]] = {}
    for t in result.title_techniques:
        found.setdefault(t.label, []).append((t.score, f"[title] {_clip(result.title_text(t), 60)}"))
    for t in result.techniques:
        found.setdefault(t.label, []).append((t.score, _clip(result.span_text(t), 60)))
    ranked = sorted(found.items(), key=lambda kv: (-max(s for s, _ in kv[1]), kv[0]))
    table = Table(title="Persuasion techniques", title_justify="left", expand=True)
    table.add_column("technique")
    table.add_column("spans (best first)")
    table.add_column("best", justify="right")
    table.add_column("n", justify="right")
    for label, spans in ranked[:MAX_ROWS]:
        info = technique_info(label)
        cell = Text(label.replace("_", " "), style="bold")
        if info:
            cell.append("\n" + info["definition"], style="dim")
        best = sorted(spans, key=lambda sp: -sp[0])
        shown = Text("\n".join(f"{_quote(text)} {score:.2f}" for score, text in best[:SPANS_PER_TECHNIQUE]))
        table.add_row(cell, shown, f"{best[0][0]:.2f}", str(len(spans)))
    if len(ranked) > MAX_ROWS:
        table.caption = f"and {len(ranked) - MAX_ROWS} more techniques"
    return table


def summary(result: ArticleAnalysis) -> Group:
    """The renderable summary: header, genre and frames, techniques, sources, actors, warnings."""
    art = result.article
    head = Text()
    head.append(art.title or "(no title)", style="bold")
    details = [
        f"source {art.source}" if art.source else None,
        f"outlet {art.outlet}" if art.outlet else None,
        f"published {art.published}" if art.published else None,
        f"dateline {art.place}" if art.place else None,
        f"language {art.language or 'unknown'}",
        f"{len(art.paragraphs)} paragraphs, {len(art.sentences)} sentences",
    ]
    head.append("\n" + " · ".join(d for d in details if d), style="dim")
    parts: list[object] = [head]

    if result.genre is not None:
        parts.append(Text.from_markup(f"[bold]Genre[/] {result.genre.label} ({result.genre.score:.2f})"))
    if result.frames:
        frames = ", ".join(f"{f.label} ({f.score:.2f})" for f in result.frames)
        parts.append(Text.from_markup(f"[bold]Frames[/] {escape(frames)}"))

    if result.techniques or result.title_techniques:
        parts.append(technique_table(result))

    if result.attributions:
        table = Table(title="Sources and quotes", title_justify="left", expand=True)
        for col in ("speaker", "kind", "type", "content"):
            table.add_column(col)
        for a in result.attributions[:MAX_ROWS]:
            speaker = a.speaker_name or (result.span_text(a.speaker) if a.speaker else "unnamed")
            table.add_row(Text(speaker), a.kind, a.source_type or "", Text(_clip(result.span_text(a.content), 50)))
        parts.append(table)

    if result.sourcing is not None:
        sp = result.sourcing
        types = ", ".join(f"{t} {n}" for t, n in sp.source_types.items())
        line = (f"[bold]Sourcing[/] {sp.claims} check-worthy claims: {sp.attributed_claims} attributed, "
                f"[bold]{sp.unattributed_claims} unattributed[/] · {sp.named_sources} named, "
                f"{sp.anonymous_sources} unnamed sources, {sp.state_affiliated_sources} state-affiliated · "
                f"{escape(types)}")
        parts.append(Text.from_markup(line))
        unattributed = [c for c in result.claims if c.label == "checkworthy" and c.attribution is None]
        for c in unattributed[:5]:
            parts.append(Text(f"  unattributed: {_clip(result.span_text(c), 100)}", style="dim"))

    if result.actors:
        actors = ", ".join(f"{a.name} ({a.type}, {len(a.mentions)}×)" for a in result.actors[:MAX_ROWS])
        parts.append(Text.from_markup(f"[bold]Actors[/] {escape(actors)}"))
        cast = [f"{a.name}: {a.roles[0].label}" + (f" ({', '.join(f.label for f in a.roles[0].fine)})"
                                                  if a.roles[0].fine else "") + f", tone {a.tone:+.2f}"
                for a in result.actors if a.roles and a.tone is not None]
        if cast:
            parts.append(Text.from_markup(f"[bold]Roles[/] {escape('; '.join(cast[:MAX_ROWS]))}"))
    if result.narratives:
        narratives = "; ".join("no known narrative (Other)" if n.label == "Other" else f"{n.label} {n.score:.2f}"
                               for n in result.narratives)
        parts.append(Text.from_markup(f"[bold]Narratives[/] {escape(narratives)}"))

    for e in result.errors:
        style = "red" if e.level == "error" else "yellow"
        parts.append(Text(f"{e.level}: {e.component} {e.code}: {e.message}", style=style))
    return Group(*parts)  # type: ignore[arg-type]


def print_summary(result: ArticleAnalysis, console: Console) -> None:
    console.print(Panel(summary(result), title="spinscope", title_align="left"))
