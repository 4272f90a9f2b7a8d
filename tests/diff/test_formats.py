"""Text, Markdown and JSON tell the same story; text from the maps cannot inject markup."""

from __future__ import annotations

import io
import json
from typing import Any

from cjm.diff import FORMATS, get_writer
from cjm.diff.changes import JourneyDiff
from cjm.diff.compare import diff_journeys
from cjm.diff.describe import summary
from cjm.diff.options import FormatOptions
from tests.journeys import SMALL, edited, journey, stage


def review_edit(data: dict[str, Any]) -> None:
    cart = stage(data, "cart")
    cart["pain_points"][0]["actions"][0]["status"] = "done"
    cart["pain_points"].append(
        {"id": "coupon-field", "description": "A coupon field <b>@team</b> | *sends* people away"}
    )
    cart["kpis"][0]["current"] = 66
    payment = stage(data, "payment")
    payment["name"] = "Pay"
    data["stages"].reverse()


def reviewed_diff() -> JourneyDiff:
    return diff_journeys(journey(), journey(edited(SMALL, review_edit)), "old.yaml", "new.yaml")


def written(name: str, diff: JourneyDiff, color: bool = False) -> str:
    stream = io.StringIO()
    get_writer(name)(diff, stream, FormatOptions(color=color))
    return stream.getvalue()


def test_summary_reads_like_a_report():
    assert summary(reviewed_diff()) == (
        "1 stage renamed, 1 moved, 1 pain point resolved (hidden-costs), 1 added, "
        "1 action done, KPI cart-conversion improved 59 → 66"
    )


def test_summary_of_no_changes():
    assert summary(diff_journeys(journey(), journey())) == "no changes"


def test_text_is_one_line_per_change():
    assert written("text", reviewed_diff()).splitlines() == [
        "checkout: old.yaml → new.yaml",
        '~ stage payment: renamed "Payment" → "Pay"; moved from position 2 to 1 (now first)',
        '+ pain point coupon-field "A coupon field <b>@team</b> | *sends* people away" in cart '
        '"Cart": severity medium',
        '~ action show-costs "Show delivery costs on the product page" in cart "Cart": '
        "status planned → done",
        '~ KPI cart-conversion "Cart conversion" in cart "Cart": current 59 → 66 '
        "(target 75, improved)",
        '~ pain point hidden-costs "Delivery costs appear late": resolved (no '
        "action left open, at least one done)",
        "4 changes: " + summary(reviewed_diff()),
    ]


def test_text_is_coloured_only_when_asked():
    assert "\x1b[" not in written("text", reviewed_diff())
    coloured = written("text", reviewed_diff(), color=True)
    assert "\x1b[32m+ pain point coupon-field" in coloured


def test_text_neutralises_control_characters_from_the_map():
    text = SMALL.replace("title: Checkout", 'title: "Check\\e[2Jout"')
    diff = diff_journeys(journey(), journey(text))
    assert "\x1b" not in written("text", diff)


def test_markdown_starts_with_the_summary_and_escapes_user_text():
    markdown = written("md", reviewed_diff())
    lines = markdown.splitlines()
    assert lines[0] == "### Journey map `checkout`: Checkout"
    assert lines[4] == f"**{summary(reviewed_diff())}**"
    assert "#### Pain points" in lines
    added = next(line for line in lines if "coupon-field" in line)
    assert added == (
        r"- **added** `coupon-field` (A coupon field \<b\>\@team\</b\> \| \*sends\* people away) "
        "in stage `cart` (Cart): severity medium"
    )
    assert lines[-3:] == [
        "#### Resolved pain points",
        "",
        "- `hidden-costs` (Delivery costs appear late): resolved (no action left "
        "open, at least one done)",
    ]


def test_markdown_without_changes():
    assert written("md", diff_journeys(journey(), journey())).endswith("No changes.\n")


def test_json_has_a_stable_shape():
    document = json.loads(written("json", reviewed_diff()))
    assert list(document) == [
        "journey",
        "title",
        "old",
        "new",
        "summary",
        "resolved_pain_points",
        "changes",
    ]
    assert document["resolved_pain_points"] == ["hidden-costs"]
    kpi = next(c for c in document["changes"] if c["type"] == "kpi")
    assert kpi == {
        "change": "changed",
        "type": "kpi",
        "id": "cart-conversion",
        "label": "Cart conversion",
        "stage": "cart",
        "fields": [
            {"field": "current", "old": 59, "new": 66, "note": "target 75", "trend": "improved"}
        ],
    }


def test_every_format_is_registered():
    assert set(FORMATS) == {"text", "md", "json"}


def test_a_new_measurement_reads_as_a_sentence():
    def measured(*values: tuple[str, int]) -> str:
        def edit(data: dict[str, Any]) -> None:
            kpi = stage(data, "cart")["kpis"][0]
            del kpi["current"]
            kpi["measurements"] = [{"date": d, "value": v} for d, v in values]

        return edited(SMALL, edit)

    old = journey(measured(("2026-06-30", 54)))
    new = journey(measured(("2026-06-30", 54), ("2026-09-30", 57)))
    assert written("text", diff_journeys(old, new, "old", "new")).splitlines()[1:] == [
        '~ KPI cart-conversion "Cart conversion" in cart "Cart": new measurement 57 on '
        "2026-09-30, up from 54, target 75",
        "1 change: KPI cart-conversion: 1 new measurement, improved to 57",
    ]


def test_who_a_touchpoint_is_for_is_worded_not_listed():
    def edit(data: dict[str, Any]) -> None:
        data["personas"] = ["style-seeker", "bargain-hunter"]
        cart = stage(data, "cart")
        cart["touchpoints"][0]["personas"] = ["style-seeker"]
        cart["touchpoints"].append(
            {"id": "coupon", "name": "Coupon", "personas": ["bargain-hunter"]}
        )

    before = edited(SMALL, lambda data: data.update(personas=["style-seeker", "bargain-hunter"]))
    diff = diff_journeys(journey(before), journey(edited(SMALL, edit)), "old.yaml", "new.yaml")
    assert written("text", diff).splitlines()[1:3] == [
        '~ touchpoint cart-page "Cart page" in cart "Cart": for all personas → for style-seeker',
        '+ touchpoint coupon "Coupon" in cart "Cart": for bargain-hunter',
    ]


def test_opportunity_value_effort_status_and_resolves_are_worded():
    def add(data: dict[str, Any]) -> None:
        stage(data, "cart")["opportunities"] = [
            {"id": "costs-up-front", "description": "Show costs up front", "value": 4, "effort": 2}
        ]

    def rescore(data: dict[str, Any]) -> None:
        add(data)
        opportunity = stage(data, "cart")["opportunities"][0]
        opportunity.update(effort=4, status="planned", resolves=["hidden-costs"])

    before = journey(edited(SMALL, add))
    diff = diff_journeys(before, journey(edited(SMALL, rescore)), "old.yaml", "new.yaml")
    assert written("text", diff).splitlines()[1:] == [
        '~ opportunity costs-up-front "Show costs up front" in cart "Cart": effort 2 → 4; '
        "status idea → planned; "
        'resolves +"hidden-costs"; quadrant "quick wins" → "big bets"',
        "1 change: 1 opportunity planned, 1 rescored, 1 changed",
    ]
    added = diff_journeys(journey(), before, "old.yaml", "new.yaml")
    assert written("text", added).splitlines()[1] == (
        '+ opportunity costs-up-front "Show costs up front" in cart "Cart": value 4; effort 2; '
        "status idea"
    )


def test_a_future_map_retargeted_and_a_stage_replacing_others():
    def future(data: dict[str, Any]) -> None:
        data.update(state="future", improves="checkout-today")
        stage(data, "cart")["from"] = ["cart", "basket"]

    def retarget(data: dict[str, Any]) -> None:
        future(data)
        data["improves"] = "checkout-2026"
        stage(data, "cart")["from"] = ["cart"]

    diff = diff_journeys(journey(edited(SMALL, future)), journey(edited(SMALL, retarget)))
    assert written("text", diff).splitlines()[1:3] == [
        '~ journey checkout "Checkout": improves checkout-today → checkout-2026',
        '~ stage cart "Cart": from -"basket"',
    ]
