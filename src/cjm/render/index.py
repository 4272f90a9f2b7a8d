"""The portfolio page: one row per journey, with what a reviewer scans first.

Entries are small summaries, kept instead of whole views, so rendering a thousand maps
does not hold a thousand maps in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cjm.findings import Finding, Severity
from cjm.render.context import Counts, JourneyView

INDEX_NAME = "index.html"
LINK_PREFERENCE = ("html", "md", "svg")
"""Which output the journey's title links to, when it was rendered."""


@dataclass(frozen=True)
class Link:
    label: str
    href: str


@dataclass(frozen=True)
class IndexEntry:
    id: str
    title: str
    owner: str | None
    state: str
    improves: str | None
    """The id of the current journey this future map improves, when its report is
    rendered too."""
    reviewed: str | None
    stale: bool
    stages: int
    counts: Counts
    errors: int
    warnings: int
    link: Link | None
    others: list[Link]

    @classmethod
    def of(cls, view: JourneyView, files: dict[str, str]) -> IndexEntry:
        """``files`` maps each rendered format to its file name in the output directory."""
        links = [Link(fmt, name) for fmt, name in files.items()]
        main = next((Link(f, files[f]) for f in LINK_PREFERENCE if f in files), None)
        journey = view.journey
        return cls(
            id=view.id,
            title=view.title,
            owner=journey.owner,
            state=journey.state,
            improves=view.links.improves.id if view.links.improves else None,
            reviewed=journey.reviewed.isoformat() if journey.reviewed else None,
            stale=view.stale,
            stages=len(view.stages),
            counts=view.counts,
            errors=_count(view.findings, Severity.ERROR),
            warnings=_count(view.findings, Severity.WARNING),
            link=main,
            others=[link for link in links if link != main],
        )


@dataclass(frozen=True)
class Failure:
    """A map that could not be rendered, and why."""

    source: str
    messages: list[str]


def _count(findings: Sequence[Finding], severity: Severity) -> int:
    return sum(1 for finding in findings if finding.severity is severity)


def render_index(entries: Sequence[IndexEntry], failures: Sequence[Failure], as_of: dt.date) -> str:
    """The portfolio page; ``as_of`` is the day its overdue counts were judged on."""
    from cjm.render.html import render_template

    ordered = sorted(entries, key=lambda entry: (entry.title.casefold(), entry.id))
    return render_template("index.html.j2", entries=ordered, failures=failures, as_of=as_of)
