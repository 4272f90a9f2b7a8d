"""Workspaces: which personas a journey sees, even when checked alone."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cjm.workspace import find_root
from tests.conftest import core_findings, make

JOURNEY = "cjm: 1\nid: j\ntitle: J\npersonas: [buyer]\nstages:\n  - {id: s, name: S}\n"
PERSONA = "cjm: 1\nkind: persona\nid: buyer\nname: Buyer\n"


def only_error(cjm, path: str) -> str:
    """The message of the one YAML, schema or reference error of ``cjm validate PATH``."""
    [finding] = core_findings(cjm("validate", path, "-f", "json").json())
    return str(finding["message"])


def test_checking_one_file_still_sees_personas_elsewhere_in_the_workspace(cjm, tmp_path):
    make(tmp_path, {"cjm.toml": "", "journeys/j.yaml": JOURNEY, "people/buyer.yaml": PERSONA})
    run = cjm("validate", tmp_path / "journeys" / "j.yaml", "-f", "json", "--fail-on", "error")
    assert core_findings(run.json()) == []
    assert run.exit_code == 0


def test_a_persona_outside_the_workspace_does_not_resolve(cjm, tmp_path):
    make(tmp_path, {"people/buyer.yaml": PERSONA, "team/cjm.toml": "", "team/j.yaml": JOURNEY})
    run = cjm("validate", tmp_path / "team" / "j.yaml", "-f", "json")
    [finding] = core_findings(run.json())
    assert (finding["rule"], finding["line"]) == ("reference", 4)
    assert run.exit_code == 1


def test_persona_ids_are_unique_in_the_workspace(cjm, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, {"cjm.toml": "", "a.yaml": PERSONA, "b.yaml": PERSONA})
    findings = cjm("validate", tmp_path, "-f", "json").json()["findings"]
    assert [(Path(f["file"]).name, f["line"], f["message"]) for f in findings] == [
        ("a.yaml", 3, "persona id 'buyer' is also used by b.yaml:3"),
        ("b.yaml", 3, "persona id 'buyer' is also used by a.yaml:3"),
    ]


def test_root_is_the_nearest_configured_folder_then_the_git_root(tmp_path):
    make(tmp_path, {"repo/sub/deeper/x.yaml": "", "repo/sub/pyproject.toml": "[tool.cjm]\n"})
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    assert find_root(tmp_path / "repo" / "sub" / "deeper") == tmp_path / "repo" / "sub"
    (tmp_path / "repo" / "sub" / "pyproject.toml").write_text("[tool.other]\n")
    find_root.cache_clear()
    assert find_root(tmp_path / "repo" / "sub" / "deeper") == tmp_path / "repo"


def test_journey_ids_are_unique_in_the_workspace(cjm, tmp_path, monkeypatch):
    make(tmp_path, {"cjm.toml": "", "people/buyer.yaml": PERSONA, "a.yaml": JOURNEY})
    make(tmp_path, {"sub/b.yaml": "# a copy\n" + JOURNEY})
    monkeypatch.chdir(tmp_path)
    run = cjm("validate", "a.yaml", "-f", "json")
    [finding] = [f for f in run.json()["findings"] if f["rule"] == "reference"]
    message = "journey id 'j' is also used by sub/b.yaml:3"  # by its path, not a bare name
    assert (finding["line"], finding["message"]) == (2, message)
    assert run.exit_code == 1
    monkeypatch.chdir(tmp_path / "people")  # outside where cjm runs: the absolute path
    run = cjm("validate", tmp_path / "a.yaml", "-f", "json")
    [finding] = [f for f in run.json()["findings"] if f["rule"] == "reference"]
    assert finding["message"] == f"journey id 'j' is also used by {tmp_path / 'sub' / 'b.yaml'}:3"


def test_discovery_never_looks_above_the_git_repository_root(cjm, tmp_path):
    make(tmp_path, {"cjm.toml": "this is [not toml\n", "repo/people/buyer.yaml": PERSONA})
    make(tmp_path, {"repo/maps/j.yaml": JOURNEY, "people/outside.yaml": PERSONA})
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    assert find_root(tmp_path / "repo" / "maps") == tmp_path / "repo"
    run = cjm("validate", tmp_path / "repo" / "maps" / "j.yaml", "-f", "json", "--fail-on", "error")
    assert (run.exit_code, core_findings(run.json())) == (0, [])  # the broken cjm.toml unread


def test_a_persona_file_without_the_cjm_line_is_named_in_the_error(cjm, tmp_path, monkeypatch):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    vip = "kind: persona\nid: vip\nname: VIP customer\n"
    journey = JOURNEY.replace("[buyer]", "[vip]")
    make(tmp_path, {"personas/vip.yaml": vip, "journeys/j.yaml": journey})
    monkeypatch.chdir(tmp_path)
    assert only_error(cjm, "journeys/j.yaml") == (
        "unknown persona 'vip': personas/vip.yaml defines id vip but has no `cjm: 1` line, "
        "so it is not read as a persona (searched the workspace folder .)"
    )
    monkeypatch.chdir(tmp_path / "journeys")
    assert f"{tmp_path / 'personas' / 'vip.yaml'} defines id vip" in only_error(cjm, "j.yaml")


def test_a_persona_file_without_its_kind_line_is_named_in_the_error(cjm, tmp_path, monkeypatch):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    vip = "cjm: 1\nid: vip\nname: VIP 고객\n"  # a journey, to cjm: `kind` defaults to it
    journey = JOURNEY.replace("[buyer]", "[vip]")
    make(tmp_path, {"personas/vip.yaml": vip, "journeys/j.yaml": journey})
    monkeypatch.chdir(tmp_path)
    assert only_error(cjm, "journeys/j.yaml") == (
        "unknown persona 'vip': personas/vip.yaml defines id vip as a journey; add `kind: "
        "persona` to it to make it a persona (searched the workspace folder .)"
    )


def test_an_unknown_persona_error_says_which_folder_was_searched(cjm, tmp_path, monkeypatch):
    make(tmp_path, {"team/cjm.toml": "", "team/j.yaml": JOURNEY})
    monkeypatch.chdir(tmp_path)
    assert only_error(cjm, "team") == (
        "unknown persona 'buyer': no persona document in the workspace folder team defines "
        "it; define it in a persona document (`kind: persona`) there or inline under `personas`"
    )


def test_a_near_miss_persona_error_names_the_folder_too(cjm, tmp_path, monkeypatch):
    make(tmp_path, {"team/cjm.toml": "", "team/j.yaml": JOURNEY, "team/p.yaml": PERSONA})
    (tmp_path / "team/j.yaml").write_text(JOURNEY.replace("[buyer]", "[buyr]"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert only_error(cjm, "team") == (
        "unknown persona 'buyr' (did you mean \"buyer\"?); searched the workspace folder team"
    )


def test_validate_without_a_path_validates_the_current_directory(cjm, tmp_path, monkeypatch):
    make(tmp_path, {"cjm.toml": "", "people/buyer.yaml": PERSONA, "maps/j.yaml": JOURNEY})
    monkeypatch.chdir(tmp_path)
    run = cjm("validate", "-f", "json", "--fail-on", "error")
    assert run.json()["summary"]["files"] == 2
    assert run.exit_code == 0


def test_a_pyproject_that_only_mentions_cjm_is_not_a_configuration(cjm, tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    make(tmp_path, {"pyproject.toml": "# lint settings: see cjm.toml, not [tool.cjm]\n"})
    make(tmp_path, {"people/buyer.yaml": PERSONA, "maps/j.yaml": JOURNEY})
    assert cjm("validate", tmp_path / "maps" / "j.yaml", "--fail-on", "error").exit_code == 0


def test_improved_journeys_are_loaded_once_and_only_a_few_are_kept(tmp_path, monkeypatch):
    from cjm import workspace
    from cjm.loader import Limits

    current = "cjm: 1\nid: {id}\ntitle: T\nstages:\n  - {{id: s, name: S}}\n"
    count = workspace.BASELINES_KEPT + 4
    make(tmp_path, {f"c{n}.yaml": current.format(id=f"c{n}") for n in range(count)})
    documents = workspace.WorkspaceIndex().documents(tmp_path, Limits())
    loads: list[Path] = []
    real_load = workspace._load_journey
    monkeypatch.setattr(
        workspace,
        "_load_journey",
        lambda file, limits: loads.append(file) or real_load(file, limits),
    )
    first = documents.journey("c0")
    assert first is not None and first.id == "c0"
    assert documents.journey("c0") is first and len(loads) == 1  # once, not per future map
    assert documents.journey("missing") is None
    for n in range(count):
        documents.journey(f"c{n}")
    assert len(documents._loaded) == workspace.BASELINES_KEPT  # memory stays flat


def test_the_index_knows_which_maps_improve_a_journey(tmp_path):
    from cjm.loader import Limits
    from cjm.workspace import WorkspaceIndex

    future = "cjm: 1\nid: {id}\ntitle: F\nstate: future\nimproves: shop\nstages: []\n"
    make(tmp_path, {"a.yaml": future.format(id="a"), "b.yaml": future.format(id="b")})
    documents = WorkspaceIndex().documents(tmp_path, Limits())
    assert sorted(documents.improved_by["shop"]) == ["a", "b"]
