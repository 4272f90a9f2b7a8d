"""The date a rendered output was rendered as of: written into it, read back by ``--check``.

Overdue marks and "due for review" depend on the day a map is rendered. Each output whose
content depends on that day records it (``cjm-as-of: YYYY-MM-DD`` in an HTML ``<meta>``
or a comment near the top), so ``cjm render --check`` can re-render as of the recorded
date: unchanged maps then pass whatever the calendar says, and any change to a map, a
persona or a setting still shows. Mermaid text does not depend on the day; PNG and PDF
cannot carry a comment and are checked as of the date the text outputs beside them record.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

MARK = "cjm-as-of"
RECORDING_SUFFIXES = (".html", ".md", ".svg", ".dot")
"""The outputs that record the date (the journey formats that depend on it, and index.html)."""
_HEAD_BYTES = 4096
"""The mark is written within the first lines of every output, so only these are read."""
_RECORDED = re.compile(rb"cjm-as-of(?:: |\" content=\")(\d{4}-\d{2}-\d{2})")


def comment_line(as_of: dt.date) -> str:
    """The text of the mark inside a comment (``<!-- ... -->``, ``// ...``)."""
    return f"{MARK}: {as_of.isoformat()}"


def stamp_svg(svg: str, as_of: dt.date) -> str:
    """The SVG with the mark as a comment just after its XML declaration (Graphviz drops
    the DOT comments, and nothing may come before the declaration)."""
    mark = f"<!-- {comment_line(as_of)} -->\n"
    if svg.startswith("<?xml"):
        declaration, _, rest = svg.partition("\n")
        return f"{declaration}\n{mark}{rest}"
    return mark + svg


def recorded(data: bytes) -> dt.date | None:
    """The date an output records near its top, if it records one."""
    match = _RECORDED.search(data[:_HEAD_BYTES])
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match[1].decode("ascii"))
    except ValueError:
        return None


def check_date(directory: Path, default: dt.date) -> tuple[dt.date, list[dt.date]]:
    """The date ``--check`` renders as of: the one the outputs in ``directory`` record
    (the newest, when they were rendered on different days), else ``default``; and every
    date they record, so the caller can say when there are several."""
    dates = recorded_in(directory)
    return (dates[-1] if dates else default), dates


def recorded_in(directory: Path) -> list[dt.date]:
    """The distinct dates the outputs directly in ``directory`` record, oldest first."""
    if not directory.is_dir():
        return []
    dates: set[dt.date] = set()
    for path in directory.iterdir():
        if path.suffix in RECORDING_SUFFIXES and path.is_file():
            try:
                with path.open("rb") as stream:
                    date = recorded(stream.read(_HEAD_BYTES))
            except OSError:
                continue
            if date is not None:
                dates.add(date)
    return sorted(dates)
