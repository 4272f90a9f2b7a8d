"""``cjm review`` as one JSON document: the stable shape of :meth:`Review.as_dict`."""

from __future__ import annotations

import json
from typing import TextIO

from cjm.review.model import Review


def write(review: Review, stream: TextIO) -> None:
    stream.write(json.dumps(review.as_dict(), indent=2, ensure_ascii=False) + "\n")
