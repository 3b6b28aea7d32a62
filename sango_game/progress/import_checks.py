"""Every rule an imported profile file must follow before anything is stored.

An imported file is untrusted: a teacher may be handed one from anywhere. The
same rules as the store's own writes apply (``validate``, ``known``,
``settings_rules``), plus what only a file can get wrong: ids that repeat
inside it, more rows than a child could ever make, JSON that is not plain data
(``untrusted.check_tree``). ``check_shape`` raises ``BadFile`` with a detail
naming the place (``attempts[3].stars``) and the rule, in plain words.
"""

from __future__ import annotations

from typing import Any

from sango_game.progress import settings_rules, untrusted, validate
from sango_game.progress.records import Problem

STATUSES = ("in_progress", "done", "abandoned")
MAX_ATTEMPTS = 10_000
MAX_CHOICES = 10_000  # in one attempt
MAX_BADGES = 1_000
_KINDS: dict[type, str] = {dict: "an object", list: "a list", str: "text"}


class BadFile(ValueError):
    """The data is not a Sango profile export; the message names the place and rule."""


def check_shape(data: dict[str, Any]) -> None:
    """Raise ``BadFile`` unless ``data`` follows every rule (see module)."""
    try:
        untrusted.check_tree(data)
    except untrusted.BadJson as error:
        raise BadFile(str(error)) from None
    profile = _need(data, "profile", dict, "profile")
    _check_profile(profile)
    attempts = _need(data, "attempts", list, "attempts")
    _at_most(attempts, MAX_ATTEMPTS, "attempts")
    attempt_ids: set[str] = set()
    for index, attempt in enumerate(attempts):
        place = f"attempts[{index}]"
        if not isinstance(attempt, dict):
            raise BadFile(f"{place} must be an object")
        _check_attempt(attempt, place)
        if attempt["id"] in attempt_ids:
            raise BadFile(f"{place}.id appears twice in the file")
        attempt_ids.add(attempt["id"])
    badges = _need(data, "badges", list, "badges")
    _at_most(badges, MAX_BADGES, "badges")
    badge_ids: set[str] = set()
    for index, badge in enumerate(badges):
        place = f"badges[{index}]"
        if not isinstance(badge, dict):
            raise BadFile(f"{place} must be an object")
        _rule(validate.check_id(badge.get("badge_id"), "badge_id"), f"{place}.badge_id")
        _rule(validate.check_time(badge.get("earned_at"), "earned_at"), f"{place}.earned_at")
        if badge["badge_id"] in badge_ids:
            raise BadFile(f"{place}.badge_id appears twice in the file")
        badge_ids.add(badge["badge_id"])


def _check_profile(profile: dict[str, Any]) -> None:
    _rule(validate.check_id(profile.get("id"), "id"), "profile.id")
    nickname = _need(profile, "nickname", str, "profile.nickname")
    _rule(validate.check_nickname(nickname, "profile.nickname"), "profile.nickname")
    for field in ("avatar", "track", "language"):
        _rule(validate.check_known(profile.get(field), field), f"profile.{field}")
    _rule(validate.check_time(profile.get("created_at"), "created_at"), "profile.created_at")
    _rule(validate.check_time(profile.get("last_played_at"), "last_played_at", allow_none=True),
          "profile.last_played_at")
    _, reason = settings_rules.check_settings(_need(profile, "settings", dict, "profile.settings"))
    if reason:
        raise BadFile(f"profile.{reason}")


def _check_attempt(attempt: dict[str, Any], place: str) -> None:
    for key in ("id", "level_id", "content_hash"):
        _rule(validate.check_id(attempt.get(key), key), f"{place}.{key}")
    if attempt.get("status") not in STATUSES:
        raise BadFile(f"{place}.status must be one of {', '.join(STATUSES)}")
    for key in ("started_at", "updated_at"):
        _rule(validate.check_time(attempt.get(key), key), f"{place}.{key}")
    _rule(validate.check_time(attempt.get("finished_at", ""), "finished_at", allow_none=True),
          f"{place}.finished_at")
    ending = attempt.get("ending_id", "")
    if ending is not None:
        _rule(validate.check_id(ending, "ending_id"), f"{place}.ending_id")
    stars = attempt.get("stars", "")
    if stars is not None:
        _rule(validate.check_stars(stars), f"{place}.stars")
    _, problem = validate.dump_json(_need(attempt, "state", dict, f"{place}.state"), "state")
    _rule(problem, f"{place}.state")
    choices = _need(attempt, "choices", list, f"{place}.choices")
    _at_most(choices, MAX_CHOICES, f"{place}.choices")
    seqs: set[int] = set()
    for index, choice in enumerate(choices):
        where = f"{place}.choices[{index}]"
        if not isinstance(choice, dict):
            raise BadFile(f"{where} must be an object")
        _rule(validate.check_seq(choice.get("seq")), f"{where}.seq")
        for key in ("scene_id", "choice_id"):
            _rule(validate.check_id(choice.get(key), key), f"{where}.{key}")
        _rule(validate.check_safety(choice.get("safety")), f"{where}.safety")
        _rule(validate.check_time(choice.get("made_at"), "made_at"), f"{where}.made_at")
        if choice["seq"] in seqs:
            raise BadFile(f"{where}.seq appears twice in the attempt")
        seqs.add(choice["seq"])


def _rule(problem: Problem | None, place: str) -> None:
    if problem is not None:
        detail = problem.params.get("detail")
        if detail is None:  # a nickname problem: its own sentence, with its limit
            detail = problem.message.format(**problem.params).rstrip(".")
        raise BadFile(f"{place}: {detail}")


def _need(mapping: dict[str, Any], key: str, kind: type, place: str) -> Any:
    value = mapping.get(key)
    if not isinstance(value, kind):
        raise BadFile(f"{place} is missing or not {_KINDS.get(kind, 'the right kind')}")
    return value


def _at_most(items: list, limit: int, place: str) -> None:
    if len(items) > limit:
        raise BadFile(f"{place} has more than {limit:,} entries")
