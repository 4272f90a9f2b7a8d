"""Every ``journey`` diagram of the Mermaid repository survives import then export.

The diagrams are read where they are, in ``shared/data/mermaid-journeys/`` beside the
repository (origins in its ``SOURCES.md``); they are not copied into this project. For
each one, ``cjm import`` then ``cjm export --format mermaid`` must give a diagram that
reads the same: title, accessibility title and description, sections, tasks, scores and
each task's actors. Readings are checked twice: with Mermaid itself (its parser, pinned in
``tests/browser/package.json``, run in the system Chromium), and with cjm's reader,
which follows ``journey.jison`` rule by rule and must agree with Mermaid on every
diagram. A few readings are also written out by hand below, as documentation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cjm.findings import Severity
from cjm.mermaid.import_ import import_diagram
from cjm.mermaid.parse import Diagram, parse
from cjm.render.mermaid import render_mermaid
from tests.browser import run_node
from tests.conftest import REPO
from tests.journeys import journey

FOLDER = next(
    (
        base / "shared" / "data" / "mermaid-journeys"
        for base in (REPO.parent, REPO.parent.parent)
        if (base / "shared" / "data" / "mermaid-journeys").is_dir()
    ),
    None,
)
DIAGRAMS = sorted(FOLDER.glob("*.mmd")) if FOLDER else []
needs_folder = pytest.mark.skipif(
    FOLDER is None, reason="shared/data/mermaid-journeys/ is not beside the repository"
)

Reading = tuple[
    str | None, str | None, str | None, list[tuple[str, list[tuple[str, float, tuple[str, ...]]]]]
]


def reading(diagram: Diagram) -> Reading:
    sections = [
        (section.name, [(task.name, task.score, task.actors) for task in section.tasks])
        for section in diagram.sections
    ]
    return diagram.title, diagram.acc_title, diagram.acc_descr, sections


def expected_after_import(original: Reading) -> Reading:
    """What a map can hold: a title (the accessible one when there is no other) and a stage."""
    title, acc_title, acc_descr, sections = original
    return title or acc_title, acc_title, acc_descr, sections or [("Empty diagram", [])]


def mermaids_reading(result: dict[str, Any]) -> Reading:
    """What Mermaid's journey database holds, as :func:`reading` puts it.

    Names are compared without the spaces around them (Mermaid keeps a space before a
    `:`, which no drawing shows), an actor without a name (``E task: 5:``) is no actor,
    and a task whose score Mermaid cannot read (``size: 2rem``, which cjm ignores) is
    left out.
    """
    assert "error" not in result, result
    tasks = [
        (task["section"], (task["task"].strip(), task["score"], actors(task["people"])))
        for task in result["tasks"]
        if task["score"] is not None
    ]
    sections: list[tuple[str, list[tuple[str, float, tuple[str, ...]]]]] = []
    for name in result["sections"]:  # tasks are in order; a section takes its run of them
        run = []
        while tasks and tasks[0][0] == name:
            run.append(tasks.pop(0)[1])
        sections.append((name.strip(), run))
    assert tasks == []
    return (
        result["title"].strip() or None,
        result["accTitle"].strip() or None,
        result["accDescr"].strip() or None,
        sections,
    )


def actors(people: list[str]) -> tuple[str, ...]:
    return tuple(person for person in people if person)


@pytest.fixture(scope="module")
def mermaid(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Reading]]:
    """Mermaid's reading of every diagram (``original``) and of its export (``exported``)."""
    folder = tmp_path_factory.mktemp("exported")
    exports = []
    for path in DIAGRAMS:
        imported = import_diagram(path.read_text(encoding="utf-8"), path.name)
        assert imported.text is not None, imported.findings
        exports.append(folder / path.name)
        exports[-1].write_text(render_mermaid(journey(imported.text)), encoding="utf-8")
    outcome = run_node("read-mermaid.mjs", *map(str, DIAGRAMS), *map(str, exports))
    readings = {Path(r["file"]): mermaids_reading(r) for r in outcome["results"]}
    return {
        "original": {path.name: readings[path] for path in DIAGRAMS},
        "exported": {path.name: readings[path] for path in exports},
    }


@needs_folder
@pytest.mark.parametrize("path", DIAGRAMS, ids=lambda path: path.stem[:2])
def test_cjm_reads_each_diagram_as_mermaid_does(path: Path, mermaid: dict[str, Any]):
    diagram, _ = parse(path.read_text(encoding="utf-8"), path.name)
    assert reading(diagram) == mermaid["original"][path.name]


@needs_folder
@pytest.mark.parametrize("path", DIAGRAMS, ids=lambda path: path.stem[:2])
def test_mermaid_reads_the_export_as_the_original(path: Path, mermaid: dict[str, Any]):
    assert mermaid["exported"][path.name] == expected_after_import(mermaid["original"][path.name])


@needs_folder
def test_the_folder_holds_every_diagram():
    assert len(DIAGRAMS) == 24


@needs_folder
@pytest.mark.parametrize("path", DIAGRAMS, ids=lambda path: path.stem[:2])
def test_import_then_export_reads_as_the_original(path: Path):
    source = path.read_text(encoding="utf-8")
    original, findings = parse(source, path.name)
    assert [f for f in findings if f.severity is not Severity.INFO] == []
    imported = import_diagram(source, path.name)
    assert imported.text is not None, imported.findings
    exported = render_mermaid(journey(imported.text))
    again, findings = parse(exported, "exported.mmd")
    assert findings == []
    assert reading(again) == expected_after_import(reading(original))
    if original.sections:  # the exported diagram is a fixed point: the same map again
        assert import_diagram(exported, path.name).text == imported.text


def read(name: str) -> Reading:
    (path,) = [path for path in DIAGRAMS if path.name.startswith(name)]
    return reading(parse(path.read_text(encoding="utf-8"), path.name)[0])


@needs_folder
def test_text_after_a_description_block_is_the_title():
    assert read("06") == (
        "Adding journey diagram functionality to mermaid",
        "Adding acc journey diagram functionality to mermaid",
        "A user journey for\nfamily shopping",
        [("Order from website", [])],
    )


@needs_folder
def test_actors_per_task_as_mermaid_splits_them():
    _, _, _, sections = read("10")
    assert sections == [
        (
            "Documentation",
            [
                ("A task", 5, ("Alice", "Bob", "Charlie")),
                ("B task", 3, ("Bob", "Charlie")),
                ("C task", 5, ()),
                ("D task", 5, ("Charlie", "Alice")),
                ("E task", 5, ()),  # `E task: 5:` -- Mermaid's one empty actor is none
            ],
        ),
        ("Another section", [("P task", 5, ()), ("Q task", 5, ()), ("R task", 5, ())]),
    ]


@needs_folder
def test_spaces_around_colons_and_a_section_name_used_twice():
    title, _, _, sections = read("14")
    assert title == "Web hook life cycle"
    assert [name for name, _ in sections] == ["Darkoob", "External Service", "Darkoob"]
    assert sections[1][1][0] == (
        "set Darkoob slug as hook for an Event",
        5,
        ("admin Exjjjnjjjj qwerty",),
    )


@needs_folder
def test_front_matter_directives_and_line_breaks_in_names():
    assert read("20")[:3] == (
        "My working day",
        "Very simple journey demo",
        "2 main sections: work and home, each with just a few tasks",
    )
    assert read("19")[1:3] == ("This is a title", "This is a description")
    assert read("09")[3] == [("Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5", [])]


@needs_folder
def test_a_setting_line_is_ignored_with_a_note_and_a_title_alone_imports():
    path = next(path for path in DIAGRAMS if path.name.startswith("18"))
    _, findings = parse(path.read_text(encoding="utf-8"), path.name)
    assert [(f.line, f.severity) for f in findings] == [(21, Severity.INFO)]
    assert [task[0] for task in read("18")[3][2][1]] == ["Revisit Application", "Invite Friends"]
    assert read("04") == ("Adding journey diagram functionality to mermaid", None, None, [])
