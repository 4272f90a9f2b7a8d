"""Names in Mermaid text cannot break the syntax, and still read like the original."""

from __future__ import annotations

import pytest

from cjm.mermaid.syntax import from_mermaid_text, mermaid_text
from tests.mermaid.helpers import statement


@pytest.mark.parametrize(
    "name",
    [
        "a: b; c # d",
        "line one\nline two",
        "journey hijack",
        "Title page",
        "section break",
        "accDescr { x }",
        "%%{init: {'theme': 'dark'}}%%",
        ":",
        "",
    ],
)
def test_names_cannot_end_a_task_early_or_start_a_statement(name):
    kind, _ = statement(f"        {mermaid_text(name)}: 3: customer")
    assert kind == "task"


def test_look_alikes_keep_the_text_readable():
    assert mermaid_text("Step 1: sign up; #2") == "Step 1\ua789 sign up\uff1b \uff032"


@pytest.mark.parametrize("name", ["Step 1: sign up; #2", "journey hijack", "100%% sure"])
def test_reading_back_gives_the_original_name(name):
    assert from_mermaid_text(mermaid_text(name)) == name
