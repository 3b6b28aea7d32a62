"""Placeholder and markup checks of a level's texts (SG037), in content authors' words.

The reading is done by the one tokenizer of `sango_game.vocab` (the same one the
text engine draws with), so a text this check accepts is drawn with its tags
applied and no tag shown as written.
"""

from __future__ import annotations

from sango_game.vocab import markup as vocab_markup
from sango_game.vocab import placeholders as vocab_placeholders


def placeholder_problems(text: str, allowed: tuple[str, ...] | None = None) -> list[str]:
    parsed = vocab_placeholders.parse(text)
    if parsed.error:
        return ["a '{' or '}' has no partner; write {{ or }} for a literal brace"]
    problems = []
    for field in parsed.fields:
        if field.name is None:
            problems.append(f"'{field.raw}' is not a simple placeholder; write {{word}} only")
        elif allowed is not None and field.name not in allowed:
            choices = ", ".join("{" + item + "}" for item in allowed) or "none"
            problems.append(f"unknown placeholder {{{field.name}}} (allowed: {choices})")
    return problems


def markup_problems(text: str) -> list[str]:
    """What is wrong with the tags of `text` (the text engine's own reading), or []."""
    return vocab_markup.problems(text)
