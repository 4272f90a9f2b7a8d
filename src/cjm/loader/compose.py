"""Text → YAML node tree, with the guards PyYAML lacks.

Nodes keep their marks (line and column), which is what lets every later finding point
at the right place. The C parser is used when PyYAML was built with libyaml.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import Node

from cjm.loader.limits import Limits
from cjm.loader.resolver import CoreResolver
from cjm.yamltext import quote


class LoadError(Exception):
    """The text cannot become a node tree; carries a 1-based position."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class PurePythonNodeLoader(
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    yaml.composer.Composer,
    CoreResolver,
):
    """PyYAML's pure-Python parser and composer with the core-schema resolver."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        CoreResolver.__init__(self)


NodeLoader: type[Any] = PurePythonNodeLoader
"""The loader :func:`compose` uses: libyaml's C parser when PyYAML was built with it."""

if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class CNodeLoader(CParser, CoreResolver):
        """libyaml's parser, composing in C, with the core-schema resolver."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            CoreResolver.__init__(self)

    NodeLoader = CNodeLoader


def compose(text: str, limits: Limits) -> Node | None:
    """Parse one YAML document into its root node (``None`` when the file is empty)."""
    if text.count("[") + text.count("{") > limits.max_depth:
        _check_flow_depth(text, limits.max_depth)
    loader = NodeLoader(text)
    try:
        return loader.get_single_node()  # type: ignore[no-any-return]
    except yaml.MarkedYAMLError as error:
        raise _marked_error(error, text, limits.max_depth) from None
    except yaml.reader.ReaderError as error:
        line, column = position_of(text, error.position)
        raise LoadError(_reader_message(error), line, column) from None
    except yaml.YAMLError as error:
        raise LoadError(f"invalid YAML: {error}") from None
    except RecursionError:
        raise LoadError(f"nesting deeper than {limits.max_depth} levels") from None
    finally:
        loader.dispose()


def _check_flow_depth(text: str, max_depth: int) -> None:
    """Reject deep nesting from the event stream, before the recursive composer sees it."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=NodeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > max_depth:
                    mark = event.start_mark
                    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
                    raise LoadError(f"nesting deeper than {max_depth} levels", line, column)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as error:
        if isinstance(error, yaml.MarkedYAMLError) and _is_depth_error(error):
            raise _marked_error(error, text, max_depth) from None
        # any other syntax error: compose() reports it with its position


def _is_depth_error(error: yaml.MarkedYAMLError) -> bool:
    """libyaml 0.2.5+ (PyYAML 6.0.4 wheels) refuses deep nesting with a message of its own."""
    return "maximum nesting depth" in f"{error.context} {error.problem}"


def _marked_error(error: yaml.MarkedYAMLError, text: str, max_depth: int) -> LoadError:
    mark = error.problem_mark or error.context_mark
    problem = _describe(error)
    if _is_depth_error(error):
        # The same words whichever libyaml is installed, so messages never depend on it.
        problem = f"nesting deeper than {max_depth} levels"
    if mark is None:
        return LoadError(problem)
    line = _line_at(text, mark.line)
    if "\t" in line and "cannot start any token" in problem:
        problem = "a tab character cannot indent YAML: use spaces"
    else:
        problem += _advice(problem, line, mark.column) or _opener_advice(error, text)
    return LoadError(problem, mark.line + 1, mark.column + 1)


_RESERVED_START = "%@`"
"""Characters YAML reserves: plain text cannot start with them."""
_INDENTATION_PROBLEMS = (
    "did not find expected key",
    "did not find expected '-' indicator",
    "expected <block end>",
)


def _advice(problem: str, line: str, column: int) -> str:
    """How to fix the YAML mistakes people actually make, from the line the parser stopped
    on; empty when the mistake is not one of those."""
    before = line[:column]
    if "cannot start any token" in problem:
        return _token_advice(line, column)
    if "mapping values are not allowed" in problem:
        key, colon, value = before.strip().removeprefix("- ").partition(": ")
        if colon:  # the line already has its key: this ": " is inside the text
            text = f"{value}{line[column:]}".strip()
            fixed = _example(f"{key}: {quote(text)}", ", e.g. ")
            return f'; a ": " inside unquoted text starts a mapping: quote the text{fixed}'
        return _INDENT_ADVICE
    if any(fragment in problem for fragment in _INDENTATION_PROBLEMS):
        return _quoted_start_advice(line, column) or _INDENT_ADVICE
    return ""


def _token_advice(line: str, column: int) -> str:
    """A character that cannot start YAML text: `unit: %` (quote it), or the stray rest
    after a quote that closed text opened lines earlier."""
    before, at = line[:column], line[column : column + 1]
    if before[-1:] in ('"', "'"):
        return (
            f"; the `{before[-1]}` before it ends a quoted text: a quote opened earlier is not "
            "closed"
        )
    if at and at in _RESERVED_START:
        fixed = _example(f"{before.strip()} {quote(line[column:].strip())}")
        return f"; text that starts with {at} must be quoted{fixed}"
    return ""


def _quoted_start_advice(line: str, column: int) -> str:
    """Text such as `title: [draft] Checkout`: YAML reads the `[...]` (or a quoted part) as
    the whole value, then stops at the rest of the line."""
    key, colon, value = line.strip().removeprefix("- ").partition(": ")
    start = line.find(value) if colon and value else -1
    if start < 0 or value[0] not in "[{\"'" or column <= start or not line[column:].strip():
        return ""
    fixed = _example(f"{key}: {quote(value.strip())}", ", e.g. ")
    return f"; text that starts with `{value[0]}` must be quoted as a whole{fixed}"


def _opener_advice(error: yaml.MarkedYAMLError, text: str) -> str:
    """For a `[`, `{` or quote that is never closed, or a backslash in double quotes: the
    parser stops far from the mistake (often at the end of the file), so name where the
    bracket or quote opened and how to close it."""
    opened = error.context_mark
    problem = error.problem or ""
    if opened is None or not error.context:
        return ""
    if "unknown escape character" in problem:
        return (
            "; in double quotes a backslash starts an escape: write \\\\ for a backslash, or "
            "use single quotes"
        )
    at = _line_at(text, opened.line)[opened.column : opened.column + 1]
    where = f"line {opened.line + 1}, column {opened.column + 1}"
    if error.context.startswith("while parsing a flow") and at in _CLOSERS:
        return (
            f"; the `{at}` at {where} needs `, ` between items and a closing "
            f"`{_CLOSERS[at]}`, or quotes around the text if the `{at}` is part of it"
        )
    if error.context.startswith("while scanning a") and "end of stream" in problem and at:
        return f"; the `{at}` at {where} is never closed: end the text with `{at}`"
    return ""


_CLOSERS = {"[": "]", "{": "}"}


def _example(fixed: str, lead: str = ": ") -> str:
    """The corrected line as an example, unless it is too long to echo in a message."""
    return f"{lead}{fixed}" if len(fixed) <= 80 else ""


_INDENT_ADVICE = (
    "; check the indentation of this line: keys of one mapping (and the `- ` items of one "
    "list) must start in the same column, with spaces only"
)


def _describe(error: yaml.MarkedYAMLError) -> str:
    """PyYAML's context and problem as one sentence."""
    problem = error.problem or "invalid YAML"
    context = error.context or ""
    if problem.startswith("but "):
        problem = f"{context} {problem}"
    elif context.startswith("while ") and context not in problem:
        problem = f"{context}: {problem}"
    if "single document" in problem:
        problem += " (one cjm document per file)"
    return problem.replace("\n", " ")


def _reader_message(error: yaml.reader.ReaderError) -> str:
    if isinstance(error.character, str):
        return f"control character U+{ord(error.character):04X} is not allowed in YAML text"
    return "invalid character in YAML text"


def _line_at(text: str, index: int) -> str:
    lines = text.splitlines()
    return lines[index] if 0 <= index < len(lines) else ""


_NEWLINE = re.compile(r"\r\n|\r|\n")


def position_of(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    before = text[:offset]
    line = len(_NEWLINE.findall(before)) + 1
    start = max(before.rfind("\n"), before.rfind("\r")) + 1
    return line, offset - start + 1
