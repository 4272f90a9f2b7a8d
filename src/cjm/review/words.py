"""The words of a review, shared by the text, Markdown and HTML formats so they agree.

Each function takes the language of the output: a report's (Markdown and HTML follow
``--lang``), else the terminal's (:func:`cjm.i18n.plain`: English, ISO dates).
"""

from __future__ import annotations

from cjm.i18n import Language, plain
from cjm.measurements.trend import CHANGE_WORDS
from cjm.render.context import STATUS_WORDS
from cjm.review.model import ActionNote, EmotionNote, KpiNote, MapReview, Review
from cjm.text import with_unit


def period(review: Review, lang: Language | None = None) -> str:
    """``since v1.0 (commit 1a2b3c4d5e of 2025-11-20) to 2026-11-23``."""
    lang = lang or plain()
    return lang.gettext("since %(revision)s (commit %(commit)s of %(since)s) to %(today)s") % {
        "revision": review.revision,
        "commit": review.commit[:10],
        "since": lang.date(review.since),
        "today": lang.date(review.today),
    }


def summary(review: Review, lang: Language | None = None) -> list[str]:
    """One phrase per kind of change, counts first, the way a CX lead reports them."""
    lang = lang or plain()
    data = review.as_dict()["summary"]
    values = {**data, "since": lang.date(review.since)}
    moved = data["kpis_improved"] + data["kpis_regressed"]
    phrases = [
        lang.ngettext(
            "%(num)d map added, %(maps_removed)d removed",
            "%(num)d maps added, %(maps_removed)d removed",
            data["maps_added"],
        )
        % {**values, "num": data["maps_added"]},
        lang.ngettext(
            "%(num)d pain point added, %(pain_points_resolved)d resolved, "
            "%(pain_points_worsened)d worsened",
            "%(num)d pain points added, %(pain_points_resolved)d resolved, "
            "%(pain_points_worsened)d worsened",
            data["pain_points_added"],
        )
        % {**values, "num": data["pain_points_added"]},
        lang.ngettext(
            "%(num)d action done, %(actions_dropped)d dropped, %(actions_slipped)d slipped",
            "%(num)d actions done, %(actions_dropped)d dropped, %(actions_slipped)d slipped",
            data["actions_done"],
        )
        % {**values, "num": data["actions_done"]},
        lang.ngettext(
            "%(num)d KPI moved: %(kpis_improved)d improved, %(kpis_regressed)d regressed",
            "%(num)d KPIs moved: %(kpis_improved)d improved, %(kpis_regressed)d regressed",
            moved,
        )
        % {**values, "num": moved},
        lang.ngettext(
            "%(num)d stage emotion changed",
            "%(num)d stage emotions changed",
            data["stage_emotions_changed"],
        )
        % {**values, "num": data["stage_emotions_changed"]},
        lang.ngettext(
            "%(num)d map not reviewed since %(since)s",
            "%(num)d maps not reviewed since %(since)s",
            data["maps_not_reviewed"],
        )
        % {**values, "num": data["maps_not_reviewed"]},
    ]
    return phrases


def map_status(entry: MapReview, review: Review, lang: Language | None = None) -> str:
    """``new map``, ``deleted``, and whether the map was reviewed during the period."""
    lang = lang or plain()
    _ = lang.gettext
    if entry.status == "added":
        return _("new map")
    if entry.status == "removed":
        return _("deleted")
    if entry.not_reviewed:
        last = lang.date(entry.reviewed) if entry.reviewed else _("never")
        return _("not reviewed since %(since)s (last: %(last)s)") % {
            "since": lang.date(review.since),
            "last": last,
        }
    assert entry.reviewed is not None
    return _("reviewed %(date)s") % {"date": lang.date(entry.reviewed)}


def kpi(note: KpiNote, lang: Language | None = None) -> str:
    """``49% → 57% (target 65%), improved``."""
    lang = lang or plain()
    _ = lang.gettext
    text = f"{_value(note.before, note.unit, lang)} → {_value(note.now, note.unit, lang)}"
    if note.target is not None:
        text += " " + _("(target %(target)s)") % {"target": _value(note.target, note.unit, lang)}
    if note.change:
        text += _(", ") + _(CHANGE_WORDS[note.change])
    return text


def slipped(note: ActionNote, lang: Language | None = None) -> str:
    """``due 2026-06-30 → 2026-09-30, in-progress`` or ``due 2026-09-30 passed, planned``."""
    lang = lang or plain()
    _ = lang.gettext
    due = lang.date(note.due) if note.due else ""
    status = _(STATUS_WORDS.get(note.status, note.status))
    if note.due_before is not None and note.due is not None and note.due > note.due_before:
        words = _("due %(before)s → %(due)s, %(status)s")
        return words % {"before": lang.date(note.due_before), "due": due, "status": status}
    return _("due %(due)s passed, %(status)s") % {"due": due, "status": status}


def emotion(note: EmotionNote, lang: Language | None = None) -> str:
    """``-1 → +0.5``."""
    lang = lang or plain()
    return f"{_signed(note.before, lang)} → {_signed(note.now, lang)}"


def _value(value: float | None, unit: str | None, lang: Language) -> str:
    return lang.gettext("(none)") if value is None else with_unit(value, unit, lang.number)


def _signed(value: float | None, lang: Language) -> str:
    if value is None:
        return lang.gettext("(none)")
    return ("+" if value > 0 else "") + lang.number(round(value, 2))
