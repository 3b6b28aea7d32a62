"""Sango's vocabulary: the facts every layer shares, each written once.

- `markup`: the tag table and the one tokenizer for `<b>`, `<em>`... (content
  checks, translation checks, the text engine and the pilot all use it);
- `placeholders`: the one tokenizer for `{name}` fields;
- `problems` and `codes` (tables in `codes_*.py`): the one problem type and the
  registry of its codes; `docs` writes docs/PROBLEMS.md from the registry;
- `direction`: which way a language is written, from CLDR.

This package is the ground floor: it imports no layer of Sango's (only the
standard library, Babel, and the `sango_game.printable` leaf) and no pygame.
"""
