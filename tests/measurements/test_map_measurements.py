"""Measurements written in the map: the schema keeps `current` and `measurements` apart."""

from __future__ import annotations

from pathlib import Path

from cjm.loader import load_document
from tests.journeys import write

BOTH = """\
cjm: 1
id: shop
title: Shop
stages:
  - id: pay
    name: Pay
    kpis:
      - id: conversion
        name: Checkout conversion
        current: 54
        measurements:
          - {date: 2026-01-31, value: 49}
"""


def test_current_next_to_measurements_says_to_remove_one(tmp_path: Path) -> None:
    [finding] = load_document(write(tmp_path / "shop.yaml", BOTH)).findings
    assert (finding.line, finding.column, finding.rule) == (12, 11, "schema")
    assert finding.message == (
        "stages[0].kpis[0].measurements: a KPI with `measurements` takes its current value "
        "from the latest one: remove `current` or `measurements`"
    )


def test_a_measurement_needs_a_real_date_and_a_number(tmp_path: Path) -> None:
    text = BOTH.replace("        current: 54\n", "").replace(
        "{date: 2026-01-31, value: 49}", "{date: 2026-02-30, value: 49%}"
    )
    messages = [f.message for f in load_document(write(tmp_path / "shop.yaml", text)).findings]
    assert messages == [
        "stages[0].kpis[0].measurements[0].date: 2026-02-30 is not a real date "
        "(day is out of range for month)",
        "stages[0].kpis[0].measurements[0].value: expected a number, got '49%'",
    ]
