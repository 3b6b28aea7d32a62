"""Problems found in translation files, as values with a stable code and a place.

Nothing in `sango_game.i18n` raises for a bad `.po` file: it records a
`Problem` (Sango's one problem type, `sango_game.vocab.problems`) and carries on
with the source text. The codes are stable and registered, with what each
means and what to do, in `sango_game.vocab.codes_translations`; the names
below are the registry's `name`s (a test keeps them the same), and
docs/TRANSLATING.md shows the table.
"""

from __future__ import annotations

from sango_game.resources import shown_path  # noqa: F401 (re-exported: one path printer)
from sango_game.vocab.problems import ERROR, WARNING, Problem  # noqa: F401 (re-exported)

Finding = Problem  # the name sango_game.content uses for the same type

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

