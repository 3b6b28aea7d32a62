"""A damaged or hostile progress.db: the store hands out only known values.

The same values an import refuses can sit in a progress.db copied from
elsewhere or edited by hand. Reading it back, the store replaces each with its
default, says so in a notice, and leaves the file as it was. A stored PIN hash
with absurd scrypt costs is refused without running scrypt.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from sango_game.cli import main
from sango_game.progress import open_store, pin
from sango_game.progress.teacher import PIN_HASH

DEEP = "[" * 100_000 + "]" * 100_000
PROFILE_COLUMNS = {
    "avatar": ["../../../etc/passwd", "/dev/zero", "dragon", "owl.svg", 7, b"owl"],
    "track": ["../../levels", "adults", "", 3.5],
    "language": ["../../..", "tlh", "fr/../../x", ""],
    "settings": [DEEP, '{"text_scale": 1e999}', '{"text_scale": 1000000000}',
                 '{"volume": NaN}', '{"fullscreen": "yes", "theme": "../../x"}', "[1]",
                 "not json", '{"language": "../.."}', str(2**70)],
    "nickname": ["<b>x</b>", "{0.__class__}", "Mia\x1b[31m", "\u202eaiM", "x" * 10_000, ""],
}
CASES = [(column, value) for column, values in PROFILE_COLUMNS.items() for value in values]


def _tamper(folder, sql, params=()):
    connection = sqlite3.connect(folder / "progress.db")
    connection.execute("PRAGMA ignore_check_constraints = ON")  # a file made elsewhere
    with connection:
        connection.execute(sql, params)
    connection.close()


@pytest.fixture
def child_folder(tmp_path):
    store = open_store(tmp_path)
    child = store.create_profile("Mia", "owl", "12-18", "fr",
                                 {"text_scale": 150, "volume": 40}).value
    attempt = store.start_attempt(child.id, "l1", "h1", {"scene": "a"}).value
    store.finish_attempt(attempt, "good", 2)
    store.close()
    return tmp_path, child, attempt


@pytest.mark.parametrize(("column", "value"), CASES)
def test_a_hostile_profile_value_is_replaced_by_its_default(column, value, child_folder,
                                                           all_rows):
    folder, child, _ = child_folder
    _tamper(folder, f"UPDATE profiles SET {column} = ? WHERE id = ?", (value, child.id))
    before = all_rows(folder / "progress.db")
    store = open_store(folder)
    (profile,) = store.list_profiles()
    assert store.get_profile(child.id) == profile
    assert profile.avatar in ("", "owl") and profile.track in ("12-18", "9-11")
    assert profile.language in ("fr", "en")
    assert set(profile.settings) <= {"text_scale", "volume"}
    assert all(isinstance(v, int) and 0 <= v <= 200 for v in profile.settings.values())
    assert not any(ch in profile.nickname for ch in "<>{}\x1b\u202e")
    assert 1 <= len(profile.nickname) <= 20
    notices = [n for n in store.notices if n.code == "stored-value-replaced"]
    assert notices and notices[0].params["field"].split(".")[0] == column
    assert len(notices) == len({n.params["field"] for n in notices})  # once per field
    assert store.find_profile(profile.nickname) == profile
    exported = store.export_data(child.id)  # an export carries only known values
    store.close()
    assert all_rows(folder / "progress.db") == before  # nothing was written back
    elsewhere = open_store(folder / "elsewhere")
    assert elsewhere.import_profile(exported).ok
    elsewhere.close()


def test_hostile_attempt_rows_read_back_safely(child_folder):
    folder, child, attempt = child_folder
    for stars, status, state in [(2**62, "done", DEEP), ("three", "won", '{"x": Infinity}'),
                                 (-1, "", "[]"), (3, "in_progress", str(2**64))]:
        _tamper(folder, "UPDATE attempts SET stars = ?, status = ?, state = ? WHERE id = ?",
                (stars, status, state, attempt))
        store = open_store(folder)
        (row,) = store.attempts(child.id)
        assert row.stars in (None, 0, 1, 2, 3) and row.state == {}
        assert row.status in ("in_progress", "done", "abandoned")
        progress = store.level_progress(child.id, [("l1", "privacy")])
        assert progress["l1"].best_stars in (0, 1, 2, 3)
        assert store.resume_state(child.id, "l1") in (None, {})
        store.close()


def test_profiles_list_prints_a_hostile_nickname_escaped(child_folder, capsys):
    folder, child, _ = child_folder
    _tamper(folder, "UPDATE profiles SET nickname = ? WHERE id = ?",
            ("Mi\x1b[2J\u202ea\nforged\tline", child.id))
    assert main(["profiles", "list", "--data-dir", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err
    assert "\u202e" not in captured.out + captured.err
    assert len(captured.out.strip().splitlines()) == 1
    assert main(["profiles", "list", "--json", "--data-dir", str(folder)]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert "\x1b" not in row["nickname"] and "\u202e" not in row["nickname"]


ABSURD_HASHES = [
    "scrypt$1073741824$8$1$" + "00" * 16 + "$" + "00" * 32,  # n = 2**30
    "scrypt$16384$1048576$1$" + "00" * 16 + "$" + "00" * 32,  # r = 2**20
    "scrypt$16384$8$1000$" + "00" * 16 + "$" + "00" * 32,  # p = 1000
    "scrypt$16383$8$1$" + "00" * 16 + "$" + "00" * 32,  # n not a power of two
    "scrypt$16384$8$1$" + "00" * 16 + "$" + "00" * 100_000,  # a huge hash
    "scrypt$16384$8$1$zz$00",
    "scrypt$" + "9" * 10_000 + "$8$1$00$00",
    "scrypt$ 16384$8$1$" + "00" * 16 + "$" + "00" * 32,
    "scrypt$16_384$8$1$" + "00" * 16 + "$" + "00" * 32,
    "bcrypt$16384$8$1$" + "00" * 16 + "$" + "00" * 32,
    "", "$$$$$", 16384, None, ["scrypt"], {"n": 2**30},
]


@pytest.mark.parametrize("stored", ABSURD_HASHES, ids=range(len(ABSURD_HASHES)))
def test_a_stored_pin_hash_with_absurd_costs_is_refused_without_running(stored, store):
    assert pin.parse_stored(stored) is None
    assert pin.verify_pin("4821", stored) is False
    assert store.set_setting(PIN_HASH, stored).saved
    assert store.check_teacher_pin("4821") is False


def test_sango_s_own_pin_hashes_are_within_the_accepted_range(store):
    assert pin.parse_stored(pin.hash_pin("4821")) is not None
    assert store.set_teacher_pin("4821").saved
    assert store.check_teacher_pin("4821") and not store.check_teacher_pin("4822")


def test_a_hostile_teacher_setting_reads_as_not_set(store, tmp_path):
    store.set_setting("unlock_all", True)
    store.close()
    for value in (DEEP, "1e999", "NaN", str(2**70)):
        _tamper(tmp_path, "UPDATE teacher_settings SET value = ? WHERE key = 'unlock_all'",
                (value,))
        reopened = open_store(tmp_path)
        assert reopened.get_setting("unlock_all", "unset") == "unset"
        assert reopened.unlock_all is False
        reopened.close()


def test_hostile_class_names_and_badge_ids_read_back_safely(child_folder):
    folder, child, _ = child_folder
    store = open_store(folder)
    assert store.create_class("<b>5B</b>").problem.code == "bad-value"
    assert store.award_badge(child.id, "../../icons/x").problem.code == "bad-value"
    made = store.create_class("5B").value
    store.award_badge(child.id, "privacy")
    store.close()
    _tamper(folder, "UPDATE classes SET name = ? WHERE id = ?", ("{0.__class__}\x1b" * 9, made.id))
    _tamper(folder, "INSERT INTO badges (profile_id, badge_id, earned_at) VALUES (?, ?, ?)",
            (child.id, "../../../etc/passwd", "2026-01-01T00:00:00Z"))
    store = open_store(folder)
    (school_class,) = store.list_classes()
    assert not any(ch in school_class.name for ch in "<>{}\x1b")
    assert len(school_class.name) <= 40
    assert [badge.badge_id for badge in store.badges(child.id)] == ["privacy"]
    store.close()


def test_merging_into_a_child_with_a_hostile_stored_nickname_reports_it_cleaned(
        child_folder, tmp_path):
    folder, child, _ = child_folder
    store = open_store(folder)
    exported = store.export_data(child.id)
    store.close()
    _tamper(folder, "UPDATE profiles SET nickname = ? WHERE id = ?", ("<b>\u202eMia", child.id))
    store = open_store(folder)
    exported["badges"].append({"badge_id": "new-one", "earned_at": "2026-01-01T00:00:00Z"})
    report = store.import_profile(exported).value
    assert report.merged and not any(ch in report.nickname for ch in "<>\u202e")
    store.close()
