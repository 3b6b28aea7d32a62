"""A profile file from anywhere is refused with a plain reason, never crashes the
import, never blocks, never stores anything, and refusing it twice changes nothing.

Every case runs through the exchange API (a file, and the same data as a dict
where it can be one) and through ``sango-game profiles import``.
"""

from __future__ import annotations

import copy
import json
import os

import pytest

from sango_game.cli import main
from sango_game.progress import open_store

MARK = '"@@HOSTILE@@"'
DEEP = "[" * 100_000 + "]" * 100_000

# --- 1. nesting and numbers, written as raw JSON text -----------------------------
# (where the mark goes, the JSON text that replaces it)
RAW_CASES = {
    "deep-state": (("attempts", 0, "state", "x"), DEEP),
    "deep-objects": (("attempts", 0, "state", "x"), '{"a":' * 50_000 + "1" + "}" * 50_000),
    "deep-file": (None, DEEP),
    "stars-2**63": (("attempts", 0, "stars"), str(2**63)),
    "stars-huge": (("attempts", 0, "stars"), "9" * 5000),
    "seq-2**63": (("attempts", 0, "choices", 0, "seq"), str(2**63)),
    "seq-below-int64": (("attempts", 0, "choices", 0, "seq"), str(-(2**63) - 1)),
    "state-1e400": (("attempts", 0, "state", "x"), "1e400"),
    "state-int-past-sqlite": (("attempts", 0, "state", "x"), str(2**64)),
    "volume-1e400": (("profile", "settings", "volume"), "1e400"),
    "volume-NaN": (("profile", "settings", "volume"), "NaN"),
    "scale-Infinity": (("profile", "settings", "text_scale"), "Infinity"),
    "scale-minus-Infinity": (("profile", "settings", "text_scale"), "-Infinity"),
    "scale-1e999": (("profile", "settings", "text_scale"), "1e999"),
    "lone-surrogate": (("profile", "nickname"), '"Mia\\ud800"'),
    "surrogate-key": (("attempts", 0, "state", "x"), '{"\\udfff": 1}'),
}


def _put(data, path, value):
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _with(data, path, value):
    changed = copy.deepcopy(data)
    _put(changed, path, value)
    return changed


# --- 2.-4. values that parse but break a rule (also tried as a dict) ------------
PATHS_AND_NAMES = ["../../../etc/passwd", "/etc/passwd", "cat/../../x", "..", ".",
                   "C:\\Windows\\win.ini", "owl\x00", "owl ", "%2e%2e", "owl.svg", "x" * 5000]
VALUE_CASES = {
    **{f"avatar-{i}": (("profile", "avatar"), v) for i, v in enumerate(PATHS_AND_NAMES)},
    "avatar-unknown": (("profile", "avatar"), "dragon"),
    "avatar-number": (("profile", "avatar"), 7),
    **{f"track-{i}": (("profile", "track"), v) for i, v in enumerate(PATHS_AND_NAMES)},
    "track-unknown": (("profile", "track"), "adults"),
    **{f"language-{i}": (("profile", "language"), v) for i, v in enumerate(PATHS_AND_NAMES)},
    "language-unknown": (("profile", "language"), "tlh"),
    "settings-language": (("profile", "settings", "language"), "../../locale"),
    "settings-country": (("profile", "settings", "country"), "<b>FR</b>"),
    "text-scale-1e9": (("profile", "settings", "text_scale"), 1e9),
    "text-scale-int-1e9": (("profile", "settings", "text_scale"), 10**9),
    "text-scale-float": (("profile", "settings", "text_scale"), 150.5),
    "text-scale-bool": (("profile", "settings", "text_scale"), True),
    "text-scale-text": (("profile", "settings", "text_scale"), "200"),
    "volume-negative": (("profile", "settings", "volume"), -1),
    "fullscreen-text": (("profile", "settings", "fullscreen"), "yes"),
    "settings-unknown-key": (("profile", "settings", "theme"), "../../../x"),
    "settings-list": (("profile", "settings"), [1, 2]),
    "level-path": (("attempts", 0, "level_id"), "../../levels/x"),
    "scene-path": (("attempts", 0, "choices", 0, "scene_id"), "a/b"),
    "choice-markup": (("attempts", 0, "choices", 0, "choice_id"), "<b>x</b>"),
    "ending-dots": (("attempts", 0, "ending_id"), ".."),
    "badge-markup": (("badges", 0, "badge_id"), "{0.__class__}"),
    "hash-slash": (("attempts", 0, "content_hash"), "a/b"),
    "attempt-id-path": (("attempts", 0, "id"), "../x"),
    "profile-id-newline": (("profile", "id"), "abc\ndef"),
    "time-garbage": (("attempts", 0, "started_at"), "yesterday"),
    "time-impossible": (("profile", "created_at"), "2026-13-45T99:99:99Z"),
    "time-none": (("badges", 0, "earned_at"), None),
    "choice-time": (("attempts", 0, "choices", 0, "made_at"), "\x1b[2J"),
    "status-unknown": (("attempts", 0, "status"), "won"),
    "stars-9": (("attempts", 0, "stars"), 9),
    "stars-bool": (("attempts", 0, "stars"), True),
    "seq-zero": (("attempts", 0, "choices", 0, "seq"), 0),
    "seq-float": (("attempts", 0, "choices", 0, "seq"), 1.0),
    "safety-unknown": (("attempts", 0, "choices", 0, "safety"), "fine"),
    "state-too-big": (("attempts", 0, "state", "x"), "x" * 70_000),
    "state-list": (("attempts", 0, "state"), []),
    "version-text": (("format_version",), "1"),
    "version-bool": (("format_version",), True),
    "profile-list": (("profile",), []),
    "attempts-object": (("attempts",), {}),
    "badges-too-many": (("badges",), [{"badge_id": f"b{i}", "earned_at": "2026-01-01T00:00:00Z"}
                                      for i in range(1001)]),
}
NICKNAMES = ["<b>x</b>", "{nickname}", "{0.__class__}", "Mia\x1b[31m", "\u202eaiM",
             "Mi\u2066a", "Mia\x00", "Mia\x07", "x" * 10_000, "", "   ", "<script>",
             "a\u200bb", "\U000f0000"]
VALUE_CASES.update({f"nickname-{i}": (("profile", "nickname"), v)
                    for i, v in enumerate(NICKNAMES)})


def _duplicates(data):
    twice_attempt = copy.deepcopy(data)
    twice_attempt["attempts"].append(copy.deepcopy(twice_attempt["attempts"][0]))
    twice_seq = copy.deepcopy(data)
    choices = twice_seq["attempts"][0]["choices"]
    choices.append(copy.deepcopy(choices[0]))
    twice_badge = copy.deepcopy(data)
    twice_badge["badges"].append(copy.deepcopy(twice_badge["badges"][0]))
    return {"same-attempt-twice": twice_attempt, "same-seq-twice": twice_seq,
            "same-badge-twice": twice_badge}


def _refused_twice(tmp_path, all_rows, source, capsys=None):
    """Import ``source`` twice through the API and twice through the CLI: refused
    each time, with a reason, and progress.db is the same as before."""
    folder = tmp_path / "here"
    store = open_store(folder)
    store.create_profile("Ben", "cat", "9-11")
    store.close()
    before = all_rows(folder / "progress.db")
    for _ in range(2):
        store = open_store(folder)
        result = store.import_profile(source)
        store.close()
        assert result.problem is not None, source if isinstance(source, str) else "dict"
        assert result.problem.code == "import-unreadable"
        assert result.problem.params.get("detail") or result.problem.message
    if capsys is not None and not isinstance(source, dict):
        for _ in range(2):
            assert main(["profiles", "import", str(source), "--data-dir", str(folder)]) == 1
            err = capsys.readouterr().err
            assert "error:" in err and "\x1b" not in err and "\u202e" not in err
    assert all_rows(folder / "progress.db") == before
    return result.problem


@pytest.mark.parametrize("name", sorted(RAW_CASES))
def test_raw_json_past_the_limits_is_refused(name, tmp_path, all_rows, sound_export, capsys):
    where, text = RAW_CASES[name]
    data = sound_export()
    if where is None:
        raw = text
    else:
        _put(data, where, "@@HOSTILE@@")
        raw = json.dumps(data).replace(MARK, text)
    path = tmp_path / f"{name}.json"
    path.write_text(raw, encoding="utf-8")
    problem = _refused_twice(tmp_path, all_rows, path, capsys)
    assert "can't be imported" in problem.message


@pytest.mark.parametrize("name", sorted(VALUE_CASES))
def test_values_breaking_a_rule_are_refused(name, tmp_path, all_rows, sound_export, capsys):
    where, value = VALUE_CASES[name]
    data = _with(sound_export(), where, value)
    _refused_twice(tmp_path, all_rows, data)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    _refused_twice(tmp_path, all_rows, path, capsys)


def test_python_data_past_the_limits_is_refused(tmp_path, all_rows, sound_export):
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    for where, value in [(("attempts", 0, "state", "x"), deep),
                         (("attempts", 0, "stars"), 2**63),
                         (("attempts", 0, "choices", 0, "seq"), -(2**63) - 1),
                         (("profile", "settings", "volume"), float("inf")),
                         (("profile", "settings", "text_scale"), float("nan")),
                         (("attempts", 0, "state", "x"), float("-inf")),
                         (("attempts", 0, "state", "x"), {1: "not a text key"}),
                         (("attempts", 0, "state", "x"), object())]:
        _refused_twice(tmp_path, all_rows, _with(sound_export(), where, value))


def test_repeated_ids_inside_one_file_are_refused(tmp_path, all_rows, sound_export):
    for name, data in _duplicates(sound_export()).items():
        problem = _refused_twice(tmp_path, all_rows, data)
        assert "twice" in problem.params["detail"], name


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom", "fifo", "folder", "huge",
                                    "not-utf8", "empty", "missing"])
def test_endless_or_odd_sources_are_refused_without_blocking(target, tmp_path, all_rows,
                                                            capsys):
    real = tmp_path / "real"
    if target.startswith("/dev/"):
        if not os.path.exists(target):
            pytest.skip(f"{target} is not on this system")
        real = target
    elif target == "fifo":
        os.mkfifo(real)  # nobody writes to it: a plain open() would block forever
    elif target == "folder":
        real.mkdir()
    elif target == "huge":
        with open(real, "wb") as handle:
            handle.truncate(21 * 1024 * 1024)
    elif target == "not-utf8":
        real.write_bytes(b'{"format": "sango-profile", "x": "\xff\xfe"}')
    elif target == "empty":
        real.write_bytes(b"")
    link = tmp_path / "profile.json"
    link.symlink_to(real)
    problem = _refused_twice(tmp_path, all_rows, link, capsys)
    assert problem.code == "import-unreadable"


def test_a_sound_file_still_imports_and_twice_is_once(tmp_path, all_rows, sound_export, capsys):
    data = sound_export()
    path = tmp_path / "mia.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    folder = tmp_path / "here"
    assert main(["profiles", "import", str(path), "--data-dir", str(folder)]) == 0
    assert "imported Mia" in capsys.readouterr().out
    once = all_rows(folder / "progress.db")
    assert main(["profiles", "import", str(path), "--data-dir", str(folder)]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert all_rows(folder / "progress.db") == once
    store = open_store(folder)
    (child,) = store.list_profiles()
    assert (child.avatar, child.track, child.language, child.settings) == (
        "owl", "9-11", "fr", {"volume": 30})
    assert store.notices == ()
    store.close()


def test_the_reason_names_the_place_and_is_safe_to_print(tmp_path, sound_export, capsys):
    data = _with(sound_export(), ("profile", "avatar"), "../../\x1b[2J\u202e")
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["profiles", "import", str(path), "--data-dir", str(tmp_path / "d")]) == 1
    err = capsys.readouterr().err
    assert "profile.avatar" in err and "avatar must be one of" in err
    assert "\x1b" not in err and "\u202e" not in err


def test_a_key_quoted_in_the_reason_is_escaped_and_never_markup(tmp_path, all_rows,
                                                                 sound_export):
    key = "\x1b[2J{0.__class__}<b>\u202e" * 5
    data = _with(sound_export(), ("attempts", 0, "state", key), float("inf"))
    detail = _refused_twice(tmp_path, all_rows, data).params["detail"]
    assert not any(ch in detail for ch in "\x1b{}<>\u202e")
    assert "not a finite number" in detail


@pytest.mark.parametrize("nickname", ["<b>x</b>", "{nickname}", "a\x1b[31m", "x" * 10_000])
def test_a_hostile_nickname_given_on_the_command_line_is_refused(nickname, tmp_path,
                                                                 sound_export, capsys):
    path = tmp_path / "mia.json"
    path.write_text(json.dumps(sound_export()), encoding="utf-8")
    folder = tmp_path / "here"
    command = ["profiles", "import", str(path), "--nickname", nickname, "--data-dir", str(folder)]
    for _ in range(2):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert "error: A nickname" in err and "\x1b" not in err
    store = open_store(folder)
    assert store.list_profiles() == []
    store.close()
