"""The pure-Python bidi path (python-bidi's `bidi.algorithm`) gives the same order as the Rust one.

i18n wraps every formatted value (a nickname, a phone number) in FSI…PDI; the
pure-Python algorithm has no isolates, so `bidi_runs` resolves them itself.
These tests force that path by making the Rust reading unavailable.
"""

from __future__ import annotations

import pytest

from sango_game.text import TextStyle, bidi_runs
from sango_game.text.bidi_runs import embedding_levels, visual_order

FSI, PDI = "\u2068", "\u2069"
SENTENCE = f"مرحبا {FSI}Sam{PDI}، اتصل بالرقم {FSI}+33 3018{PDI}."


@pytest.fixture
def python_path(monkeypatch):
    monkeypatch.setattr(bidi_runs, "_levels_from_rust", lambda text, rtl: None)


def _visual(text: str, rtl: bool) -> str:
    return "".join(visual_order(list(text), embedding_levels(text, rtl)))


def test_arabic_sentence_with_nickname_and_phone_in_visual_order(python_path):
    shown = _visual(SENTENCE, rtl=True).replace(FSI, "").replace(PDI, "")
    # read left to right on screen: ".", the number unbroken, the Arabic words
    # (reversed), the Latin name unbroken, then the greeting at the far right
    assert shown.startswith(".+33 3018 ")
    assert "Sam" in shown and "maS" not in shown
    assert shown.endswith("ابحرم")
    assert shown.index("3018") < shown.index("Sam") < shown.index("ابحرم")


@pytest.mark.parametrize("text", [
    SENTENCE,
    f"Hi {FSI}سام{PDI}, call {FSI}3018{PDI}!",
    f"{FSI}{FSI}abc {FSI}عربي{PDI}{PDI} x",      # nested, one initiator never closed
    f"a{PDI}b{FSI}c",                             # stray PDI, isolate running to the end
    "\u2067abc\u2069 \u2066عربي\u2069 مرحبا",   # RLI and LRI
    "",
])
@pytest.mark.parametrize("rtl", [True, False])
def test_python_path_matches_the_rust_levels(text, rtl, monkeypatch):
    rust = bidi_runs._levels_from_rust(text, rtl) if text else []
    if rust is None:
        pytest.skip("python-bidi's Rust reading is not available here")
    monkeypatch.setattr(bidi_runs, "_levels_from_rust", lambda text, rtl: None)
    assert embedding_levels(text, rtl) == rust


def test_engine_lays_out_isolated_values_on_the_python_path(python_path, engine):
    para = engine.layout(SENTENCE, "ar", None, TextStyle(size=20))
    runs = para.lines[0].runs
    texts = [run.text for run in runs]
    latin = [text for text in texts if "Sam" in text or "3018" in text]
    assert latin and not para.problems
    # the phone number is left of the name on screen (both inside a right-to-left line)
    x_of = {key: next(run.x for run in runs if key in run.text) for key in ("Sam", "3018")}
    assert x_of["3018"] < x_of["Sam"]
