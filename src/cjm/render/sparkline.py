"""The geometry of a KPI's sparkline: its measurements over time, and its target as a
line, scaled into a small box. The HTML template only draws what is computed here."""

from __future__ import annotations

from dataclasses import dataclass

from cjm.measurements.trend import Trend

WIDTH = 120
HEIGHT = 32
_PAD = 3.0


@dataclass(frozen=True)
class Sparkline:
    """Coordinates in a ``WIDTH`` × ``HEIGHT`` box, written out rounded so output is stable."""

    points: str
    """``x,y x,y ...`` of the measurements, oldest first."""
    latest: tuple[str, str]
    target_y: str | None
    width: int = WIDTH
    height: int = HEIGHT


def sparkline(trend: Trend) -> Sparkline:
    """Dates spread proportionally along x; values (and the target) fill the height."""
    history = trend.history
    values = [m.value for m in history]
    target = trend.kpi.target
    low = min([*values, *([target] if target is not None else [])])
    high = max([*values, *([target] if target is not None else [])])
    start = history[0].date.toordinal()
    span = history[-1].date.toordinal() - start

    def x(ordinal: int) -> float:
        if span == 0:
            return WIDTH / 2
        return _round(_PAD + (ordinal - start) / span * (WIDTH - 2 * _PAD))

    def y(value: float) -> float:
        if high == low:
            return HEIGHT / 2
        return _round(HEIGHT - _PAD - (value - low) / (high - low) * (HEIGHT - 2 * _PAD))

    coordinates = [(x(m.date.toordinal()), y(m.value)) for m in history]
    return Sparkline(
        " ".join(f"{_text(cx)},{_text(cy)}" for cx, cy in coordinates),
        (_text(coordinates[-1][0]), _text(coordinates[-1][1])),
        None if target is None else _text(y(target)),
    )


def _round(value: float) -> float:
    return round(value, 1)


def _text(value: float) -> str:
    return f"{value:g}"
