"""Reading one file: bytes → text → YAML nodes → data → model, with positions throughout.

Every problem becomes a :class:`~cjm.findings.Finding` (rules ``yaml`` and ``schema``);
nothing here raises on bad input.
"""

from cjm.loader.document import (
    LoadedDocument,
    LoadResult,
    load_bytes,
    load_document,
    load_text,
)
from cjm.loader.limits import Limits

__all__ = [
    "Limits",
    "LoadResult",
    "LoadedDocument",
    "load_bytes",
    "load_document",
    "load_text",
]
