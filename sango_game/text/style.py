"""How text looks: `TextStyle` for a paragraph, `Palette` for the marked-up words.

The palette is data so a theme (for example high contrast) can swap colours;
safety words are always bold as well as coloured, so colour is never the only
signal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Color = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    """Colours for marked-up words; None means "the paragraph's colour"."""

    safe: Color = (16, 120, 60)
    unsafe: Color = (180, 30, 30)
    mixed: Color = (150, 95, 0)
    name: Color | None = (40, 70, 160)
    em: Color | None = None

    def color_for(self, tags: tuple[str, ...], base: Color) -> Color:
        for tag in reversed(tags):  # the innermost tag that has a colour wins
            color = getattr(self, tag, None)
            if color is not None:
                return color
        return base


HIGH_CONTRAST = Palette(safe=(0, 90, 0), unsafe=(150, 0, 0), mixed=(110, 60, 0),
                        name=(0, 0, 120), em=None)


@dataclass(frozen=True)
class TextStyle:
    """Size in points at scale 1.0 (the engine multiplies by its `scale`).

    align: "start" (left for LTR, right for RTL paragraphs) or "center".
    line_spacing: multiplies the natural line height.
    """

    size: int = 24
    color: Color = (20, 20, 30)
    bold: bool = False
    italic: bool = False
    align: str = "start"
    line_spacing: float = 1.0
    palette: Palette = field(default_factory=Palette)
