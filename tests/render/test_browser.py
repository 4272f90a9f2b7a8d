"""The HTML report in a real browser: headless Chromium draws it and runs no script from it.

Skipped, with the reason, when Chromium is not installed; ``.ci/run`` installs it.
"""

from __future__ import annotations

import re
import struct

from cjm.render.context import JourneyView
from cjm.render.html import render
from cjm.render.options import RenderOptions
from tests.render.helpers import Elements


def dump_dom(chromium, page) -> str:
    completed = chromium("--dump-dom", "--virtual-time-budget=2000", page.as_uri())
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_the_dom_dump_would_show_an_executed_script(chromium, tmp_path):
    """Control: without cjm's escaping, the probe script runs and leaves its marks."""
    page = tmp_path / "control.html"
    page.write_text(
        "<!DOCTYPE html><title>t</title><body><script>document.title='pwned';"
        "document.body.setAttribute('data-pwned','1')</script></body>"
    )
    dom = dump_dom(chromium, page)
    assert "<title>pwned</title>" in dom and 'data-pwned="1"' in dom


def test_a_hostile_map_renders_as_text_and_runs_no_script(chromium, tmp_path, hostile: JourneyView):
    page = tmp_path / "hostile.html"
    page.write_text(render(hostile, RenderOptions()), encoding="utf-8")
    dom = dump_dom(chromium, page)
    title = re.search(r"<title>(.*?)</title>", dom)
    assert title and title.group(1).startswith('&lt;script&gt;document.title="pwned"')
    elements = Elements(dom)
    assert not {"script", "img", "iframe"} & elements.names()
    assert [a for _, a in elements.tags if "data-pwned" in a or "onload" in a] == []
    assert len([t for t, _ in elements.tags if t == "h1"]) == 1  # the title, nothing injected
    assert ("table", {"class": "journey-grid", "style": "min-width: 37rem"}) in elements.tags
    assert "카카오페이 결제 😀" in dom and "빠르게 결제하고 싶어요 🙂" in dom
    assert "| cell | break" in dom and "C:\\path\\ \\N \\G" in dom and "{{ 7*7 }}" in dom


def test_a_screenshot_shows_the_report(chromium, tmp_path, hostile: JourneyView):
    page = tmp_path / "hostile.html"
    page.write_text(render(hostile, RenderOptions()), encoding="utf-8")
    shot = tmp_path / "hostile.png"
    completed = chromium(f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri())
    assert completed.returncode == 0, completed.stderr
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert struct.unpack(">II", data[16:24]) == (1400, 1000)
    assert len(data) > 20_000  # a drawn page, not a blank one
