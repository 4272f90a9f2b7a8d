"""``cjm review`` as Markdown: a page for a pull request or a wiki, every map's text
escaped so it cannot add structure (links, tables, mentions) to the page."""

from __future__ import annotations

from typing import TextIO

from cjm.i18n import Language, language
from cjm.render.context import SEVERITY_WORDS
from cjm.review import words
from cjm.review.model import MapReview, Review
from cjm.text import escape_markdown


def write(review: Review, stream: TextIO, lang: Language | None = None) -> None:
    """The page in ``lang`` (English by default)."""
    lang = lang or language()
    title = lang.gettext("Journey map review %(period)s") % {"period": words.period(review, lang)}
    lines = [f"# {_md(title)}", ""]
    lines += [f"- {_md(phrase)}" for phrase in words.summary(review, lang)]
    for entry in review.maps:
        lines += ["", f"## {_md(entry.title)} (`{entry.journey}`)", ""]
        lines += [f"{_md(entry.file)}: {_md(words.map_status(entry, review, lang))}"]
        details = _details(entry, lang)
        lines += ["", *details] if details else []
    stream.write("\n".join(lines).rstrip("\n") + "\n")


def _details(entry: MapReview, lang: Language) -> list[str]:
    _ = lang.gettext
    new, resolved, worsened = _("new pain point"), _("resolved"), _("worsened")
    done, dropped, slipped = _("done"), _("dropped"), _("slipped")
    lines = [
        f"- **{new}** `{p.id}` ({_severity(p.severity, lang)}): {_md(p.description)}"
        for p in entry.pain_points_added
    ]
    lines += [
        f"- **{resolved}** `{p.id}`: {_md(p.description)}" for p in entry.pain_points_resolved
    ]
    lines += [
        f"- **{worsened}** `{p.id}` {_severity(p.before, lang)} → "
        f"{_severity(p.severity, lang)}: {_md(p.description)}"
        for p in entry.pain_points_worsened
    ]
    lines += [f"- **{done}** `{a.id}`: {_md(a.description)}" for a in entry.actions_done]
    lines += [f"- **{dropped}** `{a.id}`: {_md(a.description)}" for a in entry.actions_dropped]
    lines += [
        f"- **{slipped}** `{a.id}` ({_md(words.slipped(a, lang))}): {_md(a.description)}"
        for a in entry.actions_slipped
    ]
    if entry.kpis:
        lines += ["", "| " + _("KPI") + " | " + _("then → now") + " |", "|---|---|"]
        lines += [f"| {_md(k.name)} | {_md(words.kpi(k, lang))} |" for k in entry.kpis]
    if entry.emotions:
        lines += ["", "| " + _("Stage") + " | " + _("emotion then → now") + " |", "|---|---|"]
        lines += [f"| {_md(e.name)} | {_md(words.emotion(e, lang))} |" for e in entry.emotions]
    return lines


def _severity(name: str | None, lang: Language) -> str:
    return lang.gettext(SEVERITY_WORDS[name]) if name in SEVERITY_WORDS else str(name)


def _md(text: str) -> str:
    """One line of escaped text: newlines would end a list item or a table row."""
    return escape_markdown(" ".join(text.split()))
