"""Check level texts (English source) against the advice canon: what must never be said.

The rules are data, in `assets/advice/never-say.yaml`: a pattern, why it is wrong,
and the section of docs/BACKGROUND.md it breaks. Each hit is a finding SG068 with
the rule's severity; a broken rules file gives SG069 and no other check is lost.
Pure Python; `library.load_library` runs it over every level that loaded.

Where a rule looks: `in: advice` (the default) covers what the game itself says:
the key lesson, the narrator, feedback, endings and choices judged safe. Characters
may say wrong things on purpose (a blackmailer says "pay"), so their lines, the
player's lines and unsafe choices are only read by rules with `in: all`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sango_game import resources
from sango_game.content.findings import Finding, error, warning
from sango_game.content.model import NARRATOR, Level
from sango_game.content.safe_yaml import parse_yaml_bytes
from sango_game.resources import shown_path
from sango_game.safe_files import read_limited
from sango_game.vocab.markup import strip

MAX_BYTES = 200_000
SEVERITIES = ("error", "warning")
SCOPES = ("advice", "all")
_RULE_KEYS = frozenset({"id", "severity", "in", "pattern", "unless", "unless_in_scene",
                        "reason", "canon"})


@dataclass(frozen=True)
class AdviceRule:
    """One thing never to say, with why, and the canon section it breaks."""

    id: str
    severity: str
    scope: str
    pattern: re.Pattern
    reason: str
    canon: str
    unless: re.Pattern | None = None
    unless_in_scene: re.Pattern | None = None


@dataclass(frozen=True)
class LevelText:
    """One text of a level, where it is, and whether the game itself is advising."""

    text: str
    where: tuple[int, int]
    scene: str  # scene or ending id ("" for level-wide texts)
    advice: bool


def default_rules_path() -> Path:
    return resources.assets_dir() / "advice" / "never-say.yaml"


def load_rules(path: Path | None = None) -> tuple[tuple[AdviceRule, ...], list[Finding]]:
    """The rules, and findings (SG069) for a rules file that cannot be used as written."""
    path = path or default_rules_path()
    shown = shown_path(path)
    result = read_limited(path, MAX_BYTES)
    if result.data is None:
        # A resources folder of a school's own (SANGO_RESOURCES) may lack the rules:
        # say so, but do not fail every level over it.
        return (), [warning("SG069", shown, (1, 1),
                            f"the advice rules cannot be read, so level texts were not "
                            f"checked against the advice canon: {result.explain(MAX_BYTES)}")]
    document, findings = parse_yaml_bytes(result.data, shown)
    if document is None:
        return (), [_recode(finding) for finding in findings]
    findings = [_recode(finding) for finding in findings]
    rows = document.data.get("rules") if isinstance(document.data, dict) else None
    if not isinstance(rows, list):
        return (), [*findings, error("SG069", shown, (1, 1), "expected a `rules:` list")]
    rules = []
    for index, row in enumerate(rows):
        where = document.where(("rules", index))
        rule, problem = _rule(row)
        if problem:
            findings.append(error("SG069", shown, where, problem))
        elif rule is not None:
            rules.append(rule)
    return tuple(rules), findings


def _recode(finding: Finding) -> Finding:
    return Finding("SG069", finding.severity, finding.path, finding.line, finding.col,
                   finding.message)


def _rule(row: object) -> tuple[AdviceRule | None, str]:
    if not isinstance(row, dict):
        return None, "each rule must be a mapping (id:, pattern:, reason:, canon: ...)"
    unknown = sorted(str(key) for key in row if key not in _RULE_KEYS)
    if unknown:
        return None, f"unknown field(s) {', '.join(unknown)} in this rule"
    missing = [key for key in ("id", "pattern", "reason", "canon") if not row.get(key)]
    if missing:
        return None, f"this rule needs {', '.join(missing)}"
    severity = row.get("severity", "warning")
    scope = row.get("in", "advice")
    if severity not in SEVERITIES or scope not in SCOPES:
        return None, (f"rule '{row['id']}': severity must be one of {', '.join(SEVERITIES)} "
                      f"and in: one of {', '.join(SCOPES)}")
    try:
        compiled = {key: re.compile(str(row[key]), re.IGNORECASE)
                    for key in ("pattern", "unless", "unless_in_scene") if row.get(key)}
    except re.error as problem:
        return None, (f"rule '{row['id']}': the pattern is not a valid regular expression "
                      f"({problem})")
    return AdviceRule(
        id=str(row["id"]), severity=severity, scope=scope, pattern=compiled["pattern"],
        reason=str(row["reason"]), canon=str(row["canon"]), unless=compiled.get("unless"),
        unless_in_scene=compiled.get("unless_in_scene"),
    ), ""


def plain(text: str) -> str:
    """Text as a reader sees it: markup tags removed, typographic apostrophes made plain."""
    return strip(text).replace("\u2019", "'").replace("\u2018", "'")


def level_texts(level: Level) -> Iterator[LevelText]:
    """Every English text of a level that a child sees, with its place."""
    pos = level.positions
    for key in ("title", "objective", "key_lesson"):
        yield LevelText(plain(getattr(level, key)), pos.get((key,), (1, 1)), "",
                        key == "key_lesson")
    for s_index, scene in enumerate(level.scenes):
        base = ("scenes", s_index)
        for l_index, line in enumerate(scene.lines):
            where = pos.get((*base, "lines", l_index, "text"), (line.line_no, 1))
            yield LevelText(plain(line.text), where, scene.id, line.speaker == NARRATOR)
        for c_index, choice in enumerate(scene.choices):
            place = (*base, "choices", c_index)
            yield LevelText(plain(choice.text), pos.get((*place, "text"), (choice.line_no, 1)),
                            scene.id, choice.safety == "safe")
            yield LevelText(plain(choice.feedback),
                            pos.get((*place, "feedback"), (choice.line_no, 1)), scene.id, True)
    for e_index, ending in enumerate(level.endings):
        for key in ("title", "summary", "help"):
            text = getattr(ending, key) or ""
            if text:
                where = pos.get(("endings", e_index, key), (ending.line_no, 1))
                yield LevelText(plain(text), where, ending.id, True)


def check_level_advice(level: Level, rules: tuple[AdviceRule, ...]) -> list[Finding]:
    """Findings (SG068) for every text of one level that breaks a rule."""
    texts = list(level_texts(level))
    by_scene: dict[str, str] = {}
    for item in texts:
        by_scene[item.scene] = by_scene.get(item.scene, "") + "\n" + item.text
    findings = []
    for rule in rules:
        for item in texts:
            if rule.scope == "advice" and not item.advice:
                continue
            match = rule.pattern.search(item.text)
            if match is None or (rule.unless and rule.unless.search(item.text)):
                continue
            if rule.unless_in_scene and rule.unless_in_scene.search(by_scene[item.scene]):
                continue
            make = error if rule.severity == "error" else warning
            findings.append(make(
                "SG068", level.path, item.where,
                f"'{match.group(0)}' ({rule.id}): {rule.reason} "
                f"See docs/BACKGROUND.md, \"{rule.canon}\"."))
    return findings


def check_advice(levels, rules_path: Path | None = None) -> list[Finding]:
    """The one call the library makes: every level against every rule."""
    rules, findings = load_rules(rules_path)
    for level in levels:
        findings.extend(check_level_advice(level, rules))
    return findings
