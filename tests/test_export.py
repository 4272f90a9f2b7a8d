"""The backlog CSV: right columns and rows, proper quoting, no formula injection."""

from __future__ import annotations

import csv
import io

import pytest

from cjm.collect import LoadedJourney
from cjm.export import COLUMNS, ExportOptions, backlog_rows, neutralise, write_csv
from tests.journeys import SMALL, edited, journey, stage


def exported(text: str = SMALL, bom: bool = False) -> str:
    stream = io.StringIO(newline="")
    write_csv([LoadedJourney("j.yaml", journey(text))], stream, ExportOptions(bom=bom))
    return stream.getvalue()


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_pain_point_then_its_actions():
    rows = read(exported())
    assert [(row["type"], row["id"], row["pain_point"]) for row in rows] == [
        ("pain point", "hidden-costs", "hidden-costs"),
        ("action", "show-costs", "hidden-costs"),
    ]
    pain_point, action = rows
    assert pain_point == {
        **dict.fromkeys(COLUMNS, ""),
        "journey": "checkout",
        "stage": "cart",
        "stage_name": "Cart",
        "type": "pain point",
        "id": "hidden-costs",
        "pain_point": "hidden-costs",
        "description": "Delivery costs appear late",
        "severity": "medium",
        "evidence": "Exit survey",
    }
    assert [action[c] for c in ("owner", "due", "status", "severity")] == [
        "web-team",
        "2026-06-30",
        "planned",
        "medium",
    ]


def test_header_and_crlf_rows():
    text = exported()
    assert text.startswith(",".join(COLUMNS) + "\r\n")
    assert text.count("\r\n") == 3


def test_quoting_keeps_commas_quotes_and_newlines_in_one_cell():
    def edit(data):
        pain_point = stage(data, "cart")["pain_points"][0]
        pain_point["description"] = 'Costs, "hidden" until\nthe end'
        pain_point["evidence"] = ["Survey: 23%", "Funnel, Q2"]

    (row, _) = read(exported(edited(SMALL, edit)))
    assert row["description"] == 'Costs, "hidden" until\nthe end'
    assert row["evidence"] == "Survey: 23%\nFunnel, Q2"


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_formula_starts_are_neutralised(cell, safe):
    assert neutralise(cell) == safe


def test_formulas_from_a_map_never_reach_the_spreadsheet():
    def edit(data):
        pain_point = stage(data, "cart")["pain_points"][0]
        pain_point["description"] = '=HYPERLINK("http://evil.example","x")'
        pain_point["actions"][0]["owner"] = "@team"

    pain_point, action = read(exported(edited(SMALL, edit)))
    assert pain_point["description"] == '\'=HYPERLINK("http://evil.example","x")'
    assert action["owner"] == "'@team"


def test_bom_for_excel():
    assert exported(bom=True).startswith("\ufeffjourney,")
    assert not exported().startswith("\ufeff")


def test_journey_without_pain_points_has_no_rows():
    def edit(data):
        stage(data, "cart")["pain_points"] = []

    assert list(backlog_rows(journey(edited(SMALL, edit)))) == []


def test_opportunities_follow_the_pain_points_of_their_stage():
    def edit(data):
        stage(data, "cart")["opportunities"] = [
            {
                "id": "cost-up-front",
                "description": "Show costs up front",
                "value": 4,
                "effort": 1,
                "resolves": ["hidden-costs", "other"],
            },
            {"id": "gift-wrap", "description": "Gift wrap"},
        ]

    rows = read(exported(edited(SMALL, edit)))
    assert [(row["type"], row["id"]) for row in rows] == [
        ("pain point", "hidden-costs"),
        ("action", "show-costs"),
        ("opportunity", "cost-up-front"),
        ("opportunity", "gift-wrap"),
    ]
    scored, unscored = rows[2:]
    assert [scored[c] for c in ("value", "effort", "status", "resolves", "pain_point")] == [
        "4",
        "1",
        "idea",
        "hidden-costs\nother",
        "",
    ]
    assert (unscored["value"], unscored["effort"], unscored["resolves"]) == ("", "", "")
