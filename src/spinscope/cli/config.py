"""``spinscope config show``: the effective configuration, each value with where it came from."""

from __future__ import annotations

import json

import click


@click.group("config")
def config_group() -> None:
    """The user configuration (spinscope.toml, --config FILE or SPINSCOPE_CONFIG).

    \b
    Example:
        spinscope --config baltic.toml config show
    """


@config_group.command("show")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
def show(fmt: str) -> None:
    """Print the effective configuration: layers, sources, actors, lexicons and component options, with origins.

    \b
    Examples:
        spinscope config show
        SPINSCOPE_CONFIG=baltic.toml spinscope config show --format json
    """
    from rich.table import Table

    from ..config import load_config
    from ..report.text import print_table

    config = load_config()
    if fmt == "json":
        click.echo(json.dumps(config.as_dict(), indent=2, ensure_ascii=False))
        return
    table = Table(title="effective configuration")
    for col in ("setting", "value", "from"):
        table.add_column(col, overflow="fold")
    for row in config.rows():
        table.add_row(*row)
    print_table(table)
