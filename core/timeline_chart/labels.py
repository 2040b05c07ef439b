"""Where the labels of vertical lines go so that none covers another: beside their line,
to the right when there is room, else to the left, on the first free line of text.

The renderer measures the labels in its own font; this module only does the arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """A label's line of text (0 nearest the chart) and its left edge."""

    line: int
    left: float


def place_labels(
    anchors: Sequence[tuple[float, float]], *, right_edge: float, gap: float = 3.0
) -> list[PlacedLabel]:
    """Place labels given as (x of their line, width): each beside its line, the lines of
    text filled from the bottom. Returns them in the order given."""
    order = sorted(range(len(anchors)), key=lambda index: anchors[index][0])
    taken: list[list[tuple[float, float]]] = []
    placed: dict[int, PlacedLabel] = {}
    for index in order:
        x, width = anchors[index]
        left = x + gap if x + gap + width <= right_edge else max(0.0, x - gap - width)
        line = 0
        while line < len(taken) and any(
            left < end + gap and start < left + width + gap for start, end in taken[line]
        ):
            line += 1
        if line == len(taken):
            taken.append([])
        taken[line].append((left, left + width))
        placed[index] = PlacedLabel(line, left)
    return [placed[index] for index in range(len(anchors))]


def fit_text(text: str, room: float, measure: Callable[[str], float]) -> str:
    """The longest start of `text` that fits `room` with an ellipsis ("" if nothing does);
    `measure(text) -> width` is the renderer's."""
    if measure(text) <= room:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + "…") <= room:
            low = middle
        else:
            high = middle - 1
    return "" if low == 0 else text[:low].rstrip() + "…"
