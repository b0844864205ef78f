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


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


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

    if result.techniques:
        table = Table(title="Persuasion techniques", title_justify="left", expand=True)
        table.add_column("technique")
        table.add_column("span")
        table.add_column("score", justify="right")
        for t in result.techniques[:MAX_ROWS]:
            info = technique_info(t.label)
            label = Text(t.label.replace("_", " "), style="bold")
            if info:
                label.append("\n" + info["definition"], style="dim")
            table.add_row(label, Text(_clip(result.span_text(t))), f"{t.score:.2f}")
        if len(result.techniques) > MAX_ROWS:
            table.caption = f"and {len(result.techniques) - MAX_ROWS} more"
        parts.append(table)

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
