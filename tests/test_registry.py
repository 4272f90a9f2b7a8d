"""Every registry has one shape: names the user types, each with its help and its code."""

from __future__ import annotations

import sys

import pytest

from cjm.diff import FORMATS
from cjm.export import EXPORTERS
from cjm.lint.rules import RULES
from cjm.registry import Entry, describe
from cjm.render import RENDERERS
from cjm.report import REPORTERS
from cjm.stats import FORMATS as STATS_FORMATS

LAZY_REGISTRIES = {
    "validate": REPORTERS,
    "render": RENDERERS,
    "diff": FORMATS,
    "export": EXPORTERS,
    "stats": STATS_FORMATS,
}


@pytest.mark.parametrize("command", sorted(LAZY_REGISTRIES))
def test_every_entry_names_code_that_exists(command):
    for name, entry in LAZY_REGISTRIES[command].items():
        assert callable(entry.load()), f"{command} --format {name}: {entry.target}"


@pytest.mark.parametrize("registry", [*LAZY_REGISTRIES.values(), RULES])
def test_every_entry_says_in_one_line_what_it_is(registry):
    for name, entry in registry.items():
        assert entry.summary.strip() and "\n" not in entry.summary, name


@pytest.mark.parametrize("command", sorted(LAZY_REGISTRIES))
def test_every_format_help_explains_exactly_its_registry(cjm, monkeypatch, command):
    monkeypatch.setenv("COLUMNS", "2000")  # one line per option, so the help reads whole
    shown = " ".join(cjm(command, "--help").stdout.split())
    assert describe(LAZY_REGISTRIES[command]) in shown


def test_describe_lists_every_name_with_its_help_in_order():
    registry = {"b": Entry("json:dumps", "second"), "a": Entry("json:loads", "first")}
    assert describe(registry) == "b: second; a: first"


def test_an_entry_imports_its_code_only_when_loaded(tmp_path, monkeypatch):
    (tmp_path / "registry_probe.py").write_text("def hello():\n    return 'hi'\n")
    monkeypatch.syspath_prepend(tmp_path)
    entry: Entry[object] = Entry("registry_probe:hello", "says hello")
    assert "registry_probe" not in sys.modules
    assert entry.load() is sys.modules["registry_probe"].hello
    monkeypatch.delitem(sys.modules, "registry_probe")
