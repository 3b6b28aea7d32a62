"""Drawing the level map: nodes, labelled arrows, marks; pan, zoom and hit testing.

Grid cells from `layout` become world pixels (`CELL_W` x `CELL_H`); the view
keeps a zoom and an offset and draws into a rectangle of the studio window.
Every word on the map (IDs, safety words, flags, marks) is drawn with Sango's
text engine. Safety is shown by colour, by the word on the arrow, and by the
line's pattern (safe solid, mixed dashed, unsafe dotted), never by colour alone.
"""

from __future__ import annotations

import math

import pygame

from sango_game.studio.graph import LevelMap, Node, safety_style
from sango_game.studio.layout import Layout
from sango_game.text import TextStyle

CELL_W, CELL_H = 320, 130
NODE_W, NODE_H = 170, 104
ZOOM_MIN, ZOOM_MAX = 0.3, 2.5
READABLE = 0.8
FULL_LABELS = 0.7  # below this zoom, arrows say only their safety (and "again")
PATTERNS = {"safe": None, "mixed": (14, 8), "unsafe": (4, 6), "pressured": (18, 5)}
OUTCOME_FILL = {"good": (214, 240, 220), "okay": (250, 238, 200), "bad": (246, 214, 210)}
INK = (29, 35, 48)
ERROR_RED = (190, 30, 30)
WARN_AMBER = (200, 120, 0)
SELECTED = (255, 200, 40)


def _few(flags: tuple[str, ...], shown: int = 2) -> str:
    """Flag names for a node, at most `shown` of them and how many more."""
    names = list(dict.fromkeys(flag.lstrip("!") for flag in flags))
    return ", ".join(names[:shown]) + (f" +{len(names) - shown}" if len(names) > shown else "")


class MapView:
    def __init__(self, engine, rect: pygame.Rect) -> None:
        self.engine = engine
        self.rect = pygame.Rect(rect)
        self.zoom = 1.0
        self.offset = pygame.Vector2(40, 40)  # screen pixels of world (0, 0) inside rect

    # --- geometry ------------------------------------------------------------
    def node_rect(self, layout: Layout, node_id: str) -> pygame.Rect:
        layer, slot = layout.cells[node_id]
        x = self.rect.x + self.offset.x + layer * CELL_W * self.zoom
        y = self.rect.y + self.offset.y + slot * CELL_H * self.zoom
        return pygame.Rect(round(x), round(y), round(NODE_W * self.zoom), round(NODE_H * self.zoom))

    def node_at(self, layout: Layout, pos: tuple[int, int]) -> str | None:
        for node_id in layout.cells:
            if self.node_rect(layout, node_id).collidepoint(pos):
                return node_id
        return None

    def pan(self, dx: float, dy: float) -> None:
        self.offset += pygame.Vector2(dx, dy)

    def zoom_by(self, factor: float, around: tuple[int, int] | None = None) -> None:
        centre = pygame.Vector2(around or self.rect.center)
        new = min(ZOOM_MAX, max(ZOOM_MIN, self.zoom * factor))
        anchor = centre - pygame.Vector2(self.rect.topleft)
        self.offset = anchor - (anchor - self.offset) * (new / self.zoom)
        self.zoom = new

    def fit(self, layout: Layout, readable: bool = False) -> None:
        """Zoom and pan so the whole map shows (`readable`: never below READABLE; pan for
        the rest)."""
        width = max(1, layout.layers) * CELL_W
        height = max(1, layout.slots) * CELL_H
        self.zoom = min(ZOOM_MAX, max(ZOOM_MIN, min((self.rect.width - 60) / width,
                                                    (self.rect.height - 60) / height)))
        if readable:
            self.zoom = max(self.zoom, READABLE)
        self.offset = pygame.Vector2(30, 30)

    def show(self, layout: Layout, node_id: str) -> None:
        """Pan just enough that `node_id` is inside the view."""
        rect = self.node_rect(layout, node_id)
        inner = self.rect.inflate(-40, -40)
        if not inner.contains(rect):
            self.offset += pygame.Vector2(inner.center) - pygame.Vector2(rect.center)

    # --- drawing ---------------------------------------------------------------
    def text(self, surface, words: str, pos, size: int, color=INK, bold=False, width=None,
             centre=False) -> pygame.Rect:
        style = TextStyle(size=max(7, round(size * self.zoom)), color=color, bold=bold,
                          align="center" if centre else "start")
        para = self.engine.layout(words, "en", width, style)
        x, y = pos
        if centre and width:
            x -= 0
        para.draw(surface, (x, y))
        return pygame.Rect(x, y, para.width, para.height)

    def draw(self, surface: pygame.Surface, level_map: LevelMap, layout: Layout,
             selected: str | None, highlight: set[tuple[str, str]] | None = None) -> None:
        surface.fill((236, 238, 242), self.rect)
        clip = surface.get_clip()
        surface.set_clip(self.rect)
        outgoing: dict[str, list] = {}
        incoming: dict[str, list] = {}
        for arrow in level_map.arrows:
            if arrow.source in layout.cells:
                outgoing.setdefault(arrow.source, []).append(arrow)
                if arrow.target in layout.cells:
                    incoming.setdefault(arrow.target, []).append(arrow)
        for arrows in outgoing.values():
            for index, arrow in enumerate(arrows):
                into = incoming.get(arrow.target, [arrow])
                self._arrow(surface, layout, arrow, (index, len(arrows)),
                            (into.index(arrow), len(into)), highlight or set())
        for node_id, node in level_map.nodes.items():
            if node_id in layout.cells:
                self._node(surface, layout, node, node_id == selected,
                           node_id == level_map.start)
        surface.set_clip(clip)

    def _node(self, surface, layout, node: Node, selected: bool, start: bool) -> None:
        rect = self.node_rect(layout, node.id)
        if not rect.colliderect(self.rect):
            return
        radius = max(2, round(10 * self.zoom))
        fill = (255, 255, 255) if node.kind == "scene" else OUTCOME_FILL.get(node.outcome or "",
                                                                          (225, 225, 230))
        if node.kind == "missing":
            fill = (215, 215, 220)
        if selected:
            pygame.draw.rect(surface, SELECTED, rect.inflate(12, 12), border_radius=radius + 4)
        pygame.draw.rect(surface, fill, rect, border_radius=radius)
        border = ERROR_RED if node.has_error or node.kind == "missing" else (
            WARN_AMBER if node.findings else INK)
        pygame.draw.rect(surface, border, rect, max(1, round((4 if node.findings else 2)
                                                             * self.zoom)),
                         border_radius=radius)
        pad = round(8 * self.zoom)
        kind = {"scene": "scene", "ending": f"ending: {node.outcome}",
                "missing": "missing"}[node.kind]
        if start:
            kind = "START " + kind
        y = rect.y + pad
        y = self.text(surface, kind, (rect.x + pad, y), 12, (90, 95, 110)).bottom
        y = self.text(surface, f"<b>{node.id}</b>", (rect.x + pad, y), 16,
                      width=rect.width - 2 * pad).bottom
        for word, flags in (("reads", node.flags_read), ("sets", node.flags_set)):
            if flags:
                y = self.text(surface, f"{word} {_few(flags)}", (rect.x + pad, y), 12,
                              (60, 60, 140), width=rect.width - 2 * pad).bottom
        if node.marks:
            words = "(!) " + ", ".join(node.marks)
            self.text(surface, f"<b>{words}</b>", (rect.x + pad, y), 13,
                      ERROR_RED if node.has_error or node.kind == "missing" else WARN_AMBER,
                      width=rect.width - 2 * pad)
        elif node.findings:
            count = len(node.findings)
            self.text(surface, f"<b>(!) {count} finding{'s' if count > 1 else ''}</b>",
                      (rect.x + pad, y), 13, ERROR_RED if node.has_error else WARN_AMBER)

    def _arrow(self, surface, layout, arrow, out: tuple[int, int], into: tuple[int, int],
               highlight: set[tuple[str, str]]) -> None:
        """One choice; starts and ends are spread along the node's edge so labels stay apart."""
        color, _word = safety_style(arrow.safety)
        on_path = (arrow.source, arrow.choice_id) in highlight
        width = max(1, round((5 if on_path else 2) * self.zoom))
        source = self.node_rect(layout, arrow.source)
        spread_out = (out[0] + 1) / (out[1] + 1)
        spread_in = (into[0] + 1) / (into[1] + 1)
        if arrow.target is None or arrow.target not in layout.cells:  # choose again: a loop
            start = pygame.Vector2(source.right, source.top + source.height * spread_out)
            loop = 18 * self.zoom
            points = [start, start + (loop, 0), start + (loop, loop * 0.6),
                      pygame.Vector2(source.right + 2, start.y + loop * 0.6)]
            label_at = pygame.Vector2(start.x + loop + 4 * self.zoom, start.y + loop * 0.3)
        else:
            target = self.node_rect(layout, arrow.target)
            if target.x > source.x:
                a = pygame.Vector2(source.right, source.top + source.height * spread_out)
                b = pygame.Vector2(target.left, target.top + target.height * spread_in)
                bend = a.x + (b.x - a.x) * (0.55 + 0.35 * spread_out)
                if b.x - a.x > CELL_W * self.zoom:  # skips a layer: bend just before the target
                    bend = b.x - (CELL_W - NODE_W) * self.zoom * (0.3 + 0.5 * spread_in)
                points = [a, pygame.Vector2(bend, a.y), pygame.Vector2(bend, b.y), b]
            else:  # back or sideways: around below
                a = pygame.Vector2(source.left + source.width * spread_out, source.bottom)
                b = pygame.Vector2(target.left + target.width * spread_in, target.bottom)
                low = max(a.y, b.y) + (20 + 14 * out[0]) * self.zoom
                points = [a, pygame.Vector2(a.x, low), pygame.Vector2(b.x, low), b]
            label_at = None
        self._polyline(surface, color, points, width, PATTERNS.get(arrow.safety, (2, 4)))
        self._head(surface, color, points[-2], points[-1])
        style = TextStyle(size=max(7, round(11 * self.zoom)), color=color, bold=True)
        words = arrow.label if self.zoom >= FULL_LABELS else arrow.short_label
        para = self.engine.layout(words, "en", None, style)
        box = pygame.Rect(0, 0, para.width + 6, para.height + 2)
        if label_at is None:
            first = points[0]
            if points[1].y == first.y and points[1].x != first.x:  # right after the source
                box.midleft = (round(first.x + 4 * self.zoom), round(first.y))
            else:  # on the low run of a back arrow
                box.midleft = (round(min(points[1].x, points[2].x) + 4 * self.zoom),
                               round(points[1].y))
        else:
            box.midleft = (round(label_at.x), round(label_at.y))
        pygame.draw.rect(surface, (255, 255, 255), box, border_radius=4)
        pygame.draw.rect(surface, color, box, 1, border_radius=4)
        para.draw(surface, (box.x + 3, box.y + 1))

    def _polyline(self, surface, color, points, width, pattern) -> None:
        for a, b in zip(points, points[1:], strict=False):
            a, b = pygame.Vector2(a), pygame.Vector2(b)
            if pattern is None:
                pygame.draw.line(surface, color, a, b, width)
                continue
            length = a.distance_to(b)
            if length < 1:
                continue
            step = (b - a) / length
            on, off = (part * self.zoom for part in pattern)
            at = 0.0
            while at < length:
                end = min(length, at + on)
                pygame.draw.line(surface, color, a + step * at, a + step * end, width)
                at = end + off

    def _head(self, surface, color, before, tip) -> None:
        before, tip = pygame.Vector2(before), pygame.Vector2(tip)
        if before == tip:
            return
        angle = math.atan2(tip.y - before.y, tip.x - before.x)
        size = 11 * self.zoom
        left = tip - pygame.Vector2(math.cos(angle - 0.45), math.sin(angle - 0.45)) * size
        right = tip - pygame.Vector2(math.cos(angle + 0.45), math.sin(angle + 0.45)) * size
        pygame.draw.polygon(surface, color, [tip, left, right])
