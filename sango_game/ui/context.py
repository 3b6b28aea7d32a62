"""What every screen and widget draws with: text engine, theme, pictures, sounds.

`UiContext` is rebuilt when the window size, the track, the language or a
look setting (text size, line spacing, high contrast, reading font) changes;
it is cheap (the engine and the picture cache are shared).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sango_game.text import Palette, TextStyle
from sango_game.ui.images import ImageCache
from sango_game.ui.sound import SoundPlayer
from sango_game.ui.theme import Theme

if TYPE_CHECKING:
    from sango_game.text import Paragraph, TextEngine


@dataclass
class UiContext:
    engine: TextEngine
    theme: Theme
    images: ImageCache
    sounds: SoundPlayer
    lang: str
    rtl: bool
    size: tuple[int, int]
    line_spacing: float = 1.0  # the line-spacing setting (1.0..2.0)

    def style(
        self,
        role: str = "text",
        color: str = "text",
        bold: bool = False,
        italic: bool = False,
        align: str = "start",
    ) -> TextStyle:
        """A text style sized by the theme role ("text", "heading", "title"...).

        `align` is "start" (left, or right in RTL) or "center".
        """
        theme = self.theme
        palette = Palette(
            safe=theme.color("safe")[:3],
            unsafe=theme.color("unsafe")[:3],
            mixed=theme.color("mixed")[:3],
            name=theme.color("speaker")[:3],
        )
        return TextStyle(
            size=theme.px(role),
            color=theme.color(color)[:3],
            bold=bold,
            italic=italic,
            align=align,
            palette=palette,
            line_spacing=self.line_spacing,
        )

    @property
    def direction(self) -> str:
        """"rtl" or "ltr": the UI's direction, passed to the text engine for every paragraph."""
        return "rtl" if self.rtl else "ltr"

    def layout(self, text: str, width: int, style: TextStyle) -> Paragraph:
        """A laid-out paragraph in the current language (cached by the engine)."""
        return self.engine.layout(text, lang=self.lang, width=max(8, int(width)), style=style,
                                  direction=self.direction)

    def natural_width(self, text: str, style: TextStyle) -> int:
        """The width `text` needs on one line."""
        return int(self.engine.layout(text, lang=self.lang, width=None, style=style,
                                      direction=self.direction).content_width)
