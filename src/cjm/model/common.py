"""Types shared by every document of format version 1."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from cjm.text import parse_iso_date

FORMAT_VERSION = 1
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
MAX_ID_LENGTH = 100
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Model(BaseModel):
    """Base of every model: unknown keys are errors, numbers are finite, fields documented.

    Each field is documented by the string right after it. Those docstrings become the
    JSON Schema's descriptions in :mod:`cjm.schemas`, not here: pydantic's
    ``use_attribute_docstrings`` would read and parse this package's source every time
    a command starts, and validating a map never needs them.
    """

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        allow_inf_nan=False,
        strict=True,
    )


def _parse_iso_date(value: Any) -> dt.date:
    """Accept only ``YYYY-MM-DD`` text: YAML dates are kept as strings by the loader."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return parse_iso_date(value)
        except ValueError as error:
            raise PydanticCustomError(
                "date_value",
                "{value} is not a real date ({reason})",
                {"value": value, "reason": str(error)},
            ) from None
    raise PydanticCustomError("date_format", "expected a date written YYYY-MM-DD")


Slug = Annotated[
    str,
    Field(
        pattern=SLUG_PATTERN,
        min_length=1,
        max_length=MAX_ID_LENGTH,
    ),
]
"""An identifier: lowercase letters, digits and hyphens, starting with a letter or digit."""

Text = Annotated[str, Field(min_length=1)]
"""Non-empty free text."""

LANGUAGE_PATTERN = r"^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"
LanguageTag = Annotated[str, Field(pattern=LANGUAGE_PATTERN, max_length=35)]
"""A language tag such as ``ko``, ``en`` or ``ko-KR`` (BCP 47, lowercase language first)."""

IsoDate = Annotated[
    dt.date,
    BeforeValidator(_parse_iso_date),
    WithJsonSchema({"type": "string", "format": "date", "pattern": _ISO_DATE.pattern}),
]
"""A calendar date written ``YYYY-MM-DD``."""

Emotion = Annotated[float, Field(ge=-2, le=2)]
"""How the customer feels, from -2 (very negative) to +2 (very positive)."""

Number = Annotated[float, Field()]
"""A finite number."""

Score = Annotated[int, Field(ge=1, le=5)]
"""A rating from 1 (least) to 5 (most)."""
