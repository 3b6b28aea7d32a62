"""One problem type and one registry of codes; the docs list the codes from it."""

from __future__ import annotations

import re
from pathlib import Path

from sango_game.content.findings import Finding
from sango_game.i18n import diagnostics
from sango_game.text.problems import Problem as TextProblem
from sango_game.vocab import docs
from sango_game.vocab.codes import AREAS, REGISTRY, lookup, problem
from sango_game.vocab.problems import SEVERITIES, Problem

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "sango_game"


def _table_in(doc: str, header: str) -> str:
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    lines = text[text.index(header + "\n"):].split("\n")
    end = next(i for i, line in enumerate(lines) if not line.startswith("|"))
    return "\n".join(lines[:end]) + "\n"


def test_docs_problems_page_is_written_from_the_registry():
    written = (ROOT / "docs" / "PROBLEMS.md").read_text(encoding="utf-8")
    assert written == docs.problems_page(), "run: python -m sango_game.vocab.docs"


def test_the_levels_and_translating_tables_are_the_registry():
    assert _table_in("LEVELS.md", "| code | meaning |") == docs.levels_table()
    assert _table_in("TRANSLATING.md", "| code | meaning | what to do |") == (
        docs.translations_table())


def test_every_code_is_registered_once_with_a_severity_and_words():
    codes = [code for group in AREAS.values() for code in group]
    assert len(codes) == len(REGISTRY)
    for code in codes:
        assert code.severity in SEVERITIES and code.summary and code.meaning, code


def test_content_i18n_and_text_problems_are_the_one_type():
    assert Finding is Problem and diagnostics.Problem is Problem and TextProblem is Problem
    for code in AREAS["translations"]:
        assert getattr(diagnostics, code.name) == code.code
    constants = {v for k, v in vars(diagnostics).items() if k.isupper() and isinstance(v, str)
                 and v.startswith("I18N")}
    assert constants == {code.code for code in AREAS["translations"]}


def test_store_records_and_speech_problems_are_the_one_type_too(tmp_path):
    from sango_game.progress.records import Notice
    from sango_game.progress.records import Problem as Refusal
    from sango_game.records.jsonl import read_lines
    from sango_game.speech.voices import load_voices

    refused = Refusal("nickname-taken", "nickname", "taken", {"nickname": "Kiwi"})
    notice = Notice("cannot-save", "cannot save in {folder}", {"folder": "x"})
    assert isinstance(refused, Problem) and isinstance(notice, Problem)
    assert refused.severity == "error" and refused.place == "nickname"
    assert refused.params == {"nickname": "Kiwi"} and notice.severity == "warning"
    outbox = tmp_path / "outbox.jsonl"
    outbox.write_text("not json\n", encoding="utf-8")
    _found, problems = read_lines(outbox)
    assert [(p.code, p.line) for p in problems] == [("SR001", 1)]
    assert all(isinstance(p, Problem) for p in problems)
    voices = tmp_path / "voices.yaml"
    voices.write_text("[]", encoding="utf-8")
    _voices, problems = load_voices(voices)
    assert problems and all(isinstance(p, Problem) and p.code == "SP002" for p in problems)


def test_every_code_the_source_names_is_registered():
    pattern = re.compile(
        r"\"(SG\d{3}|I18N\d{3}|text\.[a-z-]+|UI-IMG-[A-Z]+|SP\d{3}|SR\d{3})\""
        r"|(?:Problem|Notice)\(\s*\"([a-z]+(?:-[a-z]+)+)\"")
    named = set()
    for path in PACKAGE.rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            named.add(match.group(1) or match.group(2))
    assert len(named) > 100
    assert sorted(named - set(REGISTRY)) == []


def test_a_problem_is_made_from_its_code_and_prints_one_safe_line():
    made = problem("text.missing-glyph", "<text>", char="U+0378")
    assert made.message == "no font has U+0378" and made.params == {"char": "U+0378"}
    assert made.severity == lookup("text.missing-glyph").severity
    forged = Problem("SG002", "error", "a\nb.yaml", 3, 1, "bad\x1b[2J")
    assert "\n" not in forged.format() and "\x1b" not in forged.format()
    assert forged.as_dict() == {"code": "SG002", "severity": "error", "path": "a\nb.yaml",
                                "line": 3, "col": 1, "message": "bad\x1b[2J"}
