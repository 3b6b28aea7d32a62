"""Write in the class's language: translate a report or certificates, then switch back.

``in_language("ar")`` switches ``i18n`` for the block and restores the
language that was active before (the game's screens keep theirs).
``level_text(msgctxt, source)`` translates a level's text by its stable ID.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sango_game import i18n
from sango_game.vocab.markup import strip


@contextmanager
def in_language(code: str) -> Iterator[i18n.Language]:
    before = i18n.current_language().code
    try:
        yield i18n.set_language(code)
    finally:
        i18n.set_language(before)


def level_text(msgctxt: str, source: str) -> str:
    return i18n.pgettext(msgctxt, source)


def percent(share: float) -> str:
    """A share (0..1) as a whole percentage written for the current language."""
    from babel.numbers import format_percent

    return format_percent(round(share, 2), locale=i18n.translator().active.locale)


def number(value: int) -> str:
    """A whole number written for the current language."""
    return i18n.translator().active.number(value)




def plain_text(text: str) -> str:
    """Text without Sango's markup tags (<b>, <em>, <safe>...), for print and CSV."""
    return strip(text)
