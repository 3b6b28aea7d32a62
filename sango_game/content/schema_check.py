"""Check level data against levels/schema.json and explain each problem plainly."""

from __future__ import annotations

from pathlib import Path

from sango_game.content.findings import Finding, error, short
from sango_game.content.safe_yaml import Document
from sango_game.content.schema_source import (
    RemoteReferenceRefused,
    SchemaProblem,
    fast_gate,
    full_validator,
    schema_key,
)
from sango_game.resources import shown_path


def _describe(problem) -> str:
    """Turn a jsonschema error into words a teacher writing a level understands."""
    where = short("/".join(short(part, 30) for part in problem.absolute_path) or "the level", 120)
    validator = problem.validator
    if validator == "required":
        missing = problem.message.split("'")[1] if "'" in problem.message else problem.message
        return f"{where} needs a '{missing}' field"
    if validator == "additionalProperties":
        allowed = sorted(problem.schema.get("properties", {}))
        instance = problem.instance if isinstance(problem.instance, dict) else {}
        extra = sorted(set(instance) - set(allowed), key=str)
        names = ", ".join(f"'{short(name, 40)}'" for name in extra[:5])
        return (f"{where}: unknown field {names} (check the spelling; allowed here: "
                f"{', '.join(allowed)})")
    if validator == "enum":
        options = ", ".join(str(option) for option in problem.validator_value)
        return f"{where}: '{short(problem.instance)}' is not one of: {options}"
    if validator == "type":
        wanted = _type_word(problem.validator_value)
        return f"{where} should be a {wanted}, not {_kind(problem.instance)}"
    if validator == "pattern":
        return (f"{where}: '{short(problem.instance)}' is not a valid ID or file name "
                f"({problem.schema.get('description', 'use lower-case letters, digits, - and _')})")
    if validator == "minItems":
        return f"{where} needs at least {problem.validator_value} item(s)"
    if validator == "maxItems":
        return f"{where} has more than {problem.validator_value} items"
    if validator in ("minLength", "maxLength"):
        return f"{where}: the text is empty or too long"
    choice = isinstance(problem.instance, dict) and "feedback" in problem.instance
    if validator == "anyOf" and choice:
        return (f"{where} needs `safety` (safe, unsafe or mixed), or `pressured: true` for a "
                "choice made under pressure")
    if validator == "uniqueItems":
        return f"{where} lists the same item twice"
    return f"{where}: {short(problem.message, 200)}"


def _type_word(value) -> str:
    words = {"object": "mapping (key: value lines)", "array": "list (lines starting with -)",
             "string": "text", "integer": "whole number", "boolean": "true or false"}
    if isinstance(value, list):
        return " or ".join(str(words.get(item, item)) for item in value)
    return words.get(value, value)


def _kind(instance) -> str:
    if isinstance(instance, dict):
        return "a mapping"
    if isinstance(instance, list):
        return "a list"
    if instance is None:
        return "nothing"
    if isinstance(instance, bool):
        return "true/false"
    if isinstance(instance, int | float):
        return "a number"
    return "text"


def _passes_fast_gate(data: object, key: tuple[str, int, int]) -> bool:
    gate = fast_gate(key)
    if gate is None:
        return False
    try:
        gate(data)
    except Exception:  # noqa: BLE001 - JsonSchemaException, or anything odd: ask jsonschema
        return False
    return True


def schema_problem(schema_path: Path, message: str) -> Finding:
    """The one SG048 finding for an unusable schema (the same for every level)."""
    return error("SG048", shown_path(schema_path), (1, 1),
                 f"{message}. No level can be checked, so none is loaded; put back the "
                 "schema.json that came with the game")


def check_schema(document: Document, path: str, schema_path: Path) -> list[Finding]:
    key = schema_key(schema_path)
    if _passes_fast_gate(document.data, key):
        return []
    validator = full_validator(key)
    if isinstance(validator, SchemaProblem):
        return [schema_problem(schema_path, validator.message)]
    try:
        problems = sorted(validator.iter_errors(document.data),
                          key=lambda e: list(map(str, e.path)))
    except (RecursionError, RemoteReferenceRefused) as refused:
        return [schema_problem(schema_path, f"levels/schema.json cannot be used "
                                            f"({type(refused).__name__})")]
    except Exception as failure:  # noqa: BLE001 - e.g. a $ref to nothing: the schema's fault
        return [schema_problem(schema_path, f"levels/schema.json cannot be used: "
                                            f"{short(failure, 120)}")]
    findings = []
    for problem in problems:
        # `if/then` failures repeat a `required` error already reported below them.
        if problem.validator == "if":
            continue
        location = tuple(problem.absolute_path)
        if problem.validator == "additionalProperties" and isinstance(problem.instance, dict):
            extra = sorted(set(problem.instance) - set(problem.schema.get("properties", {})),
                           key=str)
            where = document.where_key((*location, extra[0])) if extra else document.where(location)
        else:
            where = document.where(location)
        findings.append(error("SG010", path, where, _describe(problem)))
    return findings
