"""Contrast ratios (WCAG 2.2) between theme colours, and the pairs a theme must pass.

`TEXT_PAIRS` are the text colours and the fills they are drawn on; a default
theme keeps each at 4.5:1 or more (WCAG 1.4.3), the high-contrast theme at
7:1 (WCAG 1.4.6). The focus ring (two tones) needs 3:1 against what it
surrounds (WCAG 1.4.11). `theme_findings` lists every pair below its mark.
"""

from __future__ import annotations

TEXT_ON = ("background", "panel", "dialogue")
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    *((text, fill) for text in ("text", "heading", "text_muted", "speaker", "safe", "unsafe",
                                "mixed") for fill in TEXT_ON),
    ("dialogue_text", "dialogue"),
    ("button_text", "button"),
    ("button_text", "button_hover"),
    ("button_secondary_text", "button_secondary"),
    ("text", "button_secondary"),
)
RING_ON = ("background", "panel", "dialogue", "button", "button_secondary")
TEXT_MINIMUM = 4.5
HIGH_CONTRAST_TEXT_MINIMUM = 7.0
RING_MINIMUM = 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color) -> float:
    red, green, blue = color[:3]
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def ratio(first, second) -> float:
    """The contrast ratio, 1.0 (none) to 21.0 (black on white)."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def theme_findings(theme, text_minimum: float = TEXT_MINIMUM) -> list[str]:
    """Each text pair below `text_minimum` and each fill the focus ring fails on."""
    found = []
    for text, fill in TEXT_PAIRS:
        value = ratio(theme.color(text), theme.color(fill))
        if value < text_minimum:
            found.append(f"{theme.track}: {text} on {fill} is {value:.2f}:1, "
                         f"needs {text_minimum}:1")
    for fill in RING_ON:
        best = max(ratio(theme.color(tone), theme.color(fill))
                   for tone in ("focus_outer", "focus_inner"))
        if best < RING_MINIMUM:
            found.append(f"{theme.track}: focus ring on {fill} is {best:.2f}:1, "
                         f"needs {RING_MINIMUM}:1")
    return found
