"""YAML nodes → plain Python data, strictly.

PyYAML's constructors silently keep the last of two duplicate keys, accept ``!!binary``
and ``!!python`` tags, and turn ``2024-13-45`` into a bare ``ValueError``. This constructor
builds only JSON-like data (dict with text keys, list, str, int, float, bool, None) and
records every problem with the node it comes from instead of raising on the first one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cjm.findings import shorten
from cjm.loader.limits import Limits
from cjm.loader.resolver import (
    BOOL_TAG,
    FLOAT_TAG,
    INT_TAG,
    MAP_TAG,
    NULL_TAG,
    SEQ_TAG,
    STR_TAG,
)


@dataclass(frozen=True, slots=True)
class NodeProblem:
    """Something wrong with one node; positions are 1-based."""

    message: str
    line: int
    column: int


class LimitExceeded(Exception):
    """The document is too deep or expands to too many nodes."""

    def __init__(self, problem: NodeProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def problem_at(node: Node, message: str) -> NodeProblem:
    return NodeProblem(message, node.start_mark.line + 1, node.start_mark.column + 1)


def check_expansion(root: Node, limits: Limits) -> None:
    """Reject alias bombs and recursive aliases before anything expands them.

    Construction shares aliased values instead of copying them, so it is safe to run
    first; Pydantic and JSON output would expand them, so this must pass before those.

    Aliases share node objects, so the expanded size is computed once per distinct node.
    """
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()

    def size(node: Node, depth: int) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if depth > limits.max_depth:
            raise LimitExceeded(problem_at(node, f"nesting deeper than {limits.max_depth} levels"))
        if key in in_progress:
            raise LimitExceeded(problem_at(node, "an alias refers to a node that contains it"))
        in_progress.add(key)
        total = 1
        for child in _children(node):
            total += size(child, depth + 1)
            if total > limits.max_alias_nodes:
                raise LimitExceeded(
                    problem_at(
                        node,
                        (
                            f"aliases expand this document past {limits.max_alias_nodes:,} nodes "
                            "(an alias bomb?); write the values out instead"
                        ),
                    )
                )
        in_progress.discard(key)
        sizes[key] = total
        return total

    size(root, 1)


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


@dataclass
class Constructor:
    """Builds data from a node tree, collecting problems rather than stopping at the first."""

    limits: Limits
    problems: list[NodeProblem] = field(default_factory=list)
    saw_alias: bool = False
    """Whether a list or mapping was met twice (an alias): only then can data explode."""
    _shared: dict[int, Any] = field(default_factory=dict)

    def construct(self, node: Node, depth: int = 1) -> Any:
        if depth > self.limits.max_depth:
            raise LimitExceeded(
                problem_at(node, f"nesting deeper than {self.limits.max_depth} levels")
            )
        if node.tag in _SCALAR_TAGS and isinstance(node, ScalarNode):
            return self._scalar(node)
        key = id(node)
        if key in self._shared:  # an alias: the same node met again
            self.saw_alias = True
            return self._shared[key]
        if isinstance(node, SequenceNode) and node.tag == SEQ_TAG:
            items: list[Any] = []
            self._shared[key] = items
            items.extend(self._value(child, depth + 1) for child in node.value)
            return items
        if isinstance(node, MappingNode) and node.tag == MAP_TAG:
            mapping: dict[str, Any] = {}
            self._shared[key] = mapping
            self._fill_mapping(node, mapping, depth)
            return mapping
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self.problems.append(problem_at(node, f"unsupported YAML tag {shorten(tag)}"))
        return None

    def _value(self, node: Node, depth: int) -> Any:
        """Plain text, by far the most common value, without the general dispatch."""
        if node.tag == STR_TAG and node.__class__ is ScalarNode:
            return node.value
        return self.construct(node, depth)

    def _fill_mapping(self, node: MappingNode, mapping: dict[str, Any], depth: int) -> None:
        first_seen: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problems.append(
                    problem_at(key_node, "a key must be plain text, not a list or mapping")
                )
                continue
            key = key_node.value
            if key == "<<" and key_node.style is None:
                self.problems.append(
                    problem_at(key_node, "merge keys (<<) are not supported: write the keys out")
                )
                continue
            if key in first_seen:
                first = first_seen[key].start_mark.line + 1
                self.problems.append(
                    problem_at(key_node, f"duplicate key {key!r} (first defined at line {first})")
                )
                continue
            first_seen[key] = key_node
            mapping[key] = self._value(value_node, depth + 1)

    def _scalar(self, node: ScalarNode) -> Any:
        try:
            return _SCALAR_TAGS[node.tag](node.value)
        except ValueError:
            kind = node.tag.rsplit(":", 1)[-1]
            self.problems.append(problem_at(node, f"{shorten(node.value)} is not a valid {kind}"))
            return None


def _to_bool(text: str) -> bool:
    lowered = text.lower()
    if lowered not in ("true", "false"):
        raise ValueError(text)
    return lowered == "true"


def _to_int(text: str) -> int:
    if text.startswith(("0o", "0x")):
        return int(text, 0)
    return int(text, 10)


def _to_float(text: str) -> float:
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    if lowered == ".nan":
        return float("nan")
    return float(text)


def _to_null(text: str) -> None:
    if text not in ("", "~", "null", "Null", "NULL"):
        raise ValueError(text)


_SCALAR_TAGS: dict[str, Any] = {
    STR_TAG: str,
    INT_TAG: _to_int,
    FLOAT_TAG: _to_float,
    BOOL_TAG: _to_bool,
    NULL_TAG: _to_null,
}
