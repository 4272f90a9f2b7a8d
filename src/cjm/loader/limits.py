"""Resource limits that keep hostile or accidental input from hanging or crashing cjm."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds applied to every file before and while it is parsed.

    A journey of 14 stages and 50 touchpoints is about 20 KB and 8 levels deep, so the
    defaults leave a wide margin while keeping a file's cost bounded.
    """

    max_file_size: int = 2 * 1024 * 1024
    """Largest file read, in bytes."""
    max_depth: int = 64
    """Deepest nesting of mappings and lists. PyYAML's C parser crashes the process on
    tens of thousands of nested ``[``, so this is checked before composing."""
    max_alias_nodes: int = 100_000
    """Most YAML nodes a document may expand to once aliases are followed (alias bombs)."""
    max_stages: int = 200
    """Most stages in one journey."""
    max_touchpoints: int = 2_000
    """Most touchpoints in one journey, all stages together."""


LIMIT_KEYS: dict[str, str] = {
    "max-file-size": "max_file_size",
    "max-depth": "max_depth",
    "max-alias-nodes": "max_alias_nodes",
    "max-stages": "max_stages",
    "max-touchpoints": "max_touchpoints",
}
"""Configuration key (under ``[limits]``) → field."""
