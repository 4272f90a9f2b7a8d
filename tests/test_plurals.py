"""Plurals and articles: "1 journey", "2 journeys", "an action", in messages and reports."""

from __future__ import annotations

from cjm.lint.rules import RULES
from cjm.loader import load_text
from cjm.references import check_references
from cjm.text import counted, plural, with_article
from tests.journeys import write
from tests.lint.helpers import lint_text

ONE_STAGE = """\
cjm: 1
id: shop
title: Shop
reviewed: 2025-11-22
stages:
  - id: pay
    name: Pay
    kpis: [{id: conversion, name: Conversion, target: 50}]
    pain_points:
      - id: card-fails
        description: The card check fails
        actions:
          - {id: fallback, description: Offer PayPal, owner: growth, due: 2026-11-22}
"""


def test_counts_and_articles():
    assert [counted(1, "journey"), counted(2, "journey"), counted(0, "journey")] == [
        "1 journey",
        "2 journeys",
        "0 journeys",
    ]
    assert plural("open action", 1) == "open action"
    assert [with_article(noun) for noun in ("stage", "action", "opportunity", "KPI")] == [
        "a stage",
        "an action",
        "an opportunity",
        "a KPI",
    ]


def test_a_duplicate_id_names_an_action_with_an():
    again = "          - {id: fallback, description: Call back}\n"
    text = ONE_STAGE + again
    document = load_text(text, "map.yaml").document
    assert document is not None
    [report] = check_references(document.model, ())
    assert report.message == (
        "duplicate id 'fallback': already the id of an action (stages[0].pain_points[0].actions[0])"
    )


def test_one_day_is_one_day(tmp_path):
    # Today is 2026-11-23 in the tests: the action fell due yesterday, the review was a
    # year and a day ago.
    findings = {f.rule: f.message for f in lint_text(tmp_path, ONE_STAGE)}
    assert findings["action-overdue"] == (
        "action 'fallback' was due 2026-11-22 (1 day ago) and is still planned"
    )
    assert findings["journey-stale"] == "last reviewed 2025-11-22, 366 days ago (more than 365)"
    assert "action-overdue" in RULES


def test_stats_and_reports_say_one_journey_and_one_stage(cjm, tmp_path):
    (tmp_path / "maps").mkdir()
    write(tmp_path / "maps" / "shop.yaml", ONE_STAGE)
    stats = cjm("stats", tmp_path / "maps", "--stale-after-days", "1").stdout
    assert "1 of 1 stage (100%) has a KPI with a target" in stats
    assert "not reviewed in 1 day" in stats
    assert cjm("render", tmp_path / "maps", "-o", tmp_path / "site", "-f", "html").exit_code == 0
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<strong>1</strong> journey</li>" in index
    assert "<strong>1</strong> open pain point</li>" in index
    assert "<strong>1</strong> overdue action</li>" in index
    report = (tmp_path / "site" / "shop.html").read_text(encoding="utf-8")
    assert "<strong>1</strong> stage</li>" in report
    assert "of 1 KPI off target" in report
