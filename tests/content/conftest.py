"""Fixtures for content tests: a known-good level to spoil one way at a time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

GOOD = Path(__file__).parent / "fixtures" / "good" / "fixture-good.yaml"


@pytest.fixture
def good_level() -> dict:
    """The good fixture level as plain data (a fresh copy for each test)."""
    return yaml.safe_load(GOOD.read_text(encoding="utf-8"))


@pytest.fixture
def write_level(tmp_path) -> Callable[..., Path]:
    """Write level data as `<tmp>/9-11/<name>.yaml` and return its path."""

    def write(data: object, name: str = "fixture-good") -> Path:
        path = tmp_path / "9-11" / f"{name}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
        return path

    return write
