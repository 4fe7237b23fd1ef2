"""The `kg` command: a thin skin over kg's Python API.

Each command lives in a module of its own in this package and registers itself
with :data:`app`; :data:`COMMANDS` lists the modules. Errors that users cause
(:class:`kg.errors.KgError`) print one line naming the input and the fix, and
exit 1 (bad input) or 2 (usage); a traceback only with ``--debug``.
"""
from __future__ import annotations

import importlib
import sys

import typer

from ..errors import KgError

__all__ = ["app", "main"]

app = typer.Typer(
    name="kg",
    help="Build knowledge graphs from Chinese government meeting reports.\n\n"
         "Example: kg build data/hengshui-2021-11-19-education.txt --out exports/hengshui",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

STATE = {"debug": False}


@app.callback()
def _root(debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors.")) -> None:
    """Build knowledge graphs from Chinese government meeting reports.

    Example: kg build data/hengshui-2021-11-19-education.txt --out exports/hengshui
    """
    STATE["debug"] = debug


COMMANDS = ("build", "query", "view", "normalise", "ingest", "forget", "serve", "export", "eval", "validate", "docs")
for _name in COMMANDS:
    importlib.import_module(f"{__name__}.{_name}").register(app)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return its exit code."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        code = app(args=args, standalone_mode=False)  # a command's typer.Exit(n) comes back as n
    except KgError as e:
        if debug:
            raise
        print(f"kg: error: {e}", file=sys.stderr)
        return e.exit_code
    except typer.Exit as e:
        return e.exit_code
    except (typer.Abort, KeyboardInterrupt):
        print("kg: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # click's usage errors
        import click

        if isinstance(e, click.ClickException):
            e.show()
            return e.exit_code
        if debug:
            raise
        print(f"kg: internal error: {type(e).__name__}: {e} (run with --debug for a traceback, "
              "and report it)", file=sys.stderr)
        return 3
    return code if isinstance(code, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
