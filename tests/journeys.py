"""Journey texts for tests: a small map to edit, and helpers to edit a copy of an example."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from cjm.loader import load_text
from cjm.model import Journey

SMALL = """\
cjm: 1
id: checkout
title: Checkout
owner: web-team
reviewed: 2026-01-10
stages:
  - id: cart
    name: Cart
    phase: purchase
    emotion: 0
    touchpoints:
      - id: cart-page
        name: Cart page
        emotion: 0
    pain_points:
      - id: hidden-costs
        description: Delivery costs appear late
        severity: medium
        evidence: [Exit survey]
        actions:
          - id: show-costs
            description: Show delivery costs on the product page
            owner: web-team
            due: 2026-06-30
            status: planned
    kpis:
      - id: cart-conversion
        name: Cart conversion
        unit: "%"
        target: 75
        current: 59
  - id: payment
    name: Payment
    phase: purchase
    kpis:
      - id: payment-failures
        name: Payment failures
        target: 2
        current: 6
        better: lower
"""


def journey(text: str = SMALL) -> Journey:
    result = load_text(text, "test.yaml")
    assert result.findings == [], result.findings
    assert result.document is not None and isinstance(result.document.model, Journey)
    return result.document.model


def edited(text: str, edit: Callable[[dict[str, Any]], None]) -> str:
    """The map's text after ``edit`` changed its data (comments are not kept)."""
    data = yaml.safe_load(text)
    edit(data)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def stage(data: dict[str, Any], stage_id: str) -> dict[str, Any]:
    return next(s for s in data["stages"] if s["id"] == stage_id)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
