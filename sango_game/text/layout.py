"""From a marked-up string to a `Paragraph`: bidi levels, runs, widths, lines, positions.

Order of work, per hard line ("\\n"), as UAX #9 and UAX #14 ask:
1. embedding levels for the whole paragraph (python-bidi);
2. each character's script, style (markup) and font (first that has the glyph);
3. items: longest stretches with one level, font face, script and style;
4. break opportunities (uniseg), each segment measured by shaping its pieces;
5. greedy line filling; a word wider than the line is cut between graphemes;
6. per line: runs cut from the items, put in display order (rule L2), placed.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace

from .bidi_runs import embedding_levels, visual_order
from .fonts import Face, FontBook
from .glyphs import replace_missing
from .linebreak import break_positions, grapheme_positions
from .markup import SAFETY_TAGS, parse
from .paragraph import ZWJ, Line, Paragraph, Run
from .scripts import JOINING, language_script, resolve_scripts
from .shaper import Shaper
from .style import TextStyle

# A letter of each script, to size an empty paragraph with the language's own font.
_SAMPLE = {"Arab": "\u0627", "Hebr": "\u05d0", "Hani": "\u4e2d", "Cyrl": "\u0436",
           "Grek": "\u03b1", "Hang": "\uac00"}


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    level: int
    face: Face
    script: str
    tags: tuple[str, ...]


class _HardLine:
    """One "\\n"-free piece of the paragraph, with its items, ready to be measured."""

    def __init__(self, text: str, offset: int, tags: list[tuple[str, ...]], lang: str,
                 rtl: bool, style: TextStyle, px: int, book: FontBook, shaper: Shaper) -> None:
        self.text, self.offset, self.px, self.shaper = text, offset, px, shaper
        levels = embedding_levels(text, rtl)
        scripts = resolve_scripts(text, lang, levels)
        self.joins = [s in JOINING and unicodedata.category(c)[0] in "LM"
                      for c, s in zip(text, scripts, strict=True)]
        items: list[_Item] = []
        for index, char in enumerate(text):
            char_tags = tags[offset + index]
            bold = style.bold or "b" in char_tags or bool(SAFETY_TAGS.intersection(char_tags))
            italic = style.italic or "em" in char_tags
            family = book.family_for(char, scripts[index], lang)
            face = book.face(family, bold, italic)
            key = (levels[index], face, scripts[index], char_tags)
            last = items[-1] if items else None
            if last and (last.level, last.face, last.script, last.tags) == key:
                items[-1] = _Item(last.start, index + 1, *key)
            else:
                items.append(_Item(index, index + 1, *key))
        self.items = items
        self._starts = [item.start for item in items]

    def pieces(self, start: int, end: int):
        """(item, piece start, piece end, text to shape) for items overlapping start..end."""
        index = max(0, bisect_right(self._starts, start) - 1)
        while index < len(self.items) and self.items[index].start < end:
            item = self.items[index]
            a, b = max(start, item.start), min(end, item.end)
            if a < b:
                shaped = self.text[a:b]
                if a > start and self.joins[a - 1] and self.joins[a]:
                    shaped = ZWJ + shaped
                if b < end and self.joins[b - 1] and self.joins[b]:
                    shaped += ZWJ
                yield item, a, b, shaped
            index += 1

    def width(self, start: int, end: int) -> int:
        return sum(
            self.shaper.width(item.face, self.px, item.script, item.level % 2 == 1, shaped)
            for item, _a, _b, shaped in self.pieces(start, end)
        )

    def wrap(self, limit: float) -> list[tuple[int, int]]:
        """Line ranges (start, end) filling `limit` pixels greedily."""
        text = self.text
        if not text:
            return [(0, 0)]
        lines: list[tuple[int, int]] = []
        line_start, used, filled = 0, 0, False
        previous = 0
        for boundary in break_positions(text):
            a, b = previous, boundary
            previous = boundary
            core_end = b
            while core_end > a and text[core_end - 1].isspace():
                core_end -= 1
            core = self.width(a, core_end)
            if filled and used + core > limit:
                lines.append((line_start, a))
                line_start, used, filled = a, 0, False
            if not filled and core > limit:
                for cut in self._cuts(a, core_end, limit):
                    lines.append((line_start, cut))
                    line_start = cut
                used = self.width(line_start, core_end)
            else:
                used += core
            used += self.width(core_end, b)
            filled = True
        lines.append((line_start, len(text)))
        return lines

    def _cuts(self, start: int, end: int, limit: float) -> list[int]:
        """Where to cut start..end (one word) so each piece fits; the last piece is left open."""
        cuts = []
        line_start = start
        last_fit = None
        for boundary in (start + g for g in grapheme_positions(self.text[start:end])):
            if self.width(line_start, boundary) <= limit:
                last_fit = boundary
                continue
            cut = last_fit if last_fit is not None and last_fit > line_start else boundary
            if cut >= end:
                break
            cuts.append(cut)
            line_start, last_fit = cut, None
            if self.width(line_start, boundary) <= limit:
                last_fit = boundary
        return cuts


def lay_out(source: str, lang: str, direction: str, width: int | None, style: TextStyle,
            scale: float, book: FontBook, shaper: Shaper) -> Paragraph:
    source = source.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    marked = parse(source)
    text, glyph_problems = replace_missing(marked.text, book)
    rtl = direction == "rtl"
    px = max(1, round(style.size * scale))
    tags: list[tuple[str, ...]] = [()] * len(text)
    for span in marked.spans:
        tags[span.start : span.end] = [span.tags] * (span.end - span.start)
    limit = float("inf") if width is None else max(1, width)

    raw_lines: list[tuple[int, list[Run], int]] = []  # (start, runs, end)
    faces: set[Face] = set()
    offset = 0
    for piece in text.split("\n"):
        hard = _HardLine(piece, offset, tags, lang, rtl, style, px, book, shaper)
        faces.update(item.face for item in hard.items)
        for start, end in hard.wrap(limit):
            runs = _line_runs(hard, start, end, style)
            raw_lines.append((offset + start, runs, offset + end))
        offset += len(piece) + 1

    if not faces:  # no characters at all: the height of the language's own font
        script = language_script(lang)
        sample = _SAMPLE.get(script, "a")
        faces.add(book.face(book.family_for(sample, script, lang), style.bold, style.italic))
    metrics = [shaper.vertical_metrics(face, px) for face in faces]
    ascent = max(m[0] for m in metrics)
    descent = max(m[1] for m in metrics)
    natural = max(max(m[2] for m in metrics), ascent + descent)
    line_height = max(1, round(natural * style.line_spacing))
    baseline = ascent + (line_height - ascent - descent) // 2

    content = max((sum(run.width for run in runs) for _s, runs, _e in raw_lines), default=0)
    box = content if width is None else width
    lines = []
    for number, (start, runs, end) in enumerate(raw_lines):
        line_width = sum(run.width for run in runs)
        if style.align == "center":
            x = (box - line_width) // 2
        else:
            x = box - line_width if rtl else 0
        placed = []
        cursor = x
        for run in runs:
            placed.append(replace(run, x=cursor))
            cursor += run.width
        lines.append(Line(start, end, x, number * line_height, line_width, line_height,
                          baseline, tuple(placed)))
    problems = tuple(marked.problems) + glyph_problems + tuple(book.problems)
    return Paragraph(text, lang, direction, box, line_height * len(lines), tuple(lines),
                     problems, shaper)


def _line_runs(hard: _HardLine, start: int, end: int, style: TextStyle) -> list[Run]:
    visible_end = end
    while visible_end > start and hard.text[visible_end - 1].isspace():
        visible_end -= 1
    runs = []
    levels = []
    for item, a, b, shaped in hard.pieces(start, visible_end):
        rtl = item.level % 2 == 1
        ascent = hard.shaper.vertical_metrics(item.face, hard.px)[0]
        runs.append(Run(
            text=hard.text[a:b], start=hard.offset + a, end=hard.offset + b,
            direction="rtl" if rtl else "ltr", level=item.level, script=item.script,
            font=item.face.family, face=item.face.face, tags=item.tags,
            color=style.palette.color_for(item.tags, style.color), x=0,
            width=hard.shaper.width(item.face, hard.px, item.script, rtl, shaped),
            px=hard.px, ascent=ascent, shaped=shaped, font_face=item.face,
        ))
        levels.append(item.level)
    return visual_order(runs, levels)


