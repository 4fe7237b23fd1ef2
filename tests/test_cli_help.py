"""Every command, option and argument of the CLI says what it is for; each command opens with an example."""
from __future__ import annotations

import click
import pytest
import typer.main

from kg.cli import COMMANDS, app, main


def walk(cmd: click.Command, path: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name, sub in sorted(cmd.commands.items()):
            yield from walk(sub, (*path, name))


COMMAND_TREE = list(walk(typer.main.get_command(app), ("kg",)))


def test_cli_help_sees_every_registered_command():
    names = {path[-1] for path, _ in COMMAND_TREE}
    assert set(COMMANDS) <= names


@pytest.mark.parametrize("path, cmd", COMMAND_TREE, ids=[" ".join(p) for p, _ in COMMAND_TREE])
def test_cli_help_every_command_and_option_has_help(path, cmd):
    assert (cmd.help or "").strip(), f"`{' '.join(path)}` has no help text"
    assert "Example: kg" in cmd.help, f"`{' '.join(path)}`: help should open with a runnable example"
    for param in cmd.params:
        # typer keeps an argument's help on the argument; click's own arguments have none to give
        assert (getattr(param, "help", None) or "").strip(), \
            f"`{' '.join(path)}` {param.param_type_name} {'/'.join(param.opts)} has no help"


@pytest.mark.parametrize("path", [p for p, _ in COMMAND_TREE], ids=[" ".join(p) for p, _ in COMMAND_TREE])
def test_cli_help_prints(path, capsys):
    assert main([*path[1:], "--help"]) == 0
    assert "Usage:" in capsys.readouterr().out


def test_cli_help_lists_the_export_formats(capsys):
    from kg.export import ExportFormat

    main(["export", "--help"])
    out = capsys.readouterr().out
    for fmt in ExportFormat:
        assert fmt.value in out
