"""The examples in the API's docstrings run."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["kg.api", "kg.export", "kg.export.rdf", "kg.export.network", "kg.export.graphml", "kg.export.gexf",
           "kg.export.csv", "kg.export.popolo"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests_pass(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_doctests_the_api_has_examples():
    assert doctest.testmod(importlib.import_module("kg.api")).attempted >= 5
