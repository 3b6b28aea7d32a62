"""Clipboard mode: the text on screen goes to the system clipboard.

An external screen reader (NVDA, Orca, VoiceOver) that reads the clipboard can
then read the game aloud (as in Ren'Py's clipboard voicing). `text_to_offer`
chooses the words: when the page changes (a new screen, the next line), every
text on it in reading order; when only the focus moves, the focused item's
words. `Clipboard.offer` puts them there through SDL's clipboard
(`pygame.scrap.put_text`); a system with no clipboard (the dummy driver, no
X server) only keeps them in `last`, and says so once in the log.
"""

from __future__ import annotations

import pygame

from sango_game.text.markup import parse
from sango_game.ui import log


def plain(text: str) -> str:
    """The words a reader hears: markup (<b>, <safe>...) and literal marks removed."""
    return parse(text).text


def text_to_offer(page: tuple[str, ...], focused: str | None, before: tuple | None) -> tuple:
    """(the key of what is shown, the text to copy or None when nothing changed).

    `page` is the screen's visible texts, `focused` the focused item's text,
    `before` the key returned last time."""
    key = (page, focused)
    if key == before:
        return key, None
    if before is None or before[0] != page:
        return key, "\n".join(page)
    return key, focused or ""


class Clipboard:
    def __init__(self):
        self.last: str | None = None  # the text most recently offered
        self.working: bool | None = None  # None: not tried yet
        self._key: tuple | None = None

    def follow(self, page: tuple[str, ...], focused: str | None) -> None:
        """Copy what changed since the last call (nothing when nothing did)."""
        page = tuple(plain(words) for words in page)
        focused = plain(focused) if focused else focused
        self._key, text = text_to_offer(page, focused, self._key)
        if text is not None:
            self.offer(text)

    def forget(self) -> None:
        """The mode was turned off: the next `follow` copies the whole page again."""
        self._key = None

    def offer(self, text: str) -> None:
        self.last = text
        if self.working is False:
            return
        try:
            pygame.scrap.put_text(text)
            self.working = True
        except (pygame.error, AttributeError, NotImplementedError) as error:
            self.working = False
            log.info("no clipboard on this system (%s); clipboard mode copies nothing", error)
