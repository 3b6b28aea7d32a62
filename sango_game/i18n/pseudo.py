"""Pseudo-locales, made at run time from the English source.

`qps`: every letter accented, about 40 % longer, wrapped in [ ] — a text the
game forgot to translate stays plain English, and a clipped text loses its
closing bracket, so both are easy to spot. `qps-rtl`: the same words shown
right-to-left (each word in a right-to-left override, the paragraph starting
with a right-to-left mark), so a screen that ignores text direction shows it.

Placeholders (`{name}`, `{{`, `}}`) and markup tags (`<b>`, `</em>`...) are
kept exactly, so pseudo text formats and lays out like a real translation.
"""

from __future__ import annotations

import re

from sango_game.vocab import markup
from sango_game.vocab.placeholders import split_raw

PSEUDO = "qps"
PSEUDO_RTL = "qps-rtl"
CODES = (PSEUDO, PSEUDO_RTL)

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ",
)
_FILLER = "ŀǿřḗḿ īƥşŭḿ ḓǿŀǿř şīŧ ȧḿḗŧ ƈǿƞşḗƈŧḗŧŭř ȧḓīƥīşƈīƞɠ ḗŀīŧ şḗḓ ḓǿ ḗīŭşḿǿḓ"
_WORD = re.compile(r"[^\s]+")
RLM, RLO, PDF = "\u200f", "\u202e", "\u202c"
GROWTH = 0.4


def pseudo(text: str, *, rtl: bool = False) -> str:
    """The pseudo-translation of `text` (an English source string)."""
    if not text:
        return text
    pieces = _split(text)
    # placeholders count (a nickname fills them); tags do not (they are not drawn)
    visible = sum(len(piece) for piece, keep in pieces if not (keep and piece.startswith("<")))
    if rtl:
        body = "".join(piece if keep else _mirror(piece) for piece, keep in pieces)
        return f"{RLM}[{body}]{RLM}"
    body = "".join(piece if keep else piece.translate(_ACCENTED) for piece, keep in pieces)
    return f"[{body}{_padding(visible)}]"


def _split(text: str) -> list[tuple[str, bool]]:
    """`text` as (piece, keep) pairs; kept pieces are placeholders and tags (read by the
    one tokenizer of `sango_game.vocab`)."""
    pieces: list[tuple[str, bool]] = []
    for token in markup.tokenize(text):
        if token.kind in (markup.TEXT, markup.LITERAL):
            pieces.extend(split_raw(token.raw))
        else:
            pieces.append((token.raw, True))
    return pieces


def _padding(visible: int) -> str:
    """About 40 % of `visible` characters of accented filler words."""
    wanted = round(visible * GROWTH)
    if wanted <= 0:
        return ""
    filler = (_FILLER + " ") * (wanted // (len(_FILLER) + 1) + 1)
    return " " + filler[: max(wanted - 1, 1)].rstrip()


def _mirror(piece: str) -> str:
    """Each word accented and shown right-to-left; spaces stay where they are."""
    return _WORD.sub(lambda m: f"{RLO}{m.group(0).translate(_ACCENTED)}{PDF}", piece)
