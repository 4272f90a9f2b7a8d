"""The reader's language: every word cjm itself writes into a report comes from here.

Messages live in gettext catalogs, one per language, at
``cjm/locale/<lang>/LC_MESSAGES/cjm.po``; adding a language is adding one such file.
The ``.po`` files are read at run time through Babel and compiled in memory (once per
language and process), rather than compiled to ``.mo`` at build time: there is no
binary artefact to keep in step with its source, no build hook, and an editable
install sees a catalog edit at once. Numbers and dates are formatted by Babel for the
same locale, and plural forms come from each catalog's ``Plural-Forms`` header.

Terminal messages, CSV headers and lint messages stay English: they are read by
developers and tools, not by the map's audience.

Only the standard library is imported at module level: the CLI lists the languages at
start-up, and Babel is loaded when a catalog is first needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from gettext import NullTranslations
from pathlib import Path
from typing import TYPE_CHECKING

from cjm.text import format_number

if TYPE_CHECKING:
    from babel.support import Translations

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "cjm"
DEFAULT_LANG = "en"
"""The language of reports when nothing asks for another, and of the message ids."""


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs where it is defined; it is translated where shown.

    For words kept in tables at module level (emotion words, severities, statuses).
    """
    return message


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Every language cjm writes reports in: one per catalog file, sorted."""
    found = {path.parent.parent.name for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    return tuple(sorted(found | {DEFAULT_LANG}))


def supported(code: str | None) -> str | None:
    """The catalog language for a language tag, or None: ``ko-KR`` and ``ko_kr`` → ``ko``."""
    if not code:
        return None
    tag = code.replace("_", "-").lower()
    for candidate in (tag, tag.split("-")[0]):
        if candidate in languages():
            return candidate
    return None


def resolve(*preferences: str | None) -> str:
    """The first preference cjm has a catalog for, else English.

    Callers pass, in order: ``--lang``, the journey's ``lang`` field, the workspace's
    configured ``lang``. A map written in a language without a catalog thus falls back
    to the configuration, then to English, rather than failing.
    """
    for preference in preferences:
        found = supported(preference)
        if found:
            return found
    return DEFAULT_LANG


@dataclass(frozen=True)
class Language:
    """One language's messages and formats, handed to every renderer.

    ``gettext`` and ``ngettext`` have the standard names and signatures so that Babel's
    extractor finds their messages and Jinja2's i18n extension can call them.
    """

    code: str
    translations: NullTranslations = field(repr=False, compare=False)
    plain: bool = False
    """The terminal's: English words, numbers and dates as cjm writes them for tools
    (``1234.5``, ``2026-09-30``) rather than as a locale would (see :func:`plain`)."""

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The form for ``count``, by the catalog's plural rule; the caller fills ``%(num)d``."""
        return self.translations.ngettext(singular, plural, count)

    def number(self, value: float) -> str:
        """``1,234.5`` in English: grouped as the locale groups, every decimal kept."""
        if self.plain:
            return format_number(value)
        return _number(float(value), self.code)

    def date(self, value: dt.date) -> str:
        """``Sep 30, 2026`` in English, ``2026. 9. 30.`` in Korean: the locale's medium form."""
        if self.plain:
            return value.isoformat()
        return _date(value, self.code)


@lru_cache(maxsize=4096)
def _number(value: float, code: str) -> str:
    """Cached: Babel takes some 20 µs a number, and KPI values and dates repeat a lot
    across a portfolio of maps."""
    from babel.numbers import format_decimal

    exact = Decimal(repr(value))
    if exact == exact.to_integral_value() and abs(exact) < Decimal("1e15"):
        exact = exact.quantize(Decimal(1))
    return format_decimal(exact, locale=code, decimal_quantization=False)


@lru_cache(maxsize=4096)
def _date(value: dt.date, code: str) -> str:
    from babel.dates import format_date

    return format_date(value, format="medium", locale=code)


@cache
def plain() -> Language:
    """The words shared by the terminal and the reports, as the terminal writes them: the
    message ids themselves, no Babel to load."""
    return Language(DEFAULT_LANG, NullTranslations(), plain=True)


@cache
def language(code: str = DEFAULT_LANG) -> Language:
    """The catalog of ``code`` (one of :func:`languages`), read once per process."""
    if code not in languages():
        raise ValueError(f"no catalog for language {code!r}; available: {', '.join(languages())}")
    return Language(code, _load(code))


def _load(code: str) -> Translations:
    """Read ``cjm.po`` and compile it in memory; untranslated messages fall back to the id
    (so the English catalog may leave every translation empty)."""
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    with catalog_path(code).open("rb") as po:
        catalog = read_po(po, locale=code, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)
