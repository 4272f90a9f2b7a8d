"""``cjm review`` as one self-contained HTML page in the style of the reports."""

from __future__ import annotations

from typing import TextIO

from cjm.i18n import Language, language
from cjm.render.html import render_template
from cjm.review import words
from cjm.review.model import Review


def write(review: Review, stream: TextIO, lang: Language | None = None) -> None:
    """The page in ``lang`` (English by default)."""
    lang = lang or language()
    stream.write(
        render_template("review.html.j2", lang, review=review, words=words, as_of=review.today)
    )
