"""The type checker is clean on sango_game/ (issue 12), with the rules of
docs/ARCHITECTURE.md, "Types".

mypy runs with the repository's mypy.ini, as CI and a developer run it. The test
skips, saying why, where mypy is not installed (it comes with the `test` extras).
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mypy.ini"
# A `# type: ignore` must name its error code(s): `# type: ignore[call-arg]`.
_IGNORE = re.compile(r"#\s*type:\s*ignore(?!\[[a-z0-9-]+(?:,\s*[a-z0-9-]+)*\])")


def test_mypy_finds_no_errors_in_sango_game():
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed: `pip install -e '.[test]'` installs it")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(CONFIG)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, (
        "mypy found type errors in sango_game/ (run `.venv/bin/mypy` to see them):\n"
        + result.stdout[-6000:] + result.stderr[-2000:]
    )


def test_the_config_checks_the_whole_package_with_no_blanket_ignores():
    config = configparser.ConfigParser()
    config.read(CONFIG, encoding="utf-8")
    assert config.get("mypy", "files").strip() == "sango_game"
    assert config.getboolean("mypy", "check_untyped_defs")
    for section in config.sections():
        assert not config.getboolean(section, "ignore_errors", fallback=False), section
        if section != "mypy":  # only untyped libraries get per-module settings
            assert not section.startswith("mypy-sango_game"), section
    assert not config.getboolean("mypy", "ignore_missing_imports", fallback=False)


def test_every_type_ignore_names_its_error_code():
    bare = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "sango_game").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _IGNORE.search(line)
    ]
    assert bare == [], "a `# type: ignore` without [error-code]: " + ", ".join(bare)
