"""Untrusted text in a finding can never forge a line or drive the terminal."""

from sango_game.content.findings import error
from sango_game.printable import printable


def test_control_characters_and_escapes_are_shown_escaped():
    assert printable("a\nb") == "a\\nb"
    assert printable("\x1b[2J") == "\\x1b[2J"
    assert printable("nul\x00") == "nul\\x00"
    assert printable("\u202eevil") == "\\u202eevil"
    assert printable("\u2028") == "\\u2028"


def test_ordinary_text_in_any_script_is_unchanged():
    for text in ("Pip", "نص عربي", "你好", "Élodie", r"C:\levels\a.yaml", "👋🏽"):
        assert printable(text) == text


def test_a_finding_line_stays_one_line():
    finding = error("SG024", "bad\nname.yaml", (3, 1), "duplicate ID 'x\nfake.yaml:1:1: SG000'")
    line = finding.format()
    assert "\n" not in line and "\x1b" not in line
    assert line.startswith("bad\\nname.yaml:3:1: SG024 error:")
