"""Broken fixture files: each problem is reported with the right code and line.

Each broken fixture marks the line where a problem is with `# expect: SG### ...`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sango_game.cli import main
from sango_game.content import load_library

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = sorted((FIXTURES / "broken").rglob("*.yaml"))
EXPECT = re.compile(r"#\s*expect:\s*((?:SG\d{3}\s*)+)")


def expectations(path: Path) -> set[tuple[str, int]]:
    found = set()
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = EXPECT.search(text)
        if match:
            found.update((code, number) for code in match.group(1).split())
    return found


@pytest.mark.parametrize("path", BROKEN, ids=lambda path: path.name)
def test_each_marked_problem_is_reported_at_its_line(path):
    library = load_library(paths=[path])
    reported = {(finding.code, finding.line) for finding in library.findings}
    expected = expectations(path)
    assert expected, "fixture has no expectations"
    assert expected <= reported, f"missing: {sorted(expected - reported)}"
    unexpected_codes = {code for code, _ in reported} - {code for code, _ in expected}
    assert not unexpected_codes, f"unexpected codes: {unexpected_codes}"
    assert library.levels == ()


def test_every_finding_names_its_file_and_a_real_line():
    library = load_library(paths=[FIXTURES / "broken"])
    for finding in library.findings:
        assert Path(finding.path).exists()
        assert finding.line >= 1 and finding.col >= 1
        assert len(finding.message) > 10


def test_good_fixture_loads_with_no_findings():
    library = load_library(paths=[FIXTURES / "good"])
    assert library.findings == ()
    assert [level.id for level in library.levels] == ["fixture-good"]


def test_bad_files_are_skipped_and_good_ones_still_load():
    library = load_library(paths=[FIXTURES / "broken", FIXTURES / "good"])
    assert [level.id for level in library.levels] == ["fixture-good"]
    assert library.errors


def test_validate_command_exit_codes_and_format(capsys):
    assert main(["validate", str(FIXTURES / "good")]) == 0
    assert main(["validate", str(FIXTURES / "broken")]) == 1
    out = capsys.readouterr().out
    line = out.splitlines()[0]
    assert re.match(r"^[^:]+:\d+:\d+: SG\d{3} (error|warning): .+", line)
    assert main(["validate", "no/such/file.yaml"]) == 2
    with pytest.raises(SystemExit) as usage:
        main(["validate", "--no-such-option"])
    assert usage.value.code == 2


def test_validate_json(capsys):
    assert main(["validate", "--json", str(FIXTURES / "broken" / "fixture-schema.yaml")]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert findings and {"path", "line", "code", "severity", "message"} <= set(findings[0])
    assert {item["code"] for item in findings} == {"SG004", "SG010"}


def test_every_finding_code_is_documented_in_levels_md():
    from sango_game.content import CODES

    documented = set(re.findall(r"^\| (SG\d{3}) \|", (Path(__file__).parents[2] / "docs" /
                                                      "LEVELS.md").read_text(encoding="utf-8"),
                                re.M))
    assert set(CODES) <= documented, sorted(set(CODES) - documented)
