"""`sango-game play --autoplay`: the game plays itself through the pilot.

It goes title -> Who's playing? -> (new) profile -> map -> each level -> results,
by keyboard alone (Tab, arrows, number keys, Enter, Space) or by mouse alone,
choosing safe, unsafe, first or random answers, and saves a numbered PNG of
every screen it passes. Returns 0 when every level reached its results screen,
else 1 with the reason. It reads the level model only to know which answer is
"safe"; everything else goes through the screens a child sees.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path

import pygame

from sango_game.ui.pilot import Pilot, PilotError
from sango_game.ui.window import NoDisplayError

MAX_ACTIONS_PER_LEVEL = 400
STRATEGIES = ("safe", "unsafe", "first", "random")
PREFERENCE = {
    "safe": ("safe", "mixed", "pressured", "unsafe"),
    "unsafe": ("unsafe", "pressured", "mixed", "safe"),
}


@dataclass
class AutoplayOptions:
    level: str | None = None
    track: str | None = None
    lang: str | None = None
    choose: str = "safe"
    input: str = "keyboard"  # keyboard | mouse | touch
    screenshots: str | None = None
    data_dir: str | None = None
    profile: str | None = None
    size: tuple[int, int] = (1280, 720)
    seed: int = 1


class AutoplayFailed(Exception):
    pass


class Autoplay:
    def __init__(self, options: AutoplayOptions, say=print):
        self.options = options
        self.say = say
        self.random = random.Random(options.seed)
        self.shots = Path(options.screenshots) if options.screenshots else None
        self.shot_number = 0
        self._pilot: Pilot | None = None
        self.results: list[str] = []

    @property
    def pilot(self) -> Pilot:
        """The running game: `run` starts it before any step uses it."""
        assert self._pilot is not None, "the pilot is used before run() started the game"
        return self._pilot

    # --- helpers -----------------------------------------------------------------
    def shot(self, detail: str = "") -> None:
        if self.shots is None:
            return
        self.shot_number += 1
        name = f"{self.shot_number:03d}-{self.pilot.screen_name}"
        if detail:
            name += f"-{detail}"
        self.pilot.screenshot(self.shots / f"{name}.png")

    def activate(self, name: str, focus_only: bool = False) -> None:
        """Press the widget `name` the way the chosen input device would.

        With `focus_only`, keyboard play only moves the focus there (a text entry).
        """
        pilot = self.pilot
        if self.options.input in ("mouse", "touch"):
            pilot.click(name, device=self.options.input, scroll=True)
            return
        for _ in range(len(pilot.screen.focusables()) + 2):
            if pilot.focused == name:
                break
            pilot.press(pygame.K_TAB)
        if pilot.focused != name:
            raise AutoplayFailed(f"could not reach {name!r} with Tab on {pilot.screen_name}")
        if not focus_only:
            pilot.press(pygame.K_RETURN)

    def expect(self, screen: str) -> None:
        if self.pilot.screen_name != screen:
            raise AutoplayFailed(
                f"expected the {screen} screen, but the {self.pilot.screen_name} screen is shown"
            )

    # --- the run -----------------------------------------------------------------
    def run(self) -> int:
        options = self.options
        if options.choose not in STRATEGIES:
            self.say(f"autoplay: --choose must be one of {', '.join(STRATEGIES)}")
            return 2
        try:
            self._pilot = self.start_pilot()
        except Exception as error:  # the edge: report, never a traceback
            self.say(f"autoplay: the game could not start: {error}")
            return 1
        try:
            levels = self.pick_levels()
            self.shot()
            by_track: dict[str, list] = {}
            for level in levels:
                by_track.setdefault(level.track, []).append(level)
            for track, track_levels in by_track.items():
                self.enter_profile(track, several=len(by_track) > 1)
                for level in track_levels:
                    self.play_level(level)
                self.back_to_title()
        except (AutoplayFailed, PilotError) as error:
            self.say(f"autoplay failed: {error}")
            if self.shots is not None:
                self.shot("failed")
            return 1
        finally:
            self.pilot.close()
        for line in self.results:
            self.say(line)
        return 0

    def start_pilot(self) -> Pilot:
        """The game, on the screen if there is one, else headless (autoplay needs none)."""
        def start() -> Pilot:
            return Pilot.start(wait_for_animations=False, lang=self.options.lang,
                               data_dir=self.options.data_dir, size=self.options.size)

        try:
            return start()
        except NoDisplayError as why:
            self.say(f"autoplay: no display ({why}); playing without a window")
            os.environ["SDL_VIDEODRIVER"] = "dummy"
            os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
            return start()

    def pick_levels(self) -> list:
        library = self.pilot.app.services.library
        options = self.options
        if options.level:
            level = library.level(options.level)
            if level is None:
                raise AutoplayFailed(f"there is no level called {options.level!r}")
            return [level]
        if options.track:
            levels = list(library.levels_in(options.track))
            if not levels:
                raise AutoplayFailed(f"there are no levels in track {options.track!r}")
            return levels
        if not library.levels:
            raise AutoplayFailed("there are no levels to play")
        pupil = self.pilot.app.services.store.find_profile(options.profile or "")
        if pupil is not None and pupil.class_id:  # a pupil: their track, today's lesson first
            from sango_game.classroom.lesson import pupil_levels

            return pupil_levels(self.pilot.app.services.store, pupil, library.levels)
        return list(library.levels)

    def enter_profile(self, track: str, several: bool) -> None:
        pilot = self.pilot
        self.expect("title")
        self.activate("play")
        self.expect("profiles")
        self.shot()
        store = pilot.app.services.store
        nickname = self.options.profile
        if nickname and several:
            nickname = f"{nickname} {track}"
        existing = store.find_profile(nickname) if nickname else None
        if existing is not None and existing.track == track:
            self.activate(f"profile-{existing.nickname}")
        else:
            self.activate("new-player")
            self.expect("new-profile")
            if nickname:
                self.activate("nickname", focus_only=True)
                pilot.type(nickname)  # typing needs keys even for a mouse player
            else:
                self.activate("name-1")
            self.activate(f"track-{track}")
            self.shot()
            self.activate("create")
        self.expect("map")
        self.shot()

    def play_level(self, level) -> None:
        pilot = self.pilot
        self.expect("map")
        tile = f"level-{level.id}"
        if pilot.widget(tile).enabled:
            self.activate(tile)
        else:  # locked on this child's map: open it the way "Next level" would
            pilot.app.push_screen("scene", level)
            pilot.settle()
        scenes_shot: set = set()
        for _ in range(MAX_ACTIONS_PER_LEVEL):
            screen = pilot.screen
            if pilot.screen_name == "results":
                break
            if pilot.screen_name == "scene":
                if screen.phase == "lines":
                    if screen.revealing:  # a quick reader: show the whole line at once
                        self.advance_line()
                    if screen.line_index == 0 and screen.view.scene_id not in scenes_shot:
                        scenes_shot.add(screen.view.scene_id)
                        self.shot(screen.view.scene_id or "")
                    self.advance_line()
                else:
                    self.shot(f"{screen.view.scene_id}-choices")
                    self.make_choice(level, screen)
            elif pilot.screen_name == "feedback":
                self.shot(screen.outcome.safety)
                self.activate("continue")
            elif pilot.screen_name == "content-note":  # a sensitive level's note
                self.shot("content-note")
                self.activate("continue")
            else:
                raise AutoplayFailed(f"unexpected {pilot.screen_name} screen in {level.id}")
        else:
            raise AutoplayFailed(
                f"level {level.id} did not end after {MAX_ACTIONS_PER_LEVEL} actions"
            )
        self.expect("results")
        self.shot()
        result = pilot.screen.result
        self.results.append(
            f"{level.id}: ending {result.ending_id} ({result.outcome}), stars {result.stars}/3"
        )
        self.activate("map")
        self.expect("map")

    def advance_line(self) -> None:
        if self.options.input == "keyboard":
            self.pilot.press(pygame.K_SPACE)
        else:
            self.pilot.click("dialogue", device=self.options.input, scroll=True)

    def make_choice(self, level, screen) -> None:
        choices = screen.view.choices
        if not choices:
            raise AutoplayFailed(f"scene {screen.view.scene_id} of {level.id} offers no choice")
        strategy = self.options.choose
        scene = level.scene(screen.view.scene_id)
        safety = {choice.id: choice.safety for choice in scene.choices} if scene else {}
        if strategy == "first":
            picked = choices[0]
        elif strategy == "random":
            picked = self.random.choice(choices)
        else:
            order = PREFERENCE[strategy]
            picked = min(choices, key=lambda c: order.index(safety.get(c.id, "mixed")))
        if self.options.input == "keyboard":
            self.pilot.press(pygame.K_1 + picked.key - 1)
        else:
            self.pilot.click(f"choice-{picked.id}", device=self.options.input,
                             scroll=True)

    def back_to_title(self) -> None:
        pilot = self.pilot
        for _ in range(6):
            if pilot.screen_name == "title":
                return
            if self.options.input == "keyboard":
                pilot.press(pygame.K_ESCAPE)
            else:
                self.activate("back")
        self.expect("title")


def run_autoplay(options: AutoplayOptions, say=print) -> int:
    return Autoplay(options, say).run()
