"""The game finds levels/, locale/ and assets/ from a checkout and from a built wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sango_game import __version__, resources
from sango_game.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_checkout_resources_are_found():
    assert (resources.levels_dir() / "schema.json").is_file()
    assert resources.assets_dir().is_dir() and resources.locale_dir().is_dir()


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    for command in ("play", "validate", "bench"):
        assert command in listed


def test_python_dash_m_works():
    done = subprocess.run([sys.executable, "-m", "sango_game", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and __version__ in done.stdout


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory):
    """Build the wheel with pip (PEP 517, like `python -m build`) and unpack-install it."""
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(out.glob("sango_game-*.whl"))
    target = tmp_path_factory.mktemp("site")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
         str(wheel)], capture_output=True, text=True, check=False,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    return wheel, target


def test_wheel_carries_the_data_folders(installed_wheel):
    wheel, _ = installed_wheel
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("sango_game/_resources/levels/schema.json",
                   "sango_game/_resources/levels/tracks.yaml",
                   "sango_game/_resources/locale/sango.pot"):
        assert needed in names
    assert any(name.startswith("sango_game/_resources/assets/images/") for name in names)
    assert not any("/tests/" in name for name in names)


def test_installed_wheel_runs_from_another_folder(installed_wheel, tmp_path):
    _, target = installed_wheel
    env = {key: value for key, value in os.environ.items() if key != "SANGO_RESOURCES"}
    env["PYTHONPATH"] = str(target)
    probe = (
        "import sango_game, sango_game.resources as r;"
        "print(sango_game.__file__); print(r.levels_dir())"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env,
                          capture_output=True, text=True, check=False)
    package_file, levels = done.stdout.split()
    assert Path(package_file).is_relative_to(target), "the wheel's copy must be imported"
    assert Path(levels) == target / "sango_game" / "_resources" / "levels"
    validated = subprocess.run([sys.executable, "-m", "sango_game", "validate"], cwd=tmp_path,
                               env=env, capture_output=True, text=True, check=False)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "level file(s) checked" in validated.stderr
