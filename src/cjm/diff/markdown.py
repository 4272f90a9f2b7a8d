"""Markdown for a pull-request comment: a one-line summary, then the details by kind.

All text from the maps is escaped, so a pain point cannot inject links, HTML, tables,
@-mentions or #-issue references into the comment.
"""

from __future__ import annotations

import re
from typing import TextIO

from cjm.diff.changes import ENTITY_NAMES, Change, JourneyDiff
from cjm.diff.describe import describe_fields, summary
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
            stream.writelines(format_change(change) + "\n" for change in changes)


def format_change(change: Change) -> str:
    """``- **changed** `signup-completion` in stage `signup`: current 59 → 66 (…)``."""
    line = f"- **{change.change}** `{change.id}`"
    if change.stage and change.entity != "stage":
        line += f" in stage `{change.stage}`"
    details = escape(describe_fields(change))
    if change.change != "changed" and change.label != change.id:
        details = " — ".join(part for part in (escape(change.label), details) if part)
    return f"{line}: {details}" if details else line
