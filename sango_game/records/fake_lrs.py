"""A tiny in-memory LRS on 127.0.0.1 for the records bench and tests: it keeps
statements by ID the way an LRS does (200 with the IDs, 204 when all were
already held, 409 for a different statement under a known ID, 400 for one
without an ID, 401 without the right key). Never used by the game.
"""

from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeLrs:
    def __init__(self, key: str | None = None, secret: str | None = None) -> None:
        self.statements: dict[str, dict[str, Any]] = {}
        self.posts = 0
        self.fail_next = 0  # answer 503 to this many next POSTs
        expected = (base64.b64encode(f"{key}:{secret}".encode()).decode()
                    if key is not None else None)
        lrs = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                lrs.posts += 1
                if expected and self.headers.get("Authorization") != f"Basic {expected}":
                    return self._answer(401, {"detail": "bad credentials"})
                if self.headers.get("X-Experience-API-Version") != "1.0.3":
                    return self._answer(400, {"detail": "no version header"})
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if lrs.fail_next:
                    lrs.fail_next -= 1
                    return self._answer(503, {"detail": "busy"})
                if any(not isinstance(s, dict) or "id" not in s for s in body):
                    return self._answer(400, {"detail": "a statement has no id"})
                if any(lrs.statements.get(s["id"], s) != s for s in body):
                    return self._answer(409, {"detail": "differing statement"})
                fresh = [s for s in body if s["id"] not in lrs.statements]
                for statement in fresh:
                    lrs.statements[statement["id"]] = statement
                if not fresh:
                    return self._answer(204, None)
                return self._answer(200, [s["id"] for s in body])

            def _answer(self, status: int, value: object) -> None:
                data = b"" if value is None else json.dumps(value).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/xAPI"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeLrs:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.shutdown()
        self.server.server_close()
