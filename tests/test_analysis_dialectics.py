"""Dialectics: grounded and preferred semantics against brute-force oracles, the map translation, AM4xx."""

from __future__ import annotations

import textwrap

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

import argmap
from argmap.analysis import dialectics as dl
from argmap.analysis.dialectics import Label
from strategies import argument_maps

IN, OUT, UNDEC = Label.IN, Label.OUT, Label.UNDEC


# ---- oracles: the definitions applied literally ------------------------------------------
@st.composite
def frameworks(draw, max_nodes: int = 12) -> nx.DiGraph:
    n = draw(st.integers(0, max_nodes))
    graph = nx.DiGraph()
    graph.add_nodes_from(range(n))
    if n:
        pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
        graph.add_edges_from(draw(st.lists(pairs, max_size=3 * n)))
    return graph


def oracle_grounded(graph: nx.DiGraph) -> dict:
    """Iterate the characteristic function F(S) = {a | S attacks every attacker of a} from the empty set."""
    def attacks(members, node):
        return any(graph.has_edge(m, node) for m in members)

    current: set = set()
    while True:
        following = {a for a in graph if all(attacks(current, b) for b in graph.predecessors(a))}
        if following == current:
            break
        current = following
    return {a: IN if a in current else OUT if attacks(current, a) else UNDEC for a in graph}


def oracle_preferred(graph: nx.DiGraph) -> list[frozenset]:
    """Every subset, kept if admissible (conflict-free and defending its members), then the maximal ones."""
    nodes = list(graph)
    admissible = []
    for mask in range(1 << len(nodes)):
        members = {nodes[i] for i in range(len(nodes)) if mask >> i & 1}
        attacked = {t for m in members for t in graph.successors(m)}
        if attacked & members:
            continue
        if all(b in attacked for m in members for b in graph.predecessors(m)):
            admissible.append(frozenset(members))
    maximal = [s for s in admissible if not any(s < t for t in admissible)]
    return sorted(maximal, key=lambda s: sorted(map(str, s)))


@given(frameworks())
@settings(max_examples=150, deadline=None)
def test_grounded_labelling_matches_definition(graph):
    assert dl.grounded_labelling(graph) == oracle_grounded(graph)


@given(frameworks())
@settings(max_examples=120, deadline=None)
def test_preferred_extensions_match_enumeration(graph):
    assert dl.preferred_extensions(graph) == oracle_preferred(graph)


def test_preferred_beyond_cutoff_is_none():
    cycle = nx.DiGraph([(i, (i + 1) % 6) for i in range(6)])  # an even cycle: two preferred extensions
    assert len(dl.preferred_extensions(cycle)) == 2
    assert dl.preferred_extensions(cycle, cutoff=5) is None
    [component] = dl.preferred_components(cycle, cutoff=5)
    assert not component.decided and len(component.arguments) == 6


def test_preferred_on_wide_component_is_quick_enough_to_finish():
    """A centre in mutual attack with 19 leaves: 2^19 admissible sets, one preferred extension of the leaves."""
    graph = nx.DiGraph()
    for leaf in range(1, 20):
        graph.add_edge(0, leaf)
        graph.add_edge(leaf, 0)
    extensions = dl.preferred_extensions(graph)
    assert sorted(map(sorted, extensions)) == [[0], list(range(1, 20))]


def test_grounded_handles_long_chains():
    chain = nx.DiGraph([(i, i + 1) for i in range(50_000)])
    labels = dl.grounded_labelling(chain)
    assert labels[0] is IN and labels[1] is OUT and labels[50_000] is IN


# ---- the map as a framework ------------------------------------------------------------------
HEADER = 'source s "S"\nvoice furr "Furr" author in s\nvoice getty "Getty" historian in s\n' \
         'voice zhukov "Zhukov" historian in s\n'


def parse(body: str) -> argmap.ArgumentMap:
    return argmap.parse(HEADER + textwrap.dedent(body))


def codes(amap: argmap.ArgumentMap) -> list[str]:
    return [d.code for d in argmap.check(amap, select=["AM4"])]


def findings(amap: argmap.ArgumentMap, code: str):
    return [d for d in argmap.check(amap, select=[code])]


def test_unattacked_claims_and_inferences_are_in():
    amap = parse('''
        claim C1 by furr: "a"
        claim T1 by furr: "t"
          thesis
        infer I1 by furr (sign): C1 => T1
    ''')
    assert set(dl.grounded(amap).values()) == {IN}


def test_rebuttal_is_directed_and_a_reply_reinstates():
    amap = parse('''
        claim C1 by furr: "a"
        claim K1 by getty: "k"
        claim R1 by furr: "r"
        attack A1 by getty: K1 rebuts C1
        attack A2 by furr: R1 rebuts K1
    ''')
    assert dl.grounded(amap) == {"C1": IN, "K1": OUT, "R1": IN}
    amap = parse('''
        claim C1 by furr: "a"
        claim K1 by getty: "k"
        attack A1 by getty: K1 rebuts C1
    ''')
    assert dl.grounded(amap) == {"C1": OUT, "K1": IN}


def test_defeated_premise_or_undercut_defeats_the_inference_and_lone_conclusion():
    premise_attacked = parse('''
        claim C1 by furr: "a"
        claim T1 by furr: "t"
        infer I1 by furr (sign): C1 => T1
        claim K1 by getty: "k"
        attack A1 by getty: K1 undermines C1
    ''')
    assert dl.grounded(premise_attacked) == {"C1": OUT, "I1": OUT, "K1": IN, "T1": OUT}
    undercut = parse('''
        claim C1 by furr: "a"
        claim T1 by furr: "t"
        infer I1 by furr (sign): C1 => T1
        claim K1 by getty: "k"
        attack A1 by getty: K1 undercuts I1
    ''')
    assert dl.grounded(undercut) == {"C1": IN, "I1": OUT, "K1": IN, "T1": OUT}


def test_conclusion_stands_if_one_inference_stands_and_granted_stands_alone():
    amap = parse('''
        claim C1 by furr: "a"
        claim C2 by furr: "b"
        claim T1 by furr: "t"
        infer I1 by furr (sign): C1 => T1
        infer I2 by furr (sign): C2 => T1
        claim K1 by getty: "k"
        attack A1 by getty: K1 undercuts I1
    ''')
    assert dl.grounded(amap)["T1"] is IN
    granted = parse('''
        claim C1 by furr: "a"
        claim T1 by furr: "t"
          granted
        infer I1 by furr (sign): C1 => T1
        claim K1 by getty: "k"
        attack A1 by getty: K1 undercuts I1
    ''')
    assert dl.grounded(granted)["T1"] is IN


def test_evidence_can_be_undermined():
    amap = parse('''
        evidence E1 by zhukov: archive "Zhukov, Inoy 307-9"
        claim C1 by furr: "a"
        infer I1 by furr (authority): E1 => C1
        claim K1 by getty: "forged"
        attack A1 by getty: K1 undermines E1
    ''')
    assert dl.grounded(amap) == {"C1": OUT, "E1": OUT, "I1": OUT, "K1": IN}


def test_restated_claims_share_status():
    amap = parse('''
        claim C1 by furr: "a"
        claim C7 by zhukov: "a, said again"
        same C1 as C7
        claim K1 by getty: "k"
        attack A1 by getty: K1 rebuts C7
    ''')
    labels = dl.grounded(amap)
    assert labels["C1"] is labels["C7"] is OUT
    graph = dl.framework(amap)
    assert graph.nodes["C1"]["members"] == ("C1", "C7")


def test_circular_support_is_undecided():
    amap = parse('''
        claim C1 by furr: "a"
        claim C2 by furr: "b"
        infer I1 by furr (sign): C1 => C2
        infer I2 by furr (sign): C2 => C1
    ''')
    assert set(dl.grounded(amap).values()) == {UNDEC}


def test_dangling_references_are_ignored():
    amap = parse('''
        claim C1 by furr: "a"
        infer I1 by furr (sign): C9 => C1
        attack A1 by getty: K9 rebuts C1
    ''')
    assert dl.grounded(amap) == {"C1": IN, "I1": IN}


def _complete_at_map_level(amap: argmap.ArgumentMap, labels: dict) -> None:
    """The labels satisfy the documented conditions, element by element, on the map itself."""
    dia = dl.analyse(amap, cutoff=0)
    defined = {i.id: i for i in amap.inferences if amap.get(i.id) is i}
    attackers: dict[str, set[str]] = {}
    for attack in amap.attacks:
        if amap.get(attack.id) is attack and dia.node(attack.attacker) and dia.node(attack.target):
            attackers.setdefault(dia.node(attack.target), set()).add(dia.node(attack.attacker))
    node_label = dia.node_labels

    def verdict(parts: list[Label]) -> Label:  # all IN → IN; any OUT → OUT; else UNDEC
        return OUT if OUT in parts else IN if all(p is IN for p in parts) else UNDEC

    def negate(label: Label) -> Label:
        return {IN: OUT, OUT: IN, UNDEC: UNDEC}[label]

    for inference in defined.values():
        parts = [node_label[dia.node(p)] for p in inference.premises if dia.node(p)]
        parts += [negate(node_label[a]) for a in attackers.get(inference.id, ())]
        assert labels[inference.id] is verdict(parts), inference.id
    granted = {dia.node(c.id) for c in amap.claims if c.is_granted and amap.get(c.id) is c}
    for node, data in dia.graph.nodes.items():
        if data["kind"] != "claim":
            continue
        parts = [negate(node_label[a]) for a in attackers.get(node, ())]
        inferences = [i for i in defined.values() if dia.node(i.conclusion) == node]
        if inferences and node not in granted:
            statuses = [node_label[i.id] for i in inferences]
            parts.append(IN if IN in statuses else OUT if all(s is OUT for s in statuses) else UNDEC)
        assert node_label[node] is verdict(parts), node


@given(argument_maps(max_claims=8))
@settings(max_examples=80, deadline=None)
def test_map_labels_follow_the_documented_conditions(amap):
    labels = dl.grounded(amap)
    _complete_at_map_level(amap, labels)
    dia = dl.analyse(amap)
    assert dl.grounded_labelling(dia.graph) == oracle_grounded(dia.graph)


@given(argument_maps(max_claims=5))
@settings(max_examples=40, deadline=None)
def test_map_preferred_extensions_contain_grounded(amap):
    extensions = dl.preferred(amap)
    accepted = {k for k, v in dl.grounded(amap).items() if v is IN}
    assert extensions is not None and extensions
    assert all(accepted <= ext for ext in extensions)


# ---- AM401 thesis defeated -------------------------------------------------------------
DEFEATED = '''
    claim C1 by furr: "a"
    claim T1 by furr: "t"
      thesis
    infer I1 by furr (sign): C1 => T1
    claim K1 by getty: "k"
    attack A1 by getty: K1 undermines C1
'''


def test_thesis_defeated_fires_and_names_the_objection():
    [finding] = findings(parse(DEFEATED), "AM401")
    assert "T1" in finding.message and "K1 (getty)" in finding.message and "which stands" in finding.message
    assert finding.data["id"] == "T1" and finding.data["label"] == "OUT"
    assert finding.data["chain"][-1]["attacker"] == "K1"


def test_thesis_defeated_silent_when_answered():
    amap = parse(DEFEATED + 'claim R1 by furr: "r"\nattack A2 by furr: R1 rebuts K1\n')
    assert codes(amap) == []


# ---- AM402 thesis undecided -------------------------------------------------------------
STANDOFF = '''
    claim T1 by furr: "t"
      thesis
    claim K1 by getty: "k"
    attack A1 by getty: K1 rebuts T1
    attack A2 by furr: T1 rebuts K1
'''


def test_thesis_undecided_fires_with_preferred_count():
    [finding] = findings(parse(STANDOFF), "AM402")
    assert "accepted in 1 of 2 preferred extensions" in finding.message
    assert "circle" in finding.message
    assert finding.data["preferred"] == {"accepted": 1, "extensions": 2, "acceptance": "credulous"}


def test_thesis_undecided_silent_when_standoff_broken():
    amap = parse(STANDOFF + 'claim R1 by zhukov: "r"\nattack A3 by zhukov: R1 rebuts K1\n')
    assert findings(amap, "AM402") == [] and dl.grounded(amap)["T1"] is IN


def test_thesis_undecided_beyond_cutoff_says_so():
    config = argmap.Config(options={"preferred-cutoff": 1})
    [finding] = argmap.check(parse(STANDOFF), select=["AM402"], config=config)
    assert "too many" in finding.message


# ---- AM403 unanswered objection ----------------------------------------------------------
OBJECTION = '''
    claim C1 by furr: "a"
    claim K1 by getty: "k"
    attack A1 by getty: K1 rebuts C1
'''


def test_unanswered_objection_fires():
    [finding] = findings(parse(OBJECTION), "AM403")
    assert finding.severity == argmap.Severity.WARNING
    assert finding.data["unanswered_by"] == ["furr"] and finding.data["id"] == "A1"
    assert "getty's objection A1 (K1 rebuts C1)" in finding.message


def test_answered_objection_is_silent_and_the_reply_is_no_objection():
    amap = parse(OBJECTION + 'claim R1 by furr: "r"\nattack A2 by furr: R1 rebuts K1\n')
    assert codes(amap) == []


def test_answer_by_an_ally_counts():
    # zhukov supplies furr's premise, so zhukov is on furr's side; undercutting the objection's support answers it
    amap = parse(OBJECTION + '''
        claim T1 by furr: "t"
        infer I1 by furr (sign): C1, Z1 => T1
        claim Z1 by zhukov: "z"
        claim G1 by getty: "g"
        infer I2 by getty (sign): G1 => K1
        attack A2 by zhukov: Z1 undercuts I2
    ''')
    assert findings(amap, "AM403") == []


def test_answer_by_a_stranger_does_not_count_but_lowers_severity():
    amap = parse(OBJECTION + 'claim R1 by zhukov: "r"\nattack A2 by zhukov: R1 rebuts K1\n')
    found = findings(amap, "AM403")
    a1 = [f for f in found if f.data["id"] == "A1"]
    assert len(a1) == 1 and a1[0].severity == argmap.Severity.INFO


def test_objection_to_a_quoted_opponent_is_only_a_note():
    amap = parse('''
        voice conquest "Robert Conquest" opponent in s
        claim Q1 by conquest: "q"
        claim C1 by furr: "not q"
        attack A1 by furr: C1 rebuts Q1
    ''')
    [finding] = findings(amap, "AM403")
    assert finding.severity == argmap.Severity.INFO and "no answer is expected" in finding.message


def test_attack_by_an_ally_is_no_objection():
    amap = parse('''
        claim C1 by furr: "a"
        claim Z1 by zhukov: "a again"
        same Z1 as C1
        claim Z2 by zhukov: "but not quite a"
        attack A1 by zhukov: Z2 rebuts C1
    ''')
    assert findings(amap, "AM403") == []


# ---- AM404 self-contradiction ----------------------------------------------------------------
def test_self_contradiction_fires():
    amap = parse('''
        claim C1 by furr: "a"
        claim C2 by furr: "not a"
        attack A1 by getty: C2 rebuts C1
    ''')
    [finding] = findings(amap, "AM404")
    assert finding.data["voice"] == "furr" and finding.data["claims"] == ["C1", "C2"]


def test_self_contradiction_through_restatement():
    amap = parse('''
        claim C1 by furr: "a"
        claim Z1 by zhukov: "a again"
        same Z1 as C1
        claim C2 by furr: "not a"
        attack A1 by getty: C2 rebuts Z1
    ''')
    [finding] = findings(amap, "AM404")
    assert "which says the same as C1" in finding.message


def test_self_contradiction_silent_for_reported_and_other_voices():
    amap = parse('''
        claim C1 by furr: "a"
        claim C2 by furr: "not a, as others say"
          reported
        claim K1 by getty: "not a"
        attack A1 by furr: C2 rebuts C1
        attack A2 by getty: K1 rebuts C1
    ''')
    assert findings(amap, "AM404") == []


def test_self_contradiction_leaves_a_claim_attacking_itself_to_am109():
    amap = parse("""
        claim C1 by furr: "a"
        attack A1 by furr: C1 rebuts C1
    """)
    assert findings(amap, "AM404") == []
    assert [d.code for d in argmap.check(amap, select=["AM109"])] == ["AM109"]


def test_example_map_has_no_dialectic_findings():
    assert codes(argmap.load("examples/socrates.argmap")) == []


def test_framework_is_a_networkx_digraph_with_reasons():
    graph = dl.framework(parse(DEFEATED))
    assert isinstance(graph, nx.DiGraph)
    assert graph.edges["K1", "C1"]["reasons"] == [{"kind": "undermine", "attack": "A1"}]
    assert graph.edges["K1", "I1"]["reasons"] == [{"kind": "premise", "premise": "C1"}]
    assert graph.nodes["unsupported:T1"]["kind"] == "unsupported"
