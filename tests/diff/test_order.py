"""A reordered list is explained by the fewest moved items."""

from __future__ import annotations

from cjm.diff.order import moved_items


def test_same_order_moves_nothing():
    assert moved_items(["a", "b", "c"], ["a", "b", "c"]) == set()


def test_one_item_picked_up_and_put_down_elsewhere():
    assert moved_items(["a", "b", "c", "d", "e"], ["a", "c", "d", "b", "e"]) == {"b"}
    assert moved_items(["a", "b", "c", "d"], ["d", "a", "b", "c"]) == {"d"}


def test_added_and_removed_items_are_not_moves():
    assert moved_items(["a", "b", "c"], ["x", "a", "c"]) == set()


def test_reversal_keeps_one_item_in_place():
    assert len(moved_items(["a", "b", "c", "d"], ["d", "c", "b", "a"])) == 3
