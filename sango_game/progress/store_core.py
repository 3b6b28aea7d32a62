"""What the store's mixins may use of one another, for the type checker.

`ProgressStore` is built from mixins (`AttemptsMixin`, `TeacherMixin`,
`ExchangeMixin`, `OutboxMixin`, `ClassRowsMixin`), each calling methods that
live in the store itself or in another mixin (`_read`, `_write`,
`get_profile`...). `StoreCore` names them with their signatures; each mixin
derives from it only while type checking (`MixinBase`), so at run time the
mixins are plain classes and the store's MRO is unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from sango_game.progress.database import Database, Unit
    from sango_game.progress.records import (
        Attempt,
        Problem,
        Profile,
        SchoolClass,
        WriteResult,
    )

T = TypeVar("T")


class StoreCore(Protocol):
    """The store's own parts that the mixins call."""

    _db: Database

    @property
    def can_save(self) -> bool: ...

    @property
    def unlock_all(self) -> bool: ...

    @property
    def records_enabled(self) -> bool: ...

    def close(self) -> None: ...

    def _read(self, query: Callable[[sqlite3.Connection], T], default: T) -> T: ...

    def _write(
        self, unit: Unit, value: Any = None, refused: Problem | None = None
    ) -> WriteResult: ...

    def get_profile(self, profile_id: str) -> Profile | None: ...

    def list_profiles(self, class_id: str | None = None) -> list[Profile]: ...

    def get_attempt(self, attempt_id: str) -> Attempt | None: ...

    def list_classes(self) -> list[SchoolClass]: ...

    def get_setting(self, key: str, default: Any = None) -> Any: ...

    def set_setting(self, key: str, value: Any) -> WriteResult: ...

    def _outbox_completed(self, attempt_id: str, ending_id: str, stars: int) -> Unit: ...

    def _outbox_answered(
        self, attempt_id: str, scene_id: str, choice_id: str, safety: str
    ) -> Unit: ...

    def _outbox_earned(self, profile_id: str, badge_id: str) -> Unit: ...


if TYPE_CHECKING:
    MixinBase = StoreCore
else:
    MixinBase = object
