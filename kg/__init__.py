"""kg: knowledge graphs from Chinese government meeting reports.

The Python API (:mod:`kg.api`) is here: ``kg.build(text, meta=...)``,
``kg.build_files(paths)``, ``kg.load(path)`` and :class:`kg.KnowledgeGraph`;
:class:`kg.ExportFormat` names the export formats; ``kg.open_store(path)`` opens a
corpus store (:class:`kg.Store`, see :mod:`kg.store`). They load on first use, so
``import kg`` stays cheap for the command line.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "build", "build_files", "load", "KnowledgeGraph", "ExportFormat", "Store",
           "open_store"]

_LAZY = {"build": "kg.api", "build_files": "kg.api", "load": "kg.api", "KnowledgeGraph": "kg.api",
         "ExportFormat": "kg.export", "Store": "kg.store", "open_store": "kg.store"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
