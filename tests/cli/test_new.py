"""``cjm new``: write a starter map, never over an existing file unless asked."""

from __future__ import annotations

from cjm.scaffold import TEMPLATES


def test_new_writes_id_yaml_in_the_current_directory(cjm, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = cjm("new", "checkout", "--template", "ecommerce")
    assert run.exit_code == 0, run.stderr
    assert "created checkout.yaml from the ecommerce template" in run.stdout
    assert "id: checkout\n" in (tmp_path / "checkout.yaml").read_text(encoding="utf-8")
    assert cjm("validate", tmp_path / "checkout.yaml", "--fail-on", "error").exit_code == 0


def test_new_refuses_to_overwrite_unless_forced(cjm, tmp_path):
    target = tmp_path / "demo.yaml"
    target.write_text("keep me", encoding="utf-8")
    run = cjm("new", "demo", "-o", target)
    assert run.exit_code == 2
    assert "already exists; use --force" in run.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    assert cjm("new", "demo", "-o", target, "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").count("cjm: 1") == 1


def test_new_to_standard_output_with_a_title(cjm):
    run = cjm("new", "demo", "-o", "-", "--title", "a: b")
    assert run.exit_code == 0
    assert 'title: "a: b"\n' in run.stdout


def test_new_lists_the_templates(cjm):
    run = cjm("new", "--list")
    assert [line.split()[0] for line in run.stdout.splitlines()] == list(TEMPLATES)


def test_new_usage_errors(cjm, tmp_path):
    assert "invalid journey id 'Demo'" in cjm("new", "Demo", "-o", "-").stderr
    assert cjm("new").exit_code == 2
    assert cjm("new", "demo", "--template", "nope").exit_code == 2
    (tmp_path / "afile").write_text("")
    assert cjm("new", "demo", "-o", tmp_path / "afile" / "demo.yaml").exit_code == 2


def test_new_creates_missing_folders_as_the_readme_shows(cjm, tmp_path):
    target = tmp_path / "journeys" / "trial.yaml"
    run = cjm("new", "trial", "-t", "saas-trial", "-o", target)
    assert run.exit_code == 0
    assert cjm("validate", target, "--fail-on", "error").exit_code == 0


def test_validate_on_a_fresh_blank_map_says_what_the_readme_says(cjm, tmp_path):
    path = tmp_path / "checkout.yaml"
    assert cjm("new", "checkout", "-o", path).exit_code == 0
    run = cjm("validate", path, "-f", "json")
    found = sorted((f["severity"], f["rule"]) for f in run.json()["findings"])
    assert found == [  # the README's "Start a new map" lists exactly these
        ("info", "journey-no-wow-moment"),
        ("info", "stage-no-emotion"),
        ("warning", "journey-no-goals"),
        ("warning", "journey-no-persona"),
        ("warning", "journey-stale"),
        ("warning", "kpi-no-target"),
        ("warning", "stage-no-pain-points"),
    ]
    assert run.exit_code == 1  # warnings fail by default
    assert cjm("validate", path, "--fail-on", "error").exit_code == 0
