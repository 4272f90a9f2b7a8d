"""Starter maps validate as generated, and leave the right things for the team to fill in."""

from __future__ import annotations

import re

import pytest

from cjm.errors import CjmError
from cjm.i18n import languages
from cjm.ids import InvalidIdError
from cjm.model import Journey
from cjm.scaffold import TEMPLATES, default_title, render_journey
from cjm.validate import Validator
from tests.journeys import journey

STAGES = {
    "blank": ["first-stage"],
    "aisas": ["attention", "interest", "search", "action", "share"],
    "ecommerce": [
        "awareness",
        "visit",
        "signup",
        "search",
        "product-page",
        "cart",
        "payment",
        "delivery",
        "customer-service",
    ],
    "saas-trial": ["discover", "sign-up", "onboard", "first-value", "convert", "expand"],
}


def test_every_template_is_listed_with_its_stages():
    assert set(TEMPLATES) == set(STAGES)


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_generated_map_has_no_yaml_schema_or_reference_errors(template, lang, tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(render_journey("demo", template, lang=lang), encoding="utf-8")
    (result,) = Validator().validate_paths([path])
    errors = [f for f in result.findings if f.rule in {"yaml", "schema", "reference"}]
    assert errors == []
    assert result.document is not None
    model = result.document.model
    assert isinstance(model, Journey)
    assert [stage.id for stage in model.stages] == STAGES[template]
    assert model.lang == lang


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_generated_map_leaves_placeholders_for_the_linter(template):
    model = journey(render_journey("demo", template))
    assert model.reviewed is None
    assert model.personas == []
    assert model.goals is not None and model.goals.business is None
    kpis = [kpi for stage in model.stages for kpi in stage.kpis]
    assert kpis and all(kpi.target is None for kpi in kpis)
    assert all(stage.pain_points == [] for stage in model.stages)


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_korean_starters_explain_and_name_things_in_korean(template):
    text = render_journey("demo", template, lang="ko")
    comments = [line.split("#", 1)[1] for line in text.splitlines() if "# " in line]
    comments = [re.sub(r"`[^`]*`", "", line) for line in comments]  # field names stay
    names = [line.split(": ", 1)[1] for line in text.splitlines() if "  name: " in line]
    english = re.compile(r"\b(the|and|with|what|where|this|from|are|of)\b", re.IGNORECASE)
    assert not [line for line in comments + names if english.search(line)]
    assert all(re.search("[가-힣]", name) or name in {"SNS"} for name in names)


def test_english_starters_say_they_are_english():
    assert "\nlang: en " in render_journey("demo", "blank")


def test_aisas_groups_stages_in_phases():
    model = journey(render_journey("demo", "aisas"))
    assert [stage.phase for stage in model.stages] == [
        "pre-purchase",
        "pre-purchase",
        "pre-purchase",
        "purchase",
        "post-purchase",
    ]


@pytest.mark.parametrize("title", ["no", "a: b", "2024-01-01", "#1 map", 'say "hi"', "x\ny", "é ✓"])
def test_titles_stay_text(title):
    assert journey(render_journey("demo", "blank", title)).title == title


@pytest.mark.parametrize("journey_id", ["2024", "0x1f", "1e3", "no", "on"])
def test_ids_that_look_like_numbers_or_booleans_stay_text(journey_id):
    assert journey(render_journey(journey_id)).id == journey_id


def test_default_title_comes_from_the_id():
    assert default_title("checkout-flow") == "Checkout flow"
    assert journey(render_journey("checkout-flow")).title == "Checkout flow"


@pytest.mark.parametrize("bad", ["Checkout", "check out", "-checkout", "", "a" * 101, "x:y"])
def test_invalid_ids_are_refused(bad):
    with pytest.raises(InvalidIdError, match="invalid journey id"):
        render_journey(bad)


def test_unknown_template_and_empty_title():
    with pytest.raises(CjmError, match="unknown template"):
        render_journey("demo", "nope")
    with pytest.raises(CjmError, match="title"):
        render_journey("demo", title=" ")
