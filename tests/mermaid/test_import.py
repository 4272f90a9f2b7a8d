"""Mermaid journey diagrams in, valid journey maps out; problems reported with their line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cjm.mermaid.import_ import emotion_of, import_diagram
from cjm.mermaid.parse import parse
from tests.conftest import FIXTURES
from tests.journeys import journey

WORKING_DAY = (FIXTURES / "mermaid" / "my-working-day.mmd").read_text(encoding="utf-8")
"""The example of Mermaid's user journey documentation, verbatim."""


def imported(source: str, file: str = "diagram.mmd"):
    result = import_diagram(source, file)
    assert result.text is not None, result.findings
    return journey(result.text)


def problems(source: str) -> list[tuple[int, str, str]]:
    return [(f.line, f.severity.value, f.message) for f in parse(source, "d.mmd")[1]]


def test_mermaid_documentation_example():
    model = imported(WORKING_DAY)
    assert (model.id, model.title) == ("my-working-day", "My working day")
    assert [(stage.id, stage.name) for stage in model.stages] == [
        ("go-to-work", "Go to work"),
        ("go-home", "Go home"),
    ]
    touchpoints = [(t.id, t.name, t.emotion) for _, _, t in model.iter_touchpoints()]
    assert touchpoints == [
        ("make-tea", "Make tea", 2),
        ("go-upstairs", "Go upstairs", 0),
        ("do-work", "Do work", -2),
        ("go-downstairs", "Go downstairs", 2),
        ("sit-down", "Sit down", 2),
    ]
    assert [(p.id, p.name) for p in model.personas] == [("me", "Me"), ("cat", "Cat")]  # type: ignore[union-attr]
    assert [t.personas for _, _, t in model.iter_touchpoints()] == [
        ["me"],
        ["me"],
        ["me", "cat"],
        ["me"],
        ["me"],
    ]


@pytest.mark.parametrize(
    ("score", "emotion"), [(1, -2), (2, -1), (3, 0), (4, 1), (5, 2), (3.5, 0.5)]
)
def test_score_to_emotion(score, emotion):
    assert emotion_of(score) == emotion


def test_comments_accessibility_and_indentation():
    source = """\
---
title: From front matter
---
%%{init: {"theme": "forest"}}%%
JOURNEY
  accTitle: Shopping journey
  accDescr {
    A user journey for
    family shopping
  }
  %% a comment line
  # another comment line

  Section Order from website  %% not a comment here
        Add to cart: 4: Me # trailing comment
"""
    model = imported(source)
    assert model.title == "From front matter"
    assert model.accessible_title == "Shopping journey"
    assert model.description == "A user journey for\nfamily shopping"
    assert [t.name for _, _, t in model.iter_touchpoints()] == ["Add to cart"]
    assert [t.personas for _, _, t in model.iter_touchpoints()] == [["me"]]
    # Mermaid reads `%%` as a comment only where a statement could start:
    assert model.stages[0].name == "Order from website  %% not a comment here"
    assert problems(source) == [
        (5, "warning", "Mermaid recognises only `journey`, not 'JOURNEY': write it lowercase"),
        (
            14,
            "warning",
            "`%%` starts a comment only at the beginning of a line; Mermaid shows it as text",
        ),
    ]


def test_colons_in_task_names_and_tasks_without_actors():
    source = "journey\nsection S\n  Check in: 10:30: 4: Me\n  Wait: lounge: 2\n  E task: 5:\n"
    model = imported(source)
    assert [(t.name, t.emotion) for _, _, t in model.iter_touchpoints()] == [
        ("Check in: 10:30", 1),
        ("Wait: lounge", -1),
        ("E task", 2),
    ]
    assert model.personas == [model.personas[0]] and model.personas[0].id == "me"  # type: ignore[union-attr]
    assert [t.personas for _, _, t in model.iter_touchpoints()] == [["me"], [], []]
    assert [line for line, severity, _ in problems(source) if severity == "warning"] == [3, 4]


def test_scores_outside_one_to_five_are_clamped_with_a_warning():
    source = "journey\nsection S\n  Zero: 0: Me\n  Ten: 10: Me\n"
    assert problems(source) == [
        (3, "warning", "score 0 is outside Mermaid's 1..5; read as 1"),
        (4, "warning", "score 10 is outside Mermaid's 1..5; read as 5"),
    ]
    assert [t.emotion for _, _, t in imported(source).iter_touchpoints()] == [-2, 2]


def test_errors_come_with_their_line_and_no_map():
    source = "journey\ntitle T\nsection S\n  Make tea\n  : 3\n  Tea: high: Me\nsection A: B\n"
    assert [(line, severity) for line, severity, _ in problems(source)] == [
        (4, "error"),
        (5, "error"),
        (6, "error"),
        (7, "error"),
    ]
    assert import_diagram(source, "d.mmd").text is None


def test_not_a_journey_diagram():
    assert problems("flowchart LR\n  A --> B\n") == [
        (1, "error", "expected `journey` first, got 'flowchart LR'")
    ]
    assert problems("")[0][2].startswith("empty diagram")


def test_tasks_before_any_section_get_a_stage():
    model = imported("journey\n  Wake up: 2: Me\n")
    assert [stage.name for stage in model.stages] == ["Tasks"]


def test_ids_are_unique_slugs_even_for_repeated_or_non_latin_names():
    model = imported("journey\nsection Café\n  Café: 3\n  Café: 3\n  お茶: 3: 私, 僕\n")
    ids = [stage.id for stage in model.stages] + [t.id for _, _, t in model.iter_touchpoints()]
    assert ids == ["cafe", "cafe-2", "cafe-3", "touchpoint"]
    assert [p.id for p in model.personas] == ["persona", "persona-2"]  # type: ignore[union-attr]


def test_title_from_the_file_name_when_the_diagram_has_none():
    assert imported("journey\nsection S\n  T: 3\n", "onboarding_flow.mmd").id == "onboarding-flow"


names = st.text(
    alphabet=st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"], exclude_characters="#%:,;"),
    min_size=1,
    max_size=20,
).filter(lambda text: text.strip() and text.strip().lower() not in {"journey"})


@given(section=names, task=names, actor=names, score=st.integers(min_value=1, max_value=5))
def test_any_names_give_a_valid_map(section, task, actor, score):
    source = f"journey\nsection {section}\n  {task}: {score}: {actor}\n"
    if parse(source, "d.mmd")[1]:  # e.g. a task named like a keyword; reported, never a crash
        return
    model = imported(source)
    assert model.stages[0].touchpoints[0].emotion == score - 3


def test_exported_names_come_back_as_they_were():
    from cjm.render.mermaid import render_mermaid

    names = ["Check in: 10:30", "Ticket #1; gate", "section of the shop", "50 %% off"]
    touchpoints = "".join(
        f"      - {{id: t{n}, name: {name!r}, emotion: 1}}\n" for n, name in enumerate(names)
    )
    text = (
        f"cjm: 1\nid: j\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n{touchpoints}"
    )
    round_trip = imported(render_mermaid(journey(text)))
    assert [t.name for t in round_trip.stages[0].touchpoints] == names


def test_persona_names_come_back_as_actors_even_with_commas():
    from cjm.render.mermaid import render_mermaid

    text = """\
cjm: 1
id: j
title: T
personas: [{id: parent, name: "Parent, busy"}, {id: scout, name: "Scout: #1"}]
stages:
  - id: s
    name: S
    touchpoints:
      - {id: a, name: A, emotion: 1, personas: [scout, parent]}
      - {id: b, name: B, emotion: 1}
      - {id: c, name: C, emotion: 1, personas: []}
"""
    diagram = render_mermaid(journey(text))
    assert "        C: 4\n" in diagram
    round_trip = imported(diagram)
    assert [(p.id, p.name) for p in round_trip.personas] == [  # type: ignore[union-attr]
        ("scout-1", "Scout: #1"),
        ("parent-busy", "Parent, busy"),
    ]
    assert [t.personas for _, _, t in round_trip.iter_touchpoints()] == [
        ["scout-1", "parent-busy"],
        ["parent-busy", "scout-1"],
        [],
    ]


def test_a_diagram_too_big_for_a_map_is_reported_not_a_crash():
    tasks = "".join(f"    task {n}: 3: Me\n" for n in range(2001))
    result = import_diagram(f"journey\n  title Big\n  section One\n{tasks}", "big.mmd")
    assert result.text is None
    assert "the imported map would be invalid: 2,001 touchpoints" in result.findings[-1].message


def test_text_after_the_closing_brace_of_a_description_is_read_on():
    source = "journey\naccDescr {\n  Two\n  lines\n}title T\naccDescr {\nOne\n}section S\n  A: 3\n"
    diagram, findings = parse(source, "d.mmd")
    assert findings == []
    assert (diagram.title, diagram.acc_descr) == ("T", "One")
    assert [(s.name, [t.name for t in s.tasks]) for s in diagram.sections] == [("S", ["A"])]


def test_a_description_block_never_closed_is_an_error_at_its_start():
    assert problems("journey\nsection S\n  A: 3\naccDescr {\n  no end\n") == [
        (4, "error", "`accDescr {` is never closed with `}`")
    ]


def test_a_semicolon_mermaid_cannot_read_is_an_error_with_its_line():
    assert [
        (line, severity) for line, severity, _ in problems("journey\nsection S\nA: 3; B\n")
    ] == [(3, "error")]


def test_a_title_alone_becomes_a_map_whose_one_stage_says_it_was_empty():
    assert problems("journey\ntitle Nothing\n") == [
        (
            1,
            "info",
            "the diagram has no section and no task; the map gets one stage that says so",
        )
    ]
    model = imported("journey\ntitle Nothing\n")
    assert model.title == "Nothing"
    assert [(s.name, s.description) for s in model.stages] == [
        ("Empty diagram", "The Mermaid diagram had no section and no task: add the stages here.")
    ]


def test_a_setting_mermaid_ignores_for_journeys_is_ignored_with_a_note():
    source = "journey\nsection S\n  A: 3: Me\n\n  size: 2rem\n"
    assert problems(source) == [
        (
            5,
            "info",
            "ignored `size: 2rem`: a setting Mermaid does not apply to journeys "
            "(it would draw a task without a score)",
        )
    ]
    assert [t.name for _, _, t in imported(source).iter_touchpoints()] == ["A"]


def test_a_trailing_percent_comment_is_part_of_the_actors_as_in_mermaid():
    source = "journey\nsection S\n  A: 3: Me %% not a comment\n"
    diagram, findings = parse(source, "d.mmd")
    assert diagram.sections[0].tasks[0].actors == ("Me %% not a comment",)
    assert [(f.line, f.severity.value) for f in findings] == [(3, "warning")]
