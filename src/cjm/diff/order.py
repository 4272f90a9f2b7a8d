"""Which items moved when a list was reordered: the fewest moves that explain the new order."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


def moved_items(old: Sequence[str], new: Sequence[str]) -> set[str]:
    """Items of both lists that are not part of the longest run kept in the same order.

    Moving one stage to the end shifts every stage after its old place by one position;
    only the stage that was picked up and put down elsewhere counts as moved.
    """
    rank = {item: index for index, item in reversed(list(enumerate(old)))}
    common = [item for item in new if item in rank]
    kept = _longest_increasing([rank[item] for item in common])
    return {item for index, item in enumerate(common) if index not in kept}


def _longest_increasing(values: Sequence[int]) -> set[int]:
    """Indexes into ``values`` of one longest strictly increasing subsequence (O(n log n))."""
    tails: list[int] = []  # tails[k]: smallest last value of an increasing run of length k+1
    tail_index: list[int] = []
    previous: list[int | None] = [None] * len(values)
    for index, value in enumerate(values):
        length = bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_index.append(index)
        else:
            tails[length] = value
            tail_index[length] = index
        previous[index] = tail_index[length - 1] if length else None
    kept: set[int] = set()
    cursor = tail_index[-1] if tail_index else None
    while cursor is not None:
        kept.add(cursor)
        cursor = previous[cursor]
    return kept
