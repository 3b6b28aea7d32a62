"""The track's level map: Sango greets the child; levels grouped by topic.

The greeting fits the age group: playful under 9, friendly at 9–11, plain and
respectful at 12–18. The greeting and the level cards are laid out in one
column, so a longer translation or a larger text size pushes the cards down
(and the screen scrolls) instead of being clipped.

Each level shows new / in progress / done (icon and word) and its stars.
A pupil in a class sees today's lesson first, under its own heading, and not
the levels the class has locked (``classroom.lesson``). Otherwise the level to
play next (the first open one not yet done) comes first, under "Your next
story", so a child who cannot read the topic names still finds it at the top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from sango_game.i18n import _, ngettext, pgettext
from sango_game.text.markup import literal
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Label, Picture, Widget
from sango_game.ui.widgets.level_tile import LevelTile

if TYPE_CHECKING:
    from sango_game.progress.records import Profile


def status_words(progress, stars: int) -> str:
    if progress is None or progress.status == "new":
        return _("New") if progress is None or progress.unlocked else _("Locked")
    if not progress.unlocked:
        return _("Locked")
    if progress.status == "in_progress":
        return _("In progress")
    return ngettext("Done: {n} star", "Done: {n} stars", stars)


def locked_reason() -> str:
    """Why a sensitive level will not open, in plain words."""
    return _("Locked by your teacher: this story is about something difficult.")


def greeting_words(track: str | None, nickname: str) -> str:
    """Sango's hello on the map, in the tone of the age group (`nickname` as given)."""
    if track == "12-18":
        return _("Hello, <name>{nickname}</name>. Choose a situation to work through.",
                 nickname=nickname)
    if track == "9-11":
        return _("Hi <name>{nickname}</name>! Which mission is next?", nickname=nickname)
    return _("Hello, <name>{nickname}</name>! Which story shall we read today?",
             nickname=nickname)


def next_words(track: str | None) -> str:
    """The heading over the level to play next, in the tone of the age group."""
    if track == "12-18":
        return _("Next up")
    if track == "9-11":
        return _("Your next mission")
    return _("Your next story")


def level_picture(level) -> str | None:
    """The picture of a level on a picture-book map: where its story starts."""
    start = level.scene(level.start)
    if start is not None and start.background:
        return start.background
    return level.cast[0].picture if level.cast else None


class LevelMapScreen(Screen):
    name = "map"
    show_settings = True

    @property
    def child(self) -> Profile:
        """The child whose map this is: the map opens only once a profile is chosen."""
        profile = self.app.services.profile
        assert profile is not None, "the level map is shown only for a chosen profile"
        return profile

    def levels(self):
        """The track's levels in map order: today's lesson of the pupil's class first."""
        from sango_game.classroom.lesson import pupil_levels

        services = self.app.services
        return pupil_levels(services.store, services.profile, services.library.levels)

    def todays_ids(self) -> tuple[str, ...]:
        from sango_game.classroom.classes import find_class

        services = self.app.services
        class_id = getattr(services.profile, "class_id", None)
        info = find_class(services.store, class_id) if class_id else None
        return info.lesson if info is not None else ()

    def progress(self):
        services = self.app.services
        pairs = [(level.id, level.topic) for level in self.levels()]
        return services.store.level_progress(self.child.id, pairs)

    def preferred_focus(self):
        for level in self.levels():
            item = self._progress.get(level.id)
            if item is None or (item.unlocked and item.status != "done"):
                return f"level-{level.id}"
        return None

    _progress: dict = {}

    def compose(self, ctx, body):
        services = self.app.services
        profile = self.child
        self._progress = self.progress()
        store = services.store
        for notice in store.take_notices():  # e.g. "progress can't be saved right now"
            self.app.notices.append(_(notice.message, **notice.params))
        width = centered_width(ctx)
        x = (ctx.size[0] - width) // 2
        mascot = ctx.theme.picture("narrator")  # none for teenagers: plain words only
        guide = ctx.theme.px("avatar") if mascot else 0
        gap = ctx.theme.px("gap") if mascot else 0
        greeting = Label(
            "greeting",
            greeting_words(profile.track, literal(profile.nickname)),
            role="heading",
            color="heading",
        )
        text_width = width - guide - gap
        greeting_height = max(guide, greeting.measure(ctx, text_width))
        widgets: list[Widget] = []
        if mascot:
            widgets.append(Picture("sango", mascot, rect=pygame.Rect(x, body.top, guide, guide)))
        greeting.rect = pygame.Rect(x + guide + gap, body.top, text_width, greeting_height)
        widgets.append(greeting)
        column = Column(ctx, x, body.top + greeting_height + ctx.theme.px("gap"), width)
        for index, message in enumerate(self.app.notices[-3:]):
            column.add(Label(f"notice-{index}", message, role="small", color="text_muted"))
        by_topic: dict[str, list] = {}
        today = set(self.todays_ids())
        up_next = None if today else self.preferred_focus()
        if up_next is not None:
            by_topic["next"] = []
        for level in self.levels():
            if f"level-{level.id}" == up_next:
                group = "next"
            else:
                group = "today" if level.id in today else level.topic
            by_topic.setdefault(group, []).append(level)
        topics = {topic.id: topic for topic in services.library.topics}
        if not by_topic:
            column.add(
                Label("empty", _("There are no stories for this age group yet."), align="center")
            )
        for topic_id, levels in by_topic.items():
            topic = topics.get(topic_id)
            title = pgettext(f"topic/{topic_id}/name", topic.name) if topic else topic_id
            if topic_id == "today":
                title = _("Today's lesson")
            elif topic_id == "next":
                title = next_words(profile.track)
            column.add(
                Label(f"topic-{topic_id}", title, role="heading", color="heading", bold=True)
            )
            tiles = []
            pictures = ctx.theme.flag("map_pictures")
            for level in levels:
                item = self._progress.get(level.id)
                stars = item.best_stars if item is not None else 0
                status = "new" if item is None else item.status
                if item is not None and not item.unlocked:
                    status = "locked"
                teacher_locked = services.level_locked(level)
                if teacher_locked:
                    status = "locked"
                tiles.append(
                    LevelTile(
                        f"level-{level.id}",
                        pgettext(level.meta_msgctxt("title"), level.title),
                        locked_reason() if teacher_locked else status_words(item, stars),
                        status,
                        stars if stars else None,
                        lambda lv=level: self.play(lv),
                        picture=level_picture(level) if pictures else None,
                    )
                )
            min_width, max_width = round(340 * ctx.theme.scale), round(520 * ctx.theme.scale)
            if pictures and tiles and topic_id == next(iter(by_topic)):
                self._fit_pictures(ctx, body, column, tiles, min(width, max_width))
            column.row(tiles, min_width=min_width, max_width=max_width, align="start")
        return widgets + column.widgets

    @staticmethod
    def _fit_pictures(ctx, body, column, tiles, tile_width: int) -> None:
        """Shrink the cards' pictures so the first row fits below the greeting when it
        can (a long translation or a large text size); past that the map scrolls."""
        pad = ctx.theme.px("padding")
        room = body.bottom - column.bottom - pad * 3  # the scroll margin and the last padding
        words = max(tile.height_without_picture(ctx, tile_width) for tile in tiles)
        for tile in tiles:
            tile.picture_limit = room - words - pad

    def play(self, level) -> None:
        if not self.app.start_level(level) and locked_reason() not in self.app.notices:
            self.app.notices.append(locked_reason())
            self.app.relayout_all()

    def on_enter(self) -> None:
        self.app.relayout_all()
