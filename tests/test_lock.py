"""The lock files pin every library pyproject.toml names, inside its range."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def _pins(lock: str) -> dict[str, Version]:
    pins = {}
    for line in (ROOT / "requirements" / lock).read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        if match:
            pins[_norm(match[1])] = Version(match[2])
    return pins


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _assert_pinned(requirements: list[str], pins: dict[str, Version], lock: str) -> None:
    for text in requirements:
        requirement = Requirement(text)
        name = _norm(requirement.name)
        assert name in pins, f"{lock} does not pin {name}: run tools/refresh-locks"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{lock} pins {name}=={pins[name]}, outside pyproject's {requirement.specifier}"
        )


def test_play_lock_pins_every_runtime_dependency_in_range():
    _assert_pinned(_project()["dependencies"], _pins("play.lock"), "play.lock")


def test_test_lock_pins_runtime_and_test_dependencies_in_range():
    project = _project()
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    _assert_pinned(wanted, _pins("test.lock"), "test.lock")


def test_both_locks_agree_on_the_game_libraries():
    play, test = _pins("play.lock"), _pins("test.lock")
    differ = {name: (version, test.get(name)) for name, version in play.items()
              if test.get(name) != version}
    assert not differ, f"play.lock and test.lock disagree: {differ}"


def test_plain_pygame_is_never_installed():
    for lock in ("play.lock", "test.lock"):
        assert "pygame" not in _pins(lock), f"{lock} pins plain pygame next to pygame-ce"
