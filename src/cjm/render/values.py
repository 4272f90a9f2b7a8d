"""How values read in every output: numbers without needless decimals, emotions in words."""

from __future__ import annotations

import math
from dataclasses import dataclass

from cjm.text import format_number

_EMOTION_WORDS = {
    -2: "very negative",
    -1: "negative",
    0: "neutral",
    1: "positive",
    2: "very positive",
}


@dataclass(frozen=True)
class Emotion:
    """How the customer feels, as a number, a level for colours, and words for people."""

    value: float

    @property
    def level(self) -> int:
        """The nearest whole step from -2 to +2, for words and colours.

        Halves round away from neutral, so -1.5 and +1.5 are equally strong.
        """
        return emotion_level(self.value)

    @property
    def signed(self) -> str:
        """``+1``, ``0``, ``-1.5``: the sign always shown, so the scale reads at a glance."""
        text = format_number(self.value)
        return f"+{text}" if self.value > 0 else text

    @property
    def word(self) -> str:
        return _EMOTION_WORDS[self.level]

    @property
    def css(self) -> str:
        """A class name such as ``emotion-n2`` or ``emotion-p1``."""
        return f"emotion-{'n' if self.level < 0 else 'p'}{abs(self.level)}"


def emotion_level(value: float) -> int:
    """``value`` rounded to a whole step from -2 to +2, halves away from zero."""
    step = math.floor(abs(value) + 0.5)
    return max(-2, min(2, step if value >= 0 else -step))


def emotion_of(value: float | None) -> Emotion | None:
    return None if value is None else Emotion(value)
