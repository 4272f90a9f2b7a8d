"""Portfolio numbers on a small fixture, counted with the model's own predicates."""

from __future__ import annotations

import datetime as dt
import io

from cjm.collect import JourneyCollection
from cjm.stats.output import write_rich, write_tables, write_text
from cjm.stats.portfolio import PortfolioStats
from tests.conftest import FIXTURES
from tests.journeys import journey

TODAY = dt.date(2026, 6, 1)


def portfolio(today: dt.date = TODAY, stale_after_days: int = 365) -> PortfolioStats:
    stats = PortfolioStats(today, stale_after_days)
    for loaded in JourneyCollection([FIXTURES / "stats"]):
        stats.add(loaded.journey, loaded.file)
    return stats


def test_counts():
    data = portfolio().as_dict()
    assert (data["journeys"], data["stages"]) == (2, 4)
    assert data["kpi_coverage"] == {"stages_with_target_kpi": 2, "stages": 4, "percent": 50.0}
    assert data["pain_points"] == {
        "total": 4,
        "by_severity": {"critical": 1, "high": 1, "medium": 1, "low": 1},
        "with_actions": 3,
    }
    assert data["actions"] == {
        "total": 4,
        "open": 2,
        "overdue": 1,
        "by_status": {"planned": 2, "in-progress": 0, "done": 1, "dropped": 1},
    }


def test_emotion_by_phase_in_order_of_appearance_without_phase_last():
    assert portfolio().as_dict()["emotion_by_phase"] == [
        {"phase": "purchase", "stages": 2, "stages_with_emotion": 1, "average": 0.0},
        {"phase": "pre-purchase", "stages": 1, "stages_with_emotion": 1, "average": 1.0},
        {"phase": "(no phase)", "stages": 1, "stages_with_emotion": 1, "average": -1.0},
    ]


def test_stale_maps_depend_on_today_and_the_threshold():
    assert [m["journey"] for m in portfolio().as_dict()["stale"]] == ["support"]
    later = portfolio(dt.date(2026, 6, 1), stale_after_days=100).as_dict()["stale"]
    assert [m["journey"] for m in later] == ["checkout", "support"]


def test_overdue_depends_on_today():
    assert portfolio(dt.date(2025, 12, 1)).as_dict()["actions"]["overdue"] == 0
    assert portfolio(dt.date(2026, 7, 1)).as_dict()["actions"]["overdue"] == 2


def test_per_map_rows():
    checkout, support = portfolio().as_dict()["maps"]
    assert checkout == {
        "journey": "checkout",
        "file": str(FIXTURES / "stats" / "checkout.yaml"),
        "title": "Checkout",
        "stages": 2,
        "stages_with_target_kpi": 2,
        "pain_points": 1,
        "open_actions": 1,
        "overdue_actions": 0,
        "reviewed": "2026-01-10",
        "stale": False,
    }
    assert (support["reviewed"], support["stale"], support["overdue_actions"]) == (None, True, 1)


def test_empty_portfolio_has_no_division_by_zero():
    data = PortfolioStats(TODAY).as_dict()
    assert data["kpi_coverage"]["percent"] is None
    assert data["emotion_by_phase"] == []


def test_plain_text_tables():
    stream = io.StringIO()
    write_text(portfolio(), stream)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "Portfolio on 2026-06-01"
    assert "KPI coverage      2 of 4 stages (50%) have a KPI with a target" in lines
    assert "Stale maps        1 of 2 (not reviewed in 365 days): support" in lines
    assert "(no phase)    1       1             -1.00" in lines
    assert any(line.startswith("support   2") and line.endswith("never (stale)") for line in lines)


def test_rich_tables_show_the_same_rows():
    stream = io.StringIO()
    write_rich(portfolio(), stream)
    assert "never (stale)" in stream.getvalue()
    assert "\x1b[" not in stream.getvalue()  # not a terminal: no colour codes


def test_kpi_trends_count_the_last_change_and_recent_measurements():
    def kpi(kpi_id: str, better: str, *values: tuple[str, float]) -> str:
        items = "".join(f"\n          - {{date: {d}, value: {v}}}" for d, v in values)
        return (
            f"\n      - id: {kpi_id}\n        name: {kpi_id}\n        better: {better}"
            f"\n        measurements:{items}"
        )

    text = (
        "cjm: 1\nid: shop\ntitle: Shop\nstages:\n  - id: pay\n    name: Pay\n    kpis:"
        + kpi("up", "higher", ("2026-01-31", 1), ("2026-04-30", 2))
        + kpi("down-is-good", "lower", ("2026-01-31", 5), ("2026-05-15", 4))
        + kpi("worse", "lower", ("2025-10-31", 4), ("2026-01-31", 5))
        + kpi("flat", "higher", ("2026-01-31", 3), ("2026-02-28", 3))
        + kpi("once", "higher", ("2026-05-31", 3))
        + "\n      - id: typed\n        name: Typed\n        current: 3\n"
    )
    stats = PortfolioStats(TODAY, 365)
    stats.add(journey(text), "shop.yaml", measurement_max_age_days=60)
    assert stats.as_dict()["kpi_trends"] == {
        "measured": 5,
        "since_previous": {"improved": 2, "regressed": 1, "unchanged": 1},
        "measured_within_max_age": 3,
    }
    stream = io.StringIO()
    write_text(stats, stream)
    assert (
        "KPI trends        5 measured: 2 improved, 1 regressed, 1 unchanged since their "
        "previous measurement; 3 measured within the max age\n"
    ) in stream.getvalue()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_text_format_draws_boxes_on_a_terminal_and_plain_text_in_a_pipe():
    piped, terminal = io.StringIO(), Terminal()
    write_tables(portfolio(), piped)
    write_tables(portfolio(), terminal)
    assert piped.getvalue().splitlines()[0] == "Portfolio on 2026-06-01"
    assert "─" not in piped.getvalue()
    assert "─" in terminal.getvalue()


def test_opportunities_by_status_and_quadrant(tmp_path):
    (tmp_path / "ideas.yaml").write_text(
        "cjm: 1\nid: ideas\ntitle: Ideas\nstages:\n  - id: s\n    name: S\n"
        "    opportunities:\n"
        "      - {id: a, description: A, value: 5, effort: 1, status: planned}\n"
        "      - {id: b, description: B, value: 3, effort: 3}\n"
        "      - {id: c, description: C, value: 2, effort: 2, status: done}\n"
        "      - {id: d, description: D, value: 1, effort: 5, status: dropped}\n"
        "      - {id: e, description: E, value: 4}\n",
        encoding="utf-8",
    )
    stats = PortfolioStats(TODAY, 365)
    for loaded in JourneyCollection([tmp_path]):
        stats.add(loaded.journey, loaded.file)
    assert stats.as_dict()["opportunities"] == {
        "total": 5,
        "by_status": {"idea": 2, "planned": 1, "in-progress": 0, "done": 1, "dropped": 1},
        "by_quadrant": {
            "quick wins": 1,
            "big bets": 1,
            "fill-ins": 1,
            "money pits": 1,
            "unscored": 1,
        },
    }
