"""The portfolio site of a rendered directory: its pages, their order, their links."""

from __future__ import annotations

import struct
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest

from cjm.render.outputs import OutputDir
from cjm.render.pipeline import RenderRequest, render_paths
from tests.render.helpers import FIXTURES, TODAY, Elements

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def journey(
    journey_id: str, *, tags: str = "[]", owner: str = "cx", actions: str = "", personas="[]"
) -> str:
    return f"""cjm: 1
id: {journey_id}
title: Journey {journey_id}
tags: {tags}
personas: {personas}
stages:
  - id: s1
    name: Look
    emotion: 1
    pain_points:
      - id: p1
        description: It hurts
        severity: high
        actions:{actions or " []"}
    kpis:
      - id: k1
        name: Conversion of {journey_id}
        unit: "%"
        target: 50
        current: 40
  - id: s2
    name: Buy
    emotion: -1
"""


def action(action_id: str, owner: str | None, due: str | None, status: str = "planned") -> str:
    lines = [f"\n          - id: {action_id}", f"            description: Do {action_id}"]
    lines += [f"            owner: {owner}"] if owner else []
    lines += [f"            due: {due}"] if due else []
    lines += [f"            status: {status}"]
    return "\n".join(lines)


def render_site(root: Path, out: Path, formats: tuple[str, ...] = ("html",)) -> OutputDir:
    outputs = OutputDir(out)
    render_paths([root], outputs, RenderRequest(formats=formats, today=TODAY, index=True))
    return outputs


@pytest.fixture
def portfolio(tmp_path: Path) -> Path:
    root = tmp_path / "maps"
    (root / "personas").mkdir(parents=True)
    (root / "cjm.toml").write_text("")
    (root / "personas" / "buyer.yaml").write_text(
        "cjm: 1\nkind: persona\nid: buyer\nname: Careful buyer\nsegment: existing\n"
        "goals: [Pay less]\nfrustrations: [Hidden fees]\n"
    )
    (root / "personas" / "unused.yaml").write_text(
        "cjm: 1\nkind: persona\nid: unused\nname: Nobody yet\n"
    )
    late = action("late", "ops", "2026-10-01") + action("soon", "ops", "2026-12-01")
    later = action("later", "ops", "2027-01-01") + action("undated", "ops", None)
    finished = action("finished", "ops", "2026-01-01", "done")
    (root / "a.yaml").write_text(
        journey("alpha", tags="[retail, online]", actions=later + finished, personas="[buyer]")
    )
    (root / "b.yaml").write_text(journey("beta", tags="[online]", actions=late))
    (root / "c.yaml").write_text(journey("gamma", actions=action("free", None, "2026-11-05")))
    return root


def page(out: Path, name: str) -> str:
    return (out / name).read_text(encoding="utf-8")


def test_a_directory_gets_every_page_of_the_site(portfolio, tmp_path):
    outputs = render_site(portfolio, tmp_path / "site")
    written = sorted(path.relative_to(outputs.root).as_posix() for path in outputs.written)
    assert written == [
        "actions.html",
        "alpha.html",
        "beta.html",
        "gamma.html",
        "index.html",
        "kpis.html",
        "personas/buyer.html",
        "personas/unused.html",
    ]


def test_the_index_groups_cards_by_tag_untagged_last(portfolio, tmp_path):
    render_site(portfolio, tmp_path / "site")
    index = page(tmp_path / "site", "index.html")
    groups = index.split('<section class="tag-group"')[1:]
    headings = [group.split("</h2>")[0].split("</span> ")[1].split(" <span")[0] for group in groups]
    assert headings == ["online", "retail", "untagged"]
    assert "Journey alpha" in groups[0] and "Journey beta" in groups[0]
    assert "Journey alpha" in groups[1] and "Journey beta" not in groups[1]
    assert "Journey gamma" in groups[2]
    assert '<svg class="spark"' in groups[2] and "<polyline points=" in groups[2]


def test_tags_that_differ_only_in_case_are_one_group(portfolio, tmp_path):
    (portfolio / "d.yaml").write_text(journey("delta", tags="[Online, ONLINE]"))
    render_site(portfolio, tmp_path / "site")
    groups = page(tmp_path / "site", "index.html").split('<section class="tag-group"')[1:]
    assert len(groups) == 3  # online, retail, untagged
    assert groups[0].count("Journey delta") == 1 and "Journey beta" in groups[0]
    assert "</span> online <span" in groups[0]  # as the first map spells it (a.yaml)


def test_actions_are_grouped_by_owner_overdue_first_then_by_due_date(portfolio, tmp_path):
    render_site(portfolio, tmp_path / "site")
    actions = page(tmp_path / "site", "actions.html")
    ops, nobody = actions.split("<h2>")[1:]
    order = [name for name in ("late", "soon", "later", "undated") if f"Do {name}" in ops]
    assert sorted(order, key=ops.index) == ["late", "soon", "later", "undated"]
    assert ops.startswith("ops") and nobody.startswith("No owner") and "Do free" in nobody
    assert "Do finished" not in actions  # done actions are not open
    assert '<a href="beta.html#action-late">Do late</a>' in actions
    assert 'id="action-late"' in page(tmp_path / "site", "beta.html")


def test_kpis_show_journey_stage_and_target(portfolio, tmp_path):
    render_site(portfolio, tmp_path / "site")
    kpis = page(tmp_path / "site", "kpis.html")
    assert '<a href="alpha.html#kpi-k1">Conversion of alpha</a>' in kpis
    row = kpis.split('<a href="gamma.html#kpi-k1">')[1].split("</tr>")[0]
    assert "Look" in row and "40%" in row and "50%" in row and "off target" in row


def test_kpis_show_the_trend_of_their_measurements(portfolio, tmp_path):
    alpha = portfolio / "a.yaml"
    measured = (
        "        measurements:\n"
        "          - {date: 2026-03-31, value: 30}\n"
        "          - {date: 2026-06-30, value: 45}\n"
        "          - {date: 2026-09-30, value: 40}\n"
    )
    alpha.write_text(alpha.read_text().replace("        current: 40\n", measured))
    render_site(portfolio, tmp_path / "site")
    kpis = page(tmp_path / "site", "kpis.html")
    row = kpis.split('<a href="alpha.html#kpi-k1">')[1].split("</tr>")[0]
    assert "since Mar 31, 2026" in row and "change-regressed" in row
    others = kpis.split('<a href="beta.html#kpi-k1">')[1].split("</tr>")[0]
    assert "no measurements" in others


def test_a_persona_page_lists_its_journeys_and_unused_personas_get_one(portfolio, tmp_path):
    render_site(portfolio, tmp_path / "site")
    buyer = page(tmp_path / "site", "personas/buyer.html")
    assert "Careful buyer" in buyer and "Hidden fees" in buyer
    assert '<a href="../alpha.html">Journey alpha</a>' in buyer and "beta" not in buyer
    assert '<a href="../index.html">Journeys</a>' in buyer
    unused = page(tmp_path / "site", "personas/unused.html")
    assert "No rendered journey is mapped for this persona." in unused
    assert '<a href="personas/buyer.html">Careful buyer</a>' in page(
        tmp_path / "site", "alpha.html"
    )


def test_a_journey_cannot_take_the_name_of_a_site_page(portfolio, tmp_path):
    (portfolio / "d.yaml").write_text(journey("actions"))
    outputs = OutputDir(tmp_path / "site")
    result = render_paths(
        [portfolio], outputs, RenderRequest(formats=("html",), today=TODAY, index=True)
    )
    messages = [f.message for skipped in result.skipped for f in skipped.findings]
    assert "journey id 'actions' would overwrite the portfolio page actions.html" in messages


def test_the_site_is_the_same_bytes_every_time(portfolio, tmp_path):
    render_site(portfolio, tmp_path / "one")
    again = render_site(portfolio, tmp_path / "one")
    assert again.written == [] and len(again.unchanged) == 8


def links(html: str) -> list[str]:
    return [
        attributes["href"] or ""
        for _, attributes in Elements(html).tags
        if "href" in attributes and not (attributes["href"] or "").startswith("mailto:")
    ]


def test_every_link_of_the_example_site_leads_to_a_page_and_anchor_that_exist(tmp_path):
    out = tmp_path / "site"
    render_site(EXAMPLES, out, formats=("svg", "html", "md"))
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 8
    ids = {path: {a.get("id") for _, a in Elements(path.read_text()).tags} for path in pages}
    checked = 0
    for path in pages:
        for href in links(path.read_text()):
            assert not urlsplit(href).scheme, f"{path.name} links outside the site: {href}"
            target, anchor = urldefrag(href)
            resolved = (path.parent / target).resolve() if target else path
            assert resolved.is_file(), f"{path.relative_to(out)}: broken link {href}"
            if anchor:
                assert anchor in ids[resolved], f"{path.relative_to(out)}: no #{anchor} in {href}"
            checked += 1
    assert checked > 100


def test_chromium_draws_every_page_type_of_the_site(chromium, portfolio, tmp_path):
    out = tmp_path / "site"
    render_site(portfolio, out)
    for name in ("index.html", "actions.html", "kpis.html", "alpha.html", "personas/buyer.html"):
        shot = tmp_path / (name.replace("/", "-") + ".png")
        completed = chromium(
            f"--screenshot={shot}", "--window-size=1200,900", (out / name).as_uri()
        )
        assert completed.returncode == 0, completed.stderr
        data = shot.read_bytes()
        assert data.startswith(b"\x89PNG") and struct.unpack(">II", data[16:24]) == (1200, 900)


def test_hostile_text_stays_text_on_every_page_of_the_site(chromium, tmp_path):
    out = tmp_path / "site"
    render_site(FIXTURES, out)
    for page_path in sorted(out.rglob("*.html")):
        completed = chromium("--dump-dom", "--virtual-time-budget=2000", page_path.as_uri())
        assert completed.returncode == 0, completed.stderr
        dom = completed.stdout
        elements = Elements(dom)
        assert not {"script", "img", "iframe"} & elements.names(), page_path.name
        assert [a for _, a in elements.tags if "data-pwned" in a or "onload" in a] == []
        assert "<title>pwned</title>" not in dom
