"""``cjm diff`` on files, on git revisions, and as git's external diff driver."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES
from tests.journeys import SMALL, edited, stage, write

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    completed = subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    )
    return completed.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding a copy of the online-store example, committed."""
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.name", "Test")
    git(tmp_path, "config", "user.email", "test@example.com")
    git(tmp_path, "config", "commit.gpgsign", "false")
    shutil.copy(EXAMPLES / "online-store.yaml", tmp_path / "online-store.yaml")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "Add the online store map")
    return tmp_path


def review_edit(data: dict[str, Any]) -> None:
    """The Done-when scenario of issue 5: one edit of each kind a reviewer must see."""
    signup = stage(data, "signup")
    signup["pain_points"][0]["actions"][1]["status"] = "done"  # resolve an action
    stage(data, "product-page")["pain_points"].append(  # add a pain point
        {
            "id": "slow-product-images",
            "description": "Product images load slowly on mobile",
            "severity": "high",
        }
    )
    signup["kpis"][0]["current"] = 66  # change a KPI's current value
    search = stage(data, "search")  # rename and move a stage
    search["name"] = "Find products"
    data["stages"].remove(search)
    data["stages"].insert(3, search)


@pytest.fixture
def edited_repo(repo: Path) -> Path:
    path = repo / "online-store.yaml"
    write(path, edited(path.read_text(encoding="utf-8"), review_edit))
    return path


@needs_git
def test_review_scenario_as_text(cjm, edited_repo, monkeypatch):
    monkeypatch.chdir(edited_repo.parent)
    run = cjm("diff", "online-store.yaml", "--rev", "HEAD")
    assert run.exit_code == 0, run.stderr
    assert run.stdout.splitlines() == [
        "online-store-purchase: HEAD:online-store.yaml → online-store.yaml",
        '~ stage search: renamed "Search" → "Find products"; '
        "moved from position 2 to 4 (after payment)",
        '+ pain point slow-product-images "Product images load slowly on mobile" in product-page '
        '"Product page": severity high',
        '~ action social-login "Offer sign-in with Apple and Google on web and app" in signup '
        '"Sign up": status in-progress → done',
        '~ KPI signup-completion "Sign-up completion rate" in signup "Sign up": current 59 → 66 '
        "(target 75, improved)",
        '~ pain point signup-too-long "The form asks for 11 fields, including date of birth and '
        'ph…": resolved (no action left open, at least one done)',
        "4 changes: 1 stage renamed, 1 moved, 1 pain point resolved (signup-too-long), 1 added, "
        "1 action done, KPI signup-completion improved 59 → 66",
    ]


@needs_git
def test_review_scenario_as_markdown(cjm, edited_repo):
    run = cjm("diff", edited_repo, "--rev", "HEAD", "--format", "md")
    assert run.exit_code == 0, run.stderr
    bullets = [line for line in run.stdout.splitlines() if line.startswith("- ")]
    assert bullets == [
        '- **changed** `search`: renamed "Search" → "Find products"; '
        "moved from position 2 to 4 (after payment)",
        "- **added** `slow-product-images` (Product images load slowly on mobile) in stage "
        "`product-page` (Product page): severity high",
        "- **changed** `social-login` (Offer sign-in with Apple and Google on web and app) "
        "in stage `signup` (Sign up): status in-progress → done",
        "- **changed** `signup-completion` (Sign-up completion rate) in stage `signup` "
        "(Sign up): current 59 → 66 (target 75, improved)",
        "- `signup-too-long` (The form asks for 11 fields, including date of birth and phone "
        "number): resolved (no action left open, at least one done)",
    ]
    assert "**4 changes" not in run.stdout
    assert "KPI signup-completion improved 59 → 66**" in run.stdout


@needs_git
def test_review_scenario_as_json(cjm, edited_repo):
    run = cjm("diff", edited_repo, "--rev", "HEAD", "--format", "json")
    assert run.exit_code == 0, run.stderr
    changes = [(c["change"], c["type"], c["id"]) for c in run.json()["changes"]]
    assert changes == [
        ("changed", "stage", "search"),
        ("added", "pain_point", "slow-product-images"),
        ("changed", "action", "social-login"),
        ("changed", "kpi", "signup-completion"),
    ]


@needs_git
def test_diff_across_two_real_commits(cjm, edited_repo):
    repo = edited_repo.parent
    git(repo, "commit", "-q", "-am", "Review the map")
    assert "no changes" in cjm("diff", edited_repo, "--rev", "HEAD").stdout
    run = cjm("diff", edited_repo, "--rev", "HEAD~1", "--exit-code")
    assert run.exit_code == 1
    assert run.stdout.startswith("online-store-purchase: HEAD~1:")


@needs_git
def test_exit_code_is_0_without_differences(cjm, repo):
    run = cjm("diff", repo / "online-store.yaml", "--rev", "HEAD", "--exit-code")
    assert (run.exit_code, run.stdout.splitlines()[-1]) == (0, "no changes")


@needs_git
def test_unknown_revision(cjm, repo):
    run = cjm("diff", repo / "online-store.yaml", "--rev", "no-such-branch")
    assert run.exit_code == 2
    assert "unknown git revision 'no-such-branch'" in run.stderr


def test_maps_added_or_deleted_since_the_revision(cjm, repo):
    added = cjm("diff", write(repo / "new.yaml", SMALL), "--rev", "HEAD", "--exit-code")
    assert (added.exit_code, added.stdout.count("new journey map")) == (1, 1)
    (repo / "online-store.yaml").unlink()
    deleted = cjm("diff", repo / "online-store.yaml", "--rev", "HEAD")
    assert deleted.exit_code == 0
    assert "journey map online-store-purchase deleted" in deleted.stdout
    neither = cjm("diff", repo / "never.yaml", "--rev", "HEAD")
    assert neither.exit_code == 2
    assert "exists neither in the working tree nor at revision 'HEAD'" in neither.stderr


def test_outside_a_git_repository(cjm, tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    run = cjm("diff", write(tmp_path / "map.yaml", SMALL), "--rev", "HEAD")
    assert run.exit_code == 2
    assert "not inside a git repository" in run.stderr


def test_two_files_and_exit_code(cjm, tmp_path):
    old = write(tmp_path / "old.yaml", SMALL)
    new = write(tmp_path / "new.yaml", SMALL.replace("current: 59", "current: 61"))
    assert cjm("diff", old, new).exit_code == 0
    assert cjm("diff", old, new, "--exit-code").exit_code == 1
    assert cjm("diff", old, old, "--exit-code").exit_code == 0


def test_broken_version_is_reported_like_validate(cjm, tmp_path):
    old = write(tmp_path / "old.yaml", SMALL)
    new = write(tmp_path / "new.yaml", SMALL.replace("severity: medium", "severity: huge"))
    run = cjm("diff", old, new)
    assert run.exit_code == 1
    assert "new.yaml:" in run.stderr and "error schema" in run.stderr
    assert run.stdout == ""


def test_persona_documents_are_not_compared(cjm):
    persona = EXAMPLES / "personas" / "style-seeker.yaml"
    run = cjm("diff", persona, persona)
    assert run.exit_code == 2
    assert "is a persona document; cjm diff compares journey maps" in run.stderr


def test_usage_errors(cjm, tmp_path):
    one = write(tmp_path / "one.yaml", SMALL)
    assert cjm("diff", one).exit_code == 2
    assert cjm("diff", one, one, "--rev", "HEAD").exit_code == 2
    assert cjm("diff", one, tmp_path / "missing.yaml").exit_code == 2


def driver_args(path: str, old: Path | str, new: Path | str) -> list[str | Path]:
    return ["diff", "--git-driver", path, old, "0" * 40, "100644", new, "1" * 40, "100644"]


def test_git_driver_arguments(cjm, tmp_path):
    old = write(tmp_path / "old", SMALL)
    new = write(tmp_path / "new", SMALL.replace("name: Cart\n", "name: Basket\n"))
    run = cjm(*driver_args("journeys/checkout.yaml", old, new))
    assert run.exit_code == 0
    assert run.stdout.splitlines()[:2] == [
        "checkout: a/journeys/checkout.yaml → b/journeys/checkout.yaml",
        '~ stage cart: renamed "Cart" → "Basket"',
    ]


def test_git_driver_for_an_added_map(cjm, tmp_path):
    run = cjm(*driver_args("checkout.yaml", "/dev/null", write(tmp_path / "new", SMALL)))
    assert run.exit_code == 0
    assert '+ journey checkout "Checkout"' in run.stdout


def test_git_driver_falls_back_to_a_line_diff_for_a_broken_map(cjm, tmp_path):
    old = write(tmp_path / "old", SMALL)
    new = write(tmp_path / "new", SMALL.replace("stages:", "stages: [", 1))
    run = cjm(*driver_args("checkout.yaml", old, new))
    assert run.exit_code == 0
    assert "error yaml" in run.stdout
    assert "-stages:\n+stages: [\n" in run.stdout


@needs_git
def test_git_diff_uses_cjm_through_gitattributes(edited_repo):
    command = Path(sys.executable).parent / "cjm"
    if not command.exists():
        pytest.skip("the cjm console script is not installed next to this Python")
    repo = edited_repo.parent
    write(repo / ".gitattributes", "*.yaml diff=cjm\n")
    git(repo, "config", "diff.cjm.command", f"{command} diff --git-driver")
    output = git(repo, "diff", "--ext-diff")
    assert "online-store-purchase: a/online-store.yaml → b/online-store.yaml" in output
    assert (
        '~ action social-login "Offer sign-in with Apple and Google on web and app" in signup '
        '"Sign up": status in-progress → done'
    ) in output
    git(repo, "config", "diff.cjm.command", f"{command} diff --git-driver --format json")
    assert json.loads(git(repo, "diff", "--ext-diff"))["journey"] == "online-store-purchase"
