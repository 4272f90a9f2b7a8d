"""``cjm review`` as Markdown: a page for a pull request or a wiki, every map's text
escaped so it cannot add structure (links, tables, mentions) to the page."""

from __future__ import annotations

from typing import TextIO

from cjm.review import words
from cjm.review.model import MapReview, Review
from cjm.text import escape_markdown


def write(review: Review, stream: TextIO) -> None:
    lines = [f"# Journey map review {_md(words.period(review))}", ""]
    lines += [f"- {_md(phrase)}" for phrase in words.summary(review)]
    for entry in review.maps:
        lines += ["", f"## {_md(entry.title)} (`{entry.journey}`)", ""]
        lines += [f"{_md(entry.file)}: {_md(words.map_status(entry, review))}"]
        details = _details(entry)
        lines += ["", *details] if details else []
    stream.write("\n".join(lines).rstrip("\n") + "\n")


def _details(entry: MapReview) -> list[str]:
    lines = [
        f"- **new pain point** `{p.id}` ({p.severity}): {_md(p.description)}"
        for p in entry.pain_points_added
    ]
    lines += [f"- **resolved** `{p.id}`: {_md(p.description)}" for p in entry.pain_points_resolved]
    lines += [
        f"- **worsened** `{p.id}` {p.before} → {p.severity}: {_md(p.description)}"
        for p in entry.pain_points_worsened
    ]
    lines += [f"- **done** `{a.id}`: {_md(a.description)}" for a in entry.actions_done]
    lines += [f"- **dropped** `{a.id}`: {_md(a.description)}" for a in entry.actions_dropped]
    lines += [
        f"- **slipped** `{a.id}` ({_md(words.slipped(a))}): {_md(a.description)}"
        for a in entry.actions_slipped
    ]
    if entry.kpis:
        lines += ["", "| KPI | then → now |", "|---|---|"]
        lines += [f"| {_md(k.name)} | {_md(words.kpi(k))} |" for k in entry.kpis]
    if entry.emotions:
        lines += ["", "| Stage | emotion then → now |", "|---|---|"]
        lines += [f"| {_md(e.name)} | {_md(words.emotion(e))} |" for e in entry.emotions]
    return lines


def _md(text: str) -> str:
    """One line of escaped text: newlines would end a list item or a table row."""
    return escape_markdown(" ".join(text.split()))
