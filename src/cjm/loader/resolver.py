"""A YAML 1.2 core-schema resolver.

PyYAML follows YAML 1.1, where ``no`` is false, ``2024-01-01`` a date and ``0777`` octal.
Journey maps are mostly text, so cjm resolves only the core schema: ``true``/``false``,
``null``/``~``, decimal, ``0o`` and ``0x`` integers, floats and ``.inf``/``.nan``.
Everything else, dates included, stays the text that was written; the models then parse
dates from ``YYYY-MM-DD`` strings and reject numbers where text is expected.
"""

from __future__ import annotations

import re

from yaml.resolver import BaseResolver

NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"
STR_TAG = "tag:yaml.org,2002:str"
SEQ_TAG = "tag:yaml.org,2002:seq"
MAP_TAG = "tag:yaml.org,2002:map"


class CoreResolver(BaseResolver):
    """Resolver with its own table, immune to other libraries mutating PyYAML's global one."""

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}


_CORE_SCALARS = [
    (NULL_TAG, r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (BOOL_TAG, r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    (INT_TAG, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        FLOAT_TAG,
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
]

for _tag, _pattern, _first in _CORE_SCALARS:
    CoreResolver.add_implicit_resolver(_tag, re.compile(_pattern), _first)
