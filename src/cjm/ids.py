"""Ids: the slugs that name journeys, stages and everything else in a map."""

from __future__ import annotations

import re
import unicodedata

from cjm.errors import CjmError
from cjm.model.common import MAX_ID_LENGTH, SLUG_PATTERN

_SLUG = re.compile(SLUG_PATTERN)


class InvalidIdError(CjmError):
    """An id given on the command line is not a valid slug."""


def slugify(text: str, limit: int = MAX_ID_LENGTH) -> str:
    """``Go to Café`` → ``go-to-cafe``: accents dropped; empty when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")


def check_id(value: str) -> None:
    """Raise :class:`InvalidIdError`, with a suggestion, unless ``value`` is a valid id."""
    if _SLUG.fullmatch(value) and len(value) <= MAX_ID_LENGTH:
        return
    suggestion = slugify(value)
    hint = f' (e.g. "{suggestion}")' if suggestion and suggestion != value else ""
    raise InvalidIdError(
        f"invalid journey id {value!r}: use lowercase letters, digits and hyphens, starting "
        f"with a letter or digit, at most {MAX_ID_LENGTH} characters{hint}"
    )
