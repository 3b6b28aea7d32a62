"""POST statements to a Learning Record Store: the only code in Sango that
opens a network connection. Only ``sango-game records send`` (and the records
bench) imports it; the game never does (``tests/test_layers.py``).

``send_batches`` posts statements in batches to ``<LRS>/statements`` with the
``X-Experience-API-Version`` header and HTTP Basic auth when a key is given.
After each batch the caller is told at once what the LRS acknowledged
(``on_sent``), so a send cut off halfway leaves only the unacknowledged
statements waiting.

- 200 or 204: the batch is stored (204 also when the LRS already held
  every statement: sending twice never duplicates, the IDs are fixed).
- 400, 409, 413, 422 on a batch: each of its statements is sent alone to find
  the one at fault; a statement refused alone is set aside with the reason
  (``on_rejected``); the others go on.
- 401 or 403: the key or secret is wrong; stop, nothing changes.
- no answer, a timeout, 429 or 5xx: try again after a pause that doubles each
  time; still failing: stop, what was not acknowledged stays waiting.
"""

from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sango_game.records.statements import XAPI_VERSION

Row = tuple[str, dict[str, Any]]  # (statement_id, statement)
REJECTED = (400, 409, 413, 422)
REFUSED = (401, 403)
REASON_MAX = 300


@dataclass
class SendReport:
    sent: int = 0
    rejected: int = 0
    stopped: str | None = None  # why sending stopped early, in plain words
    tries: int = 0
    reasons: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.stopped is None


class LrsDown(Exception):
    """The LRS gave no usable answer after every retry."""


class LrsRefused(Exception):
    """The LRS refused the credentials."""


def statements_url(lrs: str) -> str:
    """``<lrs>/statements`` (``lrs`` is the xAPI base, e.g. ``https://lrs.school/xAPI``)."""
    base = lrs.rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise ValueError("the LRS address must start with https:// (or http://)")
    return base if base.endswith("/statements") else base + "/statements"


@dataclass
class Sender:
    lrs: str
    key: str | None = None
    secret: str | None = None
    batch_size: int = 50
    retries: int = 4
    backoff_s: float = 0.5
    timeout_s: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    tries: int = 0  # POSTs made so far (retries included)

    def post(self, statements: Sequence[dict[str, Any]]) -> tuple[int, str]:
        """One POST, retried while the LRS is down or busy; ``(status, text)``."""
        data = json.dumps(list(statements), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "X-Experience-API-Version": XAPI_VERSION}
        if self.key is not None:
            token = base64.b64encode(f"{self.key}:{self.secret or ''}".encode()).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        delay, last = self.backoff_s, "no answer"
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(delay)
                delay *= 2
            self.tries += 1
            request = urllib.request.Request(statements_url(self.lrs), data=data,
                                             headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout_s) as answer:
                    return answer.status, answer.read(65536).decode("utf-8", "replace")
            except urllib.error.HTTPError as error:
                text = error.read(65536).decode("utf-8", "replace")
                if error.code in REFUSED:
                    raise LrsRefused(f"the LRS refused the key and secret ({error.code})") from None
                if error.code == 429 or error.code >= 500:
                    last = f"the LRS answered {error.code}"
                    continue
                return error.code, text
            except (urllib.error.URLError, OSError, TimeoutError) as error:
                last = f"no answer from the LRS ({getattr(error, 'reason', error)})"
        raise LrsDown(last)

    def send_batches(
        self, rows: Sequence[Row], on_sent: Callable[[list[str]], object],
        on_rejected: Callable[[str, str], object],
    ) -> SendReport:
        report = SendReport()
        size = max(1, int(self.batch_size))
        try:
            for start in range(0, len(rows), size):
                self._send(list(rows[start:start + size]), on_sent, on_rejected, report)
        except (LrsDown, LrsRefused) as error:
            report.stopped = str(error)
        report.tries = self.tries
        return report

    def _send(self, batch: list[Row], on_sent, on_rejected, report: SendReport) -> None:
        status, text = self.post([statement for _, statement in batch])
        if status in (200, 204):
            on_sent([sid for sid, _ in batch])
            report.sent += len(batch)
        elif status in REJECTED and len(batch) > 1:
            for row in batch:
                self._send([row], on_sent, on_rejected, report)
        elif status in REJECTED:
            reason = f"the LRS rejected it ({status}): {_detail(text)}"[:REASON_MAX]
            on_rejected(batch[0][0], reason)
            report.rejected += 1
            report.reasons.append(reason)
        else:
            raise LrsDown(f"unexpected answer from the LRS ({status})")


def _detail(text: str) -> str:
    try:
        value = json.loads(text)
    except ValueError:
        return " ".join(text.split())[:REASON_MAX]
    if isinstance(value, dict) and "detail" in value:
        value = value["detail"]
    if isinstance(value, list):
        value = "; ".join(str(item.get("msg", item)) if isinstance(item, dict) else str(item)
                          for item in value[:3])
    return " ".join(str(value).split())[:REASON_MAX]
