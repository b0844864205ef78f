"""``spinscope network``: the actor network of articles, as JSON or GraphML."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("network")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "graphml"]), default="json", show_default=True)
@click.option("--output", "-o", metavar="FILE", default=None, help="Write here instead of stdout.")
@click.option("--components", metavar="NAMES", default=None,
              help="Comma-separated components to run (default: all built-in).")
def network_command(paths: tuple[str, ...], fmt: str, output: str | None, components: str | None) -> None:
    """Actor network: actors as nodes, events as edges (type, count, voice), with the two sides.

    PATHS are articles (text, HTML, JSON Lines, folders, - for stdin) or result JSON files written by
    ``spinscope analyze --format json``; several articles make one merged (corpus) network.

    \b
    Examples:
        spinscope network article.txt --format graphml -o article.graphml
        spinscope network result.json
        spinscope network corpus/ --format json -o network.json
    """
    from ..api import load_pipeline
    from ..errors import PipelineConfigError
    from ..ingest.readers import IngestFailure, iter_paths
    from ..network import article_network, corpus_network, to_graphml, to_json
    from ..result import ArticleAnalysis

    results: list[ArticleAnalysis] = []
    inputs: list[str] = []
    for p in paths:
        path = Path(p)
        if path.suffix == ".json" and path.is_file():
            try:
                results.append(ArticleAnalysis.model_validate_json(path.read_text(encoding="utf-8")))
            except (OSError, ValueError) as exc:
                raise click.ClickException(f"{p}: not a spinscope result JSON: {str(exc).splitlines()[0]}") from exc
        else:
            inputs.append(p)
    if inputs:
        try:
            pipeline = load_pipeline(components.split(",") if components else None)
        except PipelineConfigError as exc:
            raise click.UsageError(str(exc)) from exc
        for item in iter_paths(inputs, max_bytes=5 * 1024 * 1024):
            if isinstance(item, IngestFailure):
                raise click.ClickException(item.message)
            results.append(pipeline(item))
    if not results:
        raise click.ClickException("no article read from " + ", ".join(paths))
    net = article_network(results[0]) if len(results) == 1 else corpus_network(results)
    content = to_json(net) if fmt == "json" else to_graphml(net)
    if output is None:
        click.echo(content, nl=False)
        return
    try:
        Path(output).write_text(content, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write: {exc.strerror or exc}") from exc
    click.echo(json.dumps({"written": output, "nodes": len(net.nodes), "edges": len(net.edges)}), err=True)
