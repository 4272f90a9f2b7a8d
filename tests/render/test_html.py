"""HTML: one self-contained, escaped journey-map report per journey."""

from __future__ import annotations

import dataclasses
import re

from cjm.render.context import JourneyView
from cjm.render.html import EmotionCurve, environment, markdown, render
from cjm.render.options import RenderOptions
from tests.render.helpers import Elements, assert_golden


def test_the_environment_escapes_whatever_the_template_suffix():
    assert environment().autoescape is True
    template = environment().from_string("{{ value }}")
    assert template.render(value="<script>") == "&lt;script&gt;"


def test_hostile_text_adds_no_element_or_attribute(hostile: JourneyView, small: JourneyView):
    hostile_tags = Elements(render(hostile, RenderOptions())).tags
    small_tags = Elements(render(small, RenderOptions())).tags
    allowed = {tag for tag, _ in small_tags} | {"a"}
    assert {tag for tag, _ in hostile_tags} <= allowed
    assert "script" not in allowed and "img" not in allowed
    for _, attributes in hostile_tags:
        assert not any(name.startswith("on") for name in attributes)
        assert all(
            value is None or not value.startswith(("javascript:", "http:", "https:", "file:"))
            for name, value in attributes.items()
            if name != "xmlns"
        )


def test_the_report_is_self_contained_and_forbids_scripts(small: JourneyView):
    text = render(small, RenderOptions())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text)
    assert policy and "default-src 'none'" in policy.group(1)
    assert "script-src" not in policy.group(1)
    tags = Elements(text).tags
    assert not [t for t, a in tags if t in {"script", "link", "img", "iframe", "object"}]
    # links stay in the page, or go to a sibling report named after a journey id
    hrefs = [a.get("href") or "#" for t, a in tags if t == "a"]
    assert all(re.fullmatch(r"#.*|[a-z0-9][a-z0-9-]*\.html", href) for href in hrefs)
    assert "small-shop-today.html" in hrefs


def test_the_grid_uses_table_semantics(small: JourneyView):
    text = render(small, RenderOptions())
    grid = text[text.index('<table class="journey-grid"') : text.index("</table>")]
    tags = Elements(grid).tags
    headers = [a for t, a in tags if t == "th"]
    assert [a["scope"] for a in headers if a.get("scope") == "col"] == ["col"] * 3
    assert {"caption", "thead", "tbody", "colgroup"} <= {t for t, _ in tags}
    assert sum(1 for a in headers if a.get("scope") == "row") >= 9


def test_overdue_and_severity_are_written_not_only_coloured(small: JourneyView):
    text = render(small, RenderOptions())
    assert "&#9888; overdue</strong>" in text
    assert '<span class="badge sev-high">high</span>' in text
    assert "✗ off target" in text and "✓ on target" in text


def test_the_emotional_curve_is_a_polyline_with_a_gap_where_data_is_missing(small: JourneyView):
    curve = EmotionCurve.of(small)
    assert curve.segments == ["50,39.75 150,110.25"]  # +1.5, -1.5; the third stage has none
    assert [p.left for p in curve.points] == ["16.667%", "50.000%"]
    assert "At home: no data" in curve.description
    assert '<polyline class="line" points="50,39.75 150,110.25"' in render(small, RenderOptions())


def test_descriptions_are_markdown_without_html_images_or_script_links():
    html = markdown(
        "**Bold** and [docs](https://example.org)\n\n<b>raw</b> [x](javascript:alert(1)) "
        "![pixel](https://tracker.example/p.gif)\n\n# Not a heading"
    )
    assert "<strong>Bold</strong>" in html
    assert '<a href="https://example.org">docs</a>' in html
    assert "&lt;b&gt;raw&lt;/b&gt;" in html
    assert "javascript:" not in html.replace("[x](javascript:alert(1))", "")
    assert "<img" not in html and "<h1" not in html
    assert markdown(None) == ""


def test_the_accessible_title_names_the_emotional_curve(small: JourneyView):
    journey = small.journey.model_copy(update={"accessible_title": "Paying at the corner shop"})
    curve = EmotionCurve.of(dataclasses.replace(small, journey=journey))
    assert curve.description.startswith("Paying at the corner shop. Emotional curve, from -2")
    assert EmotionCurve.of(small).description.startswith("Emotional curve, from -2")


def test_touchpoints_for_some_personas_name_them(small: JourneyView):
    html = render(small, RenderOptions())
    assert '<span class="emotion">-2 very negative</span> · for Regular customer</span>' in html
    assert html.count(" · for ") == 1  # the other touchpoints are for everyone


def test_golden(small: JourneyView):
    assert_golden("small.html", render(small, RenderOptions()))
