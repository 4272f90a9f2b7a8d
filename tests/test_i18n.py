"""The message catalogs: complete for what the code says, and languages chosen in order."""

from __future__ import annotations

import ast
import datetime as dt
from functools import cache

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from cjm.i18n import DEFAULT_LANG, catalog_path, language, languages, resolve, supported
from tests.conftest import REPO


@cache
def used_messages() -> frozenset[str | tuple[str, str]]:
    """Every message id in the sources and templates, found as `make messages` finds them
    (Babel's extractors with the mapping of babel.cfg)."""
    with (REPO / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg, filename="babel.cfg")
    found: set[str | tuple[str, str]] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        REPO, method_map, options_map
    ):
        found.add(message if isinstance(message, str) else (message[0], message[1]))
    return frozenset(found)


def catalog(lang: str):
    with catalog_path(lang).open("rb") as po:
        return read_po(po, locale=lang)


def test_the_extractor_sees_python_template_and_marked_messages():
    used = used_messages()
    assert "Owner" in used  # a template's _()
    assert "emotion unknown" in used  # the DOT renderer's gettext()
    assert "very negative" in used  # an N_() mark
    assert ("%(num)d action", "%(num)d actions") in used  # a plural


def test_english_and_korean_have_catalogs():
    assert {"en", "ko"} <= set(languages())


@pytest.mark.parametrize("lang", languages())
def test_every_message_the_code_uses_is_in_the_catalog(lang):
    ids = {message.id for message in catalog(lang) if message.id}
    missing = used_messages() - ids
    assert not missing, f"run `make messages` and translate: {sorted(map(str, missing))}"


@pytest.mark.parametrize("lang", languages())
def test_no_catalog_keeps_messages_the_code_no_longer_uses(lang):
    ids = {message.id for message in catalog(lang) if message.id}
    assert not ids - used_messages(), "run `make messages` to drop them"


@pytest.mark.parametrize("lang", [lang for lang in languages() if lang != DEFAULT_LANG])
def test_other_languages_translate_every_message_with_the_same_placeholders(lang):
    po = catalog(lang)
    untranslated = [
        message.id
        for message in po
        if message.id and (message.fuzzy or not all(_forms(message.string)))
    ]
    assert not untranslated, f"{lang}: translate {untranslated}"
    problems = [(message.id, errors) for message, errors in po.check()]
    assert not problems


def _forms(string):
    return string if isinstance(string, tuple) else (string,)


@pytest.mark.parametrize(
    ("preferences", "expected"),
    [
        (("ko", "en", "en"), "ko"),  # --lang first
        ((None, "ko", "en"), "ko"),  # then the map's lang
        ((None, None, "ko"), "ko"),  # then the configuration
        ((None, None, None), "en"),
        ((None, "fr", "ko"), "ko"),  # a map in a language without a catalog
        ((None, "ko-KR", None), "ko"),
        ((None, "ko_kr", None), "ko"),
    ],
)
def test_the_first_supported_preference_wins(preferences, expected):
    assert resolve(*preferences) == expected


def test_an_unknown_language_is_not_supported():
    assert supported("fr") is None
    assert supported("") is None


def test_plural_forms_come_from_the_catalog():
    english, korean = language("en"), language("ko")
    assert english.ngettext("%(num)d action", "%(num)d actions", 1) == "%(num)d action"
    assert english.ngettext("%(num)d action", "%(num)d actions", 2) == "%(num)d actions"
    assert korean.ngettext("%(num)d action", "%(num)d actions", 1) == "실행 과제 %(num)d개"
    assert korean.ngettext("%(num)d action", "%(num)d actions", 5) == "실행 과제 %(num)d개"


def test_numbers_and_dates_are_written_as_the_locale_writes_them():
    english, korean = language("en"), language("ko")
    assert english.number(1234567.0) == "1,234,567"
    assert english.number(0.125) == "0.125"
    assert english.number(-1.5) == "-1.5"
    assert english.date(dt.date(2026, 9, 30)) == "Sep 30, 2026"
    assert korean.date(dt.date(2026, 9, 30)) == "2026. 9. 30."


def test_english_messages_read_as_written():
    assert language("en").gettext("Owner") == "Owner"
    assert language("ko").gettext("Owner") == "담당"


def test_no_message_hides_inside_an_f_string():
    """Babel's extractor does not look into f-strings: a message there would never reach
    the catalogs, and the completeness test above could not tell."""
    hidden = []
    for path in sorted((REPO / "src" / "cjm").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [
                    f"{path.name}:{call.lineno}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and _name(call.func) in GETTEXT_NAMES
                    and any(isinstance(arg, ast.Constant) for arg in call.args)
                ]
    assert not hidden


GETTEXT_NAMES = {"_", "gettext", "ngettext", "N_"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None
