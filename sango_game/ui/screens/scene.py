"""A scene: background, the speaker's picture and name, the typewriter line, the choices.

Lines come one at a time. The typewriter reveals each line at the theme's
pace; a click, a tap or a key shows the whole line at once, and Space, Enter,
a click or a tap goes on to the next line. After the last line the choices
appear as big buttons: keys 1-4, arrows + Enter, mouse or touch. A choice
is taken only once the choices have been visible for `READ_S` (see
`Screen.has_been_read`). Help or Settings opened over the scene come back to
the same line; only the return from feedback moves the story on.
"""

from __future__ import annotations

from functools import partial

import pygame

from sango_game.i18n import _, isolate, pgettext
from sango_game.session.level_flow import LevelFlow
from sango_game.text.markup import literal
from sango_game.ui.avatars import avatar_picture
from sango_game.ui.backdrop import draw_backdrop
from sango_game.ui.layout import Column
from sango_game.ui.read_aloud import sentences
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label, Panel, Picture

NUMBER_KEYS = {getattr(pygame, f"K_{n}"): n for n in range(1, 10)} | {
    getattr(pygame, f"K_KP{n}"): n for n in range(1, 10)
}
ADVANCE_KEYS = (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER)
DEFAULT_PICTURE = "characters/sango.svg"
MAX_STEP_S = 1 / 20  # a long pause between frames never skips half a line


class SceneScreen(Screen):
    name = "scene"

    def __init__(self, app, level, fresh: bool = False):
        super().__init__(app)
        self.level = level
        self.flow = LevelFlow(app.services, level)
        self.flow.start(fresh=fresh)
        self.view = self.flow.view()
        self.line_index = 0
        self.reveal = 0.0
        self.line_length = 0
        self.phase = "lines" if self.view.lines else "choices"
        self.welcome_back = self.flow.resumed  # until the child goes on
        self.text_label: Label | None = None
        self.awaiting_feedback = False  # a choice was made; its feedback is on top

    # --- what is shown -----------------------------------------------------------
    @property
    def line(self):
        if not self.view.lines:
            return None
        return self.view.lines[min(self.line_index, len(self.view.lines) - 1)]

    def speaker_name(self, line) -> str | None:
        if line is None or line.speaker == "narrator":
            return None
        if line.speaker == "player":
            profile = self.app.services.profile
            return isolate(literal(profile.nickname)) if profile else None
        if line.speaker_name:
            return pgettext(line.speaker_msgctxt, line.speaker_name)
        return None

    def portrait(self, line) -> str | None:
        """The picture beside this line; None for a narrator line in a track without one."""
        images = self.app.ctx.images
        if line is None:
            return self.app.ctx.theme.picture("narrator")
        if line.speaker == "narrator":  # its own picture, else the track's narrator
            return line.picture or images.with_mood(self.app.ctx.theme.picture("narrator"),
                                                    line.mood)
        if line.picture:
            return line.picture
        if line.speaker == "player":
            profile = self.app.services.profile
            return images.with_mood(avatar_picture(profile.avatar if profile else None),
                                    line.mood)
        return images.with_mood(line.speaker_picture or DEFAULT_PICTURE, line.mood)

    def line_text(self, line) -> str:
        profile = self.app.services.profile
        nickname = literal(profile.nickname) if profile else _("friend")
        return pgettext(line.msgctxt, line.text, nickname=nickname)

    def spoken(self):
        """Read aloud: the line being shown (its msgctxt is the clip key), or the choices."""
        if self.phase == "lines" and self.line is not None:
            return self.line_text(self.line), self.line.msgctxt
        words = [self.choice_words(choice) for choice in self.view.choices]
        return sentences([_("What do you do?"), *words]), None

    def preferred_focus(self):
        if self.phase == "choices" and self.view.choices:
            return f"choice-{self.view.choices[0].id}"
        return "next"

    # --- layout ------------------------------------------------------------------
    def draw_background(self, surface, ctx, veiled: bool = False) -> None:
        draw_backdrop(surface, ctx, self.view.background, veiled)

    def compose(self, ctx, body):
        widgets = self._compose(ctx, body, compact=False)
        if self.content_bottom_of(widgets) > body.bottom:
            widgets = self._compose(ctx, body, compact=True)
        return widgets

    @staticmethod
    def content_bottom_of(widgets) -> int:
        return max((widget.rect.bottom for widget in widgets), default=0)

    def _compose(self, ctx, body, compact: bool):
        """Lay the scene out; `compact` drops the prompt and tightens the choices."""
        theme = ctx.theme
        pad, gap = theme.px("padding"), theme.px("gap")
        portrait_width = round(ctx.size[0] * (theme.size("portrait_width") or 0.3))
        line = self.line
        picture = self.portrait(line)
        widgets = []
        if picture:
            widgets.append(
                Picture(
                    "portrait",
                    picture,
                    anchor="bottom",
                    rect=pygame.Rect(pad, body.top, portrait_width, body.height - pad),
                )
            )
            x = pad + portrait_width + gap
            width = ctx.size[0] - x - pad * 2
        else:  # narration on its own, centred
            width = min(ctx.size[0] - pad * 4, round(ctx.size[0] * 0.72))
            x = (ctx.size[0] - width) // 2
        column = Column(ctx, x + pad, body.top + pad, width - pad * 2)
        panel = Panel("dialogue")
        panel.on_activate = self.advance
        if self.welcome_back:
            words = _("Welcome back! The story goes on where you stopped.")
            column.add(Label("welcome-back", words, role="small", color="text_muted"))
        name = self.speaker_name(line)
        if name:
            column.add(
                Label("speaker", f"<b>{name}</b>", role="heading", color="speaker"),
                width=width - pad * 2,
            )
        if line is not None:
            self.text_label = Label("line-text", self.line_text(line), color="dialogue_text")
            column.add(self.text_label)
            self.line_length = self.text_label.paragraph(ctx, width - pad * 2).length
            if self.phase == "choices" or self.app.services.settings.reduced_motion:
                self.reveal = self.line_length  # reduced motion: no typewriter
            self.text_label.reveal = None if self.reveal >= self.line_length else int(self.reveal)
        panel.rect = pygame.Rect(x, body.top, width, column.bottom - body.top + pad - column.gap)
        column.bottom = panel.rect.bottom + gap * 2
        column.x, column.width = x, width
        if self.phase == "lines":
            next_button = Button("next", _("Next"), self.advance, icon="icons/play.svg")
            column.add(
                next_button, width=min(width, next_button.natural_width(ctx, width)), align="end"
            )
        else:
            if compact:
                column.gap = max(4, column.gap // 2)
            else:
                column.add(
                    Label("prompt", _("What do you do?"), role="text", bold=True, color="heading")
                )
            for choice in self.view.choices:
                words = self.choice_words(choice)
                column.add(
                    Button(
                        f"choice-{choice.id}",
                        words,
                        partial(self.choose, choice.id),
                        key_hint=str(choice.key),
                        icon=choice.picture,
                        role="choice_text",
                        min_height="button_min_height" if compact else "choice_min_height",
                        align="start",
                    )
                )
        return widgets + [panel] + column.widgets

    # --- time --------------------------------------------------------------------
    def update(self, dt: float) -> bool:
        if self.phase != "lines" or self.text_label is None:
            return False
        if self.reveal >= self.line_length:
            return False
        cps = self.app.ctx.theme.characters_per_second
        shown = self.text_label.reveal
        self.reveal = min(self.line_length, self.reveal + cps * min(dt, MAX_STEP_S))
        self.text_label.reveal = None if self.reveal >= self.line_length else int(self.reveal)
        # True when this frame differs from the last: the frame that completes the
        # line is drawn too, so no line ever stays on screen without its last letter.
        return self.text_label.reveal != shown or self.reveal < self.line_length

    @property
    def revealing(self) -> bool:
        return self.phase == "lines" and self.reveal < self.line_length

    # --- actions -----------------------------------------------------------------
    def advance(self) -> None:
        """Show the whole line, or go on to the next line, or to the choices."""
        if self.phase != "lines":
            return
        if self.revealing:
            self.reveal = self.line_length
            if self.text_label is not None:
                self.text_label.reveal = None
            self.app.dirty = True
            return
        self.app.sounds.play("page")
        self.welcome_back = False
        if self.line_index + 1 < len(self.view.lines):
            self.line_index += 1
            self.reveal = 0.0
        else:
            self.phase = "choices"
            self.focused_name = None
            self.restart_read_clock()
        self.app.relayout_all()

    def choice_words(self, choice) -> str:
        profile = self.app.services.profile
        nickname = literal(profile.nickname) if profile else ""
        return pgettext(choice.msgctxt, choice.text, nickname=nickname)

    def choose(self, choice_id: str) -> None:
        if self.phase != "choices" or not self.has_been_read():
            return
        chosen = next((c for c in self.view.choices if c.id == choice_id), None)
        words = self.choice_words(chosen) if chosen is not None else ""
        self.app.sounds.play("choice")
        self.welcome_back = False
        outcome = self.flow.choose(choice_id)
        self.awaiting_feedback = True
        self.app.push_screen("feedback", self, outcome, words)

    def choose_by_key(self, number: int) -> bool:
        for choice in self.view.choices:
            if choice.key == number:
                self.choose(choice.id)
                return True
        return False

    def on_enter(self) -> None:
        """Back from feedback: the next scene, the same choices again, or the results.

        Back from anything else (Help, Settings): the same line, as it was."""
        if not self.awaiting_feedback:
            self.app.relayout_all()
            return
        self.awaiting_feedback = False
        if self.flow.finished:
            self.app.switch_screen("results", self.flow)
            return
        before = self.view.scene_id
        self.view = self.flow.view()
        if self.view.scene_id != before:
            self.line_index, self.reveal = 0, 0.0
            self.phase = "lines" if self.view.lines else "choices"
        else:
            self.phase = "choices"
        self.focused_name = None

    def on_key(self, event) -> bool:
        if self.phase == "choices" and event.key in NUMBER_KEYS:
            return self.choose_by_key(NUMBER_KEYS[event.key])
        if self.phase == "lines" and event.key in ADVANCE_KEYS:
            if self.focused_name in (None, "next"):
                self.advance()
                return True
        return False

    def on_back(self) -> None:
        """Back to the map; every choice is already saved, so the child resumes here."""
        self.app.pop()
