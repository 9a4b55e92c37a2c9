"""Support graph, established support, root causes and the AM2xx rules.

Oracles: established support and derivation depth against a naive fixpoint iteration,
weights against networkx reachability, on hypothesis-generated maps.
"""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, strategies as st

import argmap
from argmap.analysis import establish, root_causes, support_graph
from argmap.analysis.support import explain
from argmap.model import ArgumentMap, Claim, Evidence, Inference, Restatement, Source, Voice

HEAD = 'source s "S"\nvoice a "A" in s\n'


def parse(body: str) -> ArgumentMap:
    return argmap.parse(HEAD + body)


def findings(body: str, prefix: str = "AM2", head: str = HEAD) -> list:
    return [d for d in argmap.check(argmap.parse(head + body)).diagnostics if d.code.startswith(prefix)]


def codes(body: str, prefix: str = "AM2", head: str = HEAD) -> list[str]:
    return sorted(d.code for d in findings(body, prefix, head))


# ---- random maps and the brute-force oracles ------------------------------------------


@st.composite
def support_maps(draw, max_claims: int = 6, max_evidence: int = 3, max_inferences: int = 6) -> ArgumentMap:
    """Small random maps: claims (some granted, some theses), evidence (some cited), inferences, `same`."""
    n_claims = draw(st.integers(1, max_claims))
    claims = [
        Claim(id=f"C{i}", text=f"claim {i}", voice="a",
              role=draw(st.sampled_from([None, None, None, "granted", "thesis", "reported"])))
        for i in range(n_claims)
    ]
    evidence = [Evidence(id=f"E{i}", voice="a", kind="document", citation=draw(st.sampled_from([None, "doc"])))
                for i in range(draw(st.integers(0, max_evidence)))]
    pool = [c.id for c in claims] + [e.id for e in evidence]
    inferences = [
        Inference(id=f"I{i}", voice="a",
                  premises=tuple(draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3, unique=True))),
                  conclusion=draw(st.sampled_from([c.id for c in claims])))
        for i in range(draw(st.integers(0, max_inferences)))
    ]
    same = [Restatement(left=draw(st.sampled_from([c.id for c in claims])),
                        right=draw(st.sampled_from([c.id for c in claims])))
            for _ in range(draw(st.integers(0, 2)))]
    return ArgumentMap(sources=[Source(id="s")], voices=[Voice(id="a", name="A", source="s")], claims=claims,
                       evidence=evidence, inferences=inferences, restatements=same)


def naive_established(amap: ArgumentMap) -> set[str]:
    """The definition applied literally, repeated until nothing changes."""
    established: set[str] = set()
    while True:
        new = set(established)
        new |= {c.id for c in amap.claims if c.role == "granted"}
        new |= {e.id for e in amap.evidence if e.citation}
        for inference in amap.inferences:
            if inference.premises and all(p in established for p in inference.premises):
                new.add(inference.conclusion)
        for same in amap.restatements:
            if same.left in established or same.right in established:
                new |= {same.left, same.right}
        if new == established:
            return established
        established = new


def naive_depths(amap: ArgumentMap) -> dict[str, int]:
    """Least derivation depth of each established claim/evidence by relaxation until stable."""
    depth: dict[str, int] = {c.id: 0 for c in amap.claims if c.role == "granted"}
    depth.update({e.id: 0 for e in amap.evidence if e.citation})
    while True:
        before = dict(depth)
        for inference in amap.inferences:
            if inference.premises and all(p in depth for p in inference.premises):
                value = 1 + max(depth[p] for p in inference.premises)
                if value < depth.get(inference.conclusion, 10**9):
                    depth[inference.conclusion] = value
        for same in amap.restatements:
            values = [depth[x] for x in (same.left, same.right) if x in depth]
            if values:
                depth[same.left] = depth[same.right] = min(values)
        if depth == before:
            return depth


def naive_classes(amap: ArgumentMap) -> dict[str, frozenset[str]]:
    g = nx.Graph()
    g.add_nodes_from(c.id for c in amap.claims)
    g.add_edges_from((s.left, s.right) for s in amap.restatements)
    return {cid: frozenset(comp) for comp in nx.connected_components(g) for cid in comp}


def naive_graph(amap: ArgumentMap) -> nx.DiGraph:
    """The support graph built independently: restatement classes as frozensets."""
    classes = naive_classes(amap)
    g = nx.DiGraph()
    g.add_nodes_from(set(classes.values()))
    g.add_nodes_from(e.id for e in amap.evidence)
    for inference in amap.inferences:
        g.add_node(inference.id)
        for p in inference.premises:
            g.add_edge(classes.get(p, p), inference.id)
        g.add_edge(inference.id, classes[inference.conclusion])
    return g


@given(support_maps())
def test_established_matches_naive_fixpoint(amap):
    support = establish(amap)
    expected = naive_established(amap)
    for element in (*amap.claims, *amap.evidence):
        assert support.is_established(element.id) == (element.id in expected), element.id


@given(support_maps())
def test_justification_is_a_shortest_derivation(amap):
    support = establish(amap)
    depths = naive_depths(amap)
    for claim in amap.claims:
        assert support.depth(claim.id) == depths.get(claim.id)
        found = support.justification(claim.id)
        if found is not None and found.reason == "inferred":
            step = amap.inference(found.inference)
            assert support.graph.class_of[step.conclusion] == support.graph.class_of[claim.id]
            assert found.depth == 1 + max(support.depth(p) for p in step.premises)


@given(support_maps())
def test_support_graph_matches_independent_construction(amap):
    graph = support_graph(amap)
    classes = naive_classes(amap)
    for a in amap.claims:
        for b in amap.claims:
            assert (graph.class_of[a.id] == graph.class_of[b.id]) == (b.id in classes[a.id])

    def name(node):
        return classes[node] if node in graph.members else node

    mine = {(name(u), name(v)) for u, v in graph.graph.edges()}
    assert mine == set(naive_graph(amap).edges())


@given(support_maps())
def test_root_cause_weights_match_reachability(amap):
    support = establish(amap)
    g = naive_graph(amap)
    classes = naive_classes(amap)
    for cause in root_causes(support):
        start = classes.get(cause.id, cause.id)
        below = {n for n in nx.descendants(g, start) if isinstance(n, frozenset)} - {start}
        assert cause.weight == len(below)
        reached = [c.id for c in amap.theses if classes[c.id] in below]
        assert list(cause.theses) == reached[:10] and cause.thesis_count == len(reached)
        assert cause.unestablished == sum(1 for n in below if not support.is_established(next(iter(n))))


@given(support_maps())
def test_weights_do_not_depend_on_the_bitset_window(amap):
    import argmap.analysis.support as support_module

    support = establish(amap)
    whole = root_causes(support)
    saved = support_module.CLAIM_BITS_PER_PASS
    support_module.CLAIM_BITS_PER_PASS = 2  # many passes over tiny windows
    try:
        windowed = root_causes(support)
    finally:
        support_module.CLAIM_BITS_PER_PASS = saved
    assert windowed == whole


@given(support_maps())
def test_root_causes_are_where_support_stops(amap):
    support = establish(amap)
    classes = naive_classes(amap)
    concluded = {classes[i.conclusion] for i in amap.inferences}
    granted = {classes[c.id] for c in amap.claims if c.role == "granted"}
    used = {p for i in amap.inferences for p in i.premises}
    bare = {classes[p] for p in used if p in classes and classes[p] not in concluded | granted}
    bare_theses = {classes[t.id] for t in amap.theses if classes[t.id] not in concluded | granted}
    causes = root_causes(support)
    assert {classes[c.id] for c in causes if c.kind == "bare-premise"} == bare - bare_theses
    assert {classes[c.id] for c in causes if c.kind == "unsupported-thesis"} == bare_theses
    assert {c.id for c in causes if c.kind == "uncited-evidence"} == {e.id for e in amap.evidence
                                                                       if not e.citation and e.id in used}
    assert [c.rank for c in causes] == list(range(1, len(causes) + 1))
    assert [c.weight for c in causes] == sorted((c.weight for c in causes), reverse=True)


@given(support_maps())
def test_explanation_agrees_with_status(amap):
    support = establish(amap)
    for claim in amap.claims:
        tree = explain(support, claim.id)
        assert tree.established == support.is_established(claim.id)

        def walk(node):
            if node.kind in ("claim", "evidence"):
                assert node.established == support.is_established(node.id)
            for child in node.children:
                walk(child)

        walk(tree)


# ---- the support graph API ----------------------------------------------------------------


def test_restated_claims_are_one_node_and_share_status():
    amap = parse('claim C1 by a: "x"\n  granted\nclaim C2 by a: "y"\nclaim C3 by a: "z"\n'
                 'same C2 as C3\nsame C3 as C1\n')
    graph = support_graph(amap)
    assert graph.class_of["C2"] == graph.class_of["C3"] == graph.class_of["C1"] == "C1"
    assert graph.members["C1"] == ("C1", "C2", "C3")
    support = establish(amap)
    assert support.established_claims() == ["C1", "C2", "C3"]
    assert support.justification("C3").claim == "C1"


def test_graph_edges_run_premise_inference_conclusion():
    amap = parse('claim C1 by a: "x"\nevidence E1 by a: document "d"\ninfer I1 by a: E1 => C1\n')
    g = support_graph(amap).graph
    assert list(g.edges()) == [("E1", "I1"), ("I1", "C1")]
    assert g.nodes["I1"]["kind"] == "inference" and g.nodes["E1"]["kind"] == "evidence"


def test_nothing_establishes_itself_through_a_cycle():
    support = establish(parse('claim C1 by a: "x"\nclaim C2 by a: "y"\n'
                              'infer I1 by a: C1 => C2\ninfer I2 by a: C2 => C1\n'))
    assert support.established_claims() == []


def test_evidence_needs_a_citation_and_inference_needs_premises():
    support = establish(parse('claim C1 by a: "x"\nclaim C2 by a: "y"\nevidence E1 by a: document\n'
                              'infer I1 by a: E1 => C1\ninfer I2 by a: => C2\n'))
    assert not support.is_established("E1") and not support.is_established("C1")
    assert not support.is_established("C2")


def test_undefined_premise_blocks_the_step_without_crashing():
    support = establish(parse('claim C1 by a: "x"\ninfer I1 by a: C9 => C1\n'))
    assert not support.is_established("C1")
    assert support.unestablished_premises("I1") == ["C9"]


# ---- AM201 unsupported-inference ---------------------------------------------------------

BARE_STEP = 'claim C1 by a: "x"\nclaim T1 by a: "t"\n  thesis\ninfer I1 by a: C1 => T1\n'
CITED_STEP = 'evidence E1 by a: document "d"\nclaim T1 by a: "t"\n  thesis\ninfer I1 by a: E1 => T1\n'


def test_am201_fires_naming_the_premise():
    (found,) = [d for d in findings(BARE_STEP) if d.code == "AM201"]
    assert found.data["premises"] == ["C1"] and found.data["reasons"] == {"C1": "bare assertion"}
    assert "C1 (bare assertion)" in found.message


def test_am201_silent_when_premises_established():
    assert "AM201" not in codes(CITED_STEP)


def test_am201_silent_on_undefined_premises():
    assert "AM201" not in codes('claim T1 by a: "t"\ninfer I1 by a: C9 => T1\n')


# ---- AM202 bare-assertion-premise -------------------------------------------------------


def test_am202_fires_with_weight_and_rank():
    body = ('claim C1 by a: "x"\nclaim C2 by a: "y"\nclaim T1 by a: "t"\n  thesis\n'
            'infer I1 by a: C1 => C2\ninfer I2 by a: C2 => T1\n')
    (found,) = [d for d in findings(body) if d.code == "AM202"]
    assert found.data["weight"] == 2 and found.data["rank"] == 1 and found.data["theses"] == ["T1"]
    assert "2 claims depend on it" in found.message and found.severity == argmap.Severity.WARNING


def test_am202_heaviest_root_cause_ranks_first():
    body = ('claim C1 by a: "x"\nclaim C2 by a: "y"\nclaim C3 by a: "z"\nclaim T1 by a: "t"\n  thesis\n'
            'infer I1 by a: C1 => C2\ninfer I2 by a: C2, C3 => T1\n')
    ranks = {d.data["claim"]: (d.data["rank"], d.data["weight"]) for d in findings(body) if d.code == "AM202"}
    assert ranks == {"C1": (1, 2), "C3": (2, 1)}


def test_am202_is_info_when_everything_downstream_stands_anyway():
    body = ('claim C1 by a: "x"\nevidence E1 by a: document "d"\nclaim T1 by a: "t"\n  thesis\n'
            'infer I1 by a: C1 => T1\ninfer I2 by a: E1 => T1\n')
    (found,) = [d for d in findings(body) if d.code == "AM202"]
    assert found.severity == argmap.Severity.INFO and "stand on other support" in found.message


def test_am202_reported_view():
    body = 'claim C1 by a: "x"\n  reported\nclaim T1 by a: "t"\n  thesis\ninfer I1 by a: C1 => T1\n'
    (found,) = [d for d in findings(body) if d.code == "AM202"]
    assert found.data["reported"] and "only reported" in found.message


def test_am202_silent_for_granted_and_supported_premises():
    body = ('claim C1 by a: "x"\n  granted\nclaim C2 by a: "y"\nclaim C3 by a: "z"\nsame C3 as C1\n'
            'claim T1 by a: "t"\n  thesis\ninfer I1 by a: C1, C3 => T1\n')
    assert "AM202" not in codes(body)
    assert "AM202" not in codes(CITED_STEP)


# ---- AM203 unsupported-thesis -------------------------------------------------------------


def test_am203_fires_for_a_bare_thesis():
    (found,) = [d for d in findings('claim T1 by a: "t"\n  thesis\n') if d.code == "AM203"]
    assert found.data["claim"] == "T1" and found.location.line == 3


def test_am203_silent_when_the_thesis_is_argued_even_badly():
    assert "AM203" not in codes(BARE_STEP)


def test_am203_silent_for_a_granted_restatement():
    assert "AM203" not in codes('claim T1 by a: "t"\n  thesis\nclaim C1 by a: "t"\n  granted\nsame T1 as C1\n')


# ---- AM204 evidence-without-citation and AM205 unused-evidence ---------------------------


def test_am204_fires_with_weight_when_used():
    body = 'evidence E1 by a: archive\nclaim T1 by a: "t"\n  thesis\ninfer I1 by a: E1 => T1\n'
    (found,) = [d for d in findings(body) if d.code == "AM204"]
    assert found.data["weight"] == 1 and "gives no citation" in found.message


def test_am204_silent_with_a_citation():
    assert "AM204" not in codes(CITED_STEP)


def test_am205_fires_for_evidence_nothing_uses():
    assert codes('evidence E1 by a: archive "Zhukov, Inoy 307-9"\n') == ["AM205"]


def test_am205_silent_when_used_by_an_inference_or_an_attack():
    assert "AM205" not in codes(CITED_STEP)
    body = ('evidence E1 by a: archive "x"\nclaim C1 by a: "y"\nattack A1 by a: E1 undermines C1\n')
    assert "AM205" not in codes(body)


# ---- AM206 isolated-claim -------------------------------------------------------------------


def test_am206_fires_for_a_claim_in_nothing():
    (found,) = findings('claim C9 by a: "The weather was cold."\n')
    assert found.code == "AM206" and found.data == {"claim": "C9"}


@pytest.mark.parametrize("extra", [
    "  thesis\n",
    'claim C2 by a: "y"\nattack A1 by a: C2 rebuts C9\n',
    'claim C2 by a: "y"\nsame C9 as C2\n',
    'claim C2 by a: "y"\ninfer I1 by a: C2 => C9\n',
])
def test_am206_silent_when_connected(extra):
    assert "AM206" not in [c for c in codes('claim C9 by a: "x"\n' + extra) if c == "AM206"]


# ---- AM207 hedge-laundering ---------------------------------------------------------------------


def test_am207_fires_with_the_path_to_the_thesis():
    body = ('claim C2 by a: "Perhaps p."\n  hedge "perhaps"\nclaim C5 by a: "p"\nclaim T1 by a: "t"\n  thesis\n'
            'infer I1 by a: C2 => C5\ninfer I3 by a: C5 => T1\n')
    (found,) = [d for d in findings(body) if d.code == "AM207"]
    assert found.data["path"] == ["C2", "I1", "C5", "I3", "T1"] and found.data["thesis"] == "T1"
    assert "C2 → I1 → C5 → I3 → T1" in found.message and found.location.line == 8  # the step I1


def test_am207_direct_step_to_a_thesis():
    body = 'claim C2 by a: "x"\n  hedge "may"\nclaim T1 by a: "t"\n  thesis\ninfer I1 by a: C2 => T1\n'
    (found,) = [d for d in findings(body) if d.code == "AM207"]
    assert "C2 → I1 → T1" in found.message


def test_am207_silent_when_the_conclusion_keeps_a_hedge():
    body = ('claim C2 by a: "x"\n  hedge "may"\nclaim T1 by a: "t"\n  thesis\n  hedge "probably"\n'
            'infer I1 by a: C2 => T1\n')
    assert "AM207" not in codes(body)


def test_am207_long_chain_gives_bounded_messages_and_data():
    # Every other claim hedged along a chain of 400 steps: 200 findings, each on its way to T1.
    n = 400
    body = "".join(f'claim C{i} by a: "c"\n' + ('  hedge "perhaps"\n' if i % 2 == 0 else "") for i in range(n))
    body += 'claim T1 by a: "t"\n  thesis\n'
    body += "".join(f"infer I{i} by a: C{i} => {f'C{i + 1}' if i + 1 < n else 'T1'}\n" for i in range(n))
    found = [d for d in findings(body) if d.code == "AM207"]
    assert len(found) == n // 2
    first = found[0]
    assert first.data["path_length"] == 2 * n + 1 and first.data["path_elided"] == 2 * n + 1 - 10
    assert first.data["path"] == ["C0", "I0", "C1", "I1", "C2", "I2", f"I{n - 2}", f"C{n - 1}", f"I{n - 1}", "T1"]
    assert f"C0 → I0 → C1 → I1 → C2 → I2 → … ({2 * n - 9} more) … → I{n - 2} → C{n - 1} → I{n - 1} → T1" \
        in first.message and f"T1 is {n} steps away" in first.message
    assert max(len(d.message) for d in found) < 300 and max(len(d.data["path"]) for d in found) <= 15
    last = found[-1]  # a short path is kept whole
    assert last.data["path"] == [f"C{n - 2}", f"I{n - 2}", f"C{n - 1}", f"I{n - 1}", "T1"]
    assert last.data["path_elided"] == 0


def _full_onward(support, start, next_hop, theses):
    """The whole path on to a thesis, walked step by step (the reference for the bounded summary)."""
    graph = support.graph
    ids = [start]
    node = graph.class_of[start]
    if node not in next_hop or start in theses:
        return ids
    while next_hop[node] != node:
        inference = next_hop[node]
        premise = graph.via(node, inference)[0]
        if premise != ids[-1]:
            ids.append(premise)
        target = next_hop[inference]
        ids += [inference, graph.via(inference, target)[0]]
        node = target
    thesis = next((m for m in graph.members[node] if m in theses), ids[-1])
    return ids + ([thesis] if thesis != ids[-1] else [])


@given(st.data())
def test_am207_path_summary_matches_the_full_walk(data):
    from argmap.rules.support import _Onward, _paths_to_theses

    n = data.draw(st.integers(2, 30))
    claim_ids = [f"C{i}" for i in range(n)]
    theses = set(data.draw(st.lists(st.sampled_from(claim_ids), min_size=1, max_size=3)))
    steps = data.draw(st.lists(st.tuples(st.lists(st.sampled_from(claim_ids), min_size=1, max_size=2),
                                         st.sampled_from(claim_ids)), max_size=40))
    pairs = data.draw(st.lists(st.tuples(st.sampled_from(claim_ids), st.sampled_from(claim_ids)), max_size=4))
    amap = ArgumentMap(
        voices=(Voice(id="a", name="A"),),
        claims=tuple(Claim(id=c, voice="a", text="x", role="thesis" if c in theses else None) for c in claim_ids),
        inferences=tuple(Inference(id=f"I{k}", voice="a", premises=tuple(dict.fromkeys(p)), conclusion=c)
                         for k, (p, c) in enumerate(steps)),
        restatements=tuple(Restatement(left=a, right=b) for a, b in pairs if a != b),
    )
    support = establish(amap)
    next_hop = _paths_to_theses(support)
    onward = _Onward(support, next_hop, theses)
    for claim in claim_ids:
        full = _full_onward(support, claim, next_hop, theses)
        assert onward.path(claim) == (len(full), tuple(full[:15]), tuple(full[-4:]))


# ---- AM208 single-source-dependence ---------------------------------------------------------------

TWO_SOURCES = ('source s "S"\nsource r "R"\nvoice a "A" in s\nvoice b "B" in s\nvoice c "C" in r\n')


def test_am208_fires_for_one_voice():
    body = ('evidence E1 by a: book "p. 12"\nevidence E2 by a: book "p. 40"\nclaim T1 by a: "t"\n  thesis\n'
            'infer I1 by a: E1, E2 => T1\n')
    (found,) = [d for d in findings(body) if d.code == "AM208"]
    assert found.data["voices"] == ["a"] and found.data["evidence"] == ["E1", "E2"]


def test_am208_fires_for_one_source_among_several():
    body = ('evidence E1 by a: book "p. 12"\nevidence E2 by b: book "p. 40"\nclaim T1 by a: "t"\n  thesis\n'
            'infer I1 by a: E1, E2 => T1\n')
    (found,) = [d for d in findings(body, head=TWO_SOURCES) if d.code == "AM208"]
    assert found.data["sources"] == ["s"] and "one source only" in found.message


def test_am208_silent_with_independent_evidence():
    body = ('evidence E1 by a: book "p. 12"\nevidence E2 by c: book "p. 40"\nclaim T1 by a: "t"\n  thesis\n'
            'infer I1 by a: E1, E2 => T1\n')
    assert "AM208" not in codes(body, head=TWO_SOURCES)


def test_am208_silent_for_an_unestablished_thesis():
    body = ('evidence E1 by a: book "p. 12"\nclaim C1 by a: "x"\nclaim T1 by a: "t"\n  thesis\n'
            'infer I1 by a: E1, C1 => T1\n')
    assert "AM208" not in codes(body)


def test_socrates_example_support_findings():
    report = argmap.check(argmap.load("examples/socrates.argmap"), select=["AM2"])
    by_code = {d.code: d for d in report.diagnostics}
    assert by_code["AM202"].severity == argmap.Severity.INFO  # C3 is bare, but C2 stands on E1 anyway
    assert set(by_code) <= {"AM201", "AM202", "AM208"}


# ---- robustness ------------------------------------------------------------------------------------

from strategies import argument_maps  # noqa: E402  (the shared strategy: every construct, random roles)


@given(argument_maps())
def test_rules_and_explanations_never_crash(amap):
    report = argmap.check(amap, select=["AM2", "AM3"])
    assert all(d.code[:3] in ("AM2", "AM3") for d in report.diagnostics)
    support = establish(amap)
    for claim in amap.claims:
        explain(support, claim.id).to_dict()


@given(support_maps(), st.lists(st.sampled_from(["C0", "E0", "I0", "X9", "a", "s"]), min_size=1, max_size=3))
def test_broken_references_are_tolerated(amap, premises):
    import attrs

    broken = Inference(id="Ibad", voice="a", premises=tuple(premises), conclusion="Y9")
    amap = attrs.evolve(amap, inferences=(*amap.inferences, broken),
                        restatements=(*amap.restatements, Restatement(left="C0", right="Z7")))
    argmap.check(amap, select=["AM2", "AM3"])
    assert not establish(amap).is_established("Ibad") or not set(premises) - {"C0", "E0"}


@given(support_maps(max_claims=8, max_inferences=10))
def test_am208_names_all_evidence_on_established_routes(amap):
    # Theses found behind other theses reuse their answer; the evidence named must not change.
    support = establish(amap)
    g = naive_graph(amap)
    classes = naive_classes(amap)
    established = g.subgraph([n for n in g if support.is_established(next(iter(n)) if isinstance(n, frozenset)
                                                                        else n)])
    evidence_ids = [e.id for e in amap.evidence]
    expected = {}
    for thesis in amap.theses:
        node = classes[thesis.id]
        if node in established and not any(classes[t] == node for t in expected):
            behind = [e for e in evidence_ids if e in nx.ancestors(established, node)]
            if behind:
                expected[thesis.id] = behind
    found = {d.data["thesis"]: d.data["evidence"] for d in argmap.check(amap, select=["AM208"])}
    assert found == expected


def test_am208_through_a_chain_of_theses():
    body = ('evidence E1 by a: document "doc"\nclaim T3 by a: "3"\n  thesis\nclaim T2 by a: "2"\n  thesis\n'
            'claim T1 by a: "1"\n  thesis\ninfer I1 by a: E1 => T1\ninfer I2 by a: T1 => T2\ninfer I3 by a: T2 => T3\n')
    assert {d.data["thesis"]: d.data["evidence"] for d in findings(body, "AM208")} == {
        "T1": ["E1"], "T2": ["E1"], "T3": ["E1"]}
