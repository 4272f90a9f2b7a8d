"""Mermaid ``journey`` text: emotion scores, and names that cannot break the syntax."""

from __future__ import annotations

import pytest

from cjm.mermaid.parse import parse
from cjm.mermaid.syntax import from_mermaid_text
from cjm.render.context import JourneyView
from cjm.render.mermaid import mermaid_score, persona_names, render_mermaid
from tests.browser import run_node
from tests.journeys import journey
from tests.mermaid.helpers import statement
from tests.render.helpers import assert_golden


@pytest.mark.parametrize(
    ("emotion", "score"),
    [(-2, 1), (-1.5, 1), (-1.4, 2), (-1, 2), (0, 3), (0.4, 3), (1, 4), (1.5, 5), (2, 5), (None, 3)],
)
def test_emotion_maps_onto_mermaid_scores(emotion, score):
    assert mermaid_score(emotion) == score


def test_every_line_of_a_hostile_map_is_one_statement(hostile: JourneyView):
    lines = render_mermaid(hostile.journey, persona_names(hostile)).splitlines()
    assert lines[0] == "journey"
    start, end = lines.index("    accDescr {"), lines.index("    }")
    assert not any("}" in line for line in lines[start + 1 : end])  # it would end the block
    statements = lines[1:start] + lines[end + 1 :]
    kinds = [statement(line)[0] for line in statements]
    assert kinds == ["title", "section", "task", "task", "task", "section", "task"]
    for line in statements:
        if statement(line)[0] == "task":
            assert line.rsplit(":", 1)[1].strip() == "Mallory <b>bold</b> | pipe"


def test_a_hostile_map_reads_back_as_it_was(hostile: JourneyView):
    journey = hostile.journey
    diagram, findings = parse(render_mermaid(journey, persona_names(hostile)), "hostile.mmd")
    assert findings == []
    assert diagram.title == one_line(journey.title)
    assert diagram.acc_descr == "\n".join(
        one_line(line) for line in (journey.description or "").splitlines() if line.strip()
    )
    assert [(s.name, [t.name for t in s.tasks]) for s in diagram.sections] == [
        (one_line(stage.name), [one_line(t.name) for t in stage.touchpoints])
        for stage in journey.stages
    ]


def one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.strip().splitlines())


def test_actors_are_the_touchpoint_personas_by_name(small: JourneyView):
    text = render_mermaid(small.journey, persona_names(small))
    assert "        Home page: 4: Weekend shopper, Regular customer\n" in text  # for all
    assert "        Till: 1: Regular customer\n" in text  # `personas: [regular]`
    unnamed = render_mermaid(small.journey)  # without the workspace, a reference is its id
    assert "        Home page: 4: shopper, Regular customer\n" in unnamed


def test_a_map_without_personas_has_tasks_without_actors():
    text = render_mermaid(journey(MAP))
    assert text.endswith("    section Pay\n        Pay: 4\n    section Wait\n")


def test_a_stage_without_touchpoints_is_one_task_only_when_it_has_an_emotion():
    text = render_mermaid(journey(MAP))
    assert "    section Pay\n        Pay: 4\n" in text  # the stage's own emotion
    assert text.endswith("    section Wait\n")  # nothing to draw: a section alone


def test_accessible_title_and_description():
    text = render_mermaid(journey(MAP))
    assert text.startswith(
        "journey\n    title T\n    accTitle: Paying at the till\n    accDescr: One line.\n"
    )


MAP = """\
cjm: 1
id: j
title: T
accessible_title: Paying at the till
description: One line.
stages:
  - {id: pay, name: Pay, emotion: 1}
  - {id: wait, name: Wait}
"""


def test_golden(small: JourneyView):
    assert_golden("small.mmd", render_mermaid(small.journey, persona_names(small)))


def test_mermaid_itself_reads_a_hostile_map_as_it_was(hostile: JourneyView, tmp_path):
    source = tmp_path / "hostile.mmd"
    source.write_text(render_mermaid(hostile.journey, persona_names(hostile)), encoding="utf-8")
    (result,) = run_node("read-mermaid.mjs", str(source))["results"]
    assert "error" not in result, result["error"]
    journey = hostile.journey
    title = one_line(journey.title).replace('<script>document.title="pwned"</script> ', "")
    assert from_mermaid_text(result["title"]) == title  # Mermaid's sanitiser drops the script
    assert [from_mermaid_text(name) for name in result["sections"]] == [
        one_line(stage.name) for stage in journey.stages
    ]
    assert [(from_mermaid_text(t["task"]), t["people"]) for t in result["tasks"]] == [
        (one_line(t.name), ["Mallory <b>bold</b> | pipe"]) for _, _, t in journey.iter_touchpoints()
    ]
