"""The small markup and placeholder language used in every translatable text.

Tags: <em>, <b>, <name>, <safe>, <unsafe>, <mixed> (no attributes, no nesting of
the same tag). Placeholders: `{word}` only. These helpers only inspect text; the
text engine draws it.
"""

from __future__ import annotations

import re

TAGS = ("em", "b", "name", "safe", "unsafe", "mixed")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\s*>")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def placeholders(text: str) -> list[str]:
    """The placeholder names in `text`, in order (`{{` and `}}` are literal braces)."""
    cleaned = text.replace("{{", "").replace("}}", "")
    return _PLACEHOLDER.findall(cleaned)


def placeholder_problems(text: str, allowed: tuple[str, ...] | None = None) -> list[str]:
    problems = []
    cleaned = text.replace("{{", "").replace("}}", "")
    for name in _PLACEHOLDER.findall(cleaned):
        if not _NAME.match(name):
            problems.append(f"'{{{name}}}' is not a simple placeholder; write {{word}} only")
        elif allowed is not None and name not in allowed:
            choices = ", ".join("{" + item + "}" for item in allowed) or "none"
            problems.append(f"unknown placeholder {{{name}}} (allowed: {choices})")
    leftover = _PLACEHOLDER.sub("", cleaned)
    if "{" in leftover or "}" in leftover:
        problems.append("a '{' or '}' has no partner; write {{ or }} for a literal brace")
    return problems


def tags(text: str) -> list[str]:
    """The markup tags in order, as written: ['em', '/em', ...]."""
    return [f"{slash}{name}" for slash, name in _TAG.findall(text)]


def markup_problems(text: str) -> list[str]:
    problems = []
    open_tags: list[str] = []
    for slash, name in _TAG.findall(text):
        if name not in TAGS:
            problems.append(f"unknown tag <{slash}{name}> (allowed: "
                            + ", ".join(f"<{tag}>" for tag in TAGS) + ")")
            continue
        if not slash:
            if name in open_tags:
                problems.append(f"<{name}> is opened twice")
            open_tags.append(name)
        elif not open_tags or open_tags[-1] != name:
            problems.append(f"</{name}> closes a tag that is not open")
        else:
            open_tags.pop()
    for name in open_tags:
        problems.append(f"<{name}> is never closed with </{name}>")
    return problems
