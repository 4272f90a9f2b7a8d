"""A YAML 1.2 core-schema resolver.

PyYAML follows YAML 1.1, where ``no`` is false, ``2024-01-01`` a date and ``0777`` octal.
Journey maps are mostly text, so cjm resolves only the core schema: ``true``/``false``,
``null``/``~``, decimal, ``0o`` and ``0x`` integers, floats and ``.inf``/``.nan``.
Everything else, dates included, stays the text that was written; the models then parse
dates from ``YYYY-MM-DD`` strings and reject numbers where text is expected.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.nodes import Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"
STR_TAG = "tag:yaml.org,2002:str"
SEQ_TAG = "tag:yaml.org,2002:seq"
MAP_TAG = "tag:yaml.org,2002:map"

_CORE_SCALARS = [
    (NULL_TAG, r"^(?:~|null|Null|NULL|)$", "~nN"),
    (BOOL_TAG, r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    (INT_TAG, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        FLOAT_TAG,
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
]

_BY_FIRST_CHARACTER: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "": [(NULL_TAG, re.compile(""))]
}
for _tag, _pattern, _first in _CORE_SCALARS:
    for _character in _first:
        _BY_FIRST_CHARACTER.setdefault(_character, []).append((_tag, re.compile(_pattern)))


class CoreResolver(BaseResolver):
    """Resolves plain scalars by the core schema; everything else is text.

    It owns its table, so other libraries mutating PyYAML's global resolver (yamllint
    does) cannot change what cjm reads. The parser calls these methods for every node,
    so they do only what the core schema needs: most text is decided by its first
    character, and there are no path resolvers to track.
    """

    def descend_resolver(self, current_node: Node | None, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

    def resolve(self, kind: type[Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            if implicit[0]:
                for tag, pattern in _BY_FIRST_CHARACTER.get(value[:1], ()):
                    if pattern.match(value):
                        return tag
            return STR_TAG
        return SEQ_TAG if kind is SequenceNode else MAP_TAG
