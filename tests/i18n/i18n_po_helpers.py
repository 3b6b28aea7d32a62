"""Helpers for the i18n tests: write small .po files."""

from __future__ import annotations

from pathlib import Path

HEADER = """msgid ""
msgstr ""
"Project-Id-Version: Sango test\\n"
"Language: {code}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset={charset}\\n"
"Content-Transfer-Encoding: 8bit\\n"
{plural}
"""


def po_text(code: str, body: str, *, plural_forms: str | None = None, charset="UTF-8") -> str:
    plural = f'"Plural-Forms: {plural_forms}\\n"' if plural_forms else ""
    return HEADER.format(code=code, charset=charset, plural=plural) + "\n" + body


def write_po(locale_dir: Path, code: str, content: str | bytes) -> Path:
    path = locale_dir / code / "LC_MESSAGES" / "sango.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def line_of(text: str, start: str) -> int:
    """The 1-based number of the first line of `text` starting with `start`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(start):
            return number
    raise ValueError(start)
