"""How long a language switch takes: reading a catalog the first time (cold) and
switching back to one already in memory (warm). Goal: 250 ms or less.

Catalogs are made for the benchmark from the template (pseudo-translated, so
every message is translated) in five languages, padded with made-up level
lines to at least `FULL_GAME` messages (the size of a full game: about 18
levels of ~60 texts plus the interface). `i18n.language_switch_ms` is the
slowest first switch among them (or among the shipped catalogs, if slower);
`i18n.language_switch_4000_messages_ms` is the same with 4000 messages, a
stress figure for a much bigger game.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from sango_game.i18n.languages import catalog_path, discover
from sango_game.i18n.plurals import cldr_rule
from sango_game.i18n.po_reader import read_po_file
from sango_game.i18n.pseudo import pseudo
from sango_game.i18n.runtime import Translator

LANGUAGES = ("ar", "ru", "fr", "es", "zh_Hans")
FULL_GAME = 1500
STRESS = 4000


def measure(quick: bool = False) -> dict[str, float]:
    from sango_game import resources

    template = resources.locale_dir() / "sango.pot"
    figures: dict[str, float] = {}
    rounds = 3 if quick else 10
    with tempfile.TemporaryDirectory(prefix="sango-i18n-bench-") as folder:
        count = _make_catalogs(Path(folder), template, FULL_GAME)
        cold, warm = _switch_times(Path(folder), LANGUAGES, rounds)
    worst = max(cold)
    figures["i18n.language_switch_cold_mean_ms"] = round(statistics.mean(cold), 2)
    figures["i18n.language_switch_warm_ms"] = round(statistics.median(warm), 3)
    figures["i18n.bench_catalog_messages"] = float(count)
    shipped = tuple(discover(resources.locale_dir())[0])
    if shipped:
        cold, warm = _switch_times(resources.locale_dir(), shipped, rounds)
        worst = max(worst, *cold)
        figures["i18n.shipped_language_switch_cold_ms"] = round(max(cold), 2)
        figures["i18n.shipped_language_switch_warm_ms"] = round(statistics.median(warm), 3)
    figures["i18n.language_switch_ms"] = round(worst, 2)
    if not quick:
        with tempfile.TemporaryDirectory(prefix="sango-i18n-bench-") as folder:
            _make_catalogs(Path(folder), template, STRESS)
            cold, _warm = _switch_times(Path(folder), LANGUAGES, 1)
        figures["i18n.language_switch_4000_messages_ms"] = round(max(cold), 2)
    return figures


def _switch_times(locale_dir: Path, codes, rounds: int) -> tuple[list[float], list[float]]:
    """Milliseconds per first switch to each language, and per later switch."""
    translator = Translator(locale_dir)
    cold = []
    for code in codes:
        started = time.perf_counter()
        translator.set_language(code)
        cold.append((time.perf_counter() - started) * 1000)
    warm = []
    for _round in range(rounds):
        for code in codes:
            started = time.perf_counter()
            translator.set_language(code)
            warm.append((time.perf_counter() - started) * 1000)
    return cold, warm


def _make_catalogs(locale_dir: Path, template_path: Path, size: int) -> int:
    template = read_po_file(template_path).catalog if template_path.is_file() else None
    sources = [(m.context, m.id) for m in template or () if m.id]
    index = 0
    while len(sources) < size:
        index += 1
        sources.append((f"bench-level/scene-{index // 20}/line-{index}",
                        f"Line {index}: {{nickname}}, be <b>kind</b> online and ask for help."))
    for code in LANGUAGES:
        rule = cldr_rule(code)
        catalog = Catalog(locale=code, project="Sango bench")
        for context, msgid in sources:
            if isinstance(msgid, str):
                catalog.add(msgid, pseudo(msgid), context=context)
            else:
                forms = tuple(pseudo(msgid[-1]) for _ in range(rule.nplurals))
                catalog.add(msgid, forms, context=context)
        path = catalog_path(locale_dir, code)
        path.parent.mkdir(parents=True)
        with open(path, "wb") as handle:
            write_po(handle, catalog)
    return len(sources)
