"""Personas: who the journey is for, inline in a journey or as their own document."""

from __future__ import annotations

from typing import Literal

from cjm.model.common import Model, Slug, Text


class Persona(Model):
    """A persona: an archetypal customer the journey is mapped for."""

    id: Slug
    """Unique identifier of the persona in the workspace, referenced from journeys' `personas`."""
    name: Text
    """Display name, e.g. "Style seeker"."""
    segment: Literal["existing", "target"] | None = None
    """`existing` customers or a `target` group the business wants to win."""
    description: str | None = None
    """Who this person is (Markdown)."""
    goals: list[Text] = []
    """What this persona wants to achieve."""
    frustrations: list[Text] = []
    """What gets in this persona's way today."""


class PersonaDocument(Persona):
    """A persona kept in its own file, visible to every journey of the workspace."""

    cjm: Literal[1]
    """Format version of this document; always 1."""
    kind: Literal["persona"]
    """Document kind; `persona` for persona documents."""
