"""Reports in the reader's language: Korean outputs keep no English word of cjm's own."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser

import pytest

from tests.conftest import EXAMPLES, FIXTURES

KOREAN_MAP = FIXTURES / "i18n"
CHROME_WORDS = re.compile(
    r"\b(stages?|touchpoints?|pain|points?|targets?|emotions?|actions?|open|overdue|none|"
    r"not set|owner|reviewed|never|goals?|customers?|journey|severity|evidence|benchmark|"
    r"backstage|opportunit\w*|wow|current|future|planned|done|dropped|high|medium|low|"
    r"critical|positive|negative|neutral|findings?|summary|generated|value|due|status|"
    r"personas?|channel|moment|phase|duration|thoughts|as-is|to-be|unknown|portfolio|of)\b",
    re.IGNORECASE,
)
"""Words cjm writes into English reports. None of them is in the Korean map's own text."""
ALL_FORMATS = "svg,html,md,mermaid,dot"


class ReaderText(HTMLParser):
    """What a reader of an HTML or SVG page sees or hears: text and accessible labels,
    not tag names, classes or styles. In SVG, ``<title>`` holds Graphviz's node ids."""

    def __init__(self, svg: bool = False) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = {"style", "title"} if svg else {"style"}
        self.inside: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.inside.append(tag)
        self.parts += [value or "" for name, value in attrs if name in ("aria-label", "alt")]

    def handle_endtag(self, tag):
        if self.inside and self.inside[-1] == tag:
            self.inside.pop()

    def handle_data(self, data):
        if not (self.skip & set(self.inside[-1:])):
            self.parts.append(data)

    @classmethod
    def of(cls, text: str, svg: bool = False) -> str:
        parser = cls(svg)
        parser.feed(text)
        return "\n".join(parser.parts)


def markdown_text(text: str) -> str:
    """Markdown without Mermaid's own keywords (``journey``, ``title``, ``section``) and
    without HTML comments (the ``cjm-as-of`` mark that ``--check`` reads)."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    return re.sub(r"^\s*(journey$|title |section )", "", text, flags=re.MULTILINE)


def english_words(text: str) -> list[str]:
    return sorted({match.lower() for match in CHROME_WORDS.findall(text)})


@pytest.fixture(scope="module")
def korean_site(tmp_path_factory):
    from typer.testing import CliRunner

    from cjm.cli.app import app

    site = tmp_path_factory.mktemp("ko") / "site"
    args = ["render", str(KOREAN_MAP), "-o", str(site), "--format", ALL_FORMATS, "--lang", "ko"]
    result = CliRunner().invoke(app, [*args, "--today", "2026-11-01"])
    assert result.exit_code == 0, result.output
    return site


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("korean-everything.html", ReaderText.of),
        ("index.html", ReaderText.of),
        ("actions.html", ReaderText.of),
        ("kpis.html", ReaderText.of),
        ("personas/gift-buyer.html", ReaderText.of),
        ("korean-today.html", ReaderText.of),
        ("korean-everything.svg", lambda text: ReaderText.of(text, svg=True)),
        ("korean-everything.md", markdown_text),
        ("korean-everything.mmd", markdown_text),
    ],
)
def test_a_korean_report_has_no_english_chrome_word(korean_site, name, reader):
    text = reader((korean_site / name).read_text(encoding="utf-8"))
    assert english_words(text) == []


@pytest.mark.parametrize(
    ("extension", "reader"),
    [
        ("html", ReaderText.of),
        ("svg", lambda text: ReaderText.of(text, svg=True)),
        ("md", markdown_text),
    ],
)
def test_the_korean_example_speaks_korean_by_its_lang_field(cjm, tmp_path, extension, reader):
    site = tmp_path / "site"
    example = EXAMPLES / "department-store-ko.yaml"
    assert cjm("render", example, "-o", site, "--format", extension).exit_code == 0
    text = reader((site / f"department-store-aisas.{extension}").read_text(encoding="utf-8"))
    assert english_words(text) == []


def test_the_same_map_in_english_shows_the_words_the_check_looks_for(cjm, tmp_path):
    """The test above is not vacuous: read the same way, the English report has them."""
    site = tmp_path / "site"
    args = ("--format", "html,svg", "--lang", "en", "--today", "2026-11-01")
    assert cjm("render", KOREAN_MAP, "-o", site, *args).exit_code == 0
    html = english_words(ReaderText.of((site / "korean-everything.html").read_text("utf-8")))
    svg = ReaderText.of((site / "korean-everything.svg").read_text("utf-8"), svg=True)
    assert {"stages", "touchpoints", "overdue", "not set", "none", "emotion"} <= set(html)
    assert {"pain", "action", "open", "overdue", "target"} <= set(english_words(svg))


def test_the_korean_report_says_so_and_uses_korean_plurals_and_dates(korean_site):
    html = (korean_site / "korean-everything.html").read_text(encoding="utf-8")
    assert '<html lang="ko">' in html
    assert "단계 <strong>2</strong>개" in html  # the catalog's one plural form
    assert "기한 2026. 3. 31." in html  # Babel's Korean date
    assert "1,234.5 분" in html  # Babel's grouping
    index = (korean_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ko">' in index


@pytest.fixture
def maps(tmp_path):
    """The Korean map (``lang: ko``) and an English one, in a workspace of their own."""
    shutil.copytree(KOREAN_MAP, tmp_path / "maps")
    english = tmp_path / "maps" / "english.yaml"
    english.write_text(
        "cjm: 1\nid: english\ntitle: English map\nstages:\n  - id: s\n    name: Stage\n",
        encoding="utf-8",
    )
    return tmp_path / "maps"


def html_lang(site, journey):
    text = (site / f"{journey}.html").read_text(encoding="utf-8")
    return re.search(r'<html lang="([^"]+)">', text)[1]


def test_each_map_speaks_its_own_lang_field_unless_lang_is_given(cjm, maps, tmp_path):
    assert cjm("render", maps, "-o", tmp_path / "own", "--format", "html").exit_code == 0
    assert html_lang(tmp_path / "own", "korean-everything") == "ko"
    assert html_lang(tmp_path / "own", "english") == "en"
    assert html_lang(tmp_path / "own", "index") == "en"
    assert cjm("render", maps, "-o", tmp_path / "en", "-f", "html", "--lang", "en").exit_code == 0
    assert html_lang(tmp_path / "en", "korean-everything") == "en"


def test_the_configured_lang_applies_to_maps_without_one(cjm, maps, tmp_path):
    (maps / "cjm.toml").write_text('lang = "ko"\n', encoding="utf-8")
    assert cjm("render", maps, "-o", tmp_path / "site", "--format", "html").exit_code == 0
    assert html_lang(tmp_path / "site", "english") == "ko"
    assert html_lang(tmp_path / "site", "index") == "ko"


def test_a_language_without_catalog_is_a_usage_error(cjm, maps, tmp_path):
    run = cjm("render", maps, "-o", tmp_path / "site", "--lang", "xx")
    assert run.exit_code == 2
    assert "no catalog for language 'xx'; choose from en, ko" in run.stderr


def test_a_configured_language_without_catalog_is_a_configuration_error(cjm, maps, tmp_path):
    (maps / "cjm.toml").write_text('lang = "xx"\n', encoding="utf-8")
    run = cjm("render", maps, "-o", tmp_path / "site")
    assert run.exit_code == 2
    assert "lang must be one of en, ko, got 'xx'" in run.stderr


def test_the_kpis_page_words_every_trend_in_the_sites_language(cjm, maps, tmp_path):
    """The Korean map's measured KPI, on a site in English: the trend is in English too."""
    assert cjm("render", maps, "-o", tmp_path / "site", "--format", "html").exit_code == 0
    kpis = (tmp_path / "site" / "kpis.html").read_text(encoding="utf-8")
    row = kpis.split("추천 화면 이용률</a>")[1].split("</tr>")[0]
    assert "+3 points since Mar 31, 2026, 18 below target" in row
    assert "regressed since Jun 30, 2026 (14%)" in row
    assert html_lang(tmp_path / "site", "korean-everything") == "ko"  # the report stays Korean
