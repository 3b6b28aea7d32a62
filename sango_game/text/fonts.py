"""Font files: the manifest (assets/fonts/fonts.yaml), coverage, and which font draws a character.

`FontBook` never raises for missing or broken files: a family whose regular
file is missing is skipped (its characters go to the next family that has
them); a missing bold or italic face is made by pygame from the regular one;
with nothing usable the pygame default font draws. Each such case is listed
once in `problems` for the UI to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame
import yaml

from .cache import LRUCache
from .cmap import EMPTY, Coverage, read_coverage
from .problems import Problem
from .scripts import base_language

DEFAULT_FAMILY = "pygame-default"
MANIFEST = "fonts.yaml"
FONT_LIMIT = 64


@dataclass(frozen=True)
class Face:
    """One font file at one weight/slant, and what pygame must fake on top of it."""

    family: str
    face: str
    path: Path | None  # None: pygame's default font
    fake_bold: bool = False
    fake_italic: bool = False


class FontBook:
    def __init__(self, fonts_dir: Path | str) -> None:
        self.fonts_dir = Path(fonts_dir)
        self.problems: list[Problem] = []
        self._families: dict[str, dict] = {}
        self._scripts: dict[str, list[str]] = {}
        self._languages: dict[str, dict[str, list[str]]] = {}
        self._fallback: list[str] = []
        self._coverage: dict[str, Coverage] = {}
        self._family_for: dict[tuple[str, str, str], str] = {}
        self._covers: dict[str, bool] = {}
        self._faces: dict[tuple[str, bool, bool], Face] = {}
        self._fonts: LRUCache[pygame.font.Font] = LRUCache(FONT_LIMIT)  # (face, px) -> Font
        self._load_manifest()

    # -- manifest -------------------------------------------------------------------
    def _load_manifest(self) -> None:
        path = self.fonts_dir / MANIFEST
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            families = {str(k): dict(v) for k, v in data["families"].items()}
            scripts = {str(k): [str(f) for f in v] for k, v in (data.get("scripts") or {}).items()}
            languages = {
                str(lang): {str(s): [str(f) for f in fams] for s, fams in table.items()}
                for lang, table in (data.get("languages") or {}).items()
            }
            fallback = [str(f) for f in data.get("fallback") or []]
        except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as error:
            self._report("text.fonts-manifest", path, f"font list unreadable ({error}); "
                         "using pygame's default font")
            return
        self._families, self._scripts, self._languages = families, scripts, languages
        self._fallback = fallback or list(families)

    def _report(self, code: str, path: Path, message: str) -> None:
        problem = Problem(code=code, severity="warning", path=str(path), message=message)
        if problem not in self.problems:
            self.problems.append(problem)

    @property
    def families(self) -> tuple[str, ...]:
        return tuple(self._families)

    def coverage(self, family: str) -> Coverage:
        """Characters the family's regular file has (empty if the file is unusable)."""
        if family not in self._coverage:
            self._coverage[family] = self._read_coverage(family)
        return self._coverage[family]

    def _read_coverage(self, family: str) -> Coverage:
        if family == DEFAULT_FAMILY:
            path = Path(pygame.font.__file__).parent / pygame.font.get_default_font()
        else:
            path = self.fonts_dir / str(self._families.get(family, {}).get("regular", ""))
        try:
            return read_coverage(path)
        except (OSError, ValueError, IndexError) as error:
            if family != DEFAULT_FAMILY:
                self._report("text.font-missing", path,
                             f"font '{family}' cannot be read ({error}); other fonts stand in")
            return EMPTY

    # -- choosing -------------------------------------------------------------------
    def family_for(self, char: str, script: str, lang: str) -> str:
        """The first family (script's, then fallback) whose file has `char`."""
        base = base_language(lang)
        key = (char, script, base)
        found = self._family_for.get(key)
        if found is None:
            found = self._choose(char, script, base)
            self._family_for[key] = found
        return found

    def covers(self, char: str) -> bool:
        """True when some shipped font has a glyph for `char` (else it would be a box)."""
        found = self._covers.get(char)
        if found is None:
            code = ord(char)
            families = [*self._families, DEFAULT_FAMILY]
            found = self._covers[char] = any(code in self.coverage(f) for f in families)
        return found

    def _choose(self, char: str, script: str, lang: str) -> str:
        preferred = self._languages.get(lang, {}).get(script) or self._scripts.get(script, [])
        code = ord(char)
        candidates = [*preferred, *self._fallback, DEFAULT_FAMILY]
        for family in candidates:
            if code in self.coverage(family):
                return family
        # no shipped font has it: the script's own font draws its missing-glyph box
        for family in candidates:
            if len(self.coverage(family)):
                return family
        return DEFAULT_FAMILY

    def face(self, family: str, bold: bool, italic: bool) -> Face:
        key = (family, bold, italic)
        if key not in self._faces:
            self._faces[key] = self._make_face(family, bold, italic)
        return self._faces[key]

    def _make_face(self, family: str, bold: bool, italic: bool) -> Face:
        if family == DEFAULT_FAMILY or family not in self._families:
            return Face(DEFAULT_FAMILY, "regular", None, fake_bold=bold, fake_italic=italic)
        files = self._families[family]
        if italic and not files.get("italic"):
            emphasis = files.get("emphasis", "oblique")
            italic = emphasis == "oblique"
            bold = bold or emphasis == "bold"
        wanted = {(False, False): "regular", (True, False): "bold",
                  (False, True): "italic", (True, True): "bold_italic"}[(bold, italic)]
        for name in (wanted, "bold" if bold else "regular", "italic" if italic else "regular",
                     "regular"):
            file_name = files.get(name)
            if not file_name:
                continue
            path = self.fonts_dir / str(file_name)
            if path.is_file():
                return Face(family, name, path, fake_bold=bold and "bold" not in name,
                            fake_italic=italic and "italic" not in name)
            self._report("text.font-missing", path,
                         f"font file for '{family}' {name} is missing; another face stands in")
        return Face(DEFAULT_FAMILY, "regular", None, fake_bold=bold, fake_italic=italic)

    # -- loading --------------------------------------------------------------------
    def font(self, face: Face, px: int) -> pygame.font.Font:
        """An open pygame Font (at most FONT_LIMIT stay open; paragraphs keep Faces, not Fonts)."""
        return self._fonts.get_or_make((face, px), lambda: self._open(face, px))

    def _open(self, face: Face, px: int) -> pygame.font.Font:
        try:
            font = pygame.font.Font(str(face.path) if face.path else None, px)
        except (OSError, pygame.error) as error:
            self._report("text.font-missing", face.path or Path("?"),
                         f"font cannot be opened ({error}); using pygame's default font")
            font = pygame.font.Font(None, px)
        font.bold = face.fake_bold
        font.italic = face.fake_italic
        return font
