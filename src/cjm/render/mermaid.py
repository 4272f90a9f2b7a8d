"""Mermaid ``journey`` diagrams: the emotional curve as git hosts draw it.

Mermaid's journey lexer ends a task name at ``:``, ``;``, ``#`` or a newline, treats
``%%`` as a comment or directive, and reads a line that starts with ``journey``,
``title``, ``section`` or ``accDescr`` as a keyword. Text from the map is therefore
neutralised: those characters become look-alikes, and a leading keyword gets an
invisible zero-width space, so a name can never end a line early or start a statement.
"""

from __future__ import annotations

import re

from cjm.model import Journey, Stage
from cjm.render.context import JourneyView
from cjm.render.options import RenderOptions
from cjm.render.values import emotion_level

_LOOKALIKE = {":": "\ua789", ";": "\uff1b", "#": "\uff03"}
_LOOKALIKES = str.maketrans(_LOOKALIKE)
"""``:``, ``;`` and ``#`` become the modifier letter colon and the fullwidth semicolon and
number sign: they read the same, and Mermaid's lexer does not stop at them."""
_WHITESPACE = re.compile(r"\s+")
_KEYWORD_START = re.compile(r"^(journey|title\s|section\s|acc(title|descr))", re.IGNORECASE)
_ZERO_WIDTH_SPACE = "\u200b"
DEFAULT_ACTOR = "customer"
NEUTRAL_SCORE = 3


def mermaid_text(text: str) -> str:
    """One line of Mermaid-safe text that reads like the original."""
    line = _WHITESPACE.sub(" ", text).strip().translate(_LOOKALIKES).replace("%%", "% %")
    if _KEYWORD_START.match(line):
        line = _ZERO_WIDTH_SPACE + line
    return line or _ZERO_WIDTH_SPACE


_ORIGINALS = str.maketrans({lookalike: original for original, lookalike in _LOOKALIKE.items()})


def from_mermaid_text(text: str) -> str:
    """Undo :func:`mermaid_text`, so an exported diagram imports with its names intact."""
    return text.replace(_ZERO_WIDTH_SPACE, "").translate(_ORIGINALS).replace("% %", "%%")


def mermaid_score(emotion: float | None) -> int:
    """Emotion -2..+2 onto Mermaid's 1..5, rounded as the reports round; unknown is 3."""
    return NEUTRAL_SCORE if emotion is None else NEUTRAL_SCORE + emotion_level(emotion)


def render_mermaid(journey: Journey, actor: str = DEFAULT_ACTOR) -> str:
    """The journey as Mermaid ``journey`` text: a section per stage, a task per touchpoint.

    A touchpoint without an emotion takes its stage's; a stage without touchpoints is
    one task. The actors are the journey's persona ids, else ``actor`` (the reports pass
    it in the reader's language). Public: ``cjm export`` uses it.
    """
    actors = ", ".join(_actor_ids(journey)) or mermaid_text(actor)
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
    return render_mermaid(view.journey, actor=view.lang.gettext("customer"))
