"""The spinscope command line: the root group and the modules of its command groups, a thin layer over the library.

One module per command group: :mod:`.analyze` (analyze, components, serve), :mod:`.corpus` (ingest, failures,
import-parquet, duplicates, stats, search, export), :mod:`.train` (train, eval, predict semeval2023|ptc),
:mod:`.sourcing` (train claims, predict checkworthy, eval attributions), :mod:`.semeval2025` (train
roles|narratives), :mod:`.network` (network); ``predict events|semeval2025`` come from :mod:`spinscope.predict`.
Modules import click and the library's light modules only; heavy imports stay inside the commands.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from ..errors import SpinscopeError
from ..settings import __version__
from .analyze import ResultWriter, analyze, components, serve
from .config import config_group


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


for _command in (analyze, components, serve, config_group):
    cli.add_command(_command)


def _attach_training_commands() -> None:
    try:
        from .train import commands
    except ImportError:  # the persuasion training tools are optional
        return
    for command in commands:
        cli.add_command(command)


_attach_training_commands()


# --- across a corpus (issue 6): ingest, failures, import-parquet, duplicates, stats, search, export ---
from .corpus import commands as _corpus_commands  # noqa: E402  (click only; heavy imports stay inside)

for _command in _corpus_commands:
    cli.add_command(_command)


# --- who it cites (issue 4): train claims, predict checkworthy, eval attributions ----------------------
from .sourcing import attach as _attach_sourcing_commands  # noqa: E402  (click only)

_attach_sourcing_commands(cli)


# --- who does what to whom (issue 5): predict events|semeval2025, train roles|narratives, network ------
from ..predict import predict as _predict_group  # noqa: E402  (click only; heavy imports stay inside)
from .network import network_command as _network_command  # noqa: E402  (click only)
from .semeval2025 import attach as _attach_semeval2025_training  # noqa: E402  (click only)

if isinstance(_existing_predict := cli.commands.get("predict"), click.Group):
    for _name, _command in _predict_group.commands.items():  # keep the predict commands others added
        _existing_predict.add_command(_command, _name)
else:
    cli.add_command(_predict_group)
_attach_semeval2025_training(cli)
cli.add_command(_network_command)

__all__ = ["ResultWriter", "cli", "main"]


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the ``spinscope`` console script."""
    try:
        return cli.main(args=argv, prog_name="spinscope")
    except SpinscopeError as exc:
        click.echo(f"{click.style('error', fg='red')}: {exc}", err=True)
        sys.exit(1)
