"""Safe `{name}` placeholders: compare them, fill them in.

They are read by the one tokenizer, `sango_game.vocab.placeholders`.
Only plain `{name}` fields are allowed (`name` an ASCII identifier), and `{{`
and `}}` for literal braces. A field with attribute or index access
(`{name.__class__}`, `{name[0]}`), a positional field (`{0}`, `{}`), a
conversion (`{name!r}`) or a format spec (`{name:>10}`) is never evaluated:
`fill` leaves it in the text exactly as written, so a translator's mistake (or
mischief) can reach nothing. Values are turned into text with `str()`, except
numbers, which are formatted for the language with Babel.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sango_game.i18n import diagnostics
from sango_game.vocab.placeholders import Field, Parsed, parse

__all__ = ["Field", "Parsed", "compare", "fill", "parse"]

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def fill(text: str, values: Mapping[str, object], number: Callable[[float], str] = str,
         isolate: bool = False) -> str:
    """Replace each plain `{name}` found in `values`; everything else stays as written.

    `number` formats int and float values (the caller passes a locale-aware
    formatter). With `isolate`, each value is wrapped in FSI ... PDI (for
    right-to-left text). Literal `{{`/`}}` become single braces. Never raises.
    """
    parsed = parse(text)
    if parsed.error:
        return text
    out: list[str] = []
    for part in parsed.parts:
        if isinstance(part, str):
            out.append(part)
        elif part.name is not None and part.name in values:
            value = _as_text(values[part.name], number)
            if isolate:
                value = FIRST_STRONG_ISOLATE + value + POP_DIRECTIONAL_ISOLATE
            out.append(value)
        else:
            out.append(part.raw)
    return "".join(out)


def _as_text(value: object, number: Callable[[float], str]) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return number(value)
        except Exception:  # a formatter problem must never reach a child
            return str(value)
    return str(value)


def compare(
    source: str, translation: str, *, plural_form: bool = False
) -> tuple[str, str] | None:
    """(code, reason) when `translation` may not stand in for `source`, else None.

    A translation must use exactly the placeholders of its source. A plural form
    (`plural_form=True`, with `source` holding both English forms) may leave out
    `{n}` ("one star" in words) but nothing else.
    """
    if not any(brace in text for text in (source, translation) for brace in "{}"):
        return None
    translated = parse(translation)
    if translated.error:
        return (
            diagnostics.UNSAFE_PLACEHOLDER,
            f"the braces do not pair up ({translated.error}); write {{{{ for a literal brace",
        )
    if translated.unsafe:
        return (
            diagnostics.UNSAFE_PLACEHOLDER,
            "only plain placeholders like {name} are allowed, not " + ", ".join(translated.unsafe),
        )
    expected = parse(source).names
    extra = translated.names - expected
    missing = expected - translated.names
    if plural_form:
        missing -= {"n"}
    if extra or missing:
        pieces = []
        if extra:
            pieces.append("has " + ", ".join(f"{{{n}}}" for n in sorted(extra)))
        if missing:
            pieces.append("lacks " + ", ".join(f"{{{n}}}" for n in sorted(missing)))
        shown = ", ".join(f"{{{n}}}" for n in sorted(expected)) or "none"
        return (
            diagnostics.PLACEHOLDER_MISMATCH,
            f"placeholders differ from the English ({shown}): the translation "
            + " and ".join(pieces),
        )
    return None
