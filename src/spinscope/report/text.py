"""A readable terminal summary of one result, with rich."""

from __future__ import annotations

from typing import IO

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..result import ArticleAnalysis
from ..taxonomy import technique_info

MAX_ROWS = 15
#: Width of a console that writes to a file or a pipe when the table's own width is not known yet.
PIPE_WIDTH = 200


def table_console(renderable: object | None = None, *, file: IO[str] | None = None, stderr: bool = False) -> Console:
    """A console that never cuts a table's text.

    In a terminal, text wraps to the terminal's width (each column folds, none is cut with "…"). In a pipe or a
    file the console is as wide as the widest row of ``renderable`` so that another program reads every cell
    whole, on one line.
    """
    console = Console(file=file, stderr=stderr)
    if console.is_terminal:
        return console
    width = PIPE_WIDTH
    if renderable is not None:
        wide = Console(file=file, stderr=stderr, width=100_000)
        width = max(40, wide.measure(renderable).maximum)  # type: ignore[arg-type]
    return Console(file=file, stderr=stderr, width=width, force_terminal=False)


def foldable(table: Table) -> Table:
    """Make every column of ``table`` wrap (fold long words) instead of cutting its text."""
    for column in table.columns:
        column.no_wrap = False
        column.overflow = "fold"
    return table


def print_table(table: Table, *, file: IO[str] | None = None) -> None:
    """Print a table whole: wrapped in a terminal, at full width in a pipe (``spinscope stats ... | cat``)."""
    foldable(table)
    table_console(table, file=file).print(table)


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


def technique_table(result: ArticleAnalysis, *, verbose: bool = False) -> Table:
    """Techniques ranked by their best score, each once with its definition and its top spans (title spans marked
    ``[title]``).

    A reader wants to know *which* techniques the article uses and how sure the model is, not a list in text
    order that repeats the same definition for every highlighted word.
    """
    width = 10**9 if verbose else 60
    found: dict[str, list[tuple[float, str]]] = {}
    for t in result.title_techniques:
        found.setdefault(t.label, []).append((t.score, f"[title] {_clip(result.title_text(t), width)}"))
    for t in result.techniques:
        found.setdefault(t.label, []).append((t.score, _clip(result.span_text(t), width)))
    ranked = sorted(found.items(), key=lambda kv: (-max(s for s, _ in kv[1]), kv[0]))
    table = Table(title="Persuasion techniques", title_justify="left", expand=True)
    table.add_column("technique")
    table.add_column("spans (best first)")
    table.add_column("best", justify="right")
    table.add_column("n", justify="right")
    for label, spans in (ranked if verbose else ranked[:MAX_ROWS]):
        info = technique_info(label)
        cell = Text(label.replace("_", " "), style="bold")
        if info:
            cell.append("\n" + info["definition"], style="dim")
        best = sorted(spans, key=lambda sp: -sp[0])
        shown = Text("\n".join(f"{_quote(text)} {score:.2f}" for score, text in
                          (best if verbose else best[:SPANS_PER_TECHNIQUE])))
        table.add_row(cell, shown, f"{best[0][0]:.2f}", str(len(spans)))
    if len(ranked) > MAX_ROWS and not verbose:
        table.caption = f"and {len(ranked) - MAX_ROWS} more techniques (--verbose shows all)"
    return foldable(table)


def sourcing_line(result: ArticleAnalysis) -> str | None:
    """The sourcing profile in one line: ``Sourcing 5 of 8 claims attributed (62%) · 3 named, 1 anonymous ...``."""
    sp = result.sourcing
    if sp is None:
        return None
    from .html import plural

    parts = [f"{sp.attributed_claims} of {plural(sp.claims, 'check-worthy claim')} attributed "
             f"({100 * sp.attributed_share:.0f}%)",
             f"{plural(sp.named_sources, 'named source')}, {sp.anonymous_sources} anonymous",
             f"{sp.state_affiliated_sources} state-affiliated"]
    if sp.source_types:
        parts.append(", ".join(f"{t} {n}" for t, n in sp.source_types.items()))
    return " · ".join(parts)


def summary(result: ArticleAnalysis, *, verbose: bool = False) -> Group:
    """The renderable summary: header, genre and frames, techniques, sourcing, actors, events, narratives, warnings.

    ``verbose`` lists every row of every part, unclipped; otherwise each part shows its first ``MAX_ROWS``.
    """
    from .html import event_sentence, plural

    rows = None if verbose else MAX_ROWS
    width = 10**9 if verbose else 50
    art = result.article
    head = Text()
    head.append(art.title or "(no title)", style="bold")
    details = [
        f"source {art.source}" if art.source else None,
        f"outlet {art.outlet}" if art.outlet else None,
        f"published {art.published}" if art.published else None,
        f"dateline {art.place}" if art.place else None,
        f"language {art.language or 'unknown'}",
        f"{plural(len(art.paragraphs), 'paragraph')}, {plural(len(art.sentences), 'sentence')}",
    ]
    head.append("\n" + " · ".join(d for d in details if d), style="dim")
    parts: list[object] = [head]

    if result.genre is not None:
        parts.append(Text.from_markup(f"[bold]Genre[/] {result.genre.label} ({result.genre.score:.2f})"))
    if result.frames:
        frames = ", ".join(f"{f.label} ({f.score:.2f})" for f in result.frames)
        parts.append(Text.from_markup(f"[bold]Frames[/] {escape(frames)}"))

    if result.techniques or result.title_techniques:
        parts.append(technique_table(result, verbose=verbose))

    line = sourcing_line(result)
    if line is not None:
        parts.append(Text.from_markup(f"[bold]Sourcing[/] {escape(line)}"))
        unattributed = [c for c in result.claims if c.label == "checkworthy" and c.attribution is None]
        for c in unattributed if verbose else unattributed[:5]:
            parts.append(Text(f"  unattributed: {_clip(result.span_text(c), 10**9 if verbose else 100)}",
                              style="dim"))

    if result.attributions:
        table = Table(title=f"Sources and quotes ({len(result.attributions)})", title_justify="left", expand=True)
        for col in ("speaker", "kind", "type", "content"):
            table.add_column(col)
        for a in result.attributions[:rows]:
            speaker = result.speaker_label(a, "unnamed")
            table.add_row(Text(speaker), a.kind, a.source_type or "", Text(_clip(result.span_text(a.content), width)))
        if rows is not None and len(result.attributions) > rows:
            table.caption = f"and {len(result.attributions) - rows} more (--verbose shows all)"
        parts.append(foldable(table))

    if result.actors:
        actors = ", ".join(f"{a.name} ({a.type}, {len(a.mentions)}×)" for a in result.actors[:rows])
        more = f", and {len(result.actors) - rows} more" if rows is not None and len(result.actors) > rows else ""
        parts.append(Text.from_markup(f"[bold]Actors[/] {escape(actors + more)}"))
        cast = [f"{a.name}: {a.roles[0].label}" + (f" ({', '.join(f.label for f in a.roles[0].fine)})"
                                                  if a.roles[0].fine else "") + f", tone {a.tone:+.2f}"
                for a in result.actors if a.roles and a.tone is not None]
        if cast:
            parts.append(Text.from_markup(f"[bold]Roles[/] {escape('; '.join(cast[:rows]))}"))
    if result.events:
        events = [event_sentence(result, e) for e in result.events]
        shown = events[:rows] if rows is not None else events
        parts.append(Text.from_markup(f"[bold]Events[/] ({len(events)})"))
        for sentence in shown:
            parts.append(Text(f"  {sentence}"))
        if len(shown) < len(events):
            parts.append(Text(f"  and {len(events) - len(shown)} more (--verbose shows all)", style="dim"))
    if result.narratives:
        narratives = "; ".join("no known narrative (Other)" if n.label == "Other" else f"{n.label} {n.score:.2f}"
                               for n in result.narratives)
        parts.append(Text.from_markup(f"[bold]Narratives[/] {escape(narratives)}"))
        if verbose:
            for n in result.narratives:
                for sub in n.subnarratives:
                    parts.append(Text(f"  {sub.label} {sub.score:.2f}", style="dim"))

    for name, ext in result.extensions.items():  # plugin layers
        found = [f"{_clip(result.span_text(sp), width)} ({sp.label})" for sp in ext.spans]
        shown = found[:rows] if rows is not None else found
        labels = "".join(f" · {lab.label} {lab.score:.2f}" for lab in ext.labels)
        more = f", and {len(found) - len(shown)} more" if len(shown) < len(found) else ""
        parts.append(Text.from_markup(f"[bold]{escape(name)}[/] ({len(found)}, plugin {escape(ext.component)}"
                                      f"{escape(labels)}) {escape('; '.join(shown) + more)}"))

    for e in result.errors:
        style = "red" if e.level == "error" else "yellow"
        parts.append(Text(f"{e.level}: {e.component} {e.code}: {e.message}", style=style))
    return Group(*parts)  # type: ignore[arg-type]


def print_summary(result: ArticleAnalysis, console: Console, *, verbose: bool = False) -> None:
    console.print(Panel(summary(result, verbose=verbose), title="spinscope", title_align="left"))
