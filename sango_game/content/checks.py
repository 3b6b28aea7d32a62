"""What a schema cannot check: links between scenes, reachability, flags, art.

Runs on level data that already passed the schema. Every check returns
findings with a stable code and words a content author understands.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath

from sango_game.content.findings import Finding, error, short, warning
from sango_game.content.markup import markup_problems, placeholder_problems
from sango_game.content.model import BUILT_IN_SPEAKERS, Track
from sango_game.content.picture_size import PictureCheck, check_picture_file
from sango_game.content.playability import check_playability
from sango_game.content.safe_yaml import Document
from sango_game.content.safety_checks import check_safety_rules

LEVEL_PLACEHOLDERS = ("nickname",)
MAX_PROBLEMS_PER_TEXT = 3  # a text of 600 `<b>` gets four findings, not 600


@lru_cache(maxsize=4096)
def _resolved(path: Path) -> Path | None:
    """The real path, or None when it cannot be worked out (a link loop, a NUL)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return None


@lru_cache(maxsize=4096)
def _picture(path: Path) -> PictureCheck:
    """Whether the picture exists and is safe to decode (only the verdict is kept)."""
    return check_picture_file(path)[1]


def forget_file_cache() -> None:
    """Forget which pictures exist (after files were added or removed)."""
    _resolved.cache_clear()
    _picture.cache_clear()


@dataclass(frozen=True)
class CheckContext:
    """What the checks need to know besides the file itself."""

    tracks: dict[str, Track]
    topics: frozenset[str]
    assets_dir: Path
    file_stem: str | None = None
    folder: str | None = None
    topic_tracks: dict[str, tuple[str, ...]] = field(default_factory=dict)


class _Checker:
    def __init__(self, document: Document, path: str, context: CheckContext) -> None:
        self.doc = document
        self.data: dict = document.data  # type: ignore[assignment]
        self.path = path
        self.ctx = context
        self.findings: list[Finding] = []
        self.scenes = {scene["id"]: index for index, scene in enumerate(self.data["scenes"])}
        self.endings = {ending["id"]: index for index, ending in enumerate(self.data["endings"])}

    def err(self, code: str, where: tuple, message: str) -> None:
        self.findings.append(error(code, self.path, self.doc.where(where), message))

    def warn(self, code: str, where: tuple, message: str) -> None:
        self.findings.append(warning(code, self.path, self.doc.where(where), message))

    def choices(self):
        for s_index, scene in enumerate(self.data["scenes"]):
            for c_index, choice in enumerate(scene["choices"]):
                yield scene, s_index, choice, ("scenes", s_index, "choices", c_index)

    def run(self) -> list[Finding]:
        self.check_identity()
        self.check_ids()
        self.check_links()
        self.check_reachability()
        self.check_flags()
        self.check_pictures()
        self.check_texts()
        check_safety_rules(self.data, self.ctx.topic_tracks, self.err)
        self.findings.extend(check_playability(self.doc, self.path, self.findings))
        return self.findings

    def check_identity(self) -> None:
        data, ctx = self.data, self.ctx
        if ctx.file_stem and data["id"] != ctx.file_stem:
            self.warn("SG029", ("id",),
                      f"the level ID '{data['id']}' differs from the file name "
                      f"'{ctx.file_stem}.yaml'; rename one so they match")
        if data["track"] not in ctx.tracks:
            self.err("SG032", ("track",), f"unknown track '{data['track']}'")
        elif ctx.folder and ctx.folder in ctx.tracks and ctx.folder != data["track"]:
            self.warn("SG035", ("track",),
                      f"this level says track '{data['track']}' but sits in levels/{ctx.folder}/; "
                      f"move it to levels/{data['track']}/")
        if data["topic"] not in ctx.topics:
            known = ", ".join(sorted(ctx.topics))
            self.err("SG032", ("topic",),
                     f"unknown topic '{data['topic']}' (topics are listed in levels/topics.yaml: "
                     f"{known})")

    def check_ids(self) -> None:
        data = self.data
        self._unique([("scenes", i) for i in range(len(data["scenes"]))]
                     + [("endings", i) for i in range(len(data["endings"]))],
                     "scene or ending")
        self._unique([("cast", i) for i in range(len(data["cast"]))], "character")
        self._unique([("teacher_notes", "questions", i)
                      for i in range(len(data["teacher_notes"]["questions"]))], "question")
        for s_index, scene in enumerate(data["scenes"]):
            self._unique([("scenes", s_index, "lines", i) for i in range(len(scene["lines"]))]
                         + [("scenes", s_index, "choices", i)
                            for i in range(len(scene["choices"]))],
                         f"line or choice in scene '{scene['id']}'")

    def _unique(self, places: list[tuple], what: str) -> None:
        def get(place: tuple) -> str:
            node = self.data
            for key in place:
                node = node[key]
            return node["id"]

        counts = Counter(get(place) for place in places)
        seen: set[str] = set()
        for place in places:
            item_id = get(place)
            if counts[item_id] > 1 and item_id in seen:
                self.err("SG024", (*place, "id"),
                         f"the ID '{item_id}' is used by more than one {what}; "
                         "every ID must be different (translations are matched by ID)")
            seen.add(item_id)

    def check_links(self) -> None:
        data = self.data
        track = self.ctx.tracks.get(data["track"])
        young = track is not None and not track.can_fail
        if data["start"] not in self.scenes:
            self.err("SG030", ("start",),
                     f"the start scene '{data['start']}' does not exist; "
                     f"scenes are: {_some(self.scenes)}")
        cast = {person["id"] for person in data["cast"]}
        for s_index, scene in enumerate(data["scenes"]):
            for l_index, line in enumerate(scene["lines"]):
                if line["speaker"] not in cast and line["speaker"] not in BUILT_IN_SPEAKERS:
                    self.err("SG031", ("scenes", s_index, "lines", l_index, "speaker"),
                             f"speaker '{line['speaker']}' is not in the cast; add them to "
                             "`cast`, or use narrator or player")
            if all("when" in choice for choice in scene["choices"]):
                self.findings.append(error(
                    "SG038", self.path, self.doc.where_key(("scenes", s_index, "choices")),
                         f"every choice in scene '{scene['id']}' has a `when` condition, so the "
                    "child could see no choice at all; give one choice no condition"))
        for scene, _s, choice, where in self.choices():
            target = choice.get("next")
            if target is None:
                if choice.get("safety") == "safe":
                    self.err("SG034", where,
                             f"safe choice '{choice['id']}' in scene '{scene['id']}' has no "
                             "`next`: a safe choice must lead to a scene or an ending")
                continue
            if target not in self.scenes and target not in self.endings:
                self.err("SG020", (*where, "next"),
                         f"choice '{choice['id']}' goes to '{target}', but there is no scene "
                         "or ending with that ID")
            if young and choice.get("safety") == "unsafe":
                self.err("SG033", (*where, "next"),
                         f"in an under-9 level an unsafe choice lets the child choose again: "
                         f"remove `next` from choice '{choice['id']}'")
        for e_index, ending in enumerate(data["endings"]):
            if young and ending["outcome"] == "bad":
                self.err("SG033", ("endings", e_index, "outcome"),
                         f"ending '{ending['id']}' is a bad outcome, but under-9 levels never "
                         "end in failure; make it 'okay' or 'good'")

    def _edges(self) -> dict[str, set[str]]:
        edges: dict[str, set[str]] = {scene_id: set() for scene_id in self.scenes}
        for scene, _s, choice, _w in self.choices():
            target = choice.get("next")
            if target in self.scenes or target in self.endings:
                edges[scene["id"]].add(target)
        return edges

    def check_reachability(self) -> None:
        edges = self._edges()
        start = self.data["start"]
        reached: set[str] = set()
        todo = [start] if start in self.scenes else []
        while todo:
            node = todo.pop()
            if node in reached:
                continue
            reached.add(node)
            todo.extend(edges.get(node, ()))
        if start in self.scenes:
            for scene_id, index in self.scenes.items():
                if scene_id not in reached:
                    self.err("SG021", ("scenes", index, "id"),
                             f"scene '{scene_id}' is never reached: no choice leads to it")
            for ending_id, index in self.endings.items():
                if ending_id not in reached:
                    self.err("SG023", ("endings", index, "id"),
                             f"ending '{ending_id}' is never reached: no choice leads to it")
        finishing = _leading_to(set(self.endings), edges)
        for scene_id, index in self.scenes.items():
            if scene_id not in finishing:
                self.err("SG022", ("scenes", index, "id"),
                         f"scene '{scene_id}' is a dead end: none of its choices leads, "
                         "step by step, to an ending")
        looped = _first_loop(edges)
        if looped is not None:
            self.warn("SG039", ("scenes", self.scenes[looped], "id"),
                      f"scenes form a loop back to '{looped}'; make sure the child can "
                      "always leave it")

    def check_flags(self) -> None:
        set_at: dict[str, tuple] = {}
        read_at: dict[str, tuple] = {}
        for _scene, _s_index, choice, where in self.choices():
            for flag in [*choice.get("set", ()), *choice.get("unset", ())]:
                set_at.setdefault(flag, (*where, "set"))
            for condition in choice.get("when", ()):
                read_at.setdefault(condition.removeprefix("not ").strip(), (*where, "when"))
        for s_index, scene in enumerate(self.data["scenes"]):
            for l_index, line in enumerate(scene["lines"]):
                for condition in line.get("when", ()):
                    read_at.setdefault(condition.removeprefix("not ").strip(),
                                       ("scenes", s_index, "lines", l_index, "when"))
        for flag, where in read_at.items():
            if flag not in set_at:
                self.err("SG025", where,
                         f"flag '{flag}' is checked here but no choice ever sets it "
                         "(check the spelling, or add it to a choice's `set`)")
        for flag, where in set_at.items():
            if flag not in read_at:
                self.warn("SG026", where,
                          f"flag '{flag}' is set but never checked by a `when`; "
                          "it has no effect")

    def check_pictures(self) -> None:
        places: list[tuple] = [("cast", i, "picture") for i in range(len(self.data["cast"]))]
        for s_index, scene in enumerate(self.data["scenes"]):
            if "background" in scene:
                places.append(("scenes", s_index, "background"))
            places.extend(("scenes", s_index, "lines", i, "picture")
                          for i, line in enumerate(scene["lines"]) if "picture" in line)
            places.extend(("scenes", s_index, "choices", i, "picture")
                          for i, choice in enumerate(scene["choices"]) if "picture" in choice)
        places.extend(("endings", i, "background")
                      for i, ending in enumerate(self.data["endings"]) if "background" in ending)
        root = _resolved(self.ctx.assets_dir)
        for place in places:
            node = self.data
            for key in place:
                node = node[key]
            reference = str(node)
            pure = PurePosixPath(reference)
            if pure.is_absolute() or ".." in pure.parts or ":" in reference:
                self.err("SG028", place,
                         f"picture '{short(reference)}' points outside assets/; write a path "
                         "inside assets/, like images/characters/amara.svg")
                continue
            target = _resolved(root / reference) if root else None
            if target is None:
                self.err("SG047", place, f"picture '{short(reference)}' cannot be found: its "
                         "path cannot be followed (a link loop, or a character a path cannot hold)")
                continue
            if root is None or not target.is_relative_to(root):  # a target needs a root
                self.err("SG028", place, f"picture '{short(reference)}' points outside assets/")
                continue
            verdict = _picture(target)
            if verdict.missing:
                self.err("SG027", place,
                         f"picture '{short(reference)}' does not exist in assets/; check the name, "
                         "or add the file")
            elif not verdict.ok:
                self.err("SG047", place,
                         f"picture '{short(reference)}' cannot be shown: {verdict.problem}")

    def check_texts(self) -> None:
        track = self.ctx.tracks.get(self.data["track"])
        limits = track.limits if track else {}
        for where, text, kind in self._texts():
            problems = placeholder_problems(text, LEVEL_PLACEHOLDERS) + markup_problems(text)
            for problem in problems[:MAX_PROBLEMS_PER_TEXT]:
                self.err("SG037", where, short(problem, 200))
            if len(problems) > MAX_PROBLEMS_PER_TEXT:
                self.err("SG037", where, f"... and {len(problems) - MAX_PROBLEMS_PER_TEXT} "
                         "more markup or placeholder problems in this text")
            limit = limits.get(kind)
            if limit and len(text) > limit:
                self.warn("SG036", where,
                          f"this {kind} has {len(text)} characters; the {self.data['track']} "
                          f"track fits {limit}. Shorten it or split it into two")

    def _texts(self):
        data = self.data
        for key in ("title", "objective", "key_lesson"):
            yield (key,), data[key], "meta"
        for s_index, scene in enumerate(data["scenes"]):
            for l_index, line in enumerate(scene["lines"]):
                yield ("scenes", s_index, "lines", l_index, "text"), line["text"], "line"
            for c_index, choice in enumerate(scene["choices"]):
                base = ("scenes", s_index, "choices", c_index)
                yield (*base, "text"), choice["text"], "choice"
                yield (*base, "feedback"), choice["feedback"], "feedback"
        for e_index, ending in enumerate(data["endings"]):
            for key in ("title", "summary", "help"):
                if key in ending:
                    yield ("endings", e_index, key), ending[key], "ending"


def _some(names, count: int = 10) -> str:
    """The first few names, and how many more: a message stays one readable line."""
    names = list(names)
    shown = ", ".join(names[:count])
    return shown if len(names) <= count else f"{shown} and {len(names) - count} more"


def _leading_to(goals: set[str], edges: dict[str, set[str]]) -> set[str]:
    """Every node from which some path of `edges` reaches a goal (linear time)."""
    incoming: dict[str, list[str]] = {}
    for source, targets in edges.items():
        for target in targets:
            incoming.setdefault(target, []).append(source)
    reached = set(goals)
    todo = list(goals)
    while todo:
        for source in incoming.get(todo.pop(), ()):
            if source not in reached:
                reached.add(source)
                todo.append(source)
    return reached


def _first_loop(edges: dict[str, set[str]]) -> str | None:
    """A scene that a loop of `edges` comes back to, or None. Depth-first, no recursion."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    for root in edges:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(sorted(edges[root])))]
        while stack:
            node, targets = stack[-1]
            for target in targets:
                if target not in edges:
                    continue
                if state.get(target) == 1:
                    return target
                if target not in state:
                    state[target] = 1
                    stack.append((target, iter(sorted(edges[target]))))
                    break
            else:
                state[node] = 2
                stack.pop()
    return None


def check_level(document: Document, path: str, context: CheckContext) -> list[Finding]:
    """All semantic checks of one level that passed the schema."""
    return _Checker(document, path, context).run()
