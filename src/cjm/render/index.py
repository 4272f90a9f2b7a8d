"""The portfolio page: one card per journey, with what a reviewer scans first.

Entries are small summaries, kept instead of whole views, so rendering a thousand maps
does not hold a thousand maps in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from cjm.findings import Finding, Severity
from cjm.i18n import Language
from cjm.render.context import Counts, JourneyView

INDEX_NAME = "index.html"
LINK_PREFERENCE = ("html", "md", "svg")
"""Which output the journey's title links to, when it was rendered."""


@dataclass(frozen=True)
class Link:
    label: str
    href: str


SPARK_WIDTH = 240
SPARK_HEIGHT = 44
_SPARK_PAD = 5


@dataclass(frozen=True)
class Sparkline:
    """A journey's emotional curve in a few pixels: one point per stage with an emotion.

    Like the report's curve, stages without an emotion leave a gap in the line.
    """

    segments: list[str]
    """``points`` of one polyline per run of stages with an emotion."""
    dots: list[tuple[str, str]]
    """``(x, y)`` of each point, for a dot where a run is a single stage."""
    emotions: list[str | None]
    """Each stage's signed emotion, None where it has none: the curve read aloud."""

    def description(self, lang: Language) -> str:
        """``Emotion by stage: +1, no data, -0.5`` in the page's language."""
        values = [lang.gettext("no data") if e is None else e for e in self.emotions]
        return lang.gettext("Emotion by stage: %(values)s") % {
            "values": lang.gettext(", ").join(values)
        }

    @classmethod
    def of(cls, view: JourneyView) -> Sparkline:
        count = len(view.stages)
        step = (SPARK_WIDTH - 2 * _SPARK_PAD) / max(count - 1, 1)
        segments: list[str] = []
        dots: list[tuple[str, str]] = []
        run: list[str] = []
        words: list[str | None] = []
        for index, stage in enumerate(view.stages):
            if stage.emotion is None:
                segments += [" ".join(run)] if len(run) > 1 else []
                run = []
                words.append(None)
                continue
            x = f"{_SPARK_PAD + index * step if count > 1 else SPARK_WIDTH / 2:.1f}"
            span = SPARK_HEIGHT - 2 * _SPARK_PAD
            y = f"{_SPARK_PAD + (2 - stage.emotion.value) / 4 * span:.1f}"
            run.append(f"{x},{y}")
            dots.append((x, y))
            words.append(stage.emotion.signed)
        segments += [" ".join(run)] if len(run) > 1 else []
        return cls(segments, dots, words)


@dataclass(frozen=True)
class IndexEntry:
    id: str
    title: str
    owner: str | None
    state: str
    improves: str | None
    """The id of the current journey this future map improves, when its report is
    rendered too."""
    reviewed: dt.date | None
    stale: bool
    stages: int
    counts: Counts
    errors: int
    warnings: int
    link: Link | None
    others: list[Link]
    tags: list[str]
    curve: Sparkline
    personas: list[Link]
    off_target: list[str]
    """Names of the KPIs whose current value misses the target."""

    @classmethod
    def of(
        cls, view: JourneyView, files: dict[str, str], persona_href: Callable[[str], str]
    ) -> IndexEntry:
        """``files`` maps each rendered format to its file name in the output directory;
        ``persona_href`` gives the page of a persona by id."""
        links = [Link(fmt, name) for fmt, name in files.items()]
        main = next((Link(f, files[f]) for f in LINK_PREFERENCE if f in files), None)
        journey = view.journey
        return cls(
            id=view.id,
            title=view.title,
            owner=journey.owner,
            state=journey.state,
            improves=view.links.improves.id if view.links.improves else None,
            reviewed=journey.reviewed,
            stale=view.stale,
            stages=len(view.stages),
            counts=view.counts,
            errors=_count(view.findings, Severity.ERROR),
            warnings=_count(view.findings, Severity.WARNING),
            link=main,
            others=[link for link in links if link != main],
            tags=list(journey.tags),
            curve=Sparkline.of(view),
            personas=[Link(p.name, persona_href(p.id)) for p in view.personas],
            off_target=[k.kpi.name for s in view.stages for k in s.kpis if k.css == "off"],
        )


@dataclass(frozen=True)
class Failure:
    """A map that could not be rendered, and why."""

    source: str
    messages: list[str]


def _count(findings: list[Finding], severity: Severity) -> int:
    return sum(1 for finding in findings if finding.severity is severity)
