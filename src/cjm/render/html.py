"""Self-contained HTML: the journey-map grid of one journey, and the portfolio index.

Every word of the pages comes from the reader's language through Jinja2's i18n
extension (``{{ _("Owner") }}``, ``{{ ngettext(...) }}``, new-style: values are escaped
and ``%(name)s`` placeholders filled by Jinja2). One environment per language, so maps
of different languages can be drawn at once in the worker threads.

Jinja2 runs with ``autoescape=True`` set explicitly: ``select_autoescape()`` decides by
the last suffix and would leave ``*.html.j2`` templates unescaped. No template marks
user text ``|safe``. The pages make no requests and need no script; a Content Security
Policy forbids both anyway, so even a missed escape could not run code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

from cjm.i18n import N_, Language, language
from cjm.render.comparison import Comparison
from cjm.render.context import (
    QUADRANT_WORDS,
    SEGMENT_CUSTOMERS,
    SEGMENT_WORDS,
    SEVERITIES,
    SEVERITY_WORDS,
    STATE_WORDS,
    STATUS_WORDS,
    JourneyView,
)
from cjm.render.matrix import layout
from cjm.render.options import RenderOptions
from cjm.render.values import Emotion, emotion_of
from cjm.resources import templates_dir

COLUMN = 100
"""Width of one stage in the curve's own coordinates. The line is drawn in a viewBox
that stretches to the table's width, so its points sit over the middle of their stage
columns (which share the width equally); dots and labels are placed in percent."""
HEIGHT = 150
"""Height of the curve in CSS pixels, whatever the number of stages."""
PADDING = 28


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # CommonMark without raw HTML (it is escaped), without images (a report makes no
    # network request) and without headings and rules (they would break the grid).
    # markdown-it refuses javascript:, vbscript:, file: and data: links by itself.
    return MarkdownIt("commonmark", {"html": False}).disable(["image", "heading", "lheading", "hr"])


def markdown(text: str | None) -> Markup:
    """A description, written in Markdown as the format says, as safe HTML."""
    return Markup(_markdown().render(text or ""))


@cache
def environment(lang: str = "en") -> jinja2.Environment:
    """The report templates speaking ``lang``."""
    words = language(lang)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir() / "report"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        words.gettext, words.ngettext, newstyle=True
    )
    env.filters["markdown"] = markdown
    env.filters["number"] = words.number
    env.filters["date"] = words.date
    env.globals.update(
        lang=words,
        severity_words=SEVERITY_WORDS,
        status_words=STATUS_WORDS,
        state_words=STATE_WORDS,
        segment_words=SEGMENT_WORDS,
        segment_customers=SEGMENT_CUSTOMERS,
        quadrant_words=QUADRANT_WORDS,
    )
    env.filters["emotion"] = emotion_of
    return env


def render_template(name: str, lang: Language, **context: Any) -> str:
    template = environment(lang.code).get_template(name)
    return template.render(severities=SEVERITIES, **context)


@dataclass(frozen=True)
class CurvePoint:
    x: float
    """In the stretched viewBox."""
    y: float
    emotion: Emotion

    @property
    def left(self) -> str:
        """The same x as a percentage of the width, for dots and labels that must not
        be stretched."""
        return f"{self.x / self.total * 100:.3f}%"

    total: float


@dataclass(frozen=True)
class EmotionCurve:
    """The emotional curve: a point over each stage that has an emotion.

    Stages without one leave a gap: the line is split rather than invented.
    """

    width: int
    height: int
    stages: int
    points: list[CurvePoint]
    segments: list[str]
    """``points`` attributes of the polylines, one per run of stages with an emotion."""
    description: str
    """The same curve in words, for screen readers."""

    @staticmethod
    def y(value: float) -> float:
        return PADDING + (2 - value) / 4 * (HEIGHT - 2 * PADDING)

    @classmethod
    def of(cls, view: JourneyView) -> EmotionCurve:
        curve = cls.through([(stage.name, stage.emotion) for stage in view.stages], view.lang)
        if view.journey.accessible_title:  # the map's own accessible name comes first
            return replace(
                curve, description=f"{view.journey.accessible_title}. {curve.description}"
            )
        return curve

    @classmethod
    def through(
        cls,
        stages: Sequence[tuple[str, Emotion | None]],
        lang: Language,
        title: str = N_("Emotional curve"),
    ) -> EmotionCurve:
        """The curve over stage columns, each given by its name and emotion."""
        _ = lang.gettext
        width = COLUMN * len(stages)
        points: list[CurvePoint] = []
        segments: list[str] = []
        run: list[str] = []
        words = []
        for index, (name, emotion) in enumerate(stages):
            if emotion is None:
                words.append(_("%(stage)s: no data") % {"stage": name})
                segments += [" ".join(run)] if len(run) > 1 else []
                run = []
                continue
            words.append(f"{name}: {emotion.signed} {_(emotion.word)}")
            point = CurvePoint(index * COLUMN + COLUMN / 2, cls.y(emotion.value), emotion, width)
            points.append(point)
            run.append(f"{point.x:g},{point.y:g}")
        segments += [" ".join(run)] if len(run) > 1 else []
        scale = _("%(title)s, from -2 (very negative) to +2 (very positive): ")
        description = scale % {"title": _(title)} + _("; ").join(words)
        return cls(width, HEIGHT, len(stages), points, segments, description)


def comparison_curves(comparison: Comparison, lang: Language) -> tuple[EmotionCurve, EmotionCurve]:
    """The future curve and the current one, both over the future map's stages: each
    future stage shows the mean emotion of the current stages it replaces."""
    stages = comparison.stages
    future = [(c.stage.name, c.emotion) for c in stages]
    current = [(c.stage.name, c.current_emotion) for c in stages]
    return (
        EmotionCurve.through(future, lang, N_("Future curve")),
        EmotionCurve.through(current, lang, N_("Current curve")),
    )


def render(view: JourneyView, options: RenderOptions) -> str:
    from cjm.render.site import navigation, persona_page

    curve = EmotionCurve.of(view)
    return render_template(
        "journey.html.j2",
        view.lang,
        view=view,
        curve=curve,
        options=options,
        as_of=view.as_of,
        curves=comparison_curves(view.comparison, view.lang) if view.comparison else None,
        matrix=layout(view.opportunities, view.lang),
        nav=navigation(f"{view.id}.html", view.lang) if options.site else [],
        persona_page=persona_page if options.site else None,
    )
