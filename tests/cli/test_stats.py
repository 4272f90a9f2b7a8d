"""``cjm stats``: JSON for tools, text otherwise; broken maps reported, not fatal."""

from __future__ import annotations

from cjm.text import display_width
from tests.conftest import EXAMPLES, FIXTURES
from tests.journeys import SMALL, write


def test_stats_json_of_the_fixture(cjm):
    run = cjm("stats", FIXTURES / "stats", "--format", "json", "--today", "2026-06-01")
    assert run.exit_code == 0, run.stderr
    data = run.json()
    assert list(data) == [
        "today",
        "stale_after_days",
        "journeys",
        "stages",
        "kpi_coverage",
        "kpi_trends",
        "pain_points",
        "actions",
        "opportunities",
        "emotion_by_phase",
        "stale",
        "maps",
    ]
    assert (data["today"], data["journeys"], data["actions"]["overdue"]) == ("2026-06-01", 2, 1)


def test_today_from_the_environment_and_stale_threshold(cjm, monkeypatch):
    monkeypatch.setenv("CJM_TODAY", "2026-06-01")
    run = cjm("stats", FIXTURES / "stats", "-f", "json", "--stale-after-days", "100")
    assert run.json()["today"] == "2026-06-01"
    assert [m["journey"] for m in run.json()["stale"]] == ["checkout", "support"]


def test_stats_text_of_the_examples(cjm):
    run = cjm("stats", EXAMPLES, "--today", "2026-11-23")
    assert run.exit_code == 0
    assert run.stdout.startswith("Portfolio on 2026-11-23\nJourneys          4\n")
    assert "Opportunities     25: 11 idea, 10 planned, 2 in-progress, 2 dropped\n" in run.stdout
    assert "  by quadrant     9 quick wins, 10 big bets, 4 fill-ins, 2 money pits\n" in run.stdout
    # four of the five measured KPIs are measured from examples/data only
    assert (
        "KPI trends        5 measured: 4 improved, 1 regressed, 0 unchanged since their "
        "previous measurement; 5 measured within the max age\n"
    ) in run.stdout


def test_broken_map_is_reported_and_the_others_counted(cjm, tmp_path):
    write(tmp_path / "good.yaml", SMALL)
    write(
        tmp_path / "bad.yaml",
        SMALL.replace("id: checkout", "id: bad").replace("severity: medium", "severity: huge"),
    )
    run = cjm("stats", tmp_path, "-f", "json")
    assert run.exit_code == 1
    assert "bad.yaml:" in run.stderr and "error schema" in run.stderr
    assert run.json()["journeys"] == 1


def test_stats_usage_errors(cjm, tmp_path):
    assert (
        "expected a date written YYYY-MM-DD"
        in cjm("stats", EXAMPLES, "--today", "2026-13-01").stderr
    )
    assert cjm("stats", EXAMPLES, "--today", "tomorrow").exit_code == 2
    assert cjm("stats", tmp_path).exit_code == 2  # no cjm document
    assert cjm("stats", EXAMPLES, "--stale-after-days", "-1").exit_code == 2


def test_each_map_is_judged_by_its_own_workspace_review_interval(cjm, tmp_path):
    for folder, days in (("strict", 30), ("relaxed", 1000)):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder / "cjm.toml", f"stale-after-days = {days}\n")
        text = SMALL.replace("id: checkout", f"id: {folder}")
        write(
            tmp_path / folder / "map.yaml",
            text.replace("reviewed: 2026-01-10", "reviewed: 2026-01-01"),
        )
    for order in (("strict", "relaxed"), ("relaxed", "strict")):
        run = cjm(
            "stats", *(tmp_path / folder for folder in order), "-f", "json", "--today", "2026-11-23"
        )
        assert [m["journey"] for m in run.json()["stale"]] == ["strict"], run.stdout


def test_a_copied_map_is_reported_and_still_counted(cjm, tmp_path):
    write(tmp_path / "a.yaml", SMALL)
    write(tmp_path / "copy.yaml", SMALL)
    run = cjm("stats", tmp_path, "-f", "json")
    assert run.exit_code == 1
    assert "journey id 'checkout' is also used by" in run.stderr
    assert run.json()["journeys"] == 2


KOREAN = """\
cjm: 1
id: korean-shop
title: 온라인 쇼핑
stages:
  - {id: search, name: 검색, phase: 구매 전, emotion: 1}
  - {id: pay, name: 결제, phase: 구매, emotion: -1}
  - {id: ship, name: Delivery, phase: after purchase, emotion: 2}
"""


def test_stats_text_columns_line_up_for_korean_phases(cjm, tmp_path):
    write(tmp_path / "korean.yaml", KOREAN)
    run = cjm("stats", tmp_path, "--today", "2026-11-23")
    table = run.stdout.split("Emotion by phase\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [row.split("  ")[0].strip() for row in table] == [
        "phase",
        "구매 전",
        "구매",
        "after purchase",
    ]
    # The second column starts at the same terminal column on every row ("구매 전" is 7
    # columns wide but 4 characters long).
    starts = {display_width(row[: row.index(row.split()[-3])]) for row in table[1:]}
    assert len(starts) == 1
    assert display_width(table[0][: table[0].index("stages")]) in starts


def test_without_a_path_the_current_directory_is_counted(cjm, monkeypatch):
    monkeypatch.chdir(EXAMPLES)
    here = cjm("stats", "--format", "json", "--today", "2026-12-01")
    there = cjm("stats", ".", "--format", "json", "--today", "2026-12-01")
    assert here.exit_code == 0, here.stderr
    assert here.stdout == there.stdout
    assert '"file": "online-store.yaml"' in here.stdout
