"""No-code rules: ``[[require]]`` tables that say which fields a kind of node must fill.

A team that does not write Python still wants its own standard ("every KPI names its
data source"). A requirement names the node kind (``on``), the fields that must be
present and not empty, an optional ``where`` filter, a severity and a message. It
becomes an ordinary :class:`~cjm.lint.rule.Rule`, so it is configured, suppressed and
baselined like any other. Every name in it is checked against the model when the
configuration is read, so a misspelt field is a configuration error, never a rule that
silently passes.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from cjm.errors import ConfigError
from cjm.findings import Report, Severity, YamlPath
from cjm.lint.rule import LintContext, Rule, is_rule_name
from cjm.model import Journey, PersonaDocument
from cjm.model.journey import Action, Kpi, Opportunity, PainPoint, Stage, Touchpoint
from cjm.model.persona import Persona
from cjm.text import did_you_mean, with_article

DOCUMENT: YamlPath = ("id",)
"""Where a finding about a whole document points: its ``id:`` line, as for a list item."""

Nodes = Callable[[Journey], Iterator[tuple[YamlPath, BaseModel]]]


def _journey(journey: Journey) -> Iterator[tuple[YamlPath, BaseModel]]:
    yield DOCUMENT, journey


def _stages(journey: Journey) -> Iterator[tuple[YamlPath, BaseModel]]:
    for s, stage in enumerate(journey.stages):
        yield ("stages", s), stage


def _touchpoints(journey: Journey) -> Iterator[tuple[YamlPath, BaseModel]]:
    for s, t, touchpoint in journey.iter_touchpoints():
        yield ("stages", s, "touchpoints", t), touchpoint


def _pain_points(journey: Journey) -> Iterator[tuple[YamlPath, BaseModel]]:
    for s, p, pain_point in journey.iter_pain_points():
        yield ("stages", s, "pain_points", p), pain_point


def _actions(journey: Journey) -> Iterator[tuple[YamlPath, BaseModel]]:
    for s, p, a, action in journey.iter_actions():
        yield ("stages", s, "pain_points", p, "actions", a), action


def _opportunities(journey: Journey) -> Iterator[tuple[YamlPath, BaseModel]]:
    for s, stage in enumerate(journey.stages):
        for o, opportunity in enumerate(stage.opportunities):
            yield ("stages", s, "opportunities", o), opportunity


def _kpis(journey: Journey) -> Iterator[tuple[YamlPath, BaseModel]]:
    for s, stage in enumerate(journey.stages):
        for k, kpi in enumerate(stage.kpis):
            yield ("stages", s, "kpis", k), kpi


def _inline_personas(journey: Journey) -> Iterator[tuple[YamlPath, BaseModel]]:
    for i, entry in enumerate(journey.personas):
        if isinstance(entry, Persona):
            yield ("personas", i), entry


NODE_KINDS: dict[str, tuple[type[BaseModel], Nodes]] = {
    "journey": (Journey, _journey),
    "stage": (Stage, _stages),
    "touchpoint": (Touchpoint, _touchpoints),
    "pain-point": (PainPoint, _pain_points),
    "action": (Action, _actions),
    "opportunity": (Opportunity, _opportunities),
    "kpi": (Kpi, _kpis),
    "persona": (Persona, _inline_personas),
}
"""What ``on`` may name: the model of the node (its fields) and where to find the nodes.
A ``persona`` requirement checks inline personas and persona documents."""

KEYS = ("name", "on", "fields", "where", "severity", "message")
SEVERITIES = {severity.value: severity for severity in Severity}


@dataclass(frozen=True)
class Requirement:
    """One ``[[require]]`` table, checked against the model; ``origin`` is its file."""

    name: str
    on: str
    fields: tuple[str, ...]
    where: Mapping[str, Any]
    severity: Severity
    message: str | None
    origin: str

    @cached_property
    def rule(self) -> Rule:
        """The requirement as a rule like any other."""
        return Rule(self.name, self.severity, self._doc(), self.check)

    def check(self, journey: Journey, context: LintContext) -> Iterator[Report]:
        """Every node of the kind that matches ``where`` and leaves a field empty."""
        for path, node in NODE_KINDS[self.on][1](journey):
            yield from self._check_node(path, node)

    def check_persona_document(self, persona: PersonaDocument) -> Iterator[Report]:
        """A ``persona`` requirement also holds for persona documents."""
        if self.on == "persona":
            yield from self._check_node(DOCUMENT, persona)

    def _check_node(self, path: YamlPath, node: BaseModel) -> Iterator[Report]:
        if not all(getattr(node, key) == value for key, value in self.where.items()):
            return
        missing = [name for name in self.fields if _is_empty(getattr(node, name))]
        if missing:
            yield Report(path, self._message(node, missing))

    def _message(self, node: BaseModel, missing: list[str]) -> str:
        values = _placeholders(node)
        if self.message is not None:
            return self.message.format_map(values)
        return f"{self.on} {values['id']!r} has no {' and no '.join(missing)}"

    def _doc(self) -> str:
        where = "".join(f" where {key} = {_shown(value)}" for key, value in self.where.items())
        return (
            f"Required by {self.origin}: every {self.on}{where} has "
            f"{', '.join(self.fields)}.\n\n"
            f"A no-code rule from a `[[require]]` table. Silence it with "
            f"`# cjm: disable={self.name}` on the node's `- id:` line."
        )


def parse_requirement(table: object, file: Path, origin: str, taken: set[str]) -> Requirement:
    """A ``[[require]]`` table of ``file``; ``taken`` holds the rule names already in use."""
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: each [[require]] must be a table")
    for key in table:
        if key not in KEYS:
            hint = did_you_mean(key, set(KEYS)) or f"; known keys: {', '.join(KEYS)}"
            raise ConfigError(f"{file}: unknown key {key!r} in [[require]]{hint}")
    name = _name(table.get("name"), file, taken)
    what = f"{file}: require {name}"
    on = table.get("on")
    if on not in NODE_KINDS:
        hint = did_you_mean(on, set(NODE_KINDS)) if isinstance(on, str) else ""
        kinds = ", ".join(NODE_KINDS)
        raise ConfigError(f"{what}: `on` must be one of {kinds}, got {on!r}{hint}")
    model = NODE_KINDS[on][0]
    known = set(model.model_fields)
    fields = table.get("fields")
    if not isinstance(fields, list) or not fields or not all(isinstance(f, str) for f in fields):
        raise ConfigError(f"{what}: `fields` must be a non-empty list of field names")
    for field_name in fields:
        _known_field(field_name, known, on, what)
    where = table.get("where", {})
    if not isinstance(where, dict):
        raise ConfigError(f"{what}: `where` must be a table of field = value")
    for field_name in where:
        _known_field(field_name, known, on, what)
    where = {name: _where_value(name, value, model, what) for name, value in where.items()}
    severity = table.get("severity", "warning")
    if severity not in SEVERITIES:
        hint = did_you_mean(severity, set(SEVERITIES)) if isinstance(severity, str) else ""
        raise ConfigError(
            f"{what}: severity must be one of error, warning, info, got {severity!r}{hint}"
        )
    message = table.get("message")
    if message is not None:
        _check_message(message, known, what)
    return Requirement(name, on, tuple(fields), where, SEVERITIES[severity], message, origin)


def _name(name: object, file: Path, taken: set[str]) -> str:
    if not isinstance(name, str) or not is_rule_name(name):
        raise ConfigError(
            f"{file}: [[require]] needs a kebab-case `name` (like kpi-needs-source), "
            + ("but has none" if name is None else f"got {name!r}")
        )
    if name in taken:
        raise ConfigError(f"{file}: require {name}: the rule name {name!r} is already taken")
    return name


def _known_field(name: str, known: set[str], on: str, what: str) -> None:
    if name not in known:
        node = with_article(on)
        hint = did_you_mean(name, known) or f"; fields of {node}: {', '.join(sorted(known))}"
        raise ConfigError(f"{what}: {node} has no field {name!r}{hint}")


def _where_value(name: str, value: object, model: type[BaseModel], what: str) -> object:
    """The value as the map's field reads it (``"60"`` a number, ``"2027-03-31"`` a date).

    A value no node can hold would make the rule silently pass on every map.
    """
    annotation: Any = model.model_fields[name].annotation
    choices = _literal_choices(annotation)
    if choices and value not in choices:
        hint = did_you_mean(value, set(choices)) if isinstance(value, str) else ""
        raise ConfigError(
            f"{what}: where {name} = {value!r} matches nothing: {name} is one of "
            f"{', '.join(choices)}{hint}"
        )
    unusable = ConfigError(
        f"{what}: where {name} = {value!r} matches nothing: give one value "
        f"as the map would write it (text, a number or a YYYY-MM-DD date)"
    )
    if isinstance(value, list | dict):
        raise unusable
    try:
        return TypeAdapter(annotation).validate_python(value)
    except ValidationError:
        raise unusable from None


def _literal_choices(annotation: object) -> tuple[str, ...]:
    """The values of a ``Literal`` field, also inside ``Optional`` or ``Annotated``."""
    if get_origin(annotation) is Literal:
        return tuple(str(choice) for choice in get_args(annotation))
    for argument in get_args(annotation):
        choices = _literal_choices(argument)
        if choices:
            return choices
    return ()


def _check_message(message: object, known: set[str], what: str) -> None:
    if not isinstance(message, str):
        raise ConfigError(f"{what}: `message` must be text")
    allowed = known | {"id", "name"}
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(message) if name is not None]
    except ValueError as error:
        raise ConfigError(f"{what}: message: {error} (write {{{{ for a literal brace)") from None
    for name in names:
        if name not in allowed:
            hint = did_you_mean(name, allowed) or "; use {id}, {name} or a field of the node"
            raise ConfigError(f"{what}: message uses an unknown placeholder {{{name}}}{hint}")


def _shown(value: object) -> str:
    return repr(value.isoformat() if isinstance(value, dt.date) else value)


def _placeholders(node: BaseModel) -> dict[str, str]:
    values = {key: _text(getattr(node, key)) for key in type(node).model_fields}
    label = next((values[key] for key in ("name", "title", "description") if values.get(key)), None)
    values["name"] = label or values.get("id", "")
    return values


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value)
    return str(value)


def _is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | dict | tuple) and not value
