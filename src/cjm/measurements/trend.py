"""How a KPI moved: its first, previous and latest measurement, judged by `better` and
put into the same words in every output (reports, diagrams, stats, diff, review)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cjm.i18n import N_, Language, plain
from cjm.model import Kpi, Measurement
from cjm.text import with_unit

Change = Literal["improved", "regressed", "unchanged"]
ARROWS: dict[Change, str] = {"improved": "↑", "regressed": "↓", "unchanged": "→"}
"""The arrow of a change, read as better or worse whatever the KPI's direction."""
CHANGE_WORDS: dict[Change, str] = {
    "improved": N_("improved"),
    "regressed": N_("regressed"),
    "unchanged": N_("unchanged"),
}
"""A change as a report says it (message ids)."""


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

    def words(self, lang: Language | None = None) -> str:
        """``+5 points since 2026-01-31, 11 below target``: the change since the first
        measurement, and where the latest stands against the target; in ``lang`` (a
        report's), else as the terminal writes them."""
        lang = lang or plain()
        _ = lang.gettext
        first = lang.date(self.first.date)
        if self.previous is None:
            parts = [_("measured once, on %(date)s") % {"date": first}]
        else:
            delta = self.latest.value - self.first.value
            change = difference(delta, self.kpi.unit, lang)
            parts = [_("%(change)s since %(date)s") % {"change": change, "date": first}]
        against = against_target(self.kpi, self.latest.value, lang)
        if against:
            parts.append(against)
        return _(", ").join(parts)

    def last_step(self, lang: Language | None = None) -> str | None:
        """``↓ regressed since 2026-06-30 (6.1%)``: the latest measurement against the one
        before it, in ``lang`` (else as the terminal writes it); None with fewer than two."""
        lang = lang or plain()
        previous, change = self.previous, self.last_change
        if previous is None or change is None:
            return None
        return lang.gettext("%(arrow)s %(change)s since %(date)s (%(value)s)") % {
            "arrow": ARROWS[change],
            "change": lang.gettext(CHANGE_WORDS[change]),
            "date": lang.date(previous.date),
            "value": with_unit(previous.value, self.kpi.unit, lang.number),
        }


def trend_of(kpi: Kpi) -> Trend | None:
    """The KPI's trend; None when it has no measurements."""
    return Trend(kpi, kpi.history) if kpi.measurements else None


def judge(kpi: Kpi, before: float, after: float) -> Change:
    """Whether going from ``before`` to ``after`` is better, worse or the same for ``kpi``."""
    if after == before:
        return "unchanged"
    return "regressed" if kpi.is_worse(after, before) else "improved"


def difference(delta: float, unit: str | None, lang: Language | None = None) -> str:
    """``+5 points`` for a percentage, ``-2 minutes``, ``+0.5``; ``no change`` for zero."""
    lang = lang or plain()
    size = round(abs(delta), 10)  # 54.1 - 49.3 is 4.800000000000004
    if size == 0:
        return lang.gettext("no change")
    sign = "+" if delta > 0 else "-"
    if unit == "%":
        points = lang.ngettext("%(num)s point", "%(num)s points", 1 if size == 1 else 2)
        return sign + points % {"num": lang.number(size)}
    return sign + with_unit(size, unit, lang.number)


def against_target(kpi: Kpi, value: float, lang: Language | None = None) -> str | None:
    """``11 below target``, ``3 minutes above target``, ``on target``; None without a target."""
    lang = lang or plain()
    if kpi.target is None:
        return None
    gap = round(value - kpi.target, 10)
    if gap == 0:
        return lang.gettext("on target")
    size = abs(gap)
    amount = lang.number(size) if kpi.unit == "%" else with_unit(size, kpi.unit, lang.number)
    words = N_("%(amount)s below target") if gap < 0 else N_("%(amount)s above target")
    return lang.gettext(words) % {"amount": amount}
