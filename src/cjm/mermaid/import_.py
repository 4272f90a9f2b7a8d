"""``cjm import`` as a library: a Mermaid ``journey`` diagram becomes a cjm journey map.

Sections become stages, tasks become touchpoints, actors become inline personas (names
as Mermaid wrote them, ids slugged) and each task's actors its touchpoint's
``personas``; ``accTitle`` becomes ``accessible_title`` and ``accDescr`` the
description. A diagram without sections (a title alone) becomes a map whose one stage
says so, since a map needs a stage. A task's score becomes
the touchpoint's emotion as ``score - 3``: Mermaid's 1..5 maps onto cjm's -2..+2 with
1 → -2, 3 → 0, 5 → +2. Nothing is rounded, since cjm emotions are numbers (3.5 gives
0.5); scores outside 1..5 are clamped first (see :mod:`cjm.mermaid.parse`). Ids are
slugs of the names, made unique with ``-2``, ``-3``... The map is written as YAML text
with every name quoted, and loaded back before it is returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePath

from cjm.errors import PathNotFoundError
from cjm.findings import Finding, Severity
from cjm.ids import slugify
from cjm.loader import load_text
from cjm.mermaid.parse import RULE, Diagram, Section, parse
from cjm.mermaid.syntax import NEUTRAL_SCORE
from cjm.text import format_number
from cjm.yamltext import quote, scalar

_MAX_SLUG = 60
"""Ids made from long task names are cut here, to stay readable."""
_MAX_BYTES = 2 * 1024 * 1024
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The map's YAML text (None when the diagram had errors) and what was found on the way."""

    text: str | None
    findings: list[Finding]


def import_file(path: Path, journey_id: str | None = None) -> ImportResult:
    """Convert a ``.mmd`` file; it must be UTF-8 text of at most 2 MiB."""
    if not path.is_file():
        raise PathNotFoundError(f"path does not exist or is not a file: {path}")
    try:
        with path.open("rb") as stream:
            raw = stream.read(_MAX_BYTES + 1)  # never more, however big the file
    except OSError as error:
        raise PathNotFoundError(f"cannot read {path}: {error.strerror or error}") from None
    problem = "file is larger than 2 MiB" if len(raw) > _MAX_BYTES else None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problem = f"not valid UTF-8 ({error.reason} at byte {error.start}): save it as UTF-8"
    if problem:
        return ImportResult(None, [Finding(str(path), 1, 1, Severity.ERROR, RULE, problem)])
    return import_diagram(text, str(path), journey_id)


def import_diagram(source: str, file: str, journey_id: str | None = None) -> ImportResult:
    """Convert the text of a ``.mmd`` file; ``file`` names it in findings and comments."""
    diagram, findings = parse(source, file)
    if any(finding.severity is Severity.ERROR for finding in findings):
        return ImportResult(None, findings)
    title = diagram.title or diagram.acc_title or _humanise(PurePath(file).stem)
    journey_id = (
        journey_id
        or slugify(title, _MAX_SLUG)
        or slugify(PurePath(file).stem, _MAX_SLUG)
        or "imported-journey"
    )
    text = _journey_yaml(diagram, journey_id, title, file)
    problems = [
        Finding(file, 1, 1, Severity.ERROR, RULE, f"the imported map would be invalid: {f.message}")
        for f in load_text(text, file).findings
    ]
    return ImportResult(None if problems else text, findings + problems)


def emotion_of(score: float) -> float:
    """A Mermaid score (1..5) as a cjm emotion (-2..+2)."""
    return score - NEUTRAL_SCORE


class _Ids:
    """Hands out unique slugs: ids are unique within a journey, whatever the names."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def new(self, name: str, fallback: str) -> str:
        base = slugify(name, _MAX_SLUG) or fallback
        candidate, counter = base, 1
        while candidate in self.used:
            counter += 1
            candidate = f"{base}-{counter}"
        self.used.add(candidate)
        return candidate


def _journey_yaml(diagram: Diagram, journey_id: str, title: str, file: str) -> str:
    source_name = _UNPRINTABLE.sub("?", PurePath(file).name)
    lines = [
        f"# Imported from {source_name} by `cjm import`: sections became stages, tasks",
        "# touchpoints, actors inline personas (a task's actors its touchpoint's personas),",
        "# scores (1..5) emotions as score - 3 (-2..+2). Next: add goals, channels, pain",
        "# points and KPIs; `cjm validate` lists what is still missing.",
        "cjm: 1",
        f"id: {scalar(journey_id)}",
        f"title: {quote(title)}",
    ]
    if diagram.acc_title:
        lines.append(f"accessible_title: {quote(diagram.acc_title)}")
    if diagram.acc_descr:
        lines.append(f"description: {quote(diagram.acc_descr)}")
    personas = _personas(diagram)
    lines += ["personas:"] if personas else []
    for actor, persona_id in personas.items():
        lines += [f"  - id: {scalar(persona_id)}", f"    name: {quote(actor)}"]
    lines.append("stages:")
    ids = _Ids()
    for section in diagram.sections or [_EMPTY]:
        lines.extend(_stage(section, ids, personas))
    return "\n".join(lines) + "\n"


_EMPTY = Section("Empty diagram", 1)
"""The one stage of a map imported from a diagram without sections."""
_EMPTY_DESCRIPTION = "The Mermaid diagram had no section and no task: add the stages here."


def _personas(diagram: Diagram) -> dict[str, str]:
    """Every actor, in order of appearance, with its persona id."""
    actors = dict.fromkeys(a for s in diagram.sections for t in s.tasks for a in t.actors)
    ids = _Ids()
    return {actor: ids.new(actor, "persona") for actor in actors}


def _stage(section: Section, ids: _Ids, personas: dict[str, str]) -> list[str]:
    stage_id = ids.new(section.name, "stage")
    lines = [f"  - id: {scalar(stage_id)}", f"    name: {quote(section.name)}"]
    if section is _EMPTY:
        lines.append(f"    description: {quote(_EMPTY_DESCRIPTION)}")
    if section.tasks:
        lines.append("    touchpoints:")
    for task in section.tasks:
        lines += [
            f"      - id: {scalar(ids.new(task.name, 'touchpoint'))}",
            f"        name: {quote(task.name)}",
            f"        emotion: {format_number(emotion_of(task.score))}"
            f"  # Mermaid score {format_number(task.score)}",
        ]
        if personas:  # a task without actors is for none of them, not for all
            who = ", ".join(scalar(personas[actor]) for actor in task.actors)
            lines.append(f"        personas: [{who}]")
    return lines


def _humanise(stem: str) -> str:
    words = re.sub(r"[-_.]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "Imported journey"
