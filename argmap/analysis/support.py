"""The support graph and established support (DESIGN §5; definitions in docs/analysis.md).

The **support graph** is a networkx ``DiGraph`` with three kinds of node:

* a *claim node* per restatement class: claims joined by ``same`` (transitively,
  across voices and files) are one node, keyed by the class's first claim in map order;
* an *evidence node* per evidence item;
* an *inference node* per inference.

Edges run premise → inference → conclusion. Evidence only reaches a claim through
an inference that uses it as a premise. Attacks are not support and are left out
(they belong to the dialectical analysis).

**Established** is the least fixpoint of: evidence with a citation is established;
a claim is established if it (or a restatement of it) is granted, or is the
conclusion of an inference with at least one premise, all of them established.
:func:`establish` computes it in linear time with a worklist that counts each
inference's unestablished premises, in breadth-first order, so the inference that
establishes a claim first is one of least derivation depth: the justification it
records is a shortest one. Nothing establishes itself through a cycle.
"""

from __future__ import annotations

import difflib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs
import networkx as nx

from argmap.model import ArgumentMap, Inference, Restatement

CLAIM = "claim"
EVIDENCE = "evidence"
INFERENCE = "inference"


@attrs.frozen(slots=True, kw_only=True, eq=False)
class SupportGraph:
    """The support graph of a map, with the lookups analyses need.

    :attr:`graph` is the networkx view, built on first use (node attribute ``kind``:
    ``claim``, ``evidence`` or ``inference``; claim nodes carry ``members``, the claim ids
    of the restatement class; every node carries ``element``, the model object (a claim
    node: its first member)). Edges carry ``via``: the claim or evidence ids as the
    inference names them (one premise edge may stand for two restated premises) or the
    conclusion id. The analyses themselves run on the plain dictionaries below.
    """

    map: ArgumentMap
    #: claim id → its claim node (the restatement class's key)
    class_of: Mapping[str, str]
    #: claim node → member claim ids, in map order
    members: Mapping[str, tuple[str, ...]]
    #: node → ``claim``, ``evidence`` or ``inference``, in map order (claims, evidence, inferences)
    kinds: Mapping[str, str]
    #: node → the model element (a claim node: its first member)
    elements: Mapping[str, object]
    #: inference id → distinct premise nodes, in premise order
    premise_nodes: Mapping[str, tuple[str, ...]]
    #: (premise node, inference id) → the premise ids as the inference writes them
    premise_via: Mapping[tuple[str, str], tuple[str, ...]]
    #: inference id → its conclusion node, or None when the conclusion is not a claim
    conclusion_node: Mapping[str, str | None]
    #: inference id → premises that name no claim or evidence (reported by AM101/AM103)
    missing: Mapping[str, tuple[str, ...]]
    #: claim or evidence node → inferences using it as a premise, in map order
    uses: Mapping[str, tuple[str, ...]]
    #: claim node → inferences concluding it, in map order
    concluded_by: Mapping[str, tuple[str, ...]]
    #: node → its position in the map (claims, then evidence, then inferences), for stable ordering
    order: Mapping[str, int]
    #: every claim, evidence and inference id → its node
    index: Mapping[str, str]
    _cache: dict = attrs.field(factory=dict, repr=False)

    @property
    def graph(self) -> nx.DiGraph:
        """The support graph as a networkx ``DiGraph`` (built once, on first use)."""
        if "graph" not in self._cache:
            g = nx.DiGraph()
            for node, kind in self.kinds.items():
                if kind == CLAIM:
                    g.add_node(node, kind=kind, element=self.elements[node], members=self.members[node])
                else:
                    g.add_node(node, kind=kind, element=self.elements[node])
            for iid, nodes in self.premise_nodes.items():
                for node in nodes:
                    g.add_edge(node, iid, via=self.premise_via[node, iid])
                target = self.conclusion_node[iid]
                if target is not None:
                    g.add_edge(iid, target, via=(self.elements[iid].conclusion,))  # type: ignore[attr-defined]
            self._cache["graph"] = g
        return self._cache["graph"]

    def node_of(self, element_id: str) -> str | None:
        """The node standing for a claim, evidence or inference id (a claim: its class), or None."""
        return self.index.get(element_id)

    def kind(self, node: str) -> str:
        """``claim``, ``evidence`` or ``inference``."""
        return self.kinds[node]

    def successors(self, node: str) -> tuple[str, ...]:
        """Where support flows from a node: the inferences using it, or an inference's conclusion."""
        if self.kinds[node] == INFERENCE:
            target = self.conclusion_node[node]
            return (target,) if target is not None else ()
        return self.uses.get(node, ())

    def predecessors(self, node: str) -> tuple[str, ...]:
        """Where a node's support comes from: the inferences concluding a claim, or an inference's premises."""
        if self.kinds[node] == INFERENCE:
            return self.premise_nodes[node]
        return self.concluded_by.get(node, ())

    def via(self, source: str, target: str) -> tuple[str, ...]:
        """The ids the map writes for an edge: the premise ids (premise → inference) or the conclusion id."""
        if self.kinds[source] == INFERENCE:
            return (self.elements[source].conclusion,)  # type: ignore[attr-defined]
        return self.premise_via[source, target]

    def label(self, node: str) -> str:
        """A readable name for a node: its id, or ``C1 = C4`` for a restatement class."""
        if node in self.members:
            return " = ".join(self.members[node])
        return node

    def components(self) -> list[list[str]]:
        """Strongly connected components with more than one node, each in map order, sorted by first node."""
        if "components" not in self._cache:
            self._cache["components"] = cyclic_components(self.kinds, self.successors, self.predecessors,
                                                          self.order)
        return self._cache["components"]

    def same_chain(self, left: str, right: str) -> list[Restatement]:
        """The ``same`` statements that link two claims of one class (shortest chain), in order."""
        if left == right:
            return []
        links: dict[str, list[tuple[str, Restatement]]] = {}
        for same in self.map.restatements:
            links.setdefault(same.left, []).append((same.right, same))
            links.setdefault(same.right, []).append((same.left, same))
        previous: dict[str, tuple[str, Restatement]] = {}
        queue = deque([left])
        seen = {left}
        while queue:
            here = queue.popleft()
            for there, same in links.get(here, ()):
                if there not in seen:
                    seen.add(there)
                    previous[there] = (here, same)
                    if there == right:
                        chain = []
                        while there != left:
                            there, same = previous[there]
                            chain.append(same)
                        return chain[::-1]
                    queue.append(there)
        return []


def cyclic_components(
    nodes: Iterable[str],
    successors: Callable[[str], Iterable[str]],
    predecessors: Callable[[str], Iterable[str]],
    order: Mapping[str, int],
) -> list[list[str]]:
    """Strongly connected components of more than one node, each in map order, sorted by first node.

    Nodes with no predecessor or no successor left can lie on no cycle: they are peeled
    off first (linear time, and all of an acyclic map), and networkx finds the components
    of what remains.
    """
    nodes = list(nodes)
    indegree = {n: 0 for n in nodes}
    outdegree = {n: 0 for n in nodes}
    for n in nodes:
        for m in successors(n):
            outdegree[n] += 1
            indegree[m] += 1
    queue = deque(n for n in nodes if not indegree[n] or not outdegree[n])
    removed = set(queue)
    while queue:
        n = queue.popleft()
        for m in successors(n):
            indegree[m] -= 1
            if not indegree[m] and m not in removed:
                removed.add(m)
                queue.append(m)
        for m in predecessors(n):
            outdegree[m] -= 1
            if not outdegree[m] and m not in removed:
                removed.add(m)
                queue.append(m)
    core = [n for n in nodes if n not in removed]
    if not core:
        return []
    inside = set(core)
    g = nx.DiGraph()
    g.add_nodes_from(core)
    g.add_edges_from((n, m) for n in core for m in successors(n) if m in inside)
    comps = [sorted(c, key=order.__getitem__) for c in nx.strongly_connected_components(g) if len(c) > 1]
    return sorted(comps, key=lambda c: order[c[0]])


def first_defined(amap: ArgumentMap, group: Iterable) -> Iterator:
    """The elements of ``group`` that are the first definition of their id (duplicates are AM102's business)."""
    for element in group:
        if amap.get(element.id) is element:
            yield element


def restatement_classes(amap: ArgumentMap) -> dict[str, str]:
    """Claim id → the first claim (in map order) of its restatement class (union-find over ``same``)."""
    claims = [c.id for c in first_defined(amap, amap.claims)]
    position = {cid: i for i, cid in enumerate(claims)}
    parent = {cid: cid for cid in claims}

    def find(x: str) -> str:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for same in amap.restatements:
        if same.left in parent and same.right in parent:
            a, b = find(same.left), find(same.right)
            if a != b:
                if position[b] < position[a]:
                    a, b = b, a
                parent[b] = a
    return {cid: find(cid) for cid in claims}


def support_graph(amap: ArgumentMap) -> SupportGraph:
    """Build the support graph of a map (see the module docstring)."""
    class_of = restatement_classes(amap)
    members: dict[str, list[str]] = {}
    kinds: dict[str, str] = {}
    elements: dict[str, object] = {}
    for claim in first_defined(amap, amap.claims):
        key = class_of[claim.id]
        if key not in members:
            members[key] = []
            kinds[key] = CLAIM
            elements[key] = claim
        members[key].append(claim.id)
    index: dict[str, str] = dict(class_of)
    for item in first_defined(amap, amap.evidence):
        kinds[item.id] = EVIDENCE
        elements[item.id] = item
        index[item.id] = item.id
    premise_nodes: dict[str, tuple[str, ...]] = {}
    premise_via: dict[tuple[str, str], tuple[str, ...]] = {}
    conclusion_node: dict[str, str | None] = {}
    missing: dict[str, tuple[str, ...]] = {}
    uses: dict[str, list[str]] = {}
    concluded_by: dict[str, list[str]] = {}
    for inference in first_defined(amap, amap.inferences):
        iid = inference.id
        kinds[iid] = INFERENCE
        elements[iid] = inference
        index[iid] = iid
        nodes: list[str] = []
        bad: list[str] = []
        for premise in inference.premises:
            node = index.get(premise)
            if node is None or kinds[node] == INFERENCE:
                bad.append(premise)
            elif (node, iid) in premise_via:
                premise_via[node, iid] += (premise,)
            else:
                nodes.append(node)
                premise_via[node, iid] = (premise,)
                uses.setdefault(node, []).append(iid)
        premise_nodes[iid] = tuple(nodes)
        missing[iid] = tuple(bad)
        target = class_of.get(inference.conclusion)
        conclusion_node[iid] = target
        if target is not None:
            concluded_by.setdefault(target, []).append(iid)
    return SupportGraph(
        map=amap,
        class_of=class_of,
        members={k: tuple(v) for k, v in members.items()},
        kinds=kinds,
        elements=elements,
        premise_nodes=premise_nodes,
        premise_via=premise_via,
        conclusion_node=conclusion_node,
        missing=missing,
        uses={k: tuple(v) for k, v in uses.items()},
        concluded_by={k: tuple(v) for k, v in concluded_by.items()},
        order={node: i for i, node in enumerate(kinds)},
        index=index,
    )


# ---- established support ------------------------------------------------------------

GRANTED = "granted"
CITED = "cited"
INFERRED = "inferred"


@attrs.frozen(slots=True, kw_only=True)
class Justification:
    """Why a node is established, by one shortest derivation.

    ``reason`` is ``granted`` (``claim`` names the granted member of the class),
    ``cited`` (evidence with a citation) or ``inferred`` (``inference`` names the
    step that establishes the claim; for an inference node itself, its own id).
    ``depth`` counts inference steps on the longest branch of the derivation: 0 for
    evidence and granted claims.
    """

    node: str
    reason: str
    depth: int
    inference: str | None = None
    claim: str | None = None


@attrs.frozen(slots=True, kw_only=True, eq=False)
class Support:
    """Established support of a map: which nodes are established, and one shortest justification each."""

    graph: SupportGraph
    justifications: Mapping[str, Justification]

    @property
    def map(self) -> ArgumentMap:
        return self.graph.map

    def is_established(self, element_id: str) -> bool:
        """Whether a claim (any member of its class), evidence or inference id is established."""
        node = self.graph.node_of(element_id)
        return node is not None and node in self.justifications

    def justification(self, element_id: str) -> Justification | None:
        """The justification of an element (a claim: of its class), or None when not established."""
        node = self.graph.node_of(element_id)
        return self.justifications.get(node) if node is not None else None

    def depth(self, element_id: str) -> int | None:
        """Derivation depth of an established element, else None."""
        found = self.justification(element_id)
        return found.depth if found else None

    def established_claims(self) -> list[str]:
        """Ids of every established claim, in map order."""
        return [cid for cid, node in self.graph.class_of.items() if node in self.justifications]

    def unestablished_premises(self, inference_id: str) -> list[str]:
        """The premises of an inference (ids as written) that are not established, undefined ones included."""
        inference = self.map.inference(inference_id)
        if inference is None:
            return []
        out = []
        for premise in inference.premises:
            if not self.is_established(premise) and premise not in out:
                out.append(premise)
        return out

    def has_support(self, node: str) -> bool:
        """Whether a claim node has any support at all: a granted member or an inference concluding it."""
        return node in self.justifications or bool(self.graph.concluded_by.get(node))


def establish(source: ArgumentMap | SupportGraph) -> Support:
    """Compute established support (least fixpoint) and a shortest justification for each established node.

    Linear in the size of the map: every premise edge is counted down once.
    """
    graph = source if isinstance(source, SupportGraph) else support_graph(source)
    amap = graph.map
    justifications: dict[str, Justification] = {}
    queue: deque[str] = deque()
    for node, ids in graph.members.items():
        for cid in ids:
            if amap.claim(cid).is_granted:  # type: ignore[union-attr]
                justifications[node] = Justification(node=node, reason=GRANTED, depth=0, claim=cid)
                queue.append(node)
                break
    for node, kind in graph.kinds.items():
        if kind == EVIDENCE and (graph.elements[node].citation or "").strip():  # type: ignore[attr-defined]
            justifications[node] = Justification(node=node, reason=CITED, depth=0)
            queue.append(node)
    remaining = {
        iid: len(nodes) + len(graph.missing[iid])
        for iid, nodes in graph.premise_nodes.items()
    }
    # Nodes leave the queue in non-decreasing depth, so the premise that completes an
    # inference is its deepest one and the first inference to reach a claim is a shallowest one.
    while queue:
        node = queue.popleft()
        depth = justifications[node].depth + 1
        for iid in graph.uses.get(node, ()):
            remaining[iid] -= 1
            if remaining[iid] == 0:
                justifications[iid] = Justification(node=iid, reason=INFERRED, depth=depth, inference=iid)
                target = graph.conclusion_node[iid]
                if target is not None and target not in justifications:
                    justifications[target] = Justification(node=target, reason=INFERRED, depth=depth, inference=iid)
                    queue.append(target)
    return Support(graph=graph, justifications=justifications)


# ---- root causes and their weight ----------------------------------------------------

BARE_PREMISE = "bare-premise"
UNSUPPORTED_THESIS = "unsupported-thesis"
UNCITED_EVIDENCE = "uncited-evidence"


@attrs.frozen(slots=True, kw_only=True)
class RootCause:
    """A place where support stops: a bare assertion used as a premise, a thesis with no
    support at all, or evidence without a citation that is used as a premise.

    ``weight`` is how many claims (restatement classes count once) lie downstream of it in
    the support graph, i.e. depend on it; ``theses`` names the theses among them (the first
    ten in map order; ``thesis_count`` counts them all). ``rank``
    is its place when all root causes are sorted by weight (1 = heaviest). ``unestablished``
    counts the downstream claims that are not established: when it is 0, everything that
    depends on this root cause stands on other support anyway.
    """

    kind: str
    id: str
    node: str
    weight: int
    unestablished: int
    theses: tuple[str, ...]
    thesis_count: int = 0
    rank: int = 0


@attrs.frozen(slots=True)
class Downstream:
    """What lies downstream of a node: how many claim nodes are reachable from it, how many
    of those are not established, and the theses among them (``theses``: the first
    :data:`THESES_LISTED` in map order; ``thesis_count``: all of them)."""

    count: int
    unestablished: int
    theses: tuple[str, ...]
    thesis_count: int


THESES_LISTED = 10
CLAIM_BITS_PER_PASS = 16384


def downstream_weights(graph: SupportGraph, nodes: Iterable[str],
                       established: Mapping[str, object] | None = None) -> dict[str, Downstream]:
    """For each node: the claim nodes reachable from it (itself excluded), as a :class:`Downstream`.

    One pass over the condensation of the support graph in reverse topological order with
    bitsets (Python ints) of reachable claim nodes, so no node is searched twice.
    """
    wanted = set(nodes)
    if not wanted:
        return {}
    established = established or {}
    # Components: the cyclic ones, and every other node on its own.
    comp_of: dict[str, int] = {}
    comps: list[list[str]] = []
    for comp in graph.components():
        for n in comp:
            comp_of[n] = len(comps)
        comps.append(comp)
    for n in graph.kinds:
        if n not in comp_of:
            comp_of[n] = len(comps)
            comps.append([n])
    succ: list[list[int]] = [[] for _ in comps]
    indegree = [0] * len(comps)
    linked: set[tuple[int, int]] = set()  # a set, not `in succ[cu]`: a premise used by 20k steps made that quadratic
    for u in graph.kinds:
        cu = comp_of[u]
        for v in graph.successors(u):
            cv = comp_of[v]
            if cu != cv and (cu, cv) not in linked:
                linked.add((cu, cv))
                succ[cu].append(cv)
                indegree[cv] += 1
    # Kahn's order, then walk it backwards so successors are done first.
    topo = [i for i in range(len(comps)) if indegree[i] == 0]
    pending = indegree[:]
    k = 0
    while k < len(topo):
        for j in succ[topo[k]]:
            pending[j] -= 1
            if pending[j] == 0:
                topo.append(j)
        k += 1
    # Theses have bitsets of their own, numbered in map order, so the first few are cheap to list.
    thesis_list: list[str] = []
    thesis_bits: dict[str, int] = {}
    for claim in graph.map.theses:
        node = graph.class_of.get(claim.id)
        if node is not None:
            thesis_bits[node] = thesis_bits.get(node, 0) | (1 << len(thesis_list))
            thesis_list.append(claim.id)
    # Claim nodes are numbered in processing order. Reachable sets can be as large as the map, and many
    # are alive at once, so the pass runs once per window of CLAIM_BITS_PER_PASS numbers: the total
    # bit work is the same, but no bitset is larger than the window (a 100k-claim map stays well under 1 GB).
    order = reversed(topo)
    number: dict[str, int] = {}
    for ci in order:
        for n in comps[ci]:
            if n in graph.members:
                number[n] = len(number)
    counts: dict[str, list[int]] = {n: [0, 0] for n in wanted}
    thesis_sets: dict[str, int] = {}
    for low in range(0, max(len(number), 1), CLAIM_BITS_PER_PASS):
        high = low + CLAIM_BITS_PER_PASS
        first_pass = low == 0
        open_mask = 0  # claim nodes of this window that are not established
        for n, index in number.items():
            if low <= index < high and n not in established:
                open_mask |= 1 << (index - low)
        preds_left = indegree[:]  # a component's bitsets are dropped once every predecessor has used them
        reach: dict[int, tuple[int, int]] = {}
        for ci in reversed(topo):
            mask = theses = 0
            for n in comps[ci]:
                index = number.get(n)
                if index is not None and low <= index < high:
                    mask |= 1 << (index - low)
                if first_pass:
                    theses |= thesis_bits.get(n, 0)
            for j in succ[ci]:
                below, below_theses = reach[j]
                mask |= below
                theses |= below_theses
                preds_left[j] -= 1
                if preds_left[j] == 0:
                    del reach[j]
            for n in comps[ci]:
                if n in wanted:
                    index = number.get(n)
                    own = mask & ~(1 << (index - low)) if index is not None and low <= index < high else mask
                    tally = counts[n]
                    tally[0] += own.bit_count()
                    tally[1] += (own & open_mask).bit_count()
                    if first_pass:
                        thesis_sets[n] = theses & ~thesis_bits.get(n, 0)  # a node does not depend on itself
            if preds_left[ci] > 0:
                reach[ci] = (mask, theses)
    out: dict[str, Downstream] = {}
    for n in wanted:
        if n not in comp_of:
            continue
        own_theses = thesis_sets.get(n, 0)
        listed = []
        rest = own_theses
        while rest and len(listed) < THESES_LISTED:
            lowest = rest & -rest
            listed.append(thesis_list[lowest.bit_length() - 1])
            rest ^= lowest
        out[n] = Downstream(counts[n][0], counts[n][1], tuple(listed), own_theses.bit_count())
    return out


def root_causes(support: Support) -> list[RootCause]:
    """Every root cause of missing support, heaviest first (ties in map order)."""
    graph = support.graph
    amap = graph.map
    found: list[tuple[str, str, str]] = []  # (kind, id, node)
    thesis_nodes = set()
    for claim in amap.theses:
        node = graph.class_of.get(claim.id)
        if node is not None and node not in thesis_nodes and not support.has_support(node):
            thesis_nodes.add(node)
            found.append((UNSUPPORTED_THESIS, claim.id, node))
    for node, ids in graph.members.items():
        if node in thesis_nodes or support.has_support(node) or not graph.uses.get(node):
            continue
        used = _used_members(graph, node)
        found.append((BARE_PREMISE, used[0] if used else ids[0], node))
    for node, kind in graph.kinds.items():
        if kind == EVIDENCE and node not in support.justifications and graph.uses.get(node):
            found.append((UNCITED_EVIDENCE, node, node))
    weights = downstream_weights(graph, [node for _, _, node in found], support.justifications)
    causes = [
        RootCause(kind=kind, id=eid, node=node, weight=weights[node].count,
                  unestablished=weights[node].unestablished, theses=weights[node].theses,
                  thesis_count=weights[node].thesis_count)
        for kind, eid, node in found
    ]
    causes.sort(key=lambda c: (-c.weight, graph.order[c.node]))
    return [attrs.evolve(c, rank=i + 1) for i, c in enumerate(causes)]


def _used_members(graph: SupportGraph, node: str) -> list[str]:
    """Members of a claim class that some inference names as a premise, in map order."""
    named = set()
    for iid in graph.uses.get(node, ()):
        named.update(graph.premise_via[node, iid])
    return [m for m in graph.members[node] if m in named]


# ---- explanations ----------------------------------------------------------------------


@attrs.frozen(slots=True, kw_only=True)
class Explanation:
    """Why an element is or is not established, as a tree (what ``argmap explain`` prints).

    ``kind`` is ``claim``, ``evidence``, ``inference`` or ``undefined``; ``reason`` a short
    phrase (``granted``, ``evidence with a citation``, ``bare assertion``...); ``note`` marks
    a node explained elsewhere in the tree (``see above``), a step back into the claim
    being explained (``circular``), or where a very deep tree stops (``cut``). ``same_as`` names the restatement whose status it shares.
    """

    id: str
    kind: str
    established: bool
    reason: str
    depth: int | None = None
    same_as: str | None = None
    note: str | None = None
    children: tuple[Explanation, ...] = ()

    def to_dict(self) -> dict:
        """A JSON-ready dictionary (``argmap explain --format json``)."""
        out: dict = {"id": self.id, "kind": self.kind, "established": self.established, "reason": self.reason}
        for name in ("depth", "same_as", "note"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.children:
            out["children"] = [c.to_dict() for c in self.children]
        return out


class UnknownElement(KeyError):
    """The id names no claim, evidence or inference; ``suggestion`` is the nearest id, if any."""

    def __init__(self, element_id: str, suggestion: str | None, found_kind: str | None = None):
        super().__init__(element_id)
        self.element_id = element_id
        self.suggestion = suggestion
        self.found_kind = found_kind


#: How many claims deep an explanation goes before it stops (``note="cut"``); a deeper chain is
#: explained by asking again from where the tree stopped.
EXPLAIN_DEPTH = 50


def explain(support: Support, element_id: str, *, max_depth: int = EXPLAIN_DEPTH) -> Explanation:
    """Explain why a claim, evidence or inference is (or is not) established.

    An established element is explained by its shortest justification, down to evidence
    and granted claims. An unestablished claim lists every inference to it and, under
    each, the premises that fail, down to bare assertions, uncited evidence and steps
    that lead back into the claim itself. Each element is expanded once, and the tree stops
    ``max_depth`` claims down (the node there has ``note="cut"``). Raises
    :class:`UnknownElement` for an id that is not a claim, evidence or inference.
    """
    graph = support.graph
    amap = graph.map
    if graph.node_of(element_id) is None:
        element = amap.get(element_id)
        candidates = sorted(graph.index)
        close = difflib.get_close_matches(element_id, candidates, n=1, cutoff=0.5)
        kind = type(element).__name__.lower() if element is not None else None
        raise UnknownElement(element_id, close[0] if close else None, kind)
    return _Explainer(support, max_depth).explain(element_id, ())


class _Explainer:
    """Builds an Explanation tree; each node is expanded once (later mentions say ``see above``)."""

    def __init__(self, support: Support, max_depth: int):
        self.max_depth = max_depth
        self.support = support
        self.graph = support.graph
        self.amap = support.graph.map
        self.done: set[str] = set()

    def explain(self, element_id: str, path: tuple[str, ...]) -> Explanation:
        graph = self.graph
        node = graph.node_of(element_id)
        if node is None:
            element = self.amap.get(element_id)
            reason = "undefined" if element is None else f"a {type(element).__name__.lower()}, not a claim or evidence"
            return Explanation(id=element_id, kind="undefined", established=False, reason=reason)
        kind = graph.kind(node)
        just = self.support.justifications.get(node)
        base = {"id": element_id, "kind": kind, "established": just is not None,
                "depth": just.depth if just else None}
        if node in path:
            return Explanation(reason="leads back to itself", note="circular", **base)
        if node in self.done:
            return Explanation(reason=self.short_reason(node), note="see above", **base)
        if len(path) >= 2 * self.max_depth and (  # the path alternates claims and inferences
                kind == INFERENCE or (just.reason == INFERRED if just else bool(graph.concluded_by.get(node)))):
            return Explanation(reason=self.short_reason(node), note="cut", **base)
        self.done.add(node)
        path = (*path, node)
        if kind == EVIDENCE:
            return Explanation(reason=self.short_reason(node), **base)
        if kind == INFERENCE:
            return self.inference(node, path)
        if just is not None:
            if just.reason == GRANTED:
                same_as = just.claim if just.claim != element_id else None
                return Explanation(reason="granted", same_as=same_as, **base)
            step = self.inference(just.inference, path)  # type: ignore[arg-type]
            conclusion = self.amap.inference(just.inference).conclusion  # type: ignore[arg-type,union-attr]
            same_as = conclusion if conclusion != element_id else None
            return Explanation(reason=f"by {just.inference}", same_as=same_as, children=(step,), **base)
        steps = graph.concluded_by.get(node, ())
        if not steps:
            claim = self.amap.claim(element_id)
            if claim is not None and claim.role == "reported":
                reason = "reported view with no support"
            else:
                reason = "bare assertion: no evidence, no inference, not granted"
            return Explanation(reason=reason, **base)
        children = tuple(self.inference(iid, path) for iid in steps)
        reason = "its only inference fails" if len(steps) == 1 else f"all {len(steps)} inferences to it fail"
        conclusions = [self.amap.inference(i).conclusion for i in steps]  # type: ignore[union-attr]
        same_as = conclusions[0] if element_id not in conclusions else None
        return Explanation(reason=reason, same_as=same_as, children=children, **base)

    def inference(self, iid: str, path: tuple[str, ...]) -> Explanation:
        """An inference node: established ones expand every premise, failing ones only the failing premises."""
        self.done.add(iid)
        inference: Inference = self.graph.elements[iid]  # type: ignore[assignment]
        just = self.support.justifications.get(iid)
        base = {"id": iid, "kind": INFERENCE, "established": just is not None, "depth": just.depth if just else None}
        scheme = f" ({inference.scheme})" if inference.scheme else ""
        step = f"{', '.join(inference.premises)} => {inference.conclusion}{scheme}"
        if not inference.premises:
            return Explanation(reason=f"{step}: no premises", **base)
        path = (*path, iid)
        failing = self.support.unestablished_premises(iid)
        children = []
        for premise in inference.premises:
            if just is not None or premise in failing:
                children.append(self.explain(premise, path))
            else:  # established, but not what this step fails on: one line is enough
                node = self.graph.node_of(premise)
                known = self.support.justifications[node]  # type: ignore[index]
                children.append(Explanation(id=premise, kind=self.graph.kind(node), established=True,  # type: ignore
                                            reason=self.short_reason(node), depth=known.depth))  # type: ignore
        reason = step if just is not None else f"{step}: {', '.join(failing)} not established"
        return Explanation(reason=reason, children=tuple(children), **base)

    def short_reason(self, node: str) -> str:
        """A few words on a node's status, for leaves."""
        just = self.support.justifications.get(node)
        kind = self.graph.kind(node)
        if just is None:
            if kind == EVIDENCE:
                return "evidence without a citation"
            if kind == CLAIM and not self.graph.concluded_by.get(node):
                return "bare assertion"
            return "not established"
        if just.reason == GRANTED:
            return "granted"
        if just.reason == CITED:
            return "evidence with a citation"
        return f"by {just.inference}"


__all__ = [
    "CLAIM", "EVIDENCE", "INFERENCE", "Downstream", "Explanation", "Justification", "RootCause", "Support", "SupportGraph",
    "UnknownElement", "downstream_weights", "establish", "explain", "first_defined", "restatement_classes",
    "root_causes", "support_graph",
]
