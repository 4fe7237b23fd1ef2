"""Errors that kg reports to its users.

Every error a user can cause is a :class:`KgError`; the CLI prints its message on
one line and exits with its ``exit_code``. Anything else is a bug and shows a
traceback only with ``--debug``.

    KgError                 exit 1 unless said otherwise
    ├── InputError          a file, article, graph or store that cannot be read
    │   └── MetaError       a NAME.meta.json that is not valid
    ├── QueryError          a SPARQL query that cannot be parsed or run
    ├── OutputError         an output path that cannot be written
    ├── StoreError          a store that is busy, missing or damaged
    └── UsageError          options that do not fit together (exit 2)
"""
from __future__ import annotations

__all__ = ["KgError", "InputError", "MetaError", "QueryError", "OutputError", "StoreError", "UsageError"]


class KgError(Exception):
    """An error with a message meant for the user: what is wrong and what to do."""

    exit_code = 1


class InputError(KgError):
    """An input that cannot be read."""


class MetaError(InputError):
    """An article's NAME.meta.json that is not valid JSON or has wrong types."""


class QueryError(KgError):
    """A query that cannot be parsed or run."""


class OutputError(KgError):
    """An output file or folder that cannot be written."""


class StoreError(KgError):
    """A store that cannot be opened or written."""


class UsageError(KgError):
    """Options that do not fit together."""

    exit_code = 2
