"""Journeys: stages, touchpoints, pain points, actions, opportunities and KPIs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from statistics import fmean
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from cjm.model.common import Emotion, IsoDate, Model, Number, Score, Slug, Text
from cjm.model.persona import Persona

DEFAULT_STALE_AFTER_DAYS = 365
"""A map should be reviewed at least once a year; configurable as `stale-after-days`."""
DEFAULT_MEASUREMENT_MAX_AGE_DAYS = 120
"""A KPI measured less often than about once a quarter is not steering anything;
configurable as `measurement-max-age-days`."""

Severity = Literal["low", "medium", "high", "critical"]
SEVERITIES_MOST_FIRST: tuple[Severity, ...] = ("critical", "high", "medium", "low")
"""The order every count, legend and backlog is read in."""
SERIOUS_SEVERITIES: frozenset[Severity] = frozenset({"high", "critical"})
"""Pain points serious enough that they must have an action."""
ActionStatus = Literal["planned", "in-progress", "done", "dropped"]
OpportunityStatus = Literal["idea", "planned", "in-progress", "done", "dropped"]
OPPORTUNITY_STATUSES: tuple[OpportunityStatus, ...] = (
    "idea",
    "planned",
    "in-progress",
    "done",
    "dropped",
)
"""The order counts and lists of opportunities are read in."""
Quadrant = Literal["quick wins", "big bets", "fill-ins", "money pits"]
QUADRANTS: tuple[Quadrant, ...] = ("quick wins", "big bets", "fill-ins", "money pits")
"""The value/effort quadrants, in the order teams pick work from them."""
SCORE_MIDDLE = 3
"""On the 1..5 scales a score of 3 or more counts as high value or high effort."""
Moment = Literal["zmot", "fmot", "smot", "umot"]


class Goals(Model):
    """Goals the journey starts from: the business's, the customer's, and where they meet."""

    business: Text | None = None
    """What the business wants from this journey, e.g. "Sell more high-margin products"."""
    customer: Text | None = None
    """What the customer wants, in their words."""
    shared: Text | None = None
    """The shared goal where business and customer goals meet."""


class Channel(Model):
    """A channel through which the customer meets the brand."""

    id: Slug
    """Identifier referenced by touchpoints' `channel`."""
    name: Text
    """Display name, e.g. "Website"."""
    type: Literal["online", "offline", "human", "other"] = "other"
    """Kind of channel: `online`, `offline`, `human` or `other`."""


class Touchpoint(Model):
    """A point of contact between the customer and the brand within a stage."""

    id: Slug
    """Identifier, unique within the journey."""
    name: Text
    """Display name, e.g. "Sign-up form"."""
    channel: Slug | None = None
    """Id of a channel declared in the journey's `channels`."""
    description: str | None = None
    """What happens at this touchpoint."""
    emotion: Emotion | None = None
    """How the customer feels here, from -2 (very negative) to +2 (very positive)."""
    moment: Moment | None = None
    """Moment of truth: `zmot` (searching before buying), `fmot` (first encounter),
    `smot` (using it), `umot` (sharing the experience)."""
    wow: bool = False
    """True when this is a deliberately designed wow moment."""
    personas: list[Slug] | None = None
    """Ids of the journey's personas this touchpoint involves; without it, all of them
    (an empty list: none, as for a Mermaid task without actors). Lets one map say which
    persona meets which touchpoint."""
    resolves: list[Slug] = []
    """In a future map: ids of pain points of the current journey (`improves`) that this
    touchpoint removes."""


class Action(Model):
    """Something the company will do about a pain point, with an owner and a deadline."""

    id: Slug
    """Identifier, unique within the journey."""
    description: Text
    """What will be done."""
    owner: Text | None = None
    """Team or person accountable."""
    due: IsoDate | None = None
    """Deadline, YYYY-MM-DD."""
    status: ActionStatus = "planned"
    """`planned`, `in-progress`, `done` or `dropped`."""

    @property
    def is_open(self) -> bool:
        """Still to do: neither done nor dropped."""
        return self.status not in ("done", "dropped")

    def is_overdue(self, today: dt.date) -> bool:
        """Open and past its due date."""
        return self.is_open and self.due is not None and self.due < today


class PainPoint(Model):
    """Where the journey hurts, backed by evidence and turned into actions."""

    id: Slug
    """Identifier, unique within the journey."""
    description: Text
    """What hurts, from the customer's point of view."""
    severity: Severity = "medium"
    """`low`, `medium`, `high` or `critical`."""
    touchpoint: Slug | None = None
    """Id of the touchpoint of this journey where it happens."""
    evidence: list[Text] = []
    """Data backing the pain point: VOC, surveys, analytics."""
    benchmark: Text | None = None
    """How competitors or other industries solve the same pain."""
    actions: list[Action] = []
    """What the company does about it."""


class Opportunity(Model):
    """An idea to improve the stage, or a wow moment to design."""

    id: Slug
    """Identifier, unique within the journey."""
    description: Text
    """The idea."""
    value: Score | None = None
    """1..5: value for the customer and the business (5 is most)."""
    effort: Score | None = None
    """1..5: cost to build (5 is most)."""
    status: OpportunityStatus = "idea"
    """`idea`, `planned`, `in-progress`, `done` or `dropped`."""
    owner: Text | None = None
    """Team or person who drives it."""
    resolves: list[Slug] = []
    """Ids of pain points this removes: of the current journey (`improves`) when the map
    is a future one, else of this map."""

    @property
    def quadrant(self) -> Quadrant | None:
        """Where it sits on the value/effort matrix; None until both are scored."""
        if self.value is None or self.effort is None:
            return None
        high_value = self.value >= SCORE_MIDDLE
        if self.effort >= SCORE_MIDDLE:
            return "big bets" if high_value else "money pits"
        return "quick wins" if high_value else "fill-ins"


class Measurement(Model):
    """A dated value of a KPI, as measured then."""

    date: IsoDate
    """When the value was measured, YYYY-MM-DD (the end of the period it covers)."""
    value: Number
    """The measured value, in the KPI's unit."""
    note: Text | None = None
    """What explains the value, e.g. "after the new address form"."""


Better = Literal["higher", "lower"]


class Kpi(Model):
    """How the business measures the stage."""

    id: Slug
    """Identifier, unique within the journey."""
    name: Text
    """Display name, e.g. "Sign-up completion rate"."""
    unit: str | None = None
    """Unit of the values, e.g. "%" (quote it in YAML)."""
    target: Number | None = None
    """Value the stage should reach."""
    current: Number | None = None
    """Latest measured value, typed by hand; leave it out when the KPI has `measurements`."""
    better: Better = "higher"
    """Whether `higher` or `lower` values are better."""
    source: str | None = None
    """Where the value comes from, e.g. "Web analytics"."""
    measurements: list[Measurement] = []
    """Dated values, in any order; the latest is the current value. More can come from
    the workspace's data files (`measurements` in cjm.toml)."""

    @field_validator("measurements")
    @classmethod
    def _not_with_current(cls, value: list[Measurement], info: ValidationInfo) -> list[Measurement]:
        """Two sources for one value would disagree sooner or later."""
        if value and info.data.get("current") is not None:
            raise PydanticCustomError(
                "current_and_measurements",
                "a KPI with `measurements` takes its current value from the latest one: "
                "remove `current` or `measurements`",
            )
        return value

    @property
    def history(self) -> list[Measurement]:
        """The measurements, oldest first."""
        return sorted(self.measurements, key=lambda m: m.date)

    @property
    def latest(self) -> Measurement | None:
        """The most recent measurement; None when there is none."""
        return max(self.measurements, key=lambda m: m.date, default=None)

    @property
    def previous(self) -> Measurement | None:
        """The measurement before the latest; None when there are fewer than two."""
        history = self.history
        return history[-2] if len(history) >= 2 else None

    @property
    def value(self) -> float | None:
        """The current value: the latest measurement's, else `current`."""
        latest = self.latest
        return latest.value if latest is not None else self.current

    def is_worse(self, value: float, than: float) -> bool:
        """Whether ``value`` is worse than ``than``, in the direction of `better`."""
        return value < than if self.better == "higher" else value > than

    def is_off_target(self) -> bool | None:
        """Whether the current value is worse than the target; None when either is unknown."""
        value = self.value
        if self.target is None or value is None:
            return None
        return self.is_worse(value, self.target)

    def has_regressed(self) -> bool:
        """Whether the latest measurement is worse than the one before it."""
        latest, previous = self.latest, self.previous
        return (
            latest is not None
            and previous is not None
            and self.is_worse(latest.value, previous.value)
        )


class Stage(Model):
    """A stage of the journey, e.g. awareness, purchase, delivery."""

    id: Slug
    """Identifier, unique within the journey."""
    name: Text
    """Display name, e.g. "Sign up"."""
    phase: str | None = None
    """Free-text group of stages, e.g. pre-purchase / purchase / post-purchase."""
    description: str | None = None
    """What happens in this stage (Markdown)."""
    customer_goal: str | None = None
    """What the customer wants to achieve in this stage."""
    thoughts: list[Text] = []
    """What the customer thinks here, in their words."""
    emotion: Emotion | None = None
    """How the customer feels in this stage, from -2 to +2."""
    duration: str | None = None
    """How long the stage takes, free text."""
    touchpoints: list[Touchpoint] = []
    """Points of contact in this stage."""
    backstage: list[Text] = []
    """What the company does behind the scenes."""
    pain_points: list[PainPoint] = []
    """Where it hurts in this stage."""
    opportunities: list[Opportunity] = []
    """Ideas and wow moments to design."""
    kpis: list[Kpi] = []
    """How the stage is measured."""
    replaces: list[Slug] | None = Field(None, alias="from")
    """In a future map: ids of the stages of the current journey (`improves`) this stage
    replaces; by default the current stage with the same id, if any."""

    def emotion_score(self) -> float | None:
        """The stage's emotion, else the mean of its touchpoints' emotions, else None."""
        if self.emotion is not None:
            return self.emotion
        emotions = [t.emotion for t in self.touchpoints if t.emotion is not None]
        return fmean(emotions) if emotions else None


def _persona_entry_kind(value: object) -> str:
    return "persona-id" if isinstance(value, str) else "inline-persona"


PersonaEntry = Annotated[
    Annotated[Slug, Tag("persona-id")] | Annotated[Persona, Tag("inline-persona")],
    Discriminator(_persona_entry_kind),
]
"""A persona id (defined in a persona document of the workspace) or an inline persona."""


class Journey(Model):
    """A customer journey map."""

    cjm: Literal[1]
    """Format version of this document; always 1."""
    kind: Literal["journey"] = "journey"
    """Document kind; `journey` (the default) or `persona`."""
    id: Slug
    """Identifier of the journey, e.g. fashion-online-purchase."""
    title: Text
    """Title shown in reports."""
    description: str | None = None
    """What the journey covers (Markdown); also the diagram's accessible description
    (Mermaid's `accDescr`)."""
    accessible_title: Text | None = None
    """The name screen readers announce for the map's diagrams when it should differ
    from `title` (Mermaid's `accTitle`); reports use it for the emotional curve."""
    owner: str | None = None
    """Team or person responsible for the map."""
    state: Literal["current", "future"] = "current"
    """`current` (as-is) or `future` (to-be) journey."""
    improves: Slug | None = None
    """In a future map: id of the current journey of the workspace this design improves."""
    reviewed: IsoDate | None = None
    """Date of the last review, YYYY-MM-DD; maps should be reviewed at least yearly."""
    tags: list[Text] = []
    """Free labels for grouping maps."""
    goals: Goals | None = None
    """Business, customer and shared goals."""
    personas: list[PersonaEntry] = []
    """Persona ids (from persona documents) or inline personas."""
    channels: list[Channel] = []
    """Catalogue of channels used by touchpoints."""
    stages: Annotated[list[Stage], Field(min_length=1)]
    """The stages, in order; at least one."""

    def persona_ids(self) -> list[str]:
        """The ids of the journey's personas, references and inline ones, in order."""
        return [entry if isinstance(entry, str) else entry.id for entry in self.personas]

    def iter_touchpoints(self) -> Iterator[tuple[int, int, Touchpoint]]:
        """Every touchpoint with its stage and touchpoint index."""
        for s, stage in enumerate(self.stages):
            for t, touchpoint in enumerate(stage.touchpoints):
                yield s, t, touchpoint

    def is_stale(self, today: dt.date, after_days: int) -> bool:
        """Never reviewed, or last reviewed more than ``after_days`` days before ``today``."""
        return self.reviewed is None or (today - self.reviewed).days > after_days

    def iter_pain_points(self) -> Iterator[tuple[int, int, PainPoint]]:
        """Every pain point with its stage and pain point index."""
        for s, stage in enumerate(self.stages):
            for p, pain_point in enumerate(stage.pain_points):
                yield s, p, pain_point

    def iter_opportunities(self) -> Iterator[tuple[int, int, Opportunity]]:
        """Every opportunity with its stage and opportunity index."""
        for s, stage in enumerate(self.stages):
            for o, opportunity in enumerate(stage.opportunities):
                yield s, o, opportunity

    def replaced_stages(self, stage: Stage, current: Journey) -> list[str]:
        """Ids of the stages of ``current`` that ``stage`` of this future map replaces."""
        if stage.replaces is not None:
            return list(stage.replaces)
        return [stage.id] if any(other.id == stage.id for other in current.stages) else []

    def resolved_pain_points(self) -> dict[str, list[str]]:
        """Pain point ids this map resolves, each with the ids of what resolves it.

        Dropped opportunities resolve nothing.
        """
        resolved: dict[str, list[str]] = {}
        for _, _, touchpoint in self.iter_touchpoints():
            for pain in touchpoint.resolves:
                resolved.setdefault(pain, []).append(touchpoint.id)
        for _, _, opportunity in self.iter_opportunities():
            if opportunity.status != "dropped":
                for pain in opportunity.resolves:
                    resolved.setdefault(pain, []).append(opportunity.id)
        return resolved

    def iter_actions(self) -> Iterator[tuple[int, int, int, Action]]:
        """Every action with its stage, pain point and action index."""
        for s, p, pain_point in self.iter_pain_points():
            for a, action in enumerate(pain_point.actions):
                yield s, p, a, action
