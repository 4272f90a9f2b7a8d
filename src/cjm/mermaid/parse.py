"""Reading Mermaid ``journey`` diagrams the way Mermaid's own grammar reads them.

::

    journey
      title My working day
      section Go to work
        Make tea: 5: Me
        Do work: 1: Me, Cat

The lexer below follows the rules of Mermaid's ``journey.jison`` in their order (the
first rule that matches at a position wins, as in Jison): ``%%`` and ``#`` comments,
``title``, ``accTitle:``, ``accDescr:``, ``accDescr { ... }`` (whatever follows the
closing brace is read on, so ``}title T`` sets the title), ``section``, and tasks
``Name: score: actor, actor`` whose data ends at ``#`` or ``;``. Mermaid's own
preprocessing comes first: an optional ``---`` front matter (its ``title``) and
``%%{ ... }%%`` directives.

Where Mermaid would refuse a diagram, this reader reports an error with its line; where
Mermaid reads something cjm cannot keep as written, a warning or an info says so. Two
readings differ on purpose and say so: a ``:`` inside a task name (Mermaid ends the name
there) is kept when the score and actors can still be told apart, and a line such as
``size: 2rem``, which Mermaid would draw as a task without a score, is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cjm.findings import Finding, Severity
from cjm.mermaid.syntax import ACTOR_COMMA, from_mermaid_text

RULE = "mermaid"
_MIN_SCORE, _MAX_SCORE = 1, 5
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$", re.IGNORECASE)
_SETTING = re.compile(r"^[A-Za-z][\w-]*$")
"""A one-word task name with a value that is not a score reads like a setting (``size``)."""
_DIRECTIVE = re.compile(r"%%\{.*?\}%%", re.DOTALL)
_FRONT_MATTER = re.compile(r"^---[ \t]*\n(.*?)\n---[ \t]*(?:\n|$)", re.DOTALL)
_FRONT_MATTER_TITLE = re.compile(r"^title[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("skip", r"%%(?!\{)[^\n]*"),
        ("skip", r"[^}]%%[^\n]*"),
        ("newline", r"\n+"),
        ("skip", r"\s+"),
        ("skip", r"#[^\n]*"),
        ("journey", r"journey"),
        ("title", r"title\s[^#\n;]+"),
        ("acc_title", r"accTitle\s*:\s*[^\n]*"),
        ("acc_descr", r"accDescr\s*:\s*[^\n]*"),
        ("acc_descr_block", r"accDescr\s*\{\s*[^}]*\}?"),
        ("section", r"section\s[^#:\n;]+"),
        ("task_name", r"[^#:\n;]+"),
        ("task_data", r":[^#\n;]+"),
        ("invalid", r"[\s\S]"),
    )
)
"""Mermaid's lexer rules, in its order; the ``accTitle``/``accDescr`` states folded in."""
_VALUE = re.compile(r"^acc(?:Title|Descr)\s*(?::|\{)\s*", re.IGNORECASE)


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


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    line: int


@dataclass
class _Parser:
    file: str
    diagram: Diagram = field(default_factory=Diagram)
    findings: list[Finding] = field(default_factory=list)

    def report(self, line: int, message: str, severity: Severity = Severity.ERROR) -> None:
        self.findings.append(Finding(self.file, line, 1, severity, RULE, message))


def parse(text: str, file: str) -> tuple[Diagram, list[Finding]]:
    """Read a diagram; errors, warnings and notes come as findings with line numbers."""
    parser = _Parser(file)
    text = _preprocess(text.replace("\r\n", "\n").replace("\r", "\n"), parser)
    tokens = [token for token in _tokens(text) if token.kind != "skip"]
    while tokens and tokens[0].kind == "newline":
        tokens.pop(0)
    if not tokens:
        parser.report(1, "empty diagram: a Mermaid journey starts with `journey`")
        return parser.diagram, parser.findings
    if tokens[0].kind != "journey":
        got = tokens[0].text.strip().splitlines()[0][:40] if tokens[0].text.strip() else ""
        parser.report(tokens[0].line, f"expected `journey` first, got {got!r}")
        return parser.diagram, parser.findings
    if tokens[0].text != "journey":  # Mermaid's detector, unlike its grammar, wants lowercase
        message = f"Mermaid recognises only `journey`, not {tokens[0].text!r}: write it lowercase"
        parser.report(tokens[0].line, message, Severity.WARNING)
    _statements(tokens[1:], parser)
    if not parser.diagram.sections and not _has_error(parser):
        parser.report(
            1,
            "the diagram has no section and no task; the map gets one stage that says so",
            Severity.INFO,
        )
    return parser.diagram, parser.findings


def _has_error(parser: _Parser) -> bool:
    return any(finding.severity is Severity.ERROR for finding in parser.findings)


def _preprocess(text: str, parser: _Parser) -> str:
    """Front matter and directives, blanked out so that line numbers stay true."""
    if text.startswith("---"):
        front = _FRONT_MATTER.match(text)
        if front is None:
            parser.report(1, "front matter opened with `---` is never closed")
            return ""
        title = _FRONT_MATTER_TITLE.search(front.group(1))
        if title and title.group(1):
            parser.diagram.title = title.group(1).strip("\"'")
        text = _blank(front.group(0)) + text[front.end() :]
    return _DIRECTIVE.sub(lambda match: _blank(match.group(0)), text)


def _blank(text: str) -> str:
    return "\n" * text.count("\n")


def _tokens(text: str) -> list[_Token]:
    """Mermaid's lexer: at each position the first rule that matches."""
    tokens: list[_Token] = []
    position, line = 0, 1
    while position < len(text):
        kind, matched = _next_token(text, position)
        tokens.append(_Token(kind, matched, line))
        line += matched.count("\n")
        position += len(matched)
    return tokens


def _next_token(text: str, position: int) -> tuple[str, str]:
    for kind, pattern in _RULES:
        match = pattern.match(text, position)
        if match and match.group(0):
            return kind, match.group(0)
    return "invalid", text[position]  # not reached: the last rule matches any character


def _statements(tokens: list[_Token], parser: _Parser) -> None:
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token.kind == "newline":
            continue
        if token.kind == "task_name" and index < len(tokens) and tokens[index].kind == "task_data":
            _task(token, tokens[index], parser)
            index += 1
            continue
        if token.kind == "section" and index < len(tokens) and tokens[index].kind == "task_data":
            parser.report(token.line, "a section name cannot contain `:` (Mermaid ends it there)")
        elif _statement(token, parser):
            continue
        while index < len(tokens) and tokens[index].kind != "newline":
            index += 1  # one error per line: on to the next statement


def _statement(token: _Token, parser: _Parser) -> bool:
    """One keyword statement; False (after reporting it) when the token starts none."""
    diagram, text = parser.diagram, token.text
    if token.kind == "title":
        diagram.title = _name(text[len("title") + 1 :]) or diagram.title
    elif token.kind == "acc_title":
        diagram.acc_title = _name(_VALUE.sub("", text)) or None
    elif token.kind == "acc_descr":
        diagram.acc_descr = _name(_VALUE.sub("", text)) or None
    elif token.kind == "acc_descr_block":
        if not text.endswith("}"):
            parser.report(token.line, "`accDescr {` is never closed with `}`")
            return False
        value = from_mermaid_text(_VALUE.sub("", text)[:-1].strip())
        diagram.acc_descr = re.sub(r"\n\s+", "\n", value) or None
    elif token.kind == "section":
        _section(token, parser)
    else:
        parser.report(token.line, _unreadable(token))
        return False
    return True


def _section(token: _Token, parser: _Parser) -> None:
    name = _name(token.text[len("section") + 1 :])
    if not name:
        parser.report(token.line, "a section needs a name")
        return
    _warn_comment(token.text, token.line, parser)
    parser.diagram.sections.append(Section(name, token.line))


def _unreadable(token: _Token) -> str:
    text = token.text.strip()
    if token.kind == "task_name":
        return (
            f"expected a task `Name: score: actor, actor` with a score from 1 to 5, "
            f"got {text[:60]!r}"
        )
    if token.kind == "task_data" or text == ":":
        return "a task needs a name before its score"
    if token.kind == "journey":
        return "`journey` starts a diagram and cannot appear again (Mermaid refuses it)"
    if text == ";":
        return "Mermaid cannot read `;` here: it ends a name early; remove it or use `；`"
    return f"Mermaid cannot read {text[:40]!r} here"


def _task(name_token: _Token, data: _Token, parser: _Parser) -> None:
    """``Name: score: actors``, as Mermaid's ``addTask`` splits it."""
    name, pieces = _name(name_token.text), data.text[1:].split(":")
    line = name_token.line
    if not name:
        parser.report(line, "a task needs a name before its score")
        return
    reading = _reading(name, pieces, line, parser)
    if reading is None:
        return
    name, score, actors = reading
    if not _MIN_SCORE <= score <= _MAX_SCORE:
        clamped = min(max(score, _MIN_SCORE), _MAX_SCORE)
        parser.report(
            line,
            f"score {score:g} is outside Mermaid's 1..5; read as {clamped:g}",
            Severity.WARNING,
        )
        score = clamped
    _warn_comment(name_token.text + data.text, line, parser)
    names = tuple(
        dict.fromkeys(
            _name(actor).replace(ACTOR_COMMA, ",") for actor in actors.split(",") if actor.strip()
        )
    )
    if not parser.diagram.sections:
        parser.diagram.sections.append(Section("Tasks", line))
    parser.diagram.sections[-1].tasks.append(Task(name, score, names, line))


def _reading(
    name: str, pieces: list[str], line: int, parser: _Parser
) -> tuple[str, float, str] | None:
    """Name, score and actors; Mermaid's reading unless a ``:`` belongs to the name."""
    score = _number(pieces[0])
    if len(pieces) > 2 or (score is None and len(pieces) > 1):
        kept = _colon_in_name(name, pieces)
        if kept is not None:
            parser.report(
                line,
                f"Mermaid ends a task name at `:`; kept {kept[0]!r} as the name "
                "(write `꞉`, which reads the same, to make Mermaid agree)",
                Severity.WARNING,
            )
            return kept
    if score is not None:
        if len(pieces) > 2:
            parser.report(
                line, "Mermaid ignores what follows the actors' `:`; so does cjm", Severity.WARNING
            )
        return name, score, pieces[1] if len(pieces) > 1 else ""
    value = pieces[0].strip()
    if len(pieces) == 1 and _SETTING.match(name) and value:
        parser.report(
            line,
            f"ignored `{name}: {value}`: a setting Mermaid does not apply to journeys "
            "(it would draw a task without a score)",
            Severity.INFO,
        )
        return None
    written = f"{name}:{':'.join(pieces)}"
    parser.report(
        line,
        f"expected a task `Name: score: actor, actor` with a score from 1 to 5, "
        f"got {written[:60]!r}",
    )
    return None


def _colon_in_name(name: str, pieces: list[str]) -> tuple[str, float, str] | None:
    """``Check in: 10:30: 4: Me``: the last two fields, when they read as score and actors."""
    for score_at in (len(pieces) - 2, len(pieces) - 1):
        score = _number(pieces[score_at]) if score_at > 0 else None
        if score is not None and _MIN_SCORE <= score <= _MAX_SCORE:
            full = ":".join([name, *pieces[:score_at]])
            actors = pieces[score_at + 1] if score_at + 1 < len(pieces) else ""
            return _name(full), score, actors
    return None


def _warn_comment(written: str, line: int, parser: _Parser) -> None:
    if "%%" in written:  # as written: `% %` is how cjm writes a `%%` of the map
        parser.report(
            line,
            "`%%` starts a comment only at the beginning of a line; Mermaid shows it as text",
            Severity.WARNING,
        )


def _name(text: str) -> str:
    return from_mermaid_text(text).strip()


def _number(text: str) -> float | None:
    text = text.strip()
    return float(text) if _NUMBER.match(text) else None
