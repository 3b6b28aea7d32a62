"""Check level data against levels/schema.json and explain each problem plainly."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from sango_game.content.findings import Finding, error
from sango_game.content.safe_yaml import Document


@lru_cache(maxsize=4)
def _validator(schema_path: str):
    import jsonschema

    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _describe(problem) -> str:
    """Turn a jsonschema error into words a teacher writing a level understands."""
    where = "/".join(str(part) for part in problem.absolute_path) or "the level"
    validator = problem.validator
    if validator == "required":
        missing = problem.message.split("'")[1] if "'" in problem.message else problem.message
        return f"{where} needs a '{missing}' field"
    if validator == "additionalProperties":
        allowed = sorted(problem.schema.get("properties", {}))
        instance = problem.instance if isinstance(problem.instance, dict) else {}
        extra = sorted(set(instance) - set(allowed))
        names = ", ".join(f"'{name}'" for name in extra)
        return (f"{where}: unknown field {names} (check the spelling; allowed here: "
                f"{', '.join(allowed)})")
    if validator == "enum":
        options = ", ".join(str(option) for option in problem.validator_value)
        return f"{where}: '{problem.instance}' is not one of: {options}"
    if validator == "type":
        wanted = _type_word(problem.validator_value)
        return f"{where} should be a {wanted}, not {_kind(problem.instance)}"
    if validator == "pattern":
        return (f"{where}: '{problem.instance}' is not a valid ID or file name "
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
    return f"{where}: {problem.message}"


def _type_word(value) -> str:
    words = {"object": "mapping (key: value lines)", "array": "list (lines starting with -)",
             "string": "text", "integer": "whole number", "boolean": "true or false"}
    if isinstance(value, list):
        return " or ".join(words.get(item, item) for item in value)
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


@lru_cache(maxsize=4)
def _fast_gate(schema_path: str):
    """A compiled validator that only says valid or not, ~30x faster than jsonschema.

    fastjsonschema implements draft-07; the level schema uses nothing that differs
    from 2020-12 there. When the gate fails (or is unavailable), jsonschema gives
    the full, canonical list of problems.
    """
    try:
        import fastjsonschema
    except ImportError:
        return None
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    try:
        return fastjsonschema.compile(schema)
    except fastjsonschema.JsonSchemaDefinitionException:
        return None


def _passes_fast_gate(data: object, schema_path: Path) -> bool:
    gate = _fast_gate(str(schema_path))
    if gate is None:
        return False
    try:
        gate(data)
    except Exception:  # JsonSchemaException, or anything odd: ask jsonschema
        return False
    return True


def check_schema(document: Document, path: str, schema_path: Path) -> list[Finding]:
    if _passes_fast_gate(document.data, schema_path):
        return []
    validator = _validator(str(schema_path))
    findings = []
    problems = sorted(validator.iter_errors(document.data), key=lambda e: list(map(str, e.path)))
    for problem in problems:
        # `if/then` failures repeat a `required` error already reported below them.
        if problem.validator == "if":
            continue
        location = tuple(problem.absolute_path)
        if problem.validator == "additionalProperties" and isinstance(problem.instance, dict):
            extra = sorted(set(problem.instance) - set(problem.schema.get("properties", {})))
            where = document.where_key((*location, extra[0])) if extra else document.where(location)
        else:
            where = document.where(location)
        findings.append(error("SG010", path, where, _describe(problem)))
    return findings
