"""``cjm stats`` output: the same tables as Rich tables on a terminal, plain text otherwise,
and JSON for dashboards.

The tables are built once (:func:`tables`), so the terminal and the plain text never
disagree; text from the maps is made harmless for a terminal.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from cjm.stats.portfolio import PortfolioStats
from cjm.text import counted, display_width, ljust_display, safe_text


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]


def tables(stats: PortfolioStats) -> list[Table]:
    data = stats.as_dict()
    pain_points, actions = data["pain_points"], data["actions"]
    by_severity = ", ".join(f"{n} {name}" for name, n in pain_points["by_severity"].items())
    by_status = ", ".join(f"{n} {name}" for name, n in actions["by_status"].items())
    opportunities = data["opportunities"]
    stale = ", ".join(m.journey for m in stats.stale_maps)
    summary = [
        ("Journeys", str(data["journeys"])),
        ("Stages", str(data["stages"])),
        ("KPI coverage", _coverage(stats.stages_with_target_kpi, stats.stages)),
        ("KPI trends", _trends(data["kpi_trends"])),
        ("Pain points", f"{pain_points['total']}: {by_severity}"),
        ("  with actions", f"{pain_points['with_actions']} of {pain_points['total']}"),
        ("Actions", f"{actions['total']}: {by_status}"),
        ("  open / overdue", f"{actions['open']} / {actions['overdue']}"),
        ("Opportunities", f"{opportunities['total']}: {_listed(opportunities['by_status'])}"),
        ("  by quadrant", _listed(opportunities["by_quadrant"])),
        (
            "Stale maps",
            f"{len(stats.stale_maps)} of {data['journeys']} ({_interval(stats)})"
            f"{': ' + stale if stale else ''}",
        ),
    ]
    emotion = [
        (phase, str(stages), str(with_emotion), _signed(average))
        for phase, stages, with_emotion, average in stats.emotion_by_phase()
    ]
    maps = [
        (
            m.journey,
            str(m.stages),
            f"{m.stages_with_target_kpi}/{m.stages}",
            str(m.pain_points),
            str(m.open_actions),
            str(m.overdue_actions),
            (m.reviewed.isoformat() if m.reviewed else "never") + (" (stale)" if m.stale else ""),
        )
        for m in stats.maps
    ]
    return [
        Table(f"Portfolio on {stats.today.isoformat()}", ("", ""), summary),
        Table("Emotion by phase", ("phase", "stages", "with emotion", "average"), emotion),
        Table(
            "Maps",
            ("journey", "stages", "KPI cov.", "pains", "open", "overdue", "reviewed"),
            maps,
        ),
    ]


def write_tables(stats: PortfolioStats, stream: TextIO) -> None:
    """``--format text``: Rich tables on a terminal, aligned plain text in a pipe or a log,
    where box drawing and colour codes would only be noise."""
    write = write_rich if stream.isatty() else write_text
    write(stats, stream)


def write_text(stats: PortfolioStats, stream: TextIO) -> None:
    """Aligned plain-text tables, for pipes, logs and CI."""
    for index, table in enumerate(tables(stats)):
        if index:
            stream.write("\n")
        stream.write(safe_text(table.title) + "\n")
        shown = [table.headers, *table.rows] if any(table.headers) else table.rows
        rows = [[safe_text(cell) for cell in row] for row in shown]
        # Display width, not len(): a Korean phase name takes two columns per syllable.
        widths = [max(display_width(row[i]) for row in rows) for i in range(len(table.headers))]
        for row in rows:
            cells = (ljust_display(cell, width) for cell, width in zip(row, widths, strict=True))
            stream.write("  ".join(cells).rstrip() + "\n")


def write_rich(stats: PortfolioStats, stream: TextIO) -> None:
    """The same tables, drawn by Rich for a terminal."""
    from rich.console import Console
    from rich.table import Table as RichTable

    console = Console(file=stream, highlight=False)
    for table in tables(stats):
        shown = RichTable(title=table.title, show_header=any(table.headers), title_justify="left")
        for index, header in enumerate(table.headers):
            last = index == len(table.headers) - 1
            shown.add_column(header, no_wrap=index == 0 or last)  # ids and dates stay whole
        for row in table.rows:
            shown.add_row(*(safe_text(cell) for cell in row), end_section=False)
        console.print(shown, markup=False)


def write_json(stats: PortfolioStats, stream: TextIO) -> None:
    stream.write(json.dumps(stats.as_dict(), indent=2, ensure_ascii=False) + "\n")


def _listed(counts: dict[str, int]) -> str:
    """``2 quick wins, 1 big bets``: the non-zero counts; ``none`` when all are zero."""
    return ", ".join(f"{n} {name}" for name, n in counts.items() if n) or "none"


def _coverage(part: int, whole: int) -> str:
    percent = f" ({round(100 * part / whole)}%)" if whole else ""
    verb = "has" if whole == 1 else "have"
    return f"{part} of {counted(whole, 'stage')}{percent} {verb} a KPI with a target"


def _trends(trends: dict[str, Any]) -> str:
    """``4 measured: 2 improved, 1 regressed, 0 unchanged since their previous measurement;
    3 measured within the max age``."""
    measured = trends["measured"]
    if not measured:
        return "no KPI has measurements"
    changes = ", ".join(f"{n} {change}" for change, n in trends["since_previous"].items())
    return (
        f"{measured} measured: {changes} since their previous measurement; "
        f"{trends['measured_within_max_age']} measured within the max age"
    )


def _signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f}"


def _interval(stats: PortfolioStats) -> str:
    if stats.stale_after_days is None:
        return "not reviewed within their workspace's stale-after-days"
    return f"not reviewed in {counted(stats.stale_after_days, 'day')}"
