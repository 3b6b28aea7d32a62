"""A small bounded least-recently-used cache (shaped runs, measurements, paragraphs).

Bounded by a number of entries, or, with `weigh`, by a total weight (the
run-image cache counts bytes of pixels, so long texts cannot eat memory).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class LRUCache(Generic[V]):
    """Keeps entries while their total weight (1 each by default) is at most `limit`;
    the least recently used go first (the newest entry always stays)."""

    def __init__(self, limit: int, weigh: Callable[[V], int] | None = None) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self._weigh = weigh
        self._items: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self.weight = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def get_or_make(self, key: Hashable, make: Callable[[], V]) -> V:
        items = self._items
        found = items.get(key)
        if found is not None:
            items.move_to_end(key)
            self.hits += 1
            return found[0]
        self.misses += 1
        value = make()
        weight = self._weigh(value) if self._weigh else 1
        items[key] = (value, weight)
        self.weight += weight
        while self.weight > self.limit and len(items) > 1:
            _key, (_value, dropped) = items.popitem(last=False)
            self.weight -= dropped
        return value

    def clear(self) -> None:
        self._items.clear()
        self.weight = 0
