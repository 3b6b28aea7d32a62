"""A small bounded least-recently-used cache (shaped runs, measurements, paragraphs)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class LRUCache(Generic[V]):
    """Keeps at most `limit` entries; the least recently used one goes first."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def get_or_make(self, key: Hashable, make: Callable[[], V]) -> V:
        items = self._items
        if key in items:
            items.move_to_end(key)
            self.hits += 1
            return items[key]
        self.misses += 1
        value = make()
        items[key] = value
        if len(items) > self.limit:
            items.popitem(last=False)
        return value

    def clear(self) -> None:
        self._items.clear()
