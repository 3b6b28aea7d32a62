"""Where the data folder is, and the "What we save" texts."""

from __future__ import annotations

import re
from pathlib import Path

import platformdirs
import yaml

from sango_game.progress import DATABASE_NAME, database_path, resolve_data_dir, texts, what_we_save

ROOT = Path(__file__).resolve().parents[2]


def test_explicit_folder_then_environment_then_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("SANGO_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "given") == tmp_path / "given"
    assert resolve_data_dir() == tmp_path / "env"
    assert database_path() == tmp_path / "env" / DATABASE_NAME
    monkeypatch.delenv("SANGO_DATA_DIR")
    assert resolve_data_dir() == Path(platformdirs.user_data_dir("Sango", appauthor=False))


def test_every_track_has_what_we_save_in_its_own_words():
    tracks = yaml.safe_load((ROOT / "levels" / "tracks.yaml").read_text(encoding="utf-8"))
    track_ids = [track["id"] for track in tracks["tracks"]]
    assert sorted(texts.WHAT_WE_SAVE) == sorted(track_ids)
    seen = set()
    for track in track_ids:
        lines = what_we_save(track)
        assert lines and not seen & set(lines)
        seen |= set(lines)
        for line in lines:
            assert set(re.findall(r"{(\w*)}", line)) <= {"folder"}
    assert what_we_save("unknown") == what_we_save(texts.DEFAULT_TRACK)
    # the under-9 lines are short and say where, the older ones name the folder
    assert all(len(line) <= 120 for line in what_we_save("under-9"))
    assert any("{folder}" in line for line in what_we_save("12-18"))


def test_message_placeholders_are_simple_names():
    messages = [value for name, value in vars(texts).items()
                if name.isupper() and isinstance(value, str)]
    assert len(messages) > 10
    for message in messages:
        assert "{}" not in message
        assert all(re.fullmatch(r"\w+", name) for name in re.findall(r"{([^}]*)}", message))
