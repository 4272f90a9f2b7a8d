"""Markdown for a pull-request comment: a one-line summary, then the details by kind.

All text from the maps is escaped, so a pain point cannot inject links, HTML, tables,
@-mentions or #-issue references into the comment.
"""

from __future__ import annotations

import re
from typing import TextIO

from cjm.diff.changes import ENTITY_NAMES, Change, JourneyDiff
from cjm.diff.describe import RESOLVED, describe_fields, label_of, summary
from cjm.diff.options import FormatOptions
from cjm.text import escape_markdown

_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85]+")


def escape(text: str) -> str:
    """Text shown as written, on one line (user text never starts a line here)."""
    return escape_markdown(_LINE_BREAKS.sub(" ", text))


def write(diff: JourneyDiff, stream: TextIO, options: FormatOptions) -> None:
    stream.write(f"### Journey map `{diff.journey}`: {escape(diff.title)}\n\n")
    stream.write(f"{escape(diff.old_name)} → {escape(diff.new_name)}\n\n")
    if not diff:
        stream.write("No changes.\n")
        return
    stream.write(f"**{escape(summary(diff))}**\n")
    for entity, (_, plural) in ENTITY_NAMES.items():
        changes = [change for change in diff.changes if change.entity == entity]
        if changes:
            stream.write(f"\n#### {plural.capitalize() if entity != 'kpi' else plural}\n\n")
            stream.writelines(format_change(change, diff) + "\n" for change in changes)
    if diff.resolved_pain_points:
        stream.write("\n#### Resolved pain points\n\n")
        stream.writelines(
            f"- `{pain_point}`{_label(diff.labels.get(pain_point, pain_point), pain_point)}: "
            f"{RESOLVED}\n"
            for pain_point in diff.resolved_pain_points
        )


def format_change(change: Change, diff: JourneyDiff) -> str:
    """``- **changed** `signup-completion` (Sign-up completion) in stage `signup` (Sign up):
    current 59 → 66 (…)``: things by id and by name."""
    line = f"- **{change.change}** `{change.id}`{_label(label_of(change) or change.id, change.id)}"
    if change.stage and change.entity != "stage":
        stage = change.stage
        line += f" in stage `{stage}`{_label(diff.labels.get(stage, stage), stage)}"
    details = escape(describe_fields(change))
    return f"{line}: {details}" if details else line


def _label(label: str, identifier: str) -> str:
    """`` (Sign up)`` after an id, escaped; nothing when the name is the id."""
    return "" if label == identifier else f" ({escape(label)})"
