"""Dialectics: which claims survive the objections a map records (see docs/dialectics.md).

The map is turned into an abstract argumentation framework (Dung 1995): a
directed graph whose nodes are *arguments* and whose edges are *attacks*.

Arguments
    * one per claim, or rather per ``same`` class: restated claims are one
      proposition and share one status (the node is named after the class's
      first claim in map order);
    * one per evidence item and one per inference;
    * one auxiliary node ``unsupported:C`` per claim C that is the conclusion of
      at least one inference and is not ``granted``; it says "no inference for C
      holds".

Attacks (edges attacker → target, each with the reasons behind it)
    * ``rebut`` and ``undermine``: the attacking claim (or evidence) attacks the
      target claim or evidence; ``undercut``: it attacks the target inference.
      Attacks are directed as written: a rebuttal is not made symmetric (that
      would turn every recorded exchange of objection and reply into a
      stalemate);
    * ``premise``: whatever attacks a premise attacks every inference that uses
      it, so an inference holds only if all its premises hold;
    * ``support``: every inference for C attacks ``unsupported:C``, which
      attacks C. A conclusion therefore falls when all its inferences fall, and
      stands if one of them stands. Claims with no inference (bare assertions)
      and granted claims stand unless attacked; whether they are *established*
      is the support analysis' question (AM2xx), not this one's.

Everything is a plain Dung framework, so the standard semantics apply as
defined: :func:`grounded_labelling` computes the grounded labelling in linear
time; :func:`preferred_extensions` enumerates preferred extensions of each
small undecided component (at most :data:`PREFERRED_CUTOFF` arguments).
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Hashable
from typing import Union

import attrs
import networkx as nx

from argmap.analysis.support import first_defined, restatement_classes
from argmap.gcpause import paused_gc
from argmap.model import ArgumentMap

PREFERRED_CUTOFF = 20  # undecided arguments per component for which preferred extensions are enumerated
SEARCH_BUDGET = 200_000  # search steps per component before preferred enumeration gives up
UNSUPPORTED = "unsupported:"


class Label(str, enum.Enum):
    """The status of an argument in a labelling."""

    IN = "IN"
    OUT = "OUT"
    UNDEC = "UNDEC"

    def __str__(self) -> str:
        return self.value


# ---- abstract frameworks --------------------------------------------------------------

class _Adjacency(dict):
    """Node → neighbours; a node without any is absent and reads as an empty tuple (most nodes of a
    map are attacked by nothing, so no list is made for them)."""

    def __missing__(self, key):
        return ()


class AttackGraph:
    """A light directed graph of attacks, built once from plain dicts.

    The analyses need only successors, predecessors and attributes; growing a
    networkx DiGraph node by node costs several times more on 10k-claim maps.
    The algorithms below accept this class or an ``nx.DiGraph`` alike (both
    offer ``succ``/``pred`` mappings); :meth:`to_networkx` gives the DiGraph.
    """

    def __init__(self, nodes: dict[Hashable, dict], edges: dict[tuple[Hashable, Hashable], dict]):
        self.nodes = nodes
        self.edges = edges
        self.succ = _Adjacency()
        self.pred = _Adjacency()
        for source, target in edges:
            self.succ.setdefault(source, []).append(target)
            self.pred.setdefault(target, []).append(source)

    def __iter__(self):
        return iter(self.nodes)

    def __contains__(self, node: object) -> bool:
        return node in self.nodes

    def __len__(self) -> int:
        return len(self.nodes)

    def successors(self, node: Hashable) -> list:
        return self.succ[node]

    def predecessors(self, node: Hashable) -> list:
        return self.pred[node]

    def has_edge(self, source: Hashable, target: Hashable) -> bool:
        return (source, target) in self.edges

    def to_networkx(self) -> nx.DiGraph:
        """The same graph as a networkx DiGraph, with node and edge attributes."""
        graph = nx.DiGraph()
        graph.add_nodes_from(self.nodes.items())
        graph.add_edges_from((source, target, data) for (source, target), data in self.edges.items())
        return graph


Graph = Union[AttackGraph, nx.DiGraph]


def grounded_labelling(graph: Graph) -> dict[Hashable, Label]:
    """The grounded labelling of an argumentation framework (edges are attacks), in O(nodes + edges).

    A worklist version of the least fixpoint: an argument is IN once all its
    attackers are OUT, OUT once one attacker is IN; what is left is UNDEC.
    """
    labels: dict[Hashable, Label] = {}
    successors = graph.succ
    predecessors = graph.pred
    alive = {node: len(predecessors[node]) for node in graph}  # attackers not (yet) OUT
    queue = deque(n for n, count in alive.items() if count == 0)
    while queue:
        node = queue.popleft()
        if node in labels:
            continue
        labels[node] = Label.IN
        for target in successors[node]:
            if target in labels:
                continue
            labels[target] = Label.OUT
            for victim in successors[target]:
                if victim not in labels:
                    alive[victim] -= 1
                    if alive[victim] == 0:
                        queue.append(victim)
    for node in graph:
        labels.setdefault(node, Label.UNDEC)
    return labels


def _undecided_components(graph: Graph, labels: dict[Hashable, Label]) -> list[list[Hashable]]:
    """Weakly connected components of the UNDEC arguments (attacks followed both ways)."""
    seen: set = set()
    components = []
    for start in graph:
        if start in seen or labels[start] is not Label.UNDEC:
            continue
        seen.add(start)
        component, stack = [], [start]
        while stack:
            node = stack.pop()
            component.append(node)
            for other in (*graph.succ[node], *graph.pred[node]):
                if other not in seen and labels[other] is Label.UNDEC:
                    seen.add(other)
                    stack.append(other)
        components.append(sorted(component, key=str))
    return sorted(components, key=lambda c: str(c[0]))


@attrs.frozen(slots=True)
class Component:
    """A weakly connected group of undecided arguments and its preferred choices.

    ``extensions`` lists, for each preferred extension of the framework, which
    of these arguments it accepts (the rest of every extension is the grounded
    one and choices in other components). None when the component is larger
    than the cut-off or the search ran out of budget.
    """

    arguments: tuple[Hashable, ...]
    extensions: tuple[frozenset, ...] | None

    @property
    def decided(self) -> bool:
        return self.extensions is not None


def preferred_components(
    graph: Graph,
    labels: dict[Hashable, Label] | None = None,
    cutoff: int = PREFERRED_CUTOFF,
) -> list[Component]:
    """Preferred extensions, component by component of the undecided part.

    Every preferred extension is the grounded extension plus, independently for
    each weakly connected component of the UNDEC arguments, one maximal
    admissible choice of that component's arguments; so the choices are
    enumerated per component and never multiplied out.
    """
    labels = labels if labels is not None else grounded_labelling(graph)
    out = []
    for component in _undecided_components(graph, labels):
        extensions = _preferred_in(graph, component) if len(component) <= cutoff else None
        out.append(Component(tuple(component), extensions))
    return out


def preferred_extensions(graph: Graph, cutoff: int = PREFERRED_CUTOFF) -> list[frozenset] | None:
    """All preferred extensions of the framework, or None if some undecided component is beyond the cut-off.

    Their number is the product of the per-component counts; prefer
    :func:`preferred_components` on large frameworks.
    """
    labels = grounded_labelling(graph)
    grounded_in = frozenset(n for n, label in labels.items() if label is Label.IN)
    results = [grounded_in]
    for component in preferred_components(graph, labels, cutoff):
        if component.extensions is None:
            return None
        results = [base | choice for base in results for choice in component.extensions]
    return sorted(results, key=lambda s: sorted(map(str, s)))


def _preferred_in(graph: Graph, component: list[Hashable]) -> tuple[frozenset, ...] | None:
    """Maximal admissible subsets of one undecided component (w.r.t. the framework restricted to it).

    Backtracking with bitmasks: arguments are taken in order, each put in or
    left out; a branch is cut when the chosen set is in conflict, when some
    chosen argument has an attacker that nothing still available could attack,
    or when everything still available fits inside an extension already found.
    """
    index = {node: i for i, node in enumerate(component)}
    n = len(component)
    attackers = [0] * n
    targets = [0] * n
    for node, i in index.items():
        for target in graph.succ[node]:
            j = index.get(target)
            if j is not None:
                targets[i] |= 1 << j
                attackers[j] |= 1 << i
    found: list[int] = []
    steps = 0

    def attacked_by(members: int) -> int:
        hit = 0
        while members:
            low = members & -members
            hit |= targets[low.bit_length() - 1]
            members ^= low
        return hit

    def search(i: int, chosen: int, available: int) -> bool:
        nonlocal steps
        steps += 1
        if steps > SEARCH_BUDGET:
            return False
        possible = chosen | available
        if any(possible & ext == possible for ext in found):
            return True
        defended_reach = attacked_by(possible)
        members = chosen
        while members:
            low = members & -members
            if attackers[low.bit_length() - 1] & ~defended_reach:
                return True  # a chosen argument has an attacker nothing left can answer
            members ^= low
        if i == n:
            hit = attacked_by(chosen)
            if all(attackers[j] & ~hit == 0 for j in range(n) if chosen >> j & 1):
                found.append(chosen)
            return True
        bit = 1 << i
        if available & bit:
            conflict = attackers[i] | targets[i]
            if not (conflict & (chosen | bit)):
                if not search(i + 1, chosen | bit, available & ~conflict & ~bit):
                    return False
        return search(i + 1, chosen, available & ~bit)

    start = 0
    for i in range(n):
        if not (attackers[i] & (1 << i)):
            start |= 1 << i
    if not search(0, 0, start):
        return None
    maximal = [s for s in found if not any(s != t and s & t == s for t in found)]
    result = {frozenset(component[j] for j in range(n) if s >> j & 1) for s in maximal}
    return tuple(sorted(result, key=lambda s: sorted(map(str, s))))


# ---- the framework of a map ------------------------------------------------------------

#: Claim id → the first claim (in map order) of its ``same`` class: the classes of the support analysis.
claim_classes = restatement_classes


def framework(amap: ArgumentMap) -> nx.DiGraph:
    """The map as an abstract argumentation framework: a networkx DiGraph whose edges are attacks.

    Node attributes: ``kind`` (claim, evidence, inference, unsupported),
    ``members`` (claim ids of a ``same`` class; the element id otherwise),
    ``voice``. Edge attribute ``reasons``: a list of dicts with ``kind``
    (rebut, undercut, undermine, premise, support, unsupported) and, where they
    apply, ``attack`` (the attack id) and ``premise`` (the attacked premise).
    """
    return attack_graph(amap).to_networkx()


def attack_graph(amap: ArgumentMap) -> AttackGraph:
    """The framework of :func:`framework` as an :class:`AttackGraph` (what the analyses use)."""
    with paused_gc():
        return _build_attack_graph(amap)


def _build_attack_graph(amap: ArgumentMap) -> AttackGraph:
    class_of = claim_classes(amap)
    members: dict[str, list[str]] = {}
    for claim_id, root in class_of.items():
        members.setdefault(root, []).append(claim_id)
    voice_of = {c.id: c.voice for c in amap.claims}
    nodes: dict[str, dict] = {
        root: {"kind": "claim", "members": tuple(ids), "voice": voice_of[root]} for root, ids in members.items()
    }
    for item in first_defined(amap, amap.evidence):
        nodes[item.id] = {"kind": "evidence", "members": (item.id,), "voice": item.voice}
    inferences = list(first_defined(amap, amap.inferences))
    for inference in inferences:
        nodes[inference.id] = {"kind": "inference", "members": (inference.id,), "voice": inference.voice}
    edges: dict[tuple[str, str], list[dict]] = {}
    attackers: dict[str, list[str]] = {}

    def node_of(element_id: str) -> str | None:
        if element_id in class_of:
            return class_of[element_id]
        return element_id if element_id in nodes and element_id not in members else None

    def attack(source: str, target: str, reason: dict) -> None:
        key = (source, target)
        if key in edges:
            edges[key].append(reason)
        else:
            edges[key] = [reason]
            attackers.setdefault(target, []).append(source)

    for item in first_defined(amap, amap.attacks):
        source, target = node_of(item.attacker), node_of(item.target)
        if source is not None and target is not None:
            attack(source, target, {"kind": item.kind, "attack": item.id})

    granted = {class_of[c.id] for c in first_defined(amap, amap.claims) if c.is_granted}
    by_conclusion: dict[str, list[str]] = {}
    for inference in inferences:
        conclusion = node_of(inference.conclusion)
        if conclusion is not None and nodes[conclusion]["kind"] == "claim":
            by_conclusion.setdefault(conclusion, []).append(inference.id)
    for conclusion, inference_ids in by_conclusion.items():
        if conclusion in granted:
            continue
        gap = UNSUPPORTED + conclusion
        nodes[gap] = {"kind": "unsupported", "members": (), "voice": None}
        attack(gap, conclusion, {"kind": "unsupported"})
        for inference_id in inference_ids:
            attack(inference_id, gap, {"kind": "support"})

    # Only claims and evidence are premises, and propagated edges only reach inferences,
    # so the direct attackers read here are final.
    direct = {node: list(found) for node, found in attackers.items()}
    for inference in inferences:
        for premise in dict.fromkeys(inference.premises):
            node = node_of(premise)
            if node is None:
                continue
            for attacker in direct.get(node, ()):
                attack(attacker, inference.id, {"kind": "premise", "premise": premise})
    return AttackGraph(nodes, {key: {"reasons": reasons} for key, reasons in edges.items()})


@attrs.frozen(slots=True)
class Step:
    """One link in the explanation of a status: ``attacker`` attacks ``target`` for ``reason``."""

    attacker: str
    target: str
    reason: dict


@attrs.frozen(kw_only=True)
class Dialectics:
    """The framework of a map, its grounded labelling and its preferred components."""

    map: ArgumentMap
    graph: AttackGraph
    class_of: dict[str, str]
    node_labels: dict[str, Label]
    components: tuple[Component, ...]

    def node(self, element_id: str) -> str | None:
        """The framework node standing for a claim, evidence or inference id."""
        if element_id in self.class_of:
            return self.class_of[element_id]
        return element_id if element_id in self.graph else None

    def label(self, element_id: str) -> Label | None:
        """The grounded label of a claim (via its ``same`` class), evidence or inference."""
        node = self.node(element_id)
        return self.node_labels.get(node) if node is not None else None

    def labels(self) -> dict[str, Label]:
        """Grounded label of every claim, evidence and inference id of the map, sorted by id."""
        out = {cid: self.node_labels[root] for cid, root in self.class_of.items()}
        for node, data in self.graph.nodes.items():
            if data["kind"] in ("evidence", "inference"):
                out[node] = self.node_labels[node]
        return dict(sorted(out.items()))

    def component_of(self, element_id: str) -> Component | None:
        """The undecided component an element belongs to (None if it is IN or OUT)."""
        node = self.node(element_id)
        for component in self.components:
            if node in component.arguments:
                return component
        return None

    def acceptance(self, element_id: str) -> str | None:
        """For an UNDEC element: ``credulous`` (in some preferred extension), ``rejected`` (in none),
        ``sceptical`` (in all), or None when preferred extensions were not computed."""
        component = self.component_of(element_id)
        if component is None or component.extensions is None:
            return None
        node = self.node(element_id)
        count = sum(node in ext for ext in component.extensions)
        if count == 0:
            return "rejected"
        return "sceptical" if count == len(component.extensions) else "credulous"

    def explain(self, element_id: str, limit: int = 8) -> list[Step]:
        """Why an element is OUT or UNDEC: a chain of attacks from the element back to its root.

        From an OUT argument the chain follows an IN attacker, from an UNDEC one an
        UNDEC attacker (one already on the chain first, closing the cycle), from an
        IN auxiliary node (no inference holds) one of its OUT inferences; claims
        and evidence come before inferences and auxiliary nodes, then ids decide. It stops at an objection that stands (an IN claim
        or evidence), or where it meets an argument already on the chain (a cycle).
        """
        node = self.node(element_id)
        if node is None or self.node_labels[node] is Label.IN:
            return []
        kind_rank = {"claim": 0, "evidence": 0, "inference": 1, "unsupported": 2}
        wanted_for = {Label.OUT: Label.IN, Label.UNDEC: Label.UNDEC, Label.IN: Label.OUT}
        steps: list[Step] = []
        seen = {node}
        while len(steps) < limit:
            wanted = wanted_for[self.node_labels[node]]
            choices = [a for a in self.graph.predecessors(node) if self.node_labels[a] is wanted]
            if not choices:
                break
            # An undecided chain closes its cycle as soon as it can; other chains go on to new arguments.
            closing = wanted is Label.UNDEC
            choices.sort(key=lambda a: ((a in seen) != closing, kind_rank[self.graph.nodes[a]["kind"]], str(a)))
            attacker = choices[0]
            steps.append(Step(attacker, node, self.graph.edges[attacker, node]["reasons"][0]))
            if attacker in seen:
                break
            seen.add(attacker)
            if steps[-1].reason["kind"] == "premise":
                seen.add(self.node(steps[-1].reason["premise"]))  # the attack really lands on the premise
            if self.graph.nodes[attacker]["kind"] in ("claim", "evidence") and self.node_labels[attacker] is Label.IN:
                break
            node = attacker
        return steps


def analyse(amap: ArgumentMap, cutoff: int = PREFERRED_CUTOFF) -> Dialectics:
    """Framework, grounded labelling and preferred components of a map."""
    graph = attack_graph(amap)
    labels = grounded_labelling(graph)
    return Dialectics(
        map=amap,
        graph=graph,
        class_of=claim_classes(amap),
        node_labels=labels,
        components=tuple(preferred_components(graph, labels, cutoff)),
    )


def grounded(amap: ArgumentMap) -> dict[str, Label]:
    """Grounded label (IN, OUT, UNDEC) of every claim, evidence and inference id of the map."""
    return analyse(amap, cutoff=0).labels()


def preferred(amap: ArgumentMap, cutoff: int = PREFERRED_CUTOFF) -> list[frozenset[str]] | None:
    """Preferred extensions of the map's framework as sets of element ids (claims of a ``same`` class
    all included), or None when an undecided component is larger than ``cutoff`` arguments."""
    result = analyse(amap, cutoff)
    extensions = preferred_extensions(result.graph, cutoff)
    if extensions is None:
        return None
    members = {node: data["members"] for node, data in result.graph.nodes.items()}
    return [frozenset(m for node in ext for m in members[node]) for ext in extensions]


__all__ = [
    "Component",
    "Dialectics",
    "Label",
    "PREFERRED_CUTOFF",
    "Step",
    "AttackGraph",
    "analyse",
    "attack_graph",
    "claim_classes",
    "framework",
    "grounded",
    "grounded_labelling",
    "preferred",
    "preferred_components",
    "preferred_extensions",
]
