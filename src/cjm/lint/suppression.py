"""Inline suppressions: ``# cjm: disable=...`` comments in the YAML itself.

``# cjm: disable=rule-a,rule-b`` at the end of a line silences those rules on that line;
on a line of its own, it silences them on the line below. ``# cjm: disable-file=rule-a``
silences them in the whole file. A reason may follow after `` -- ``.

PyYAML throws comments away, so directives are found in the raw text. A ``#`` starts
a comment only at the start of a line or after white space, and never inside a quoted
or block scalar; the node tree tells those apart, so a description that quotes a
directive silences nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

LINE = "disable"
FILE = "disable-file"
KINDS = (LINE, FILE)

# Starts with the literal `#` so the regex engine can skip ahead quickly; whether the `#`
# begins a comment (start of line or after a blank) is checked on each match.
_COMMENT = re.compile(r"#[ \t]*cjm[ \t]*:[ \t]*(?P<body>[^\r\n]*)", re.IGNORECASE)
_BODY = re.compile(r"(?P<kind>[a-z][a-z-]*)[ \t]*(?:=(?P<names>.*))?$")
_BLANKS = frozenset(" \t\r\n")
_REASON = re.compile(r"\s--(\s|$)")
_STRING_STYLES = frozenset({'"', "'", "|", ">"})


@dataclass(frozen=True, slots=True)
class Directive:
    """One ``# cjm: kind=names`` comment; ``line`` and ``column`` (of the ``#``) are 1-based.

    ``own_line`` when nothing but white space precedes the comment on its line.
    """

    line: int
    column: int
    kind: str
    names: tuple[str, ...]
    own_line: bool = False


@dataclass
class Suppressions:
    """The directives of one file, and what they silence."""

    directives: list[Directive] = field(default_factory=list)
    _by_line: dict[int, set[str]] = field(init=False, default_factory=dict)
    _file_wide: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        for directive in self.directives:
            if directive.kind == FILE:
                self._file_wide.update(directive.names)
            elif directive.kind == LINE:
                line = directive.line + 1 if directive.own_line else directive.line
                self._by_line.setdefault(line, set()).update(directive.names)

    def silences(self, rule: str, line: int) -> bool:
        """Whether a finding of ``rule`` on ``line`` is silenced."""
        return rule in self._file_wide or rule in self._by_line.get(line, ())


def find_suppressions(text: str, root: Node) -> Suppressions:
    """The directives in ``text``, whose YAML node tree is ``root``."""
    matches = [
        m for m in _COMMENT.finditer(text) if m.start() == 0 or text[m.start() - 1] in _BLANKS
    ]
    if not matches:
        return Suppressions()
    line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
    strings = list(_string_spans(root))
    directives: list[Directive] = []
    for match in matches:
        line = bisect.bisect_right(line_starts, match.start()) - 1
        column = match.start() - line_starts[line]
        if any(start <= (line, column) < end for start, end in strings):
            continue
        body = _BODY.match(match["body"].strip())
        if body is not None:
            own_line = not text[line_starts[line] : match.start()].strip()
            names = _names(body["names"])
            directives.append(Directive(line + 1, column + 1, body["kind"], names, own_line))
    return Suppressions(directives)


def _names(text: str | None) -> tuple[str, ...]:
    if text is None:
        return ()
    listed = _REASON.split(text, maxsplit=1)[0]
    return tuple(name.strip() for name in listed.split(",") if name.strip())


def _string_spans(root: Node) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """Where quoted and block scalars start and end (0-based line, column)."""
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode) and node.style in _STRING_STYLES:
            start, end = node.start_mark, node.end_mark
            # A block scalar's text starts below its `|` or `>` line, which may hold a comment.
            begin = (start.line + 1, 0) if node.style in "|>" else (start.line, start.column)
            yield begin, (end.line, end.column)
        elif isinstance(node, MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
