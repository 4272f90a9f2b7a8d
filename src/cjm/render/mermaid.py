"""Mermaid ``journey`` diagrams: the emotional curve as git hosts draw it.

All text from the map goes through :func:`cjm.mermaid.syntax.mermaid_text`, so a name
can never end a line early or start a statement (see that module).
"""

from __future__ import annotations

from collections.abc import Mapping

from cjm.mermaid.syntax import ACTOR_COMMA, NEUTRAL_SCORE, mermaid_text
from cjm.model import Journey, Stage
from cjm.render.context import JourneyView
from cjm.render.options import RenderOptions
from cjm.render.values import emotion_level

_BLOCK_END = str.maketrans({"}": "\uff5d"})
"""In an ``accDescr { ... }`` block a ``}`` ends it: a fullwidth one reads the same."""


def mermaid_score(emotion: float | None) -> int:
    """Emotion -2..+2 onto Mermaid's 1..5, rounded as the reports round; unknown is 3."""
    return NEUTRAL_SCORE if emotion is None else NEUTRAL_SCORE + emotion_level(emotion)


def render_mermaid(journey: Journey, persona_names: Mapping[str, str] | None = None) -> str:
    """The journey as Mermaid ``journey`` text: a section per stage, a task per touchpoint.

    ``accTitle`` is the journey's ``accessible_title`` and ``accDescr`` its description. A
    touchpoint without an emotion takes its stage's; a stage without touchpoints is one
    task when it has an emotion, else a section alone. Each task's actors are the names
    of the touchpoint's personas (all the journey's when it names none; none when the
    map has no personas), from ``persona_names`` where a persona is only referred to by
    id. Public: ``cjm export`` uses it.
    """
    names = {**(persona_names or {}), **_inline_names(journey)}
    lines = ["journey", f"    title {mermaid_text(journey.title)}"]
    if journey.accessible_title:
        lines.append(f"    accTitle: {mermaid_text(journey.accessible_title)}")
    lines += _description(journey.description)
    everyone = journey.persona_ids()
    for stage in journey.stages:
        lines.append(f"    section {mermaid_text(stage.name)}")
        for name, emotion, personas in _tasks(stage, everyone):
            actors = ", ".join(_actor(names.get(p, p)) for p in personas)
            task = f"        {mermaid_text(name)}: {mermaid_score(emotion)}"
            lines.append(f"{task}: {actors}" if actors else task)
    return "\n".join(lines) + "\n"


def _description(description: str | None) -> list[str]:
    """``accDescr``: one line as is, several as a block (where ``}`` would end it early)."""
    if not description or not description.strip():
        return []
    text = [
        " ".join(line.split()).replace("%%", "% %")  # a line starting `%%` would be dropped
        for line in description.strip().splitlines()
        if line.strip()
    ]
    if len(text) == 1:
        return [f"    accDescr: {text[0]}"]
    return ["    accDescr {", *(f"        {line.translate(_BLOCK_END)}" for line in text), "    }"]


def _actor(name: str) -> str:
    """A persona's name as one actor: a ``,`` would split it in two."""
    return mermaid_text(name).replace(",", ACTOR_COMMA)


def _tasks(stage: Stage, everyone: list[str]) -> list[tuple[str, float | None, list[str]]]:
    stage_emotion = stage.emotion_score()
    if not stage.touchpoints:
        return [] if stage_emotion is None else [(stage.name, stage_emotion, everyone)]
    return [
        (
            t.name,
            t.emotion if t.emotion is not None else stage_emotion,
            everyone if t.personas is None else t.personas,
        )
        for t in stage.touchpoints
    ]


def _inline_names(journey: Journey) -> dict[str, str]:
    return {entry.id: entry.name for entry in journey.personas if not isinstance(entry, str)}


def persona_names(view: JourneyView) -> dict[str, str]:
    """The names of the journey's personas by id, persona documents included."""
    return {persona.id: persona.name for persona in view.personas}


def render(view: JourneyView, options: RenderOptions) -> str:
    return render_mermaid(view.journey, persona_names(view))
