"""``cjm review --since``: a repository with two commits a year apart, in every format."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.review.yearly import yearly_repository

TEXT = """\
Review of 3 maps since HEAD~1 (commit {commit} of 2025-11-20) to 2026-11-23

  1 map added, 1 removed
  1 pain point added, 1 resolved, 1 worsened
  1 action done, 1 dropped, 1 slipped
  1 KPI moved: 1 improved, 0 regressed
  1 stage emotion changed
  1 map not reviewed since 2025-11-20

returns (journeys/returns.yaml): new map

shop (journeys/shop.yaml): not reviewed since 2025-11-20 (last: 2025-11-01)
  + pain point coupon-field (medium): The coupon field sends people away
  ✓ pain point hidden-costs resolved: Delivery costs appear late
  ! pain point slow-page worsened low → high: The cart page is slow
  ✓ action show-costs done: Show delivery costs on the product page
  - action rewrite-cart dropped: Rewrite the cart in a new framework
  ! action cache-cart slipped (due 2026-02-28 → 2026-12-31, planned): Cache the cart
  KPI conversion: 59% → 66% (target 75%), improved
  emotion cart: -1 → +0.5

old-kiosk (journeys/old-kiosk.yaml): deleted
"""


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(yearly_repository(tmp_path))
    return tmp_path


def _first_commit(root: Path) -> str:
    out = subprocess.run(
        ["git", "rev-parse", "HEAD~1"], cwd=root, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_text_tells_the_year(cjm, repository):
    run = cjm("review", "journeys", "--since", "HEAD~1", "--today", "2026-11-23")
    assert run.exit_code == 0, run.stderr
    assert run.stdout == TEXT.format(commit=_first_commit(repository)[:10])


def test_since_date_starts_at_the_last_commit_before_it(cjm, repository):
    run = cjm("review", "journeys", "--since-date", "2026-01-01", "-f", "json")
    data = json.loads(run.stdout)
    assert (data["revision"], data["commit"]) == (
        "the last commit before 2026-01-01",
        _first_commit(repository),
    )
    assert data["since"] == "2025-11-20"


def test_json_has_a_stable_shape(cjm, repository):
    run = cjm("review", "journeys", "--since", "HEAD~1", "-f", "json", "--today", "2026-11-23")
    data = json.loads(run.stdout)
    assert list(data) == ["revision", "commit", "since", "today", "summary", "maps"]
    assert data["summary"] == {
        "maps_added": 1,
        "maps_removed": 1,
        "maps_not_reviewed": 1,
        "pain_points_added": 1,
        "pain_points_resolved": 1,
        "pain_points_worsened": 1,
        "actions_done": 1,
        "actions_dropped": 1,
        "actions_slipped": 1,
        "kpis_improved": 1,
        "kpis_regressed": 0,
        "stage_emotions_changed": 1,
    }
    shop = next(m for m in data["maps"] if m["journey"] == "shop")
    assert list(shop) == [
        "journey",
        "title",
        "file",
        "status",
        "reviewed",
        "not_reviewed_in_period",
        "pain_points",
        "actions",
        "kpis",
        "emotions",
    ]
    assert shop["kpis"] == [
        {
            "id": "conversion",
            "name": "Cart conversion",
            "unit": "%",
            "target": 75.0,
            "better": "higher",
            "before": 59.0,
            "now": 66.0,
            "change": "improved",
        }
    ]
    assert shop["actions"]["slipped"][0]["due_before"] == "2026-02-28"
    assert [(m["journey"], m["status"]) for m in data["maps"]] == [
        ("returns", "added"),
        ("shop", "kept"),
        ("old-kiosk", "removed"),
    ]


def test_markdown_is_a_page_for_a_pull_request(cjm, repository):
    run = cjm("review", "journeys", "--since", "HEAD~1", "-f", "md", "--today", "2026-11-23")
    lines = run.stdout.splitlines()
    assert lines[0].startswith("# Journey map review since HEAD\\~1 (commit ")
    assert "- 1 pain point added, 1 resolved, 1 worsened" in lines
    assert "| Cart conversion | 59% → 66% (target 75%), improved |" in lines
    assert "- **slipped** `cache-cart` (due 2026-02-28 → 2026-12-31, planned): Cache the cart" in (
        lines
    )


def test_html_is_one_self_contained_page(cjm, repository):
    target = repository / "review.html"
    run = cjm("review", "journeys", "--since", "HEAD~1", "-f", "html", "-o", target)
    assert run.exit_code == 0, run.stderr
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "http" not in page.replace("http-equiv", "")
    assert "<li>1 action done, 1 dropped, 1 slipped</li>" in page
    assert "59% → 66% (target 75%), improved" in page


def test_a_map_broken_now_is_reported_and_not_counted_as_removed(cjm, repository):
    (repository / "journeys" / "shop.yaml").write_text("cjm: 1\nid: shop\ntitle: [x\n")
    run = cjm("review", "journeys", "--since", "HEAD~1", "--today", "2026-11-23")
    assert run.exit_code == 1
    assert run.stderr.startswith("journeys/shop.yaml:4:1: error yaml ")
    assert "  1 map added, 1 removed\n" in run.stdout
    assert "shop" not in run.stdout


def test_usage_errors_exit_2(cjm, repository, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    (outside / "map.yaml").write_text("cjm: 1\nid: a\ntitle: A\nstages: [{id: s, name: S}]\n")
    assert cjm("review", "journeys", "--since", "no-such-tag").exit_code == 2
    assert cjm("review", "journeys").exit_code == 2
    assert cjm("review", "journeys", "--since", "HEAD", "--since-date", "2026-01-01").exit_code == 2
    assert cjm("review", outside, "--since", "HEAD").exit_code == 2
    run = cjm("review", "journeys", "--since-date", "2020-01-01")
    assert (run.exit_code, run.stderr) == (
        2,
        "cjm: error: no commit before 2020-01-01 in the history of HEAD\n",
    )
