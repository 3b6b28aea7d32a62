"""How deeply a YAML text nests, estimated from its characters before any parsing.

PyYAML's parser and composer (and libyaml's) recurse once per nesting level,
and where each version stops (a RecursionError, its own limit, or a crash
of the C stack) changes between releases. `nesting_depth` lets Sango apply
its own limit first, on the raw text, in one linear pass that never recurses.

The estimate is at least half the depth PyYAML would build (a sequence written
at its key's own indentation shares that indent level) and may overcount. So
a file the estimate passes at N levels nests at most about 2N deep: shallow
enough for any parser, and the exact limit is then applied while converting.

Counted: flow brackets `[` `{` opened where a value starts (or inside another
flow collection), block indentation levels, and the `- ` / `? ` markers that
start a nested block item on one line (`- - - x`). Quoted scalars, comments
and block scalars (`|`, `>`) are skipped, so brackets in text do not count.
"""

from __future__ import annotations

import re

_OPEN = "[{"
_CLOSE = "]}"
# In a plain (unquoted) block value, only ": " and " #" can change what follows.
_PLAIN_STOP = re.compile(r":(?=[ \t]|$)|[ \t]#")
_DASH = re.compile(r"- +")
# In a plain value inside brackets, only these characters can change what follows.
_FLOW_STOP = re.compile(r"[\[\]{},:#]")
_DOUBLE_QUOTE_STOP = re.compile(r'["\\]')
_SINGLE_QUOTE_STOP = re.compile(r"'")
# Most lines: `key: plain words` or `- key: plain words` (no brackets, quotes, `#`, `:`).
_SIMPLE = re.compile(r"( *)((?:- +)*)[A-Za-z_][\w-]*:(?: +[^\s\[\]{}'\"|>#&*!%@`,?:-][^#:]*)?")


def nesting_depth(text: str, stop_at: int | None = None) -> int:
    """The estimated nesting depth of `text`; returns early once above `stop_at`."""
    scanner = _Scanner()
    for row in text.split("\n"):
        scanner.feed(row)
        if stop_at is not None and scanner.deepest > stop_at:
            break
    return scanner.deepest


class _Scanner:
    def __init__(self) -> None:
        self.indents: list[int] = []  # block indentation levels in force
        self.flow = 0  # open flow brackets
        self.quote: str | None = None  # inside a quoted scalar spanning lines
        self.block_scalar_indent: int | None = None  # inside `|` / `>` text deeper than this
        self.deepest = 0

    def _note(self, depth: int) -> None:
        if depth > self.deepest:
            self.deepest = depth

    def feed(self, row: str) -> None:
        stripped = row.lstrip(" ")
        indent = len(row) - len(stripped)
        if self.block_scalar_indent is not None:
            if not stripped or indent > self.block_scalar_indent or stripped.isspace():
                return
            self.block_scalar_indent = None
        if self.quote is None and self.flow == 0:
            if not stripped or stripped[0] == "#" or stripped.isspace():
                return
            simple = _SIMPLE.fullmatch(row)
            while self.indents and self.indents[-1] > indent:
                self.indents.pop()
            if not self.indents or self.indents[-1] < indent:
                self.indents.append(indent)
            if simple:
                dashes = simple.group(2)
                if dashes:
                    for dash in _DASH.finditer(dashes):
                        column = indent + dash.end()
                        if self.indents[-1] < column:
                            self.indents.append(column)
                if len(self.indents) > self.deepest:
                    self.deepest = len(self.indents)
                return
        self._scan(row, indent)

    def _scan(self, row: str, indent: int) -> None:
        index, size = indent if self.quote is None else 0, len(row)
        value_start = True
        while index < size:
            char = row[index]
            if self.quote is not None:
                index = self._skip_quote(row, index)
                value_start = False
                continue
            if char in " \t":
                index += 1
                continue
            if char == "#" and (index == 0 or row[index - 1] in " \t"):
                return
            if value_start and char in "-?" and (index + 1 == size or row[index + 1] in " \t"):
                index += 1
                if self.flow == 0:
                    # The item's content starts a deeper block level on this very line.
                    content = len(row) - len(row[index:].lstrip(" "))
                    if self.indents[-1] < content:
                        self.indents.append(content)
                    self._note(len(self.indents))
                continue
            if value_start and char in "'\"":
                self.quote = char
                index += 1
                continue
            if char in _OPEN and (value_start or self.flow):
                self.flow += 1
                self._note(len(self.indents) + self.flow)
                index += 1
                value_start = True
                continue
            if self.flow and char in _CLOSE:
                self.flow -= 1
                index += 1
                value_start = False
                continue
            if self.flow and char == ",":
                value_start = True
                index += 1
                continue
            if char == ":" and (index + 1 == size or row[index + 1] in " \t"):
                value_start = True
                index += 1
                continue
            if value_start and self.flow == 0 and char in "|>":
                self.block_scalar_indent = indent
                return
            value_start = False
            stop = (_PLAIN_STOP if self.flow == 0 else _FLOW_STOP).search(row, index + 1)
            if stop is None:
                break
            index = stop.start()
        self._note(len(self.indents) + self.flow)

    def _skip_quote(self, row: str, index: int) -> int:
        """Move past quoted text; leave `self.quote` set when it continues on the next line."""
        size = len(row)
        stops = _DOUBLE_QUOTE_STOP if self.quote == '"' else _SINGLE_QUOTE_STOP
        while index < size:
            found = stops.search(row, index)
            if found is None:
                return size
            index = found.start()
            char = row[index]
            if self.quote == '"' and char == "\\":
                index += 2
                continue
            if char == self.quote:
                if self.quote == "'" and index + 1 < size and row[index + 1] == "'":
                    index += 2
                    continue
                self.quote = None
                return index + 1
            index += 1
        return size
