"""A language the old hand table did not know (Moroccan Arabic, `ary`) is laid out
right-to-left and right-aligned, as the UI around it is mirrored (issue 12)."""

from __future__ import annotations

import sango_game.ui.app as app_module
from sango_game.resources import locale_dir
from sango_game.ui.pilot import Pilot


def test_an_ary_catalogue_lays_out_every_paragraph_right_to_left(tmp_path, monkeypatch):
    locales = tmp_path / "locale"
    ary = locales / "ary" / "LC_MESSAGES" / "sango.po"
    ary.parent.mkdir(parents=True)
    arabic = (locale_dir() / "ar" / "LC_MESSAGES" / "sango.po").read_text(encoding="utf-8")
    ary.write_text(arabic.replace('"Language: ar\\n"', '"Language: ary\\n"'), encoding="utf-8")
    monkeypatch.setattr(app_module, "locale_dir", lambda: locales)

    pilot = Pilot.start(lang="ary", data_dir=str(tmp_path / "data"))
    try:
        assert pilot.app.ctx.rtl
        engine = pilot.app.engine
        laid_out = []
        original = engine.layout

        def spy(text, lang, width, style=None, direction=None):
            paragraph = original(text, lang, width, style, direction)
            laid_out.append((text, style, paragraph))
            return paragraph

        monkeypatch.setattr(engine, "layout", spy)
        engine.paragraphs.clear()
        pilot.app.relayout_all()
        pilot.settle()
        pilot.click("play")
        pilot.screenshot(tmp_path / "profiles.png")
    finally:
        pilot.close()
    assert laid_out
    assert [text for text, _style, p in laid_out if p.direction != "rtl"] == []
    for text, style, paragraph in laid_out:
        if style is not None and style.align == "start":
            for line in paragraph.lines:
                assert line.x + line.width == paragraph.width, (text, line)
