"""Mermaid ``journey`` diagrams: the emotional curve as git hosts draw it.

All text from the map goes through :func:`cjm.mermaid.syntax.mermaid_text`, so a name
can never end a line early or start a statement (see that module).
"""

from __future__ import annotations

from cjm.mermaid.syntax import NEUTRAL_SCORE, mermaid_text
from cjm.model import Journey, Stage
from cjm.render.context import JourneyView
from cjm.render.options import RenderOptions
from cjm.render.values import emotion_level

DEFAULT_ACTOR = "customer"


def mermaid_score(emotion: float | None) -> int:
    """Emotion -2..+2 onto Mermaid's 1..5, rounded as the reports round; unknown is 3."""
    return NEUTRAL_SCORE if emotion is None else NEUTRAL_SCORE + emotion_level(emotion)


def render_mermaid(journey: Journey) -> str:
    """The journey as Mermaid ``journey`` text: a section per stage, a task per touchpoint.

    A touchpoint without an emotion takes its stage's; a stage without touchpoints is
    one task. The actors are the journey's persona ids. Public: ``cjm export`` uses it.
    """
    actors = ", ".join(_actor_ids(journey)) or DEFAULT_ACTOR
    lines = ["journey", f"    title {mermaid_text(journey.title)}"]
    for stage in journey.stages:
        lines.append(f"    section {mermaid_text(stage.name)}")
        for name, emotion in _tasks(stage):
            lines.append(f"        {mermaid_text(name)}: {mermaid_score(emotion)}: {actors}")
    return "\n".join(lines) + "\n"


def _tasks(stage: Stage) -> list[tuple[str, float | None]]:
    stage_emotion = stage.emotion_score()
    if not stage.touchpoints:
        return [(stage.name, stage_emotion)]
    return [
        (t.name, t.emotion if t.emotion is not None else stage_emotion) for t in stage.touchpoints
    ]


def _actor_ids(journey: Journey) -> list[str]:
    return [entry if isinstance(entry, str) else entry.id for entry in journey.personas]


def render(view: JourneyView, options: RenderOptions) -> str:
    return render_mermaid(view.journey)
