"""``cjm export``: the examples' backlog, to a file or stdout; broken maps reported, not fatal."""

from __future__ import annotations

import csv
import io

from cjm.export import COLUMNS
from tests.conftest import EXAMPLES
from tests.journeys import SMALL, write


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_export_of_the_examples(cjm, tmp_path):
    target = tmp_path / "backlog.csv"
    run = cjm("export", EXAMPLES, "--format", "csv", "-o", target)
    assert run.exit_code == 0, run.stderr
    with target.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        table = list(reader)
    journeys = {row["journey"] for row in table}
    assert journeys == {
        "online-store-purchase",
        "online-store-future",
        "omnichannel-aisas",
        "saas-free-trial",
    }
    overdue = next(row for row in table if row["id"] == "payment-fallback")
    assert (overdue["type"], overdue["pain_point"], overdue["status"]) == (
        "action",
        "card-check-fails",
        "in-progress",
    )


def test_export_to_stdout_with_bom(cjm, tmp_path):
    run = cjm("export", write(tmp_path / "a.yaml", SMALL), "--bom")
    assert run.exit_code == 0
    assert run.stdout.startswith("\ufeffjourney,stage,")
    assert len(rows(run.stdout.lstrip("\ufeff"))) == 2


def test_broken_map_is_reported_and_the_others_exported(cjm, tmp_path):
    write(tmp_path / "good.yaml", SMALL)
    broken = SMALL.replace("id: checkout", "id: broken").replace("title: Checkout", "title: [x")
    write(tmp_path / "broken.yaml", broken)
    run = cjm("export", tmp_path)
    assert run.exit_code == 1
    assert "broken.yaml:" in run.stderr and "error yaml" in run.stderr
    assert {row["journey"] for row in rows(run.stdout)} == {"checkout"}


def test_export_usage_errors(cjm, tmp_path):
    assert cjm("export", tmp_path / "missing.yaml").exit_code == 2
    assert cjm("export", EXAMPLES, "--format", "xlsx").exit_code == 2
    (tmp_path / "afile").write_text("")
    run = cjm("export", EXAMPLES, "-o", tmp_path / "afile" / "backlog.csv")
    assert run.exit_code == 2
    assert "afile is a file, not a directory" in run.stderr


def test_export_creates_missing_folders(cjm, tmp_path):
    run = cjm("export", EXAMPLES, "-o", tmp_path / "reports" / "backlog.csv")
    assert run.exit_code == 0
    assert (tmp_path / "reports" / "backlog.csv").read_text(encoding="utf-8").startswith("journey,")


def test_mermaid_export_is_the_rendered_journey_diagram(cjm, tmp_path):
    path = EXAMPLES / "online-store.yaml"
    run = cjm("export", path, "--format", "mermaid")
    assert run.exit_code == 0
    assert cjm("render", path, "-o", tmp_path, "--format", "mermaid").exit_code == 0
    assert run.stdout == (tmp_path / "online-store-purchase.mmd").read_text(encoding="utf-8")
    assert run.stdout.startswith("journey\n    title ")


def test_mermaid_actors_are_persona_names_from_the_workspace(cjm):
    run = cjm("export", EXAMPLES / "online-store.yaml", "--format", "mermaid")
    tasks = run.stdout.splitlines()
    assert "        Size guide: 2: Style seeker" in tasks  # for one persona only
    assert "        Product detail page: 4: Style seeker, Busy parent" in tasks


def test_mermaid_export_of_several_journeys_is_a_usage_error(cjm):
    run = cjm("export", EXAMPLES, "--format", "mermaid")
    assert run.exit_code == 2
    assert "exports one journey, got 4" in run.stderr


def test_a_persona_document_has_nothing_to_export(cjm):
    run = cjm("export", EXAMPLES / "personas" / "busy-parent.yaml", "--format", "mermaid")
    assert run.exit_code == 2
    assert "no journey to export" in run.stderr


def test_dash_means_standard_output(cjm, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = cjm("export", EXAMPLES / "online-store.yaml", "-o", "-")
    assert run.stdout.startswith("journey,stage,")
    assert not (tmp_path / "-").exists()


MEASURED = """\
cjm: 1
id: shop
title: Shop
stages:
  - id: pay
    name: Pay
    kpis:
      - id: refunds
        name: Refund balance
        unit: EUR
        measurements:
          - {date: 2026-06-30, value: -3.5, note: "=a credit, not a formula"}
          - {date: 2026-01-31, value: 1200}
"""


def test_measurements_export_as_a_data_file_that_reads_back(cjm, tmp_path):
    (tmp_path / "maps").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "cjm.toml").write_text('measurements = ["data/*.csv"]\n', encoding="utf-8")
    write(tmp_path / "maps" / "shop.yaml", MEASURED)
    run = cjm("export", tmp_path / "maps", "--format", "measurements")
    assert run.exit_code == 0, run.stderr
    assert run.stdout.splitlines() == [
        "journey,kpi,date,value,note",
        "shop,refunds,2026-01-31,1200,",
        'shop,refunds,2026-06-30,-3.5,"\'=a credit, not a formula"',
    ]
    # the values move to a data file: the map keeps the KPI, the data file its values
    write(tmp_path / "data" / "kpis.csv", run.stdout)
    by_hand = MEASURED.split("        measurements:")[0]
    write(tmp_path / "maps" / "shop.yaml", by_hand)
    again = cjm("export", tmp_path / "maps", "--format", "measurements")
    assert again.exit_code == 0, again.stderr
    assert again.stdout == run.stdout


def test_opportunity_rows_carry_scores_status_owner_and_resolves(cjm, tmp_path):
    target = tmp_path / "backlog.csv"
    run = cjm("export", EXAMPLES / "online-store-future.yaml", "-o", target)
    assert run.exit_code == 0, run.stderr
    with target.open(encoding="utf-8", newline="") as stream:
        table = list(csv.DictReader(stream))
    saved = next(row for row in table if row["id"] == "saved-cards")
    assert {key: saved[key] for key in ("type", "stage", "value", "effort")} == {
        "type": "opportunity",
        "stage": "checkout",
        "value": "5",
        "effort": "2",
    }
    assert (saved["status"], saved["owner"], saved["resolves"]) == (
        "in-progress",
        "payments-team",
        "card-check-fails",
    )
