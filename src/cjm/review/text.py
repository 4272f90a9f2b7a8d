"""``cjm review`` as plain text: a summary, then one block per map with something to say."""

from __future__ import annotations

from typing import TextIO

from cjm.review import words
from cjm.review.model import MapReview, Review
from cjm.text import safe_text


def write(review: Review, stream: TextIO) -> None:
    lines = [f"Review of {len(review.maps)} maps {words.period(review)}", ""]
    lines += [f"  {phrase}" for phrase in words.summary(review)]
    for entry in review.maps:
        lines += ["", f"{entry.journey} ({entry.file}): {words.map_status(entry, review)}"]
        lines += [f"  {line}" for line in _details(entry)]
    stream.write("".join(safe_text(line) + "\n" for line in lines))


def _details(entry: MapReview) -> list[str]:
    lines = [
        f"+ pain point {p.id} ({p.severity}): {p.description}" for p in entry.pain_points_added
    ]
    lines += [f"✓ pain point {p.id} resolved: {p.description}" for p in entry.pain_points_resolved]
    lines += [
        f"! pain point {p.id} worsened {p.before} → {p.severity}: {p.description}"
        for p in entry.pain_points_worsened
    ]
    lines += [f"✓ action {a.id} done: {a.description}" for a in entry.actions_done]
    lines += [f"- action {a.id} dropped: {a.description}" for a in entry.actions_dropped]
    lines += [
        f"! action {a.id} slipped ({words.slipped(a)}): {a.description}"
        for a in entry.actions_slipped
    ]
    lines += [f"KPI {k.id}: {words.kpi(k)}" for k in entry.kpis]
    lines += [f"emotion {e.stage}: {words.emotion(e)}" for e in entry.emotions]
    return lines
