"""Writing YAML text by hand, safely: user text always becomes a double-quoted scalar.

``cjm new`` and ``cjm import`` write maps with comments and a deliberate layout, so they
emit text rather than dumping data. A plain scalar would let a title such as ``no``,
``2024-01-01``, ``a: b`` or ``#1`` turn into a boolean, a date, a mapping or a comment;
a JSON string is valid YAML and always text.
"""

from __future__ import annotations

import json
import re

_ESCAPED = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
"""Characters JSON leaves raw that YAML reads as line breaks or refuses as unprintable."""

_SURROGATE = re.compile("[\ud800-\udfff]")


def quote(text: str) -> str:
    """A YAML double-quoted scalar that loads back as exactly ``text``.

    Raises ValueError for text that is not valid Unicode (lone surrogates, which is how
    Python hands over command-line bytes that are not UTF-8).
    """
    if _SURROGATE.search(text):
        raise ValueError("not valid UTF-8 text")
    return _ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


_PLAIN_SAFE = re.compile(r"[a-z][a-z0-9-]*")
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf"})
"""Words that YAML 1.1 readers (still common) turn into booleans, null or numbers."""


def scalar(text: str) -> str:
    """``text`` bare when every YAML reader keeps it as text (most ids), else quoted.

    An id such as ``2024`` or ``0x1f`` is a valid slug but a number in YAML.
    """
    if _PLAIN_SAFE.fullmatch(text) and text not in _YAML_WORDS:
        return text
    return quote(text)
