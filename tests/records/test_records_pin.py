"""`sango-game records` checks the teacher PIN through classroom.pin_gate: a wrong
PIN is refused, and repeated wrong PINs make even the right one wait."""

from __future__ import annotations

from sango_game.cli import main
from sango_game.progress import open_store
from sango_game.records.fake_lrs import FakeLrs

PIN = "4821"


def enable(data_dir: str, pin: str, *extra: str) -> int:
    return main(["records", "enable", "--data-dir", data_dir, "--home-page",
                 "https://school.example", "--pin", pin, *extra])


def test_a_wrong_pin_is_refused_in_plain_words(tmp_path, capsys):
    data_dir = str(tmp_path / "d")
    with open_store(data_dir) as store:
        store.set_teacher_pin(PIN)
    assert enable(data_dir, "1111") == 1
    assert "That PIN is not right." in capsys.readouterr().err
    with open_store(data_dir) as store:
        assert not store.records_enabled


def test_repeated_wrong_pins_slow_further_tries_even_across_runs(tmp_path, capsys):
    data_dir = str(tmp_path / "d")
    with open_store(data_dir) as store:
        store.set_teacher_pin(PIN)
    for _ in range(3):
        assert enable(data_dir, "1111") == 1
    capsys.readouterr()
    assert enable(data_dir, PIN) == 1  # right, but it must wait now
    assert "Try again in 5 seconds" in capsys.readouterr().err
    with FakeLrs("k", "s") as lrs:
        assert main(["records", "send", "--data-dir", data_dir, "--lrs", lrs.url,
                     "--pin", PIN]) == 1
        assert lrs.posts == 0
    with open_store(data_dir) as store:
        assert not store.records_enabled
        assert store.get_setting("teacher_pin_failures")["count"] == 3


def test_a_missing_pin_is_asked_for(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SANGO_TEACHER_PIN", raising=False)
    data_dir = str(tmp_path / "d")
    with open_store(data_dir) as store:
        store.set_teacher_pin(PIN)
    assert main(["records", "disable", "--data-dir", data_dir]) == 1
    assert "give it with --pin" in capsys.readouterr().err


def test_enable_and_send_remember_the_lrs_address_for_the_teacher_area(tmp_path, capsys):
    data_dir = str(tmp_path / "d")
    with open_store(data_dir) as store:
        store.set_teacher_pin(PIN)
    assert enable(data_dir, PIN, "--lrs", "https://key:pw@lrs.example/xAPI") == 1
    assert "user name or password" in capsys.readouterr().err
    with open_store(data_dir) as store:
        assert not store.records_enabled  # a refused address changes nothing
    assert enable(data_dir, PIN, "--lrs", "https://lrs.example/xAPI") == 0
    with open_store(data_dir) as store:
        assert store.records_addresses()["lrs"] == "https://lrs.example/xAPI"
    with FakeLrs("k", "s") as lrs:
        assert main(["records", "send", "--data-dir", data_dir, "--lrs", lrs.url,
                     "--key", "k", "--secret", "s", "--pin", PIN]) == 0
    with open_store(data_dir) as store:
        assert store.records_addresses()["lrs"] == lrs.url
