"""The game's data a session shares, loaded lazily: levels, progress, the help directory.

Nothing here draws (the session layer never imports pygame or `ui`). The level
library and the progress store are opened the first time a screen needs them,
so the title screen appears quickly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sango_game.session import log
from sango_game.session.settings import Settings

if TYPE_CHECKING:
    from sango_game.content.help_model import CountryHelp, HelpDirectory
    from sango_game.content.library import Library
    from sango_game.content.model import Level
    from sango_game.progress import Profile, ProgressStore


class Services:
    """The child playing (`profile`), their settings, and the data the game reads."""

    def __init__(self, data_dir: str | Path | None = None) -> None:
        self.data_dir = data_dir
        self._library: Library | None = None
        self._store: ProgressStore | None = None
        self._help_directory: HelpDirectory | None = None
        self.profile: Profile | None = None  # the child playing, or None
        self.app_settings = Settings()

    @property
    def library(self) -> Library:
        if self._library is None:
            from sango_game.content import load_library

            self._library = load_library()
            for finding in self._library.findings:
                log.warning("%s", finding)
        return self._library

    @property
    def store(self) -> ProgressStore:
        if self._store is None:
            from sango_game.progress import open_store

            self._store = open_store(self.data_dir)
        return self._store

    @property
    def help_directory(self) -> HelpDirectory:
        """The help directory (`content.help_directory`), read once; findings are logged."""
        if self._help_directory is None:
            from sango_game.content.help_directory import load_help_directory

            self._help_directory, findings = load_help_directory()
            for finding in findings:
                log.warning("%s", finding)
        return self._help_directory

    def help_here(self) -> CountryHelp:
        """The `CountryHelp` for the chosen country (an empty one when none is chosen)."""
        return self.help_directory.help_for(self.country() or "")

    # --- profiles and settings -------------------------------------------------
    @property
    def settings(self) -> Settings:
        if self.profile is not None:
            own = getattr(self.profile, "settings", None) or {}
            class_id = getattr(self.profile, "class_id", None)
            defaults = self.store.class_settings(class_id) if class_id else {}
            settings = Settings.from_dict({**defaults, **own})
            if settings.language is None:
                settings.language = self.profile.language or None
            return settings
        return self.app_settings

    def save_settings(self, settings: Settings) -> None:
        """Keep `settings` for the profile playing (in progress) or for the app."""
        if self.profile is None:
            self.app_settings = settings
            return
        chosen = settings.to_dict()
        class_id = getattr(self.profile, "class_id", None)
        if class_id:  # keep only the pupil's own choices, so the class's defaults still apply
            inherited = {**Settings().to_dict(), **self.store.class_settings(class_id)}
            own = getattr(self.profile, "settings", None) or {}
            chosen = {key: value for key, value in chosen.items()
                      if key in own or value != inherited.get(key)}
        changes: dict[str, object] = {"settings": chosen}
        if settings.language:
            changes["language"] = settings.language
        result = self.store.update_profile(self.profile.id, **changes)
        if result.ok and result.value is not None:
            self.profile = result.value
        elif result.problem is not None:
            log.warning("settings not saved: %s", result.problem.message)

    def store_folder(self) -> Path:
        from sango_game.progress import resolve_data_dir

        return resolve_data_dir(self.data_dir)

    def country(self) -> str | None:
        """The country an adult chose in Settings; never guessed from the computer's locale."""
        country = self.settings.country
        return country.upper() if isinstance(country, str) and country else None

    def level_locked(self, level: Level) -> bool:
        """A sensitive level while a teacher has locked sensitive levels: it does not start,
        unless the pupil's class has it unlocked or in today's lesson
        (``classroom.lesson.open_for_class``)."""
        if not getattr(level, "sensitive", False):
            return False
        if not self.store.sensitive_locked:
            return False
        class_id = getattr(self.profile, "class_id", None)
        if class_id:
            from sango_game.classroom.classes import find_class
            from sango_game.classroom.lesson import open_for_class

            info = find_class(self.store, class_id)
            return not open_for_class({level.id: False}, info)[level.id]
        return True

    def track(self) -> str | None:
        return self.profile.track if self.profile is not None else None

    def close(self) -> None:
        if self._store is not None:
            close = getattr(self._store, "close", None)
            if close is not None:
                close()
