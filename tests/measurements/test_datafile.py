"""Data files of KPI measurements: every problem is a ``measurement`` finding at the
cell's ``file.csv:line:column``, and the rows that are fine reach the map's KPIs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cjm.lint.engine import Linter
from cjm.model import Journey
from cjm.validate import FileResult, Validator
from tests.conftest import TODAY, make

SHOP = """\
cjm: 1
id: shop
title: Shop
stages:
  - id: pay
    name: Pay
    kpis:
      - id: conversion
        name: Checkout conversion
        unit: "%"
        target: 65
        measurements:
          - {date: 2026-01-31, value: 49}
      - id: orders
        name: Orders per month
"""
HEADER = "journey,kpi,date,value,note\n"


def _validate(root: Path, files: dict[str, str]) -> list[FileResult]:
    make(root, {"cjm.toml": 'measurements = ["data/*.csv"]\n', "shop.yaml": SHOP, **files})
    validator = Validator(Linter(dt.date.fromisoformat(TODAY)))
    return list(validator.validate_paths([root]))


def _problems(results: list[FileResult]) -> list[str]:
    """The measurement findings, as ``file:line:col message`` with the file's name only."""
    return [
        f"{Path(f.file).name}:{f.line}:{f.column} {f.message}"
        for result in results
        for f in result.findings
        if f.rule == "measurement"
    ]


def _shop(results: list[FileResult]) -> Journey:
    [model] = [r.document.model for r in results if r.document is not None]
    assert isinstance(model, Journey)
    return model


@pytest.mark.parametrize(
    ("csv", "expected"),
    [
        pytest.param(
            "journey,kpi,value\nshop,conversion,54\n",
            "a.csv:1:1 missing column 'date': a data file has the columns journey, kpi, "
            "date, value (any order) and optionally note",
            id="missing-column",
        ),
        pytest.param(
            "journey,kpi,date,value,comment\n",
            "a.csv:1:24 unknown column 'comment'; the columns are journey, kpi, date, value, note",
            id="unknown-column",
        ),
        pytest.param(
            "journey,kpi,dates,value\n",
            "a.csv:1:13 unknown column 'dates' (did you mean \"date\"?)",
            id="unknown-column-near-miss",
        ),
        pytest.param(
            "journey;kpi;date;value\nshop;conversion;2026-03-31;54\n",
            "a.csv:1:1 the columns are separated by semicolons, not commas: cjm reads "
            "comma-separated files (export the data with ',' as the separator)",
            id="semicolon-separated",
        ),
        pytest.param(
            "journey\tkpi\tdate\tvalue\n",
            "a.csv:1:1 the columns are separated by tabs, not commas: cjm reads "
            "comma-separated files (export the data with ',' as the separator)",
            id="tab-separated",
        ),
        pytest.param(
            HEADER + "shop,conversion,31/03/2026,54,\n",
            "a.csv:2:17 date '31/03/2026' is not written YYYY-MM-DD",
            id="date-not-iso",
        ),
        pytest.param(
            HEADER + "shop,conversion,2026-02-30,54,\n",
            "a.csv:2:17 date '2026-02-30' is not a real date (day is out of range for month)",
            id="date-not-real",
        ),
        pytest.param(
            HEADER + "shop,conversion,2026-03-31,54%,\n",
            "a.csv:2:28 value '54%' is not a plain number: leave out the % sign (the unit "
            "belongs to the KPI)",
            id="number-with-percent",
        ),
        pytest.param(
            HEADER + 'shop,orders,2026-03-31,"1,200",\n',
            "a.csv:2:24 value '1,200' is not a plain number: leave out the thousands separator",
            id="number-with-thousands-separator",
        ),
        pytest.param(
            HEADER + "shop,orders,2026-03-31,many,\n",
            "a.csv:2:24 value 'many' is not a plain number: write a plain number such as 54, "
            "54.5 or -3",
            id="not-a-number",
        ),
        pytest.param(
            HEADER + "shop,orders,2026-03-31,,\n",
            "a.csv:2:24 empty value",
            id="empty-value",
        ),
        pytest.param(
            HEADER + "shop,orders,2026-03-31\n",
            "a.csv:2:1 expected 5 cells like the header, got 3",
            id="short-row",
        ),
        pytest.param(
            HEADER + "shp,conversion,2026-03-31,54,\n",
            "a.csv:2:1 journey 'shp' is not a journey of this workspace (did you mean \"shop\"?)",
            id="unknown-journey",
        ),
        pytest.param(
            HEADER + "shop,convertion,2026-03-31,54,\n",
            "a.csv:2:6 KPI 'convertion' is not a KPI of journey 'shop' (did you mean "
            '"conversion"?)',
            id="unknown-kpi",
        ),
        pytest.param(
            HEADER + "shop,conversion,2026-01-31,50,\n",
            "a.csv:2:17 KPI 'conversion' already has a measurement on 2026-01-31 (at shop.yaml:13)",
            id="date-also-in-the-map",
        ),
    ],
)
def test_each_problem_is_a_finding_at_its_cell(tmp_path: Path, csv: str, expected: str) -> None:
    results = _validate(tmp_path, {"data/a.csv": csv})
    problems = [p.replace(f"{tmp_path}/", "") for p in _problems(results)]
    assert problems == [expected]


def test_a_date_given_in_two_data_files_is_reported_in_the_second(tmp_path: Path) -> None:
    results = _validate(
        tmp_path,
        {
            "data/a.csv": HEADER + "shop,orders,2026-03-31,120,\n",
            "data/b.csv": "kpi,journey,value,date\norders,shop,125,2026-03-31\n",
        },
    )
    [problem] = _problems(results)
    assert problem.startswith(
        "b.csv:2:17 KPI 'orders' already has a measurement on 2026-03-31 (at "
    )
    assert problem.endswith("a.csv:2)")


def test_a_data_file_that_is_not_utf8_is_one_finding(tmp_path: Path) -> None:
    make(tmp_path, {"data/a.csv": ""})
    (tmp_path / "data/a.csv").write_bytes(
        HEADER.encode() + "shop,orders,2026-03-31,1,Caf\xe9\n".encode("latin-1")
    )
    results = _validate(tmp_path, {})
    [problem] = _problems(results)
    assert problem.startswith("a.csv:1:1 not valid UTF-8 (invalid continuation byte at byte 56)")


def test_current_next_to_data_file_measurements_is_reported_at_current(tmp_path: Path) -> None:
    shop = SHOP.replace(
        "        name: Orders per month\n", "        name: Orders per month\n        current: 100\n"
    )
    make(tmp_path, {"shop.yaml": shop})
    make(
        tmp_path,
        {
            "cjm.toml": 'measurements = ["data/*.csv"]\n',
            "data/a.csv": HEADER + "shop,orders,2026-03-31,120,\n",
        },
    )
    results = list(Validator(Linter(dt.date.fromisoformat(TODAY))).validate_paths([tmp_path]))
    assert _problems(results) == [
        "shop.yaml:16:18 KPI 'orders' has measurements in a data file: remove `current`"
    ]


def test_good_rows_merge_with_the_maps_own_measurements(tmp_path: Path) -> None:
    csv = (
        "\ufeffNote,date,value,kpi,journey\n"
        '"after the new address form, finally",2026-06-30,54,conversion,shop\n'
        "\n"
        ",2026-03-31,-3.5,orders,shop\n"
    )
    results = _validate(tmp_path, {"data/kpis/ignored.txt": "x", "data/a.csv": csv})
    assert _problems(results) == []
    kpis = {kpi.id: kpi for kpi in _shop(results).stages[0].kpis}
    assert [(m.date.isoformat(), m.value, m.note) for m in kpis["conversion"].history] == [
        ("2026-01-31", 49, None),
        ("2026-06-30", 54, "after the new address form, finally"),
    ]
    assert kpis["conversion"].value == 54
    assert kpis["orders"].value == -3.5


def test_data_files_are_results_of_their_own(tmp_path: Path) -> None:
    results = _validate(tmp_path, {"data/a.csv": HEADER, "data/b.csv": HEADER})
    assert [Path(r.file).name for r in results] == ["a.csv", "b.csv", "shop.yaml"]


def test_a_date_given_twice_in_the_map_is_reported_at_the_second(tmp_path: Path) -> None:
    shop = SHOP.replace(
        "          - {date: 2026-01-31, value: 49}\n",
        "          - {date: 2026-01-31, value: 49}\n          - {date: 2026-01-31, value: 50}\n",
    )
    make(tmp_path, {"shop.yaml": shop})
    results = list(Validator(Linter(dt.date.fromisoformat(TODAY))).validate_paths([tmp_path]))
    assert _problems(results) == [
        "shop.yaml:14:20 KPI 'conversion' already has a measurement on 2026-01-31 (at line 13)"
    ]


def test_the_data_files_of_a_workspace_are_listed_for_other_commands(tmp_path: Path) -> None:
    from cjm.lint.config import workspace_data_files

    make(
        tmp_path,
        {
            "cjm.toml": 'measurements = ["data/*.csv", "more/**/*.csv", "data/a.csv"]\n',
            "data/a.csv": HEADER,
            "data/notes.txt": "",
            "more/2026/q1.csv": HEADER,
        },
    )
    assert [p.relative_to(tmp_path).as_posix() for p in workspace_data_files(tmp_path)] == [
        "data/a.csv",
        "more/2026/q1.csv",
    ]
