"""The outbox in progress.db: written with each record, only while records are on."""

from __future__ import annotations

import sqlite3

from sango_game.progress import open_store
from sango_game.progress.schema import LATEST_VERSION


def rows(store):
    return store.outbox_waiting()


def test_off_by_default(tmp_path, play):
    with open_store(tmp_path) as store:
        assert store.records_settings() == {"enabled": False, "home_page": ""}
        profile = store.create_profile("Ama").value
        play(store, profile.id, "privacy-1", [("s1", "c1", "safe")], 3)
        store.award_badge(profile.id, "first-steps")
        assert store.outbox_counts() == {"waiting": 0, "sent": 0, "set_aside": 0}


def test_each_record_adds_one_row(store, play, home):
    profile = store.create_profile("Ama").value
    play(store, profile.id, "privacy-1", [("s1", "c1", "safe"), ("s2", "c2", "mixed")], 2)
    assert store.award_badge(profile.id, "first-steps").value is True
    assert store.award_badge(profile.id, "first-steps").value is False  # no second row
    kinds = sorted(kind for _, kind, _ in rows(store))
    assert kinds == ["answered", "answered", "completed", "earned"]
    assert all(profile.id in body and home in body and "Ama" not in body
               for _, _, body in rows(store))


def test_pressured_choice_is_never_stored_nor_queued(store):
    profile = store.create_profile("Ama").value
    attempt = store.start_attempt(profile.id, "privacy-1", "h").value
    assert store.record_choice(attempt, "s1", "c1", "pressured").problem is not None
    assert store._outbox_answered(attempt, "s1", "c1", "pressured") == ()
    assert rows(store) == []


def test_row_and_record_are_one_transaction(store, tmp_path):
    """A write that fails leaves neither the record nor its row."""
    profile = store.create_profile("Ama").value
    attempt = store.start_attempt(profile.id, "privacy-1", "h").value
    connection = sqlite3.connect(store.path)
    connection.execute("CREATE TRIGGER no_rows BEFORE INSERT ON outbox "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    connection.commit()
    connection.close()
    result = store.record_choice(attempt, "s1", "c1", "safe")
    assert not result.saved
    assert store.choices(attempt) == []


def test_delete_profile_removes_its_rows(store, play):
    profile = store.create_profile("Ama").value
    play(store, profile.id, "privacy-1", [("s1", "c1", "safe")], 1)
    assert rows(store)
    store.delete_profile(profile.id)
    assert rows(store) == []


def test_disable_keeps_what_waits_and_adds_nothing(store, play):
    profile = store.create_profile("Ama").value
    play(store, profile.id, "privacy-1", [], 1)
    store.disable_records()
    play(store, profile.id, "privacy-1", [], 3)
    assert [kind for _, kind, _ in rows(store)] == ["completed"]


def test_home_page_must_be_an_address(store):
    for bad in ("", "school", "ftp://x", "https://a b", "https://" + "x" * 300):
        assert store.enable_records(bad).problem is not None


def test_migration_adds_the_outbox(store):
    version = store._db.reader.execute("PRAGMA user_version").fetchone()[0]
    assert version == LATEST_VERSION == 3
    assert store.outbox_counts()["waiting"] == 0


def test_mark_sent_and_set_aside(store, played_class):
    waiting = rows(store)
    assert len(waiting) == 45
    store.mark_sent([waiting[0][0]])
    store.set_aside(waiting[1][0], "the LRS rejected it (400): bad")
    assert store.outbox_counts() == {"waiting": 43, "sent": 1, "set_aside": 1}
    assert store.last_send() is not None
    assert store.outbox_set_aside() == [(waiting[1][0], "the LRS rejected it (400): bad")]


def test_the_lrs_address_is_remembered_without_credentials_and_survives_off(tmp_path):
    from sango_game.progress import open_store

    with open_store(tmp_path) as store:
        assert store.records_addresses() == {"home_page": "", "lrs": ""}
        assert not store.remember_lrs("https://key:secret@lrs.example/xAPI").ok
        assert not store.remember_lrs("ftp://lrs.example").ok
        assert store.remember_lrs(" https://lrs.example/xAPI ").ok
        store.enable_records("https://school.example")
        store.disable_records()
        assert store.records_addresses() == {"home_page": "https://school.example",
                                             "lrs": "https://lrs.example/xAPI"}
        assert store.records_settings() == {"enabled": False, "home_page": ""}
