"""Pieces the training commands share: the commit a model was trained at, and attaching subcommands."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import click


def current_commit(where: Path | None = None) -> str:
    """The short git commit of this checkout (recorded in model cards), ``+dirty`` when tracked files have
    uncommitted changes, or "unknown" outside git. Read it when training starts: the tree may change meanwhile."""
    cwd = where or Path(__file__).resolve().parent
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5,
                             cwd=cwd)
        commit = out.stdout.strip()
        if not commit:
            return "uncommitted"
        status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                                text=True, timeout=10, cwd=cwd)
        return commit + ("+dirty" if status.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


class DispatchCommand(click.Command):
    """A plain command (``train MODEL``) extended with subcommands chosen by its first word."""

    def __init__(self, base: click.Command) -> None:
        super().__init__(base.name, help=base.help, params=base.params, callback=base.callback,
                         context_settings=base.context_settings, short_help=base.short_help)
        self.extra: dict[str, click.Command] = {}

    def add(self, name: str, sub: click.Command) -> None:
        if not self.extra:
            self.help = (self.help or "") + "\n\n\b\nAlso:"
        self.extra[name] = sub
        self.help = (self.help or "") + f"\n    spinscope {self.name} {name} ...  {(sub.help or '').splitlines()[0]}"

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        if args and args[0] in self.extra:
            return self.extra[args[0]].make_context(f"{info_name} {args[0]}", args[1:], parent=parent, **extra)
        return super().make_context(info_name, args, parent=parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        if ctx.command is not self:
            return ctx.command.invoke(ctx)
        return super().invoke(ctx)


def attach_subcommand(group: click.Group, name: str, sub: click.Command, help_text: str) -> None:
    """Make ``spinscope NAME SUB`` work whether ``NAME`` is absent, a group, or a plain command."""
    existing = group.commands.get(name)
    sub_name = sub.name or ""
    if existing is None:
        new = click.Group(name, help=help_text)
        new.add_command(sub)
        group.add_command(new)
    elif isinstance(existing, click.Group):
        existing.add_command(sub)
    elif isinstance(existing, DispatchCommand):
        existing.add(sub_name, sub)
    else:
        dispatch = DispatchCommand(existing)
        dispatch.add(sub_name, sub)
        group.add_command(dispatch, name)
