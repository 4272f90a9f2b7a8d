"""``--today``: the date "today" means, so CI runs are reproducible (also ``CJM_TODAY``)."""

from __future__ import annotations

import datetime as dt
import re

from cjm.errors import ConfigError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def resolve_today(value: str | None) -> dt.date:
    """The given ``YYYY-MM-DD`` date, else the local date."""
    if value is None:
        return dt.date.today()
    try:
        if _ISO_DATE.match(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise ConfigError(f"invalid --today / CJM_TODAY {value!r}: expected a date YYYY-MM-DD")
