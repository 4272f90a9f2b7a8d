"""Mermaid ``journey`` text: emotion scores, and names that cannot break the syntax."""

from __future__ import annotations

import re

import pytest

from cjm.render.context import JourneyView
from cjm.render.mermaid import mermaid_score, mermaid_text, render_mermaid
from tests.render.helpers import assert_golden

# Mermaid's journey lexer (journey.jison), rule by rule in its order; case-insensitive.
_KEYWORD = re.compile(r"journey|acctitle|accdescr", re.IGNORECASE)
_TITLE = re.compile(r"title\s[^#\n;]+", re.IGNORECASE)
_SECTION = re.compile(r"section\s[^#:\n;]+", re.IGNORECASE)
_TASK = re.compile(r"([^#:\n;]+)(:[^#\n;]+)")


def statement(line: str) -> tuple[str, str]:
    """What Mermaid reads from one line, which must be consumed whole."""
    text = line.strip()
    assert not text.startswith("%%")
    assert not _KEYWORD.match(text), f"{line!r} starts with a keyword"
    for kind, rule in (("title", _TITLE), ("section", _SECTION), ("task", _TASK)):
        match = rule.match(text)
        if match:
            assert match.end() == len(text), f"{line!r} is cut at {match.end()}"
            return kind, match.group(0)
    raise AssertionError(f"{line!r} is not a statement")


@pytest.mark.parametrize(
    ("emotion", "score"),
    [(-2, 1), (-1.5, 1), (-1.4, 2), (-1, 2), (0, 3), (0.4, 3), (1, 4), (1.5, 5), (2, 5), (None, 3)],
)
def test_emotion_maps_onto_mermaid_scores(emotion, score):
    assert mermaid_score(emotion) == score


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


def test_every_line_of_a_hostile_map_is_one_statement(hostile: JourneyView):
    text = render_mermaid(hostile.journey)
    lines = text.splitlines()
    assert lines[0] == "journey"
    kinds = [statement(line)[0] for line in lines[1:]]
    assert kinds == ["title", "section", "task", "task", "task", "section", "task"]
    for line in lines[1:]:
        if statement(line)[0] == "task":
            assert line.rsplit(":", 1)[1].strip() == "mallory"


def test_stage_without_touchpoints_is_one_task_with_the_stage_emotion(small: JourneyView):
    text = render_mermaid(small.journey)
    assert "    section At home\n        At home: 3: shopper, regular\n" in text
    assert "        Till: 1: shopper, regular\n" in text


def test_golden(small: JourneyView):
    assert_golden("small.mmd", render_mermaid(small.journey))
