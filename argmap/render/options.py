"""Options shared by every output format."""

from __future__ import annotations

import attrs

from argmap.render.style import WRAP_WIDTH

DIRECTIONS = ("TB", "LR")
CLUSTERS = ("source", "voice")
# Above this many nodes (claims, evidence, inferences) Graphviz may take well over a few seconds
# (docs/performance.md, "Rendering"): render() stops and says how to focus instead of hanging.
# 0 or None lifts the limit.
DEFAULT_MAX_NODES = 4000


@attrs.frozen(kw_only=True)
class RenderOptions:
    """What to draw and how.

    ``focus``/``depth``: only the neighbourhood of one element; ``voice``: one voice's
    claims and what they rest on; ``cluster``: group nodes by ``"source"`` or
    ``"voice"``; ``direction``: ``"TB"`` puts theses at the top with their reasons
    below, ``"LR"`` puts theses at the left; ``findings``: run ``argmap.check`` and
    draw its findings; ``max_nodes``: refuse to lay out a diagram of more nodes
    than this (0 or None: no limit).
    """

    focus: str | None = None
    depth: int = attrs.field(default=2)
    voice: str | None = None
    cluster: str | None = None
    direction: str = "TB"
    findings: bool = False
    legend: bool = True
    wrap: int = WRAP_WIDTH
    max_nodes: int | None = DEFAULT_MAX_NODES

    @depth.validator
    def _depth_ok(self, _attribute, value):
        if not isinstance(value, int) or value < 0:
            raise ValueError(f"depth must be a whole number >= 0, not {value!r}")

    def __attrs_post_init__(self):
        if self.direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {self.direction!r}")
        if self.cluster is not None and self.cluster not in CLUSTERS:
            raise ValueError(f"cluster must be one of {', '.join(CLUSTERS)}, not {self.cluster!r}")
        if not isinstance(self.wrap, int) or self.wrap < 8:
            raise ValueError(f"wrap must be a whole number >= 8, not {self.wrap!r}")


def make_options(options: RenderOptions | None = None, **overrides) -> RenderOptions:
    """Options from a RenderOptions and/or keyword arguments (unknown names raise TypeError)."""
    base = options or RenderOptions()
    if not overrides:
        return base
    known = {f.name for f in attrs.fields(RenderOptions)}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise TypeError(f"unknown render option(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return attrs.evolve(base, **overrides)
