"""Circular reasoning: circles in the support graph, self-support, citation cycles.

A **circle** is a strongly connected component of the support graph (which always
holds an inference, since claims only reach claims through inferences). For each one
argmap reports a shortest cycle as a readable path, found by breadth-first search
from chosen start nodes (never by listing cycles), so a component of 100,000 nodes
costs a few passes over it.

A claim on a circle is **held up only by the circle** when it cannot be established
even if everything outside the circle is taken as established: its only grounds run
round the circle. A circle with such a claim is **vicious** (begging the question);
otherwise it is **benign** mutual support: the circle is entered from outside and no
claim on it needs the circle to stand. See docs/analysis.md for why this is the
definition, rather than "every claim is established".

**Self-support** is the shortest case, an inference whose conclusion is one of its own
premises (directly or through ``same``); it is reported on its own and left out of the
circle analysis. **Citation cycles** are sources that cite each other in a loop.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Iterable, Sequence

import attrs
import networkx as nx

from argmap.analysis.support import GRANTED, Support, SupportGraph, cyclic_components, establish
from argmap.model import ArgumentMap

#: Edge visits the search for shorter cycles may spend beyond one search per component.
#: One breadth-first search per component always runs, so every circle gets a cycle.
SEARCH_BUDGET = 200_000


@attrs.frozen(slots=True, kw_only=True)
class Circle:
    """One strongly connected component of the support graph, with a shortest cycle.

    ``cycle`` is the cycle as ids the map uses, starting and ending at the same claim:
    ``("C3", "I2", "C5", "I4", "C3")``. Two claim ids next to each other are a step
    through a restatement (``C5``, ``C7``: "C5, said again as C7"); ``restatements``
    lists those pairs. ``begged`` are the claims held up only by the circle (empty for
    benign mutual support), ``entries`` the claims on it with support from outside.
    ``exact`` says whether the cycle is a shortest one among all the candidates (every
    cycle of the component for benign circles, every cycle through a begged claim for
    vicious ones); on very large components the search stops early and reports the
    shortest cycle through the first start node.
    """

    nodes: tuple[str, ...]
    claims: tuple[str, ...]
    inferences: tuple[str, ...]
    cycle: tuple[str, ...]
    restatements: tuple[tuple[str, str], ...]
    begged: tuple[str, ...]
    entries: tuple[str, ...]
    exact: bool

    @property
    def vicious(self) -> bool:
        return bool(self.begged)

    @property
    def cycle_length(self) -> int:
        """Number of steps (claims and inferences) on the cycle."""
        return len(self.cycle) - 1 - len(self.restatements)

    def path_text(self, limit: int = 15) -> str:
        """The cycle as ``C3 → I2 → C5 = C7 → I4 → C3``, shortened in the middle past ``limit`` ids."""
        return path_text(self.cycle, set(self.claims), limit)


@attrs.frozen(slots=True, kw_only=True)
class SelfSupport:
    """An inference whose conclusion is among its premises; ``premise`` as written, which
    is the conclusion itself or a restatement of it."""

    inference: str
    premise: str
    conclusion: str

    @property
    def restated(self) -> bool:
        return self.premise != self.conclusion


@attrs.frozen(slots=True, kw_only=True)
class CitationCycle:
    """Sources that cite each other in a loop: the component and a shortest cycle (``a, b, a``)."""

    sources: tuple[str, ...]
    cycle: tuple[str, ...]
    exact: bool = True


@attrs.frozen(slots=True, kw_only=True)
class Circularity:
    """Everything circular in a map."""

    circles: tuple[Circle, ...]
    self_support: tuple[SelfSupport, ...]
    citation_cycles: tuple[CitationCycle, ...]


def path_text(ids: Sequence[str], claims: set[str] | frozenset[str], limit: int = 15) -> str:
    """Join a cycle's ids with ``→``, and with ``=`` between two claims (a restatement).

    >>> path_text(["C1", "I1", "C2", "C4", "I2", "C1"], {"C1", "C2", "C4"})
    'C1 → I1 → C2 = C4 → I2 → C1'
    """
    parts = [ids[0]] if ids else []
    for before, here in zip(ids, ids[1:]):
        parts.append(" = " if before in claims and here in claims else " → ")
        parts.append(here)
    if len(ids) > limit:
        head = "".join(parts[: 2 * 6 - 1])
        tail = "".join(parts[-(2 * 4 - 1):])
        return f"{head} → … ({len(ids) - 10} more) … → {tail}"
    return "".join(parts)


def shortest_cycle(
    successors: Callable[[Hashable], Iterable[Hashable]],
    starts: Sequence[Hashable],
    *,
    budget: int = SEARCH_BUDGET,
    floor: int = 1,
) -> tuple[list, bool, int]:
    """A shortest cycle through one of ``starts``, by breadth-first search from each.

    ``successors`` gives a node's neighbours inside the component. Each search stops at
    the depth of the best cycle so far; after the first search, further ones run only
    while ``budget`` edge visits remain. ``floor`` is the shortest cycle possible (search
    ends when one that short is found). Returns (cycle nodes without the repeated start,
    whether every start was searched, edge visits spent).
    """
    best: list | None = None
    spent = 0
    exact = True
    for k, start in enumerate(starts):
        if best is not None and (len(best) <= floor or spent >= budget):
            exact = len(best) <= floor
            break
        limit = len(best) - 1 if best is not None else None  # only cycles shorter than best are of interest
        parent = {start: None}
        depth = {start: 0}
        queue = deque([start])
        found = None
        while queue and found is None:
            here = queue.popleft()
            d = depth[here]
            if limit is not None and d >= limit:
                break
            for there in successors(here):
                spent += 1
                if there == start:
                    found = here
                    break
                if there not in parent:
                    parent[there] = here
                    depth[there] = d + 1
                    queue.append(there)
        if found is not None:
            cycle = []
            node = found
            while node is not None:
                cycle.append(node)
                node = parent[node]
            cycle.reverse()
            if best is None or len(cycle) < len(best):
                best = cycle
    return (best or []), exact, spent


def self_supporting(graph: SupportGraph) -> list[SelfSupport]:
    """Inferences whose conclusion is one of their premises, directly or through ``same``."""
    out = []
    for iid, target in graph.conclusion_node.items():
        if target is not None and target in graph.premise_nodes[iid]:
            inference = graph.map.inference(iid)
            assert inference is not None
            premise = next(p for p in inference.premises if graph.class_of.get(p) == target)
            out.append(SelfSupport(inference=iid, premise=premise, conclusion=inference.conclusion))
    return out


def find_circles(support: Support, *, budget: int = SEARCH_BUDGET) -> list[Circle]:
    """Every circle of the support graph (self-supporting steps left out), in map order."""
    graph = support.graph
    skipped = {(s.inference, graph.conclusion_node[s.inference]) for s in self_supporting(graph)}
    if skipped:
        def successors(node: str) -> tuple[str, ...]:
            return tuple(m for m in graph.successors(node) if (node, m) not in skipped)

        def predecessors(node: str) -> tuple[str, ...]:
            return tuple(m for m in graph.predecessors(node) if (m, node) not in skipped)

        comps = cyclic_components(graph.kinds, successors, predecessors, graph.order)
    else:
        successors = graph.successors
        comps = graph.components()
    circles = []
    remaining = budget
    for comp in comps:
        circle, spent = _circle(support, successors, comp, remaining)
        remaining = max(0, remaining - spent)
        circles.append(circle)
    return circles


def _circle(support: Support, successors_of: Callable[[str], Iterable[str]], comp: list[str],
            budget: int) -> tuple[Circle, int]:
    graph = support.graph
    inside = set(comp)
    claim_nodes = [n for n in comp if n in graph.members]
    inference_nodes = [n for n in comp if n not in graph.members]
    begged_nodes, entry_nodes = _held_by_circle(support, inside, claim_nodes, inference_nodes)

    adjacency = {n: [m for m in successors_of(n) if m in inside] for n in comp}
    starts = begged_nodes or claim_nodes
    nodes, exact, spent = shortest_cycle(adjacency.__getitem__, starts, budget=budget, floor=4)
    ids, hops = _cycle_ids(graph, nodes)
    circle = Circle(
        nodes=tuple(comp),
        claims=tuple(m for n in claim_nodes for m in graph.members[n]),
        inferences=tuple(inference_nodes),
        cycle=tuple(ids),
        restatements=tuple(hops),
        begged=tuple(m for n in begged_nodes for m in graph.members[n]),
        entries=tuple(m for n in entry_nodes for m in graph.members[n]),
        exact=exact,
    )
    return circle, spent


def _held_by_circle(support: Support, inside: set[str], claim_nodes: list[str],
                    inference_nodes: list[str]) -> tuple[list[str], list[str]]:
    """(claim nodes held up only by the circle, claim nodes supported from outside it), map order.

    Least fixpoint inside the component, with everything outside it taken as established.
    """
    graph = support.graph
    entries = []
    for node in claim_nodes:
        granted = support.justifications.get(node)
        if (granted is not None and granted.reason == GRANTED) or any(
            iid not in inside and (graph.premise_nodes[iid] or graph.missing[iid])
            and node not in graph.premise_nodes[iid]
            for iid in graph.concluded_by.get(node, ())
        ):
            entries.append(node)
    remaining = {iid: sum(1 for p in graph.premise_nodes[iid] if p in inside) for iid in inference_nodes}
    held = set(entries)
    queue = deque(entries)
    while queue:
        node = queue.popleft()
        for iid in graph.uses.get(node, ()):
            if iid in remaining:
                remaining[iid] -= 1
                target = graph.conclusion_node[iid]
                if remaining[iid] == 0 and target is not None and target in inside and target not in held:
                    held.add(target)
                    queue.append(target)
    return [n for n in claim_nodes if n not in held], entries


def _cycle_ids(graph: SupportGraph, nodes: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Turn a cycle of graph nodes (claim node first) into the ids the map uses, with restatement hops."""
    if not nodes:
        return [], []
    ids: list[str] = []
    hops: list[tuple[str, str]] = []
    count = len(nodes)
    for k in range(1, count, 2):  # inference positions
        inference, before, after = nodes[k], nodes[k - 1], nodes[(k + 1) % count]
        premise = graph.via(before, inference)[0]
        conclusion = graph.via(inference, after)[0]
        if not ids:
            ids.append(premise)
        elif ids[-1] != premise:
            hops.append((ids[-1], premise))
            ids.append(premise)
        ids += [inference, conclusion]
    if ids[-1] != ids[0]:
        hops.append((ids[-1], ids[0]))
        ids.append(ids[0])
    return ids, hops


def citation_cycles(amap: ArgumentMap, *, budget: int = SEARCH_BUDGET) -> list[CitationCycle]:
    """Loops in the ``cites`` relation between sources (a source citing itself included)."""
    order = {}
    g = nx.DiGraph()
    for source in amap.sources:
        if amap.get(source.id) is source:
            order[source.id] = len(order)
            g.add_node(source.id)
    for source in amap.sources:
        if source.id in order:
            for cited in source.cites:
                if cited in order:
                    g.add_edge(source.id, cited)
    out = []
    for comp in nx.strongly_connected_components(g):
        members = sorted(comp, key=order.__getitem__)
        if len(members) == 1 and not g.has_edge(members[0], members[0]):
            continue
        inside = set(members)
        cycle, exact, spent = shortest_cycle(lambda n: [m for m in g.succ[n] if m in inside], members,
                                             budget=budget)
        budget = max(0, budget - spent)
        out.append(CitationCycle(sources=tuple(members), cycle=(*cycle, cycle[0]), exact=exact))
    out.sort(key=lambda c: order[c.sources[0]])
    return out


def circularity(source: ArgumentMap | Support) -> Circularity:
    """Circles, self-support and citation cycles of a map (see the module docstring)."""
    support = source if isinstance(source, Support) else establish(source)
    return Circularity(
        circles=tuple(find_circles(support)),
        self_support=tuple(self_supporting(support.graph)),
        citation_cycles=tuple(citation_cycles(support.map)),
    )


__all__ = [
    "Circle", "CitationCycle", "Circularity", "SEARCH_BUDGET", "SelfSupport", "circularity", "citation_cycles",
    "find_circles", "path_text", "self_supporting", "shortest_cycle",
]
