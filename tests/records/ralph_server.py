"""Start Ralph's LRS (file-system backend) for the records tests.

Usage: python ralph_server.py PORT DATA_DIR KEY SECRET

Run with the Python of a separate virtual environment that has
``ralph-malph[cli,lrs]`` (Ralph pins many libraries, so it does not share
Sango's). Writes Ralph's auth file for KEY/SECRET, then serves on 127.0.0.1.

Ralph 5's file-system LRS backend writes its statements file with the
"create" operation, which refuses a file that exists: every POST after the
first fails with 500. This launcher makes that backend append instead (what
the file backend's own docs describe for a running LRS); the HTTP API, the
validation and the duplicate checks under test are Ralph's own.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main() -> None:
    port, data_dir, key, secret = int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    data_dir.mkdir(parents=True, exist_ok=True)
    import bcrypt

    auth = data_dir / "auth.json"
    auth.write_text(json.dumps([{
        "agent": {"objectType": "Agent",
                  "account": {"homePage": "https://lrs.example", "name": "sango-test"}},
        "scopes": ["all"], "username": key,
        "hash": bcrypt.hashpw(secret.encode(), bcrypt.gensalt(4)).decode(),
    }]), encoding="utf-8")
    os.environ.update({
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_AUTH_FILE": str(auth),
        "RALPH_APP_DIR": str(data_dir / "app"),
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(data_dir),
    })
    os.chdir(data_dir)
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    FSLRSBackend.default_operation_type = BaseOperationType.APPEND
    import uvicorn

    uvicorn.run("ralph.api:app", host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()
