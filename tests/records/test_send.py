"""Sending to an LRS (a local fake one): batches, retries, rejections, PIN."""

from __future__ import annotations

import json

import pytest

from sango_game.cli import main
from sango_game.records.fake_lrs import FakeLrs
from sango_game.records.jsonl import waiting_statements
from sango_game.records.send import Sender


def send(store, lrs, **options):
    statements, _ = waiting_statements(store)
    sender = Sender(lrs.url, "k", "s", sleep=lambda _: None, **options)
    return sender.send_batches(statements, store.mark_sent, store.set_aside)


def test_a_class_arrives_once_even_sent_twice(store, played_class):
    with FakeLrs("k", "s") as lrs:
        report = send(store, lrs, batch_size=10)
        assert (report.sent, report.rejected, report.stopped) == (45, 0, None)
        assert lrs.posts == 5
        assert store.outbox_counts()["waiting"] == 0
        sent = dict(lrs.statements)
        store._db.reader.execute("SELECT 1")  # still open
        # the same statements again (say, a file imported twice): no duplicates
        with store._db._disk:
            store._db._disk.execute("UPDATE outbox SET state = 'waiting'")
        assert send(store, lrs).sent == 45
        assert lrs.statements == sent and len(sent) == 45


def test_lrs_down_leaves_everything_waiting(store, played_class):
    with FakeLrs("k", "s") as lrs:
        url = lrs.url
    statements, _ = waiting_statements(store)
    sleeps = []
    report = Sender(url, "k", "s", retries=3, sleep=sleeps.append).send_batches(
        statements, store.mark_sent, store.set_aside)
    assert report.sent == 0 and "no answer" in report.stopped
    assert sleeps == [0.5, 1.0, 2.0]  # backoff doubles
    assert store.outbox_counts()["waiting"] == 45


def test_busy_lrs_is_retried(store, played_class):
    with FakeLrs("k", "s") as lrs:
        lrs.fail_next = 2
        report = send(store, lrs, batch_size=45)
        assert report.ok and report.sent == 45 and report.tries == 3


def test_wrong_key_stops_and_keeps_the_outbox(store, played_class):
    with FakeLrs("k", "other") as lrs:
        report = send(store, lrs)
        assert "refused" in report.stopped
    assert store.outbox_counts() == {"waiting": 45, "sent": 0, "set_aside": 0}


def test_a_rejected_statement_is_set_aside_and_the_rest_go(store, played_class):
    with FakeLrs("k", "s") as lrs:
        first = waiting_statements(store)[0][0]
        lrs.statements[first[0]] = {"id": first[0], "different": True}
        report = send(store, lrs, batch_size=50)
        assert (report.sent, report.rejected) == (44, 1)
    assert store.outbox_counts() == {"waiting": 0, "sent": 44, "set_aside": 1}
    assert "409" in store.outbox_set_aside()[0][1]


def test_send_command_needs_the_teacher_pin(store, played_class, capsys):
    data_dir = str(store.data_dir)
    with FakeLrs("k", "s") as lrs:
        args = ["records", "send", "--data-dir", data_dir, "--lrs", lrs.url,
                "--key", "k", "--secret", "s"]
        assert main([*args, "--pin", "0000"]) == 1
        assert lrs.posts == 0
        assert main([*args, "--pin", "4821"]) == 0
        assert len(lrs.statements) == 45
    assert "Sent 45 statements" in capsys.readouterr().out


def test_status_and_export_import_round_trip(store, played_class, tmp_path, capsys):
    data_dir = str(store.data_dir)
    out = tmp_path / "class.jsonl"
    assert main(["records", "export", "--data-dir", data_dir, "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 45
    gathering = str(tmp_path / "gathering")
    assert main(["records", "import", "--data-dir", gathering, str(out)]) == 0
    assert main(["records", "import", "--data-dir", gathering, str(out)]) == 0
    assert "Imported 0 new statements (45 already here" in capsys.readouterr().out
    assert main(["records", "status", "--data-dir", gathering, "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["waiting"] == 45 and status["enabled"] is False
    with FakeLrs() as lrs:
        from sango_game.progress import open_store
        with open_store(gathering) as other:
            statements, bad = waiting_statements(other)
            assert bad == []
            assert {sid for sid, _ in statements} == {json.loads(x)["id"] for x in lines}
            Sender(lrs.url).send_batches(statements, other.mark_sent, other.set_aside)
        assert sorted(lrs.statements) == sorted(json.loads(x)["id"] for x in lines)


@pytest.mark.parametrize(("line", "code"), [
    ("not json", "SR001"),
    (json.dumps({"id": "x"}), "SR002"),
    (json.dumps({"id": "7b6f7a38-52a3-5a49-9a5a-0d0cf1b1a3a1", "actor": {
        "name": "Ama", "mbox": "mailto:a@b.c"}}), "SR002"),
])
def test_import_refuses_lines_sango_would_not_write(tmp_path, line, code, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    assert main(["records", "import", "--data-dir", str(tmp_path / "d"), str(path)]) == 1
    assert code in capsys.readouterr().err


def test_import_refuses_a_pressured_statement(store, played_class, tmp_path, capsys):
    statement = next(s for _, s in waiting_statements(store)[0]
                     if s["verb"]["id"].endswith("answered"))
    statement["result"]["extensions"] = {
        k: "pressured" for k in statement["result"]["extensions"]}
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(statement) + "\n", encoding="utf-8")
    assert main(["records", "import", "--data-dir", str(tmp_path / "d"), str(path)]) == 1
    assert "SR003" in capsys.readouterr().err


def test_enable_says_what_is_sent_and_where(tmp_path, capsys):
    data_dir = str(tmp_path / "d")
    assert main(["records", "enable", "--data-dir", data_dir, "--home-page",
                 "https://school.example", "--pin", "1234"]) == 1  # no PIN set yet
    from sango_game.progress import open_store
    with open_store(data_dir) as fresh:
        fresh.set_teacher_pin("1234")
    assert main(["records", "enable", "--data-dir", data_dir, "--home-page",
                 "https://school.example", "--pin", "1234"]) == 0
    said = capsys.readouterr().out
    assert "https://school.example" in said and "never a nickname" in said
    assert "under pressure" in said
