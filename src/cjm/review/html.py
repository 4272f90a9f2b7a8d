"""``cjm review`` as one self-contained HTML page in the style of the reports."""

from __future__ import annotations

from typing import TextIO

from cjm.render.html import render_template
from cjm.review import words
from cjm.review.model import Review


def write(review: Review, stream: TextIO) -> None:
    stream.write(render_template("review.html.j2", review=review, words=words, as_of=review.today))
