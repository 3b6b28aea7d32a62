"""Automatic layered layout of a level map that stays put when the file changes.

Layers come from the longest path from the start scene (back edges of loops
are ignored), so the story reads left to right; scenes nothing reaches start
their own chains from layer 0. Inside a layer, nodes are ordered by the
barycentre of their parents (two sweeps), file order breaking ties.

Stability: pass the previous `Layout` and every node ID it had keeps its layer
and its slot, so an author who edits the file sees the same map with only the
new scenes added (in free slots near their parents) and removed ones gone.
Pure Python: positions are grid cells; the view turns them into pixels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sango_game.studio.graph import LevelMap


@dataclass
class Layout:
    """Grid cells of each node: `cells[id] = (layer, slot)`."""

    cells: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def layers(self) -> int:
        return 1 + max((layer for layer, _ in self.cells.values()), default=-1)

    @property
    def slots(self) -> int:
        return 1 + max((slot for _, slot in self.cells.values()), default=-1)


def _successors(level_map: LevelMap) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {node_id: [] for node_id in level_map.nodes}
    for arrow in level_map.arrows:
        if arrow.target is not None and arrow.target in found and arrow.source in found:
            if arrow.target not in found[arrow.source] and arrow.target != arrow.source:
                found[arrow.source].append(arrow.target)
    return found


def _forward_edges(level_map: LevelMap, succ: dict[str, list[str]]) -> dict[str, list[str]]:
    """The edges left after dropping the back edges found by a DFS from the start."""
    order = list(level_map.nodes)
    roots = ([level_map.start] if level_map.start in succ else []) + order
    state: dict[str, int] = {}
    forward: dict[str, list[str]] = {node_id: [] for node_id in succ}
    for root in roots:
        if root in state:
            continue
        stack = [(root, iter(succ[root]))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
                continue
            if state.get(child) == 1:
                continue  # back edge: a loop
            forward[node].append(child)
            if child not in state:
                state[child] = 1
                stack.append((child, iter(succ[child])))
    return forward


def _longest_path_layers(level_map: LevelMap, forward: dict[str, list[str]]) -> dict[str, int]:
    indegree = {node_id: 0 for node_id in forward}
    for targets in forward.values():
        for target in targets:
            indegree[target] += 1
    layer = {node_id: 0 for node_id in forward}
    ready = [node_id for node_id in forward if indegree[node_id] == 0]
    while ready:
        node = ready.pop(0)
        for target in forward[node]:
            layer[target] = max(layer[target], layer[node] + 1)
            indegree[target] -= 1
            if indegree[target] == 0:
                ready.append(target)
    return layer


def _order_layers(level_map: LevelMap, layer: dict[str, int],
                  forward: dict[str, list[str]]) -> dict[int, list[str]]:
    file_rank = {node_id: index for index, node_id in enumerate(level_map.nodes)}
    by_layer: dict[int, list[str]] = {}
    for node_id in level_map.nodes:
        by_layer.setdefault(layer[node_id], []).append(node_id)
    parents: dict[str, list[str]] = {node_id: [] for node_id in forward}
    for source, targets in forward.items():
        for target in targets:
            parents[target].append(source)
    for _sweep in range(2):
        position = {node_id: index for nodes in by_layer.values()
                    for index, node_id in enumerate(nodes)}
        for number in sorted(by_layer)[1:]:
            def centre(node_id: str, where: dict[str, int] = position) -> tuple[float, int]:
                above = [where[p] for p in parents[node_id] if layer[p] < layer[node_id]]
                mean = sum(above) / len(above) if above else float(where[node_id])
                return mean, file_rank[node_id]

            by_layer[number].sort(key=centre)
            position.update({node_id: index for index, node_id in enumerate(by_layer[number])})
    return by_layer


def lay_out(level_map: LevelMap, previous: Layout | None = None) -> Layout:
    """Cells for every node of `level_map`; IDs already in `previous` keep theirs."""
    succ = _successors(level_map)
    forward = _forward_edges(level_map, succ)
    layer = _longest_path_layers(level_map, forward)
    fresh = _order_layers(level_map, layer, forward)
    layout = Layout()
    taken: set[tuple[int, int]] = set()
    if previous is not None:
        for node_id in level_map.nodes:
            if node_id in previous.cells:
                layout.cells[node_id] = previous.cells[node_id]
                taken.add(previous.cells[node_id])
    for number in sorted(fresh):
        for index, node_id in enumerate(fresh[number]):
            if node_id in layout.cells:
                continue
            wanted_layer = number
            wanted_slot = _wanted_slot(node_id, index, forward, layout)
            slot = _free_slot(wanted_layer, wanted_slot, taken)
            layout.cells[node_id] = (wanted_layer, slot)
            taken.add((wanted_layer, slot))
    return layout


def _wanted_slot(node_id: str, index: int, forward: dict[str, list[str]], layout: Layout) -> int:
    """Near the mean slot of the parents already placed; else its index in the layer."""
    slots = [layout.cells[source][1] for source, targets in forward.items()
             if node_id in targets and source in layout.cells]
    return round(sum(slots) / len(slots)) if slots else index


def _free_slot(layer: int, wanted: int, taken: set[tuple[int, int]]) -> int:
    for distance in range(0, 1000):
        for slot in (wanted + distance, wanted - distance):
            if slot >= 0 and (layer, slot) not in taken:
                return slot
    return wanted + 1000
