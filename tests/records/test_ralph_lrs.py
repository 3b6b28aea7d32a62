"""Against a real LRS: Ralph (``ralph-malph``) with its file-system backend.

The test starts Ralph's server on 127.0.0.1 on a free port, sends a class's
statements, reads them back through GET /xAPI/statements and compares; sends
again (no duplicates); and stops the server mid-send (the outbox keeps what
was not acknowledged).

Ralph runs in its own virtual environment: SANGO_RALPH_PYTHON names its
Python (``python -m venv R && R/bin/pip install 'ralph-malph[cli,lrs]' requests``).
Without it, the test skips and says so.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import time
import urllib.request
from datetime import datetime
from pathlib import Path

import pytest

from sango_game.records.jsonl import waiting_statements
from sango_game.records.send import Sender

SERVER = Path(__file__).with_name("ralph_server.py")
KEY, SECRET = "sango", "class-secret-1"
COMPARED = ("id", "actor", "verb", "object", "result", "context")


def ralph_python() -> str:
    python = os.environ.get("SANGO_RALPH_PYTHON", "")
    if not python or not Path(python).is_file():
        pytest.skip("Ralph is not installed: set SANGO_RALPH_PYTHON to the Python of a venv "
                    "with ralph-malph[cli,lrs] and requests (.ci/run does)")
    check = subprocess.run([python, "-c", "import ralph.api, bcrypt, uvicorn"],
                           capture_output=True, text=True,
                           env={**os.environ, "RALPH_RUNSERVER_BACKEND": "fs"})
    if check.returncode:
        pytest.skip(f"Ralph cannot be imported from {python}: {check.stderr[-300:]}")
    return python


class Ralph:
    def __init__(self, python: str, data_dir: Path) -> None:
        self.python, self.data_dir = python, data_dir
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/xAPI"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.python, str(SERVER), str(self.port), str(self.data_dir), KEY, SECRET],
            stdout=subprocess.DEVNULL, stderr=open(self.data_dir.parent / "ralph.log", "ab"))
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail("Ralph stopped: " + (self.data_dir.parent / "ralph.log").read_text())
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=2)
                return
            except OSError:
                time.sleep(0.3)
        pytest.fail("Ralph did not start within 90 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def read_back(self) -> list[dict]:
        token = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
        found, url = [], f"{self.url}/statements?limit=100"
        while url:
            request = urllib.request.Request(url, headers={
                "Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"})
            with urllib.request.urlopen(request, timeout=30) as answer:
                page = json.loads(answer.read())
            found.extend(page["statements"])
            more = page.get("more")
            url = f"http://127.0.0.1:{self.port}{more}" if more else None
        return found


@pytest.fixture
def ralph(tmp_path):
    server = Ralph(ralph_python(), tmp_path / "lrs")
    server.start()
    yield server
    server.stop()


def sender(url: str, **options) -> Sender:
    return Sender(url, KEY, SECRET, sleep=lambda _: None, **options)


def same(sent: dict, stored: dict) -> bool:
    return (all(sent.get(key) == stored.get(key) for key in COMPARED)
            and datetime.fromisoformat(sent["timestamp"])
            == datetime.fromisoformat(stored["timestamp"].replace("Z", "+00:00")))


def test_a_class_read_back_from_ralph_and_never_duplicated(store, played_class, ralph):
    statements, _ = waiting_statements(store)
    report = sender(ralph.url, batch_size=20).send_batches(
        statements, store.mark_sent, store.set_aside)
    assert (report.sent, report.rejected, report.stopped) == (45, 0, None)
    stored = {s["id"]: s for s in ralph.read_back()}
    assert len(stored) == 45
    assert all(same(statement, stored[sid]) for sid, statement in statements)
    # send all again (a second PC imported the same file, say): still 45
    again = sender(ralph.url, batch_size=20).send_batches(statements, lambda _: None,
                                                          store.set_aside)
    assert again.sent == 45 and again.rejected == 0
    assert sorted(s["id"] for s in ralph.read_back()) == sorted(stored)


def test_ralph_stopped_mid_send_keeps_the_rest_waiting(store, played_class, ralph):
    statements, _ = waiting_statements(store)
    batches = []

    def acknowledged(ids):
        store.mark_sent(ids)
        batches.append(ids)
        if len(batches) == 2:
            ralph.stop()

    report = sender(ralph.url, batch_size=5, retries=2).send_batches(
        statements, acknowledged, store.set_aside)
    assert report.sent == 10 and report.stopped
    assert store.outbox_counts() == {"waiting": 35, "sent": 10, "set_aside": 0}
    ralph.start()
    rest, _ = waiting_statements(store)
    assert len(rest) == 35
    # send everything again, as after a crash between the LRS's answer and the outbox
    # update: batches mixing stored and new statements still store each exactly once
    report = sender(ralph.url, batch_size=45).send_batches(
        statements, store.mark_sent, store.set_aside)
    assert (report.sent, report.rejected) == (45, 0)
    assert store.outbox_counts()["waiting"] == 0
    assert sorted(s["id"] for s in ralph.read_back()) == sorted(sid for sid, _ in statements)
