"""Reading Mermaid ``journey`` diagrams the way Mermaid's own grammar reads them.

::

    journey
      title My working day
      section Go to work
        Make tea: 5: Me
        Do work: 1: Me, Cat

``%%`` and ``#`` start comments; ``accTitle`` and ``accDescr`` (one line, or
``accDescr { ... }`` over several) are read; an optional ``---`` front matter may give
the title. A ``:`` inside a task name, which Mermaid itself cannot read, is kept when
the score and actors can still be told apart (the last two fields). A score outside
Mermaid's 1..5 is clamped and reported as a warning; anything else that cannot be read
is an error with its line number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from cjm.findings import Finding, Severity
from cjm.mermaid.syntax import from_mermaid_text

RULE = "mermaid"
_KEYWORD = re.compile(r"^(title|section)(?:\s+(.*))?$", re.IGNORECASE)
_ACC = re.compile(r"^acc(Title|Descr)\s*(:|\{)\s*(.*)$", re.IGNORECASE)
_MIN_SCORE, _MAX_SCORE = 1, 5


@dataclass(frozen=True, slots=True)
class Task:
    name: str
    score: float
    actors: tuple[str, ...]
    line: int


@dataclass
class Section:
    name: str
    line: int
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Diagram:
    """What a Mermaid journey diagram says, before it becomes a map."""

    title: str | None = None
    acc_title: str | None = None
    acc_descr: str | None = None
    sections: list[Section] = field(default_factory=list)


@dataclass
class _Parser:
    file: str
    diagram: Diagram = field(default_factory=Diagram)
    findings: list[Finding] = field(default_factory=list)

    def report(self, line: int, message: str, severity: Severity = Severity.ERROR) -> None:
        self.findings.append(Finding(self.file, line, 1, severity, RULE, message))


def parse(text: str, file: str) -> tuple[Diagram, list[Finding]]:
    """Read a diagram; errors and warnings come as findings with line numbers."""
    parser = _Parser(file)
    lines = list(enumerate(text.splitlines(), start=1))
    lines = _skip_front_matter(lines, parser)
    seen_header = False
    index = 0
    while index < len(lines):
        number, raw = lines[index]
        index += 1
        acc = _ACC.match(raw.strip())
        if acc and acc.group(2) == "{":
            index = _multiline_description(acc.group(3), lines, index, number, parser)
            continue
        if acc:
            _set_accessibility(parser.diagram, acc.group(1), acc.group(3).strip())
            continue
        line = _strip_comments(raw).strip()
        if not line:
            continue
        if not seen_header:
            if line.lower() != "journey":
                parser.report(number, f"expected `journey` first, got {line[:40]!r}")
                return parser.diagram, parser.findings
            seen_header = True
            continue
        _statement(line, number, parser)
    if not seen_header:
        parser.report(1, "empty diagram: a Mermaid journey starts with `journey`")
    elif not parser.diagram.sections:
        parser.report(1, "the diagram has no section and no task")
    return parser.diagram, parser.findings


def _skip_front_matter(lines: list[tuple[int, str]], parser: _Parser) -> list[tuple[int, str]]:
    """Mermaid's optional ``---`` YAML front matter; only its ``title`` matters here."""
    if not lines or lines[0][1].strip() != "---":
        return lines
    for index, (_, raw) in enumerate(lines[1:], start=1):
        if raw.strip() == "---":
            return lines[index + 1 :]
        title = re.match(r"^title\s*:\s*(.+)$", raw.strip())
        if title:
            parser.diagram.title = title.group(1).strip().strip("\"'")
    parser.report(lines[0][0], "front matter opened with `---` is never closed")
    return []


def _multiline_description(
    start: str, lines: list[tuple[int, str]], index: int, number: int, parser: _Parser
) -> int:
    """``accDescr {`` ... ``}``: the text up to the closing brace, trimmed line by line."""
    collected = [start]
    while "}" not in collected[-1] and index < len(lines):
        collected.append(lines[index][1])
        index += 1
    if "}" not in collected[-1]:
        parser.report(number, "`accDescr {` is never closed with `}`")
    text = "\n".join(collected).split("}", 1)[0]
    description = "\n".join(part.strip() for part in text.splitlines()).strip()
    _set_accessibility(parser.diagram, "descr", description)
    return index


def _set_accessibility(diagram: Diagram, which: str, value: str) -> None:
    if which.lower() == "title":
        diagram.acc_title = value or None
    else:
        diagram.acc_descr = value or None


def _strip_comments(line: str) -> str:
    """Mermaid skips ``%%`` (not ``}%%``, the end of a directive) and ``#`` to the line end."""
    match = re.search(r"(?<!\})%%|#", line)
    return line[: match.start()] if match else line


def _statement(line: str, number: int, parser: _Parser) -> None:
    keyword = _KEYWORD.match(line)
    if keyword and keyword.group(2):
        name = keyword.group(2).strip()
        if keyword.group(1).lower() == "title":
            parser.diagram.title = from_mermaid_text(name)
        elif ":" in name:
            parser.report(number, "a section name cannot contain `:` (Mermaid ends it there)")
        elif not from_mermaid_text(name).strip():
            parser.report(number, "a section needs a name")
        else:
            parser.diagram.sections.append(Section(from_mermaid_text(name).strip(), number))
        return
    task = _task(line, number, parser)
    if task is None:
        return
    if not parser.diagram.sections:
        parser.diagram.sections.append(Section("Tasks", number))
    parser.diagram.sections[-1].tasks.append(task)


def _task(line: str, number: int, parser: _Parser) -> Task | None:
    """``Name: score: actor, actor``; the name may hold ``:`` when the rest is unambiguous."""
    parts = line.split(":")
    split = _split_task(parts)
    if split is None:
        parser.report(
            number,
            f"expected a task `Name: score: actor, actor` with a score from 1 to 5, "
            f"got {line[:60]!r}",
        )
        return None
    name, score, actors = split
    name = from_mermaid_text(name).strip()
    if not name:
        parser.report(number, "a task needs a name before its score")
        return None
    if not _MIN_SCORE <= score <= _MAX_SCORE:
        parser.report(
            number,
            f"score {score:g} is outside Mermaid's 1..5; read as {_clamp(score):g}",
            Severity.WARNING,
        )
    names = tuple(actor.strip() for actor in actors.split(",") if actor.strip())
    return Task(name, _clamp(score), names, number)


def _split_task(parts: list[str]) -> tuple[str, float, str] | None:
    """Name, score and actors; Mermaid's own reading first (``name: score[: actors]``)."""
    readings = [
        (1, 2) if len(parts) in (2, 3) else None,  # name: score[: actors]
        (len(parts) - 2, len(parts) - 1) if len(parts) >= 3 else None,  # name:with: score: actors
        (len(parts) - 1, None) if len(parts) >= 2 else None,  # name:with: score
    ]
    for reading in readings:
        if reading is None:
            continue
        score_at, actors_at = reading
        score = _number(parts[score_at])
        if score is not None:
            actors = parts[actors_at] if actors_at is not None and actors_at < len(parts) else ""
            return ":".join(parts[:score_at]).strip(), score, actors
    return None


def _number(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _clamp(score: float) -> float:
    return min(max(score, _MIN_SCORE), _MAX_SCORE)
