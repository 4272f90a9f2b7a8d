"""Text written with ``quote`` loads back unchanged, whatever it looks like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cjm.loader import load_text
from cjm.yamltext import quote

TRICKY = ["no", "yes", "null", "~", "2024-01-01", "a: b", "#1", "- x", "'", '"', "\\", "0o17"]


def loaded_title(title: str) -> str:
    text = f"cjm: 1\nid: t\ntitle: {quote(title)}\nstages:\n  - id: s\n    name: S\n"
    result = load_text(text, "t.yaml")
    assert result.findings == [], result.findings
    assert result.document is not None
    return result.document.model.title  # type: ignore[union-attr]


@pytest.mark.parametrize("title", TRICKY)
def test_yaml_lookalikes_stay_text(title):
    assert loaded_title(title) == title


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40))
def test_any_text_round_trips(title):
    assert loaded_title(title) == title


def test_lone_surrogates_are_refused():
    with pytest.raises(ValueError):
        quote("bad \udcff bytes")
