"""Without libyaml, PyYAML's pure-Python parser gives the same findings and models."""

from __future__ import annotations

import pytest

from cjm.loader import compose, load_document
from tests.conftest import EXAMPLES
from tests.loader.test_broken_inputs import BROKEN, CASES


@pytest.fixture
def pure_python(monkeypatch):
    monkeypatch.setattr(compose, "NodeLoader", compose.PurePythonNodeLoader)


def test_the_c_parser_is_used_when_present():
    import yaml

    assert (compose.NodeLoader is not compose.PurePythonNodeLoader) == yaml.__with_libyaml__


@pytest.mark.parametrize("name", [case[0] for case in CASES])
def test_broken_inputs_get_the_same_finding(name, pure_python):
    [finding] = load_document(BROKEN / name).findings
    expected = next(case for case in CASES if case[0] == name)
    assert (finding.line, finding.rule) == (expected[1], expected[3])


def test_examples_load_to_the_same_models(monkeypatch):
    paths = sorted(EXAMPLES.rglob("*.yaml"))
    with_c = [load_document(path).document.model for path in paths]
    monkeypatch.setattr(compose, "NodeLoader", compose.PurePythonNodeLoader)
    assert [load_document(path).document.model for path in paths] == with_c


def test_deep_nesting_is_refused_by_the_pure_parser_too(tmp_path, pure_python):
    path = tmp_path / "deep.yaml"
    path.write_text("cjm: 1\nid: deep\ntitle: " + "[" * 5_000)
    [finding] = load_document(path).findings
    assert finding.message == "nesting deeper than 64 levels"
