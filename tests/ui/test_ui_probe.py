"""The test-only probe: off by default, reports the resting screen, repaints on request."""

from __future__ import annotations

from sango_game.ui.pilot import FRAME
from sango_game.ui.probe import PROBE_ENV, Probe


def read_state(folder) -> dict:
    words = (folder / "state").read_text(encoding="utf-8").split()
    return dict(word.split("=", 1) for word in words)


def test_the_probe_is_off_unless_its_variable_names_a_folder(tmp_path, pilot):
    assert Probe.from_environment({}) is None
    assert Probe.from_environment({PROBE_ENV: "  "}) is None
    assert pilot.app.probe is None  # the game a child plays has none
    assert Probe.from_environment({PROBE_ENV: str(tmp_path / "p")}).folder == tmp_path / "p"


def test_the_probe_reports_idle_and_repaints_only_when_asked(tmp_path, pilot):
    probe = Probe(tmp_path)
    pilot.app.probe = probe
    pilot.settle()
    pilot.app.step(FRAME)
    state = read_state(tmp_path)
    assert state["idle"] == "1" and state["screen"] == "title" and state["repaints"] == "0"
    assert not any(pilot.app.step(FRAME) for _ in range(10))  # resting: nothing drawn
    probe.request_repaint()
    assert pilot.app.step(FRAME)  # one forced frame
    assert not pilot.app.step(FRAME)
    assert read_state(tmp_path)["repaints"] == "1"
