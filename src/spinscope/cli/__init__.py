"""The spinscope command line: the root group and the modules of its command groups, a thin layer over the library.

One module per command group: :mod:`.analyze` (analyze, components, serve), :mod:`.config` (config show),
:mod:`.corpus` (ingest, failures, import-parquet, duplicates, stats, search, export), :mod:`.train` (train, eval,
predict semeval2023|ptc), :mod:`.sourcing` (train claims, predict checkworthy, eval attributions),
:mod:`.semeval2025` (train roles|role-gate|narratives), :mod:`.network` (network); ``predict events|semeval2025``
come from :mod:`spinscope.predict`. This module puts them together, in one place. Modules import click and the library's
light modules only; heavy imports stay inside the commands.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from ..errors import SpinscopeError
from ..settings import __version__
from ..training.common import DispatchCommand
from . import semeval2025, sourcing
from . import train as train_module
from .analyze import ResultWriter, analyze, components, serve
from .config import config_group
from .corpus import commands as corpus_commands
from .network import network_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spinscope")
@click.option("--config", "config_file", metavar="FILE", type=click.Path(dir_okay=False),
              help="User configuration (default: $SPINSCOPE_CONFIG, else ./spinscope.toml when present).")
def cli(config_file: str | None) -> None:
    """spinscope: how an article persuades, whom it cites, who does what to whom, with evidence.

    \b
    Examples:
        spinscope analyze examples/sample-article.txt --format html --output report.html
        spinscope --config baltic.toml analyze article.txt
    """
    from ..config import read_config, use

    use(config_file)
    if config_file is not None:
        try:
            read_config(config_file)  # a bad file is a usage error now, before any input is read
        except SpinscopeError as exc:
            raise click.BadParameter(str(exc), param_hint="--config") from exc


def _with_subcommands(base: click.Command, *subs: click.Command) -> click.Command:
    """``spinscope NAME MODEL`` (the base command) that also takes ``spinscope NAME SUB ...``."""
    command = DispatchCommand(base)
    for sub in subs:
        command.add(sub.name or "", sub)
    return command


def _predict_group() -> click.Group:
    """One ``predict`` group for every shared-task format: semeval2023 and ptc (:mod:`.train`), checkworthy
    (:mod:`.sourcing`), events and semeval2025 (:mod:`spinscope.predict`)."""
    from ..predict import predict as exchange_formats

    group = click.Group("predict", help=train_module.predict.help)
    for source in (train_module.predict, exchange_formats):
        for name, command in source.commands.items():
            group.add_command(command, name)
    group.add_command(sourcing.predict_checkworthy)
    return group


for _command in (
    analyze, components, serve, config_group,
    # how it persuades (and every model): train, eval, predict
    _with_subcommands(train_module.train, sourcing.train_claims_command, sourcing.train_claims_adapter_command,
                      semeval2025.train_roles_command, semeval2025.train_role_gate_command,
                      semeval2025.train_narratives_command),
    _predict_group(),
    _with_subcommands(train_module.eval_, sourcing.eval_attributions),
    # across a corpus: ingest, failures, import-parquet, duplicates, stats, search, export
    *corpus_commands,
    network_command,
):
    cli.add_command(_command)

__all__ = ["ResultWriter", "cli", "main"]


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the ``spinscope`` console script."""
    try:
        return cli.main(args=argv, prog_name="spinscope")
    except SpinscopeError as exc:
        click.echo(f"{click.style('error', fg='red')}: {exc}", err=True)
        sys.exit(1)
