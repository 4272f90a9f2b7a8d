"""A git repository with two commits a year apart: the workspace a yearly review reads."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import make

SHOP_THEN = """\
cjm: 1
id: shop
title: Shop
reviewed: 2025-11-01
stages:
  - id: cart
    name: Cart
    emotion: -1
    pain_points:
      - id: hidden-costs
        description: Delivery costs appear late
        severity: medium
        actions:
          - id: show-costs
            description: Show delivery costs on the product page
            owner: web-team
            due: 2026-03-31
            status: in-progress
      - id: slow-page
        description: The cart page is slow
        severity: low
        actions:
          - id: cache-cart
            description: Cache the cart
            due: 2026-02-28
          - id: rewrite-cart
            description: Rewrite the cart in a new framework
    kpis:
      - id: conversion
        name: Cart conversion
        unit: "%"
        target: 75
        measurements:
          - {date: 2025-10-31, value: 59}
"""

SHOP_NOW = """\
cjm: 1
id: shop
title: Shop
reviewed: 2025-11-01
stages:
  - id: cart
    name: Cart
    emotion: 0.5
    pain_points:
      - id: hidden-costs
        description: Delivery costs appear late
        severity: medium
        actions:
          - id: show-costs
            description: Show delivery costs on the product page
            owner: web-team
            due: 2026-03-31
            status: done
      - id: slow-page
        description: The cart page is slow
        severity: high
        actions:
          - id: cache-cart
            description: Cache the cart
            due: 2026-12-31
          - id: rewrite-cart
            description: Rewrite the cart in a new framework
            status: dropped
      - id: coupon-field
        description: The coupon field sends people away
        severity: medium
    kpis:
      - id: conversion
        name: Cart conversion
        unit: "%"
        target: 75
        measurements:
          - {date: 2025-10-31, value: 59}
"""

OLD = """\
cjm: 1
id: old-kiosk
title: In-store kiosk
stages:
  - id: kiosk
    name: Kiosk
"""

NEW = """\
cjm: 1
id: returns
title: Returns
reviewed: 2026-10-01
stages:
  - id: return
    name: Return an order
"""

DATA_THEN = "journey,kpi,date,value\n"
DATA_NOW = "journey,kpi,date,value\nshop,conversion,2026-10-31,66\n"


def commit(root: Path, message: str, date: str) -> None:
    environment = {
        **os.environ,
        "GIT_AUTHOR_DATE": f"{date}T10:00:00+00:00",
        "GIT_COMMITTER_DATE": f"{date}T10:00:00+00:00",
    }
    for command in (["add", "-A"], ["commit", "-q", "-m", message]):
        subprocess.run(["git", *command], cwd=root, env=environment, check=True)


def yearly_repository(root: Path) -> Path:
    """``root`` as a repository: the maps on 2025-11-20, then on 2026-11-20."""
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=root, check=True)
    for key, value in (("user.name", "Test"), ("user.email", "test@example.com")):
        subprocess.run(["git", "config", key, value], cwd=root, check=True)
    config = 'measurements = ["data/*.csv"]\n'
    make(
        root,
        {
            "cjm.toml": config,
            "journeys/shop.yaml": SHOP_THEN,
            "journeys/old-kiosk.yaml": OLD,
            "data/kpis.csv": DATA_THEN,
        },
    )
    commit(root, "maps after the 2025 review", "2025-11-20")
    (root / "journeys" / "old-kiosk.yaml").unlink()
    make(
        root,
        {"journeys/shop.yaml": SHOP_NOW, "journeys/returns.yaml": NEW, "data/kpis.csv": DATA_NOW},
    )
    commit(root, "a year of work", "2026-11-20")
    return root
