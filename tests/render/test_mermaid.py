"""Mermaid ``journey`` text: emotion scores, and names that cannot break the syntax."""

from __future__ import annotations

import pytest

from cjm.render.context import JourneyView
from cjm.render.mermaid import mermaid_score, render_mermaid
from tests.mermaid.helpers import statement
from tests.render.helpers import assert_golden


@pytest.mark.parametrize(
    ("emotion", "score"),
    [(-2, 1), (-1.5, 1), (-1.4, 2), (-1, 2), (0, 3), (0.4, 3), (1, 4), (1.5, 5), (2, 5), (None, 3)],
)
def test_emotion_maps_onto_mermaid_scores(emotion, score):
    assert mermaid_score(emotion) == score


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
