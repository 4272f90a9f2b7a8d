"""Paths into a document → positions in its file, through the YAML node tree."""

from __future__ import annotations

from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cjm.findings import YamlPath


@dataclass(frozen=True, slots=True)
class Located:
    """Where a path leads: the node, its 1-based position, and the path parts that matched."""

    node: Node
    line: int
    column: int
    path: YamlPath
    exact: bool


class SourceMap:
    """Finds the node of a path such as ``("stages", 2, "kpis")``.

    Rules and the schema report paths; this is the one place that turns them into
    lines. Path parts that name no key (Pydantic's union tags) are skipped.
    """

    def __init__(self, root: Node) -> None:
        self.root = root

    def locate(self, path: YamlPath, *, key: bool = False) -> Located:
        """The node at ``path``; with ``key``, the key node of its last part."""
        node: Node = self.root
        matched: list[str | int] = []
        for index, part in enumerate(path):
            last = index == len(path) - 1
            child = self._child(node, part, want_key=key and last)
            if child is None:
                if last:
                    return self._located(node, matched, exact=False)
                continue
            node = child
            matched.append(part)
        return self._located(node, matched, exact=True)

    @staticmethod
    def _child(node: Node, part: str | int, *, want_key: bool) -> Node | None:
        if isinstance(node, MappingNode) and isinstance(part, str):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.value == part:
                    found: Node = key_node if want_key else value_node
                    return found
        if isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            item: Node = node.value[part]
            return item
        return None

    @staticmethod
    def _located(node: Node, path: list[str | int], *, exact: bool) -> Located:
        mark = node.start_mark
        return Located(node, mark.line + 1, mark.column + 1, tuple(path), exact)
