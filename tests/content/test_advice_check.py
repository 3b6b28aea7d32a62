"""The advice canon check: level texts against assets/advice/never-say.yaml."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sango_game.content import load_library
from sango_game.content.advice_check import check_advice, check_level_advice, load_rules
from sango_game.content.model import Choice, Ending, Line, Scene


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture(scope="module")
def rules():
    rules, findings = load_rules()
    assert findings == []
    return rules


def level_saying(library, *, narrator="", feedback="", character="", ending="",
                 safety="safe"):
    """A shipped level whose only scene and ending say the given texts."""
    base = library.levels[0]
    lines = tuple(Line(id=f"l{index}", speaker=speaker, text=text, msgctxt="x", line_no=10)
                  for index, (speaker, text) in enumerate(
                      (("narrator", narrator), ("stranger", character))) if text)
    choice = Choice(id="c", text="Okay", safety=safety, feedback=feedback or "Fine.",
                    msgctxt="x/c", feedback_msgctxt="x/c/f", next="end", line_no=20)
    scene = Scene(id="only", lines=lines, choices=(choice,))
    end = Ending(id="end", outcome="good", title="The end", summary=ending or "All good.",
                 msgctxt="x/end", line_no=30)
    return dataclasses.replace(base, key_lesson="Tell an adult you trust.", scenes=(scene,),
                               endings=(end,), positions={})


def rule_ids(findings) -> list[str]:
    return [finding.message.split("(")[1].split(")")[0] for finding in findings]


@pytest.mark.parametrize("text, rule", [
    ("Screenshot everything, then block them.", "screenshot-the-image"),
    ("Take a screenshot of the photo so you have proof.", "screenshot-the-image"),
    ("If they ask for money, just pay them so it stops.", "pay-the-blackmailer"),
    ("Honestly, it's your fault for sending it.", "your-fault"),
    ("You can call a help line any time, day or night.", "open-any-time"),
    ("Tell the police if the threats go on.", "police-only-if-it-goes-on"),
    ("Just ignore it.", "ignore-it-alone"),
    ("This is our little secret.", "keep-it-secret"),
    ("Don't tell your parents about this.", "keep-it-secret"),
    ("Save the photo somewhere safe.", "keep-the-image"),
    ("You should have known better.", "should-have-known"),
    ("It's fine to meet them alone if they seem nice.", "meet-alone"),
])
def test_what_must_never_be_said_is_found(library, rules, text, rule):
    findings = check_level_advice(level_saying(library, feedback=text), rules)
    assert rule in rule_ids(findings)
    assert all(finding.code == "SG068" for finding in findings)


@pytest.mark.parametrize("text", [
    "This is not your fault. Alex is the one doing wrong.",
    "It wasn't your fault, and you're not in trouble for asking for help.",
    "None of this is your fault.",
    "Don't pay. Stop replying, save the messages and the profile, and report now.",
    "Save the messages and the profile, then block and report.",
    "Take a screenshot of the chat before the post is deleted.",
    "Never meet them alone.",
    "Keep your password secret.",
    "Sango's Help screen shows a help line for your country.",
])
def test_good_advice_is_not_flagged(library, rules, text):
    assert check_level_advice(level_saying(library, feedback=text, ending=text), rules) == []


def test_ignore_it_is_fine_when_the_scene_also_says_tell_an_adult(library, rules):
    level = level_saying(library, feedback="Ignore it for now.",
                         narrator="Then tell an adult you trust.")
    assert check_level_advice(level, rules) == []


def test_characters_may_say_wrong_things_on_purpose(library, rules):
    level = level_saying(library, character="Pay me or everyone sees it. It's your fault.")
    assert check_level_advice(level, rules) == []


def test_unsafe_choices_are_not_read_as_advice(library, rules):
    level = level_saying(library, safety="unsafe")
    level = dataclasses.replace(level, scenes=(dataclasses.replace(
        level.scenes[0], choices=(dataclasses.replace(
            level.scenes[0].choices[0], text="Just pay them"),)),))
    assert check_level_advice(level, rules) == []


def test_markup_does_not_hide_a_phrase(library, rules):
    level = level_saying(library, feedback="It's <em>your</em> fault.")
    assert rule_ids(check_level_advice(level, rules)) == ["your-fault"]


def test_shipped_levels_findings_are_the_known_ones(library):
    """The 12-18 level's image advice is reported (the lead decides the rewording);
    nothing in the shipped levels is an error."""
    findings = [finding for finding in library.findings if finding.code == "SG068"]
    assert {rule for rule in rule_ids(findings)} <= {
        "screenshot-the-image", "police-only-if-it-goes-on", "open-any-time"}
    assert not any(finding.is_error for finding in findings)


RULE = "rules:\n  - id: x\n    pattern: a\n    reason: r\n    canon: c\n"
BROKEN_RULES = {
    "bad regex": "rules:\n  - id: x\n    pattern: '(unclosed'\n    reason: r\n    canon: c\n",
    "missing reason": "rules:\n  - id: x\n    pattern: a\n    canon: c\n",
    "unknown field": RULE + "    colour: red\n",
    "bad severity": RULE + "    severity: fatal\n",
    "not a list": "rules: nope\n",
    "yaml syntax": "rules: [\n",
}


@pytest.mark.parametrize("name", sorted(BROKEN_RULES))
def test_broken_rules_file_gives_sg069_and_the_check_goes_on(tmp_path, library, name):
    path = tmp_path / "never-say.yaml"
    path.write_text(BROKEN_RULES[name], encoding="utf-8")
    findings = check_advice(library.levels, path)
    assert findings and {finding.code for finding in findings} == {"SG069"}


def test_missing_rules_file_is_one_warning(tmp_path, library):
    findings = check_advice(library.levels, tmp_path / "absent.yaml")
    assert [finding.code for finding in findings] == ["SG069"]
    assert not findings[0].is_error


def test_every_rule_names_a_section_of_the_canon(rules):
    """Each rule's `canon` is a `## ` heading of docs/BACKGROUND.md, so a finding
    always points a writer at the advice it breaks."""
    background = Path(__file__).resolve().parents[2] / "docs" / "BACKGROUND.md"
    headings = {row[3:].strip() for row in background.read_text(encoding="utf-8").splitlines()
                if row.startswith("## ")}
    assert {rule.canon for rule in rules} <= headings
