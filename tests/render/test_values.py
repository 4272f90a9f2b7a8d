"""Numbers and emotions as every output writes them."""

from __future__ import annotations

import pytest

from cjm.render.values import Emotion
from cjm.text import format_number


@pytest.mark.parametrize(
    ("value", "level", "word", "signed", "css"),
    [
        (-2, -2, "very negative", "-2", "emotion-n2"),
        (-1.5, -2, "very negative", "-1.5", "emotion-n2"),
        (-1.4, -1, "negative", "-1.4", "emotion-n1"),
        (0, 0, "neutral", "0", "emotion-p0"),
        (0.5, 1, "positive", "+0.5", "emotion-p1"),
        (2, 2, "very positive", "+2", "emotion-p2"),
    ],
)
def test_emotion_in_steps_words_and_classes(value, level, word, signed, css):
    emotion = Emotion(value)
    assert (emotion.level, emotion.word, emotion.signed, emotion.css) == (level, word, signed, css)


def test_numbers_drop_a_needless_decimal_point():
    assert [format_number(v) for v in (59.0, 12.4, -3.0, 0.25)] == ["59", "12.4", "-3", "0.25"]
