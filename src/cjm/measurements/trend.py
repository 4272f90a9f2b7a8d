"""How a KPI moved: its first, previous and latest measurement, judged by `better` and
put into the same words in every output (reports, diagrams, stats, diff, review)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cjm.model import Kpi, Measurement
from cjm.text import format_number, with_unit

Change = Literal["improved", "regressed", "unchanged"]
ARROWS: dict[Change, str] = {"improved": "↑", "regressed": "↓", "unchanged": "→"}
"""The arrow of a change, read as better or worse whatever the KPI's direction."""


@dataclass(frozen=True)
class Trend:
    """The measurements of a KPI that has some, oldest first."""

    kpi: Kpi
    history: list[Measurement]

    @property
    def first(self) -> Measurement:
        return self.history[0]

    @property
    def latest(self) -> Measurement:
        return self.history[-1]

    @property
    def previous(self) -> Measurement | None:
        return self.history[-2] if len(self.history) > 1 else None

    @property
    def last_change(self) -> Change | None:
        """How the latest measurement compares with the one before; None for a single one."""
        previous = self.previous
        return None if previous is None else judge(self.kpi, previous.value, self.latest.value)

    def words(self) -> str:
        """``+5 points since 2026-01-31, 11 below target``: the change since the first
        measurement, and where the latest stands against the target."""
        if self.previous is None:
            parts = [f"measured once, on {self.first.date.isoformat()}"]
        else:
            delta = self.latest.value - self.first.value
            parts = [f"{difference(delta, self.kpi.unit)} since {self.first.date.isoformat()}"]
        against = against_target(self.kpi, self.latest.value)
        if against:
            parts.append(against)
        return ", ".join(parts)


def trend_of(kpi: Kpi) -> Trend | None:
    """The KPI's trend; None when it has no measurements."""
    return Trend(kpi, kpi.history) if kpi.measurements else None


def judge(kpi: Kpi, before: float, after: float) -> Change:
    """Whether going from ``before`` to ``after`` is better, worse or the same for ``kpi``."""
    if after == before:
        return "unchanged"
    return "regressed" if kpi.is_worse(after, before) else "improved"


def difference(delta: float, unit: str | None) -> str:
    """``+5 points`` for a percentage, ``-2 minutes``, ``+0.5``; ``no change`` for zero."""
    size = round(abs(delta), 10)  # 54.1 - 49.3 is 4.800000000000004
    if size == 0:
        return "no change"
    sign = "+" if delta > 0 else "-"
    if unit == "%":
        return f"{sign}{format_number(size)} point{'' if size == 1 else 's'}"
    return sign + with_unit(size, unit)


def against_target(kpi: Kpi, value: float) -> str | None:
    """``11 below target``, ``3 minutes above target``, ``on target``; None without a target."""
    if kpi.target is None:
        return None
    gap = round(value - kpi.target, 10)
    if gap == 0:
        return "on target"
    size = abs(gap)
    amount = format_number(size) if kpi.unit == "%" else with_unit(size, kpi.unit)
    return f"{amount} {'below' if gap < 0 else 'above'} target"
