"""Problems found in translation files, as values with a stable code and a place.

Nothing in `sango_game.i18n` raises for a bad `.po` file: it records a
`Problem` and carries on with the source text. The codes are stable, so
documentation and tests can name them:

    I18N001  the file cannot be read as a .po file here (syntax error)
    I18N002  the file's bytes do not match its declared charset
    I18N003  the Plural-Forms header is missing or invalid
    I18N004  the file is empty or not a text file
    I18N005  a translation's placeholders differ from its source's
    I18N006  a placeholder that is not a plain {name}
    I18N007  a translation's markup tags differ from its source's
    I18N008  a translation is longer than the length limit in its comment
    I18N009  a plural entry has the wrong number of forms
    I18N010  the folder name is not a language code Babel knows
    I18N011  a header field cannot be read
    I18N012  Plural-Forms differ from the CLDR rules for the language
    I18N013  the same text (msgctxt and msgid) appears twice in the file
    I18N014  a folder in the locale folder holds no LC_MESSAGES/sango.po
    I18N015  the Language header names another language than the folder
    I18N016  a translation holds a control character or a bidi override/embedding
    I18N017  a translation is far longer than its English (over 4x and 300 characters)
    I18N018  the file is not an ordinary file (a folder, pipe, device) or is too big
    I18N019  a language code nobody knows (`--lang tlh`, `--lang ""`)
    I18N020  a language with no translation here yet (`--lang de`)
"""

from __future__ import annotations

from sango_game.resources import shown_path  # noqa: F401 (re-exported: one path printer)

# The severities of sango_game.content.findings (same values). `Finding`, and
# `Problem` (the same class), are imported from there on first use (module
# `__getattr__` below): importing `sango_game.content` loads the whole level
# loader (YAML, schema checks, a process pool), which the game's first frame
# does not need.
ERROR = "error"
WARNING = "warning"

READ_ERROR = "I18N001"
CHARSET = "I18N002"
PLURAL_FORMS = "I18N003"
EMPTY_OR_BINARY = "I18N004"
PLACEHOLDER_MISMATCH = "I18N005"
UNSAFE_PLACEHOLDER = "I18N006"
MARKUP_MISMATCH = "I18N007"
TOO_LONG = "I18N008"
PLURAL_COUNT = "I18N009"
UNKNOWN_LANGUAGE = "I18N010"
BAD_HEADER = "I18N011"
PLURAL_NOT_CLDR = "I18N012"
DUPLICATE = "I18N013"
NO_CATALOG = "I18N014"
LANGUAGE_MISMATCH = "I18N015"
CONTROL_CHARACTER = "I18N016"
ABSURDLY_LONG = "I18N017"
UNSAFE_FILE = "I18N018"
UNKNOWN_CODE = "I18N019"
NO_TRANSLATION = "I18N020"


# A translation problem has the same shape as a problem in a level file, so the
# CLI and `sango-game validate` print both one way: `Problem` is `Finding`.
_LAZY = ("Finding", "Problem")


def __getattr__(name: str):
    if name in _LAZY:
        from sango_game.content.findings import Finding

        globals().update(dict.fromkeys(_LAZY, Finding))
        return Finding
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
