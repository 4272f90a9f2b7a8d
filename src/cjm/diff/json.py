"""JSON output: a stable shape for bots and dashboards.

``{"journey", "title", "old", "new", "summary", "resolved_pain_points", "changes": [...]}``;
each change is ``{"change", "type", "id", "label", "stage", "fields": [{"field", "old",
"new", "note", "trend"}]}``.
"""

from __future__ import annotations

import json
from typing import TextIO

from cjm.diff.changes import JourneyDiff
from cjm.diff.describe import summary
from cjm.diff.options import FormatOptions


def write(diff: JourneyDiff, stream: TextIO, options: FormatOptions) -> None:
    document = {
        "journey": diff.journey,
        "title": diff.title,
        "old": diff.old_name,
        "new": diff.new_name,
        "summary": summary(diff),
        "resolved_pain_points": list(diff.resolved_pain_points),
        "changes": [change.as_dict() for change in diff.changes],
    }
    stream.write(json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
