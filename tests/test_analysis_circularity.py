"""Circles in the support graph, self-support, citation cycles, and the AM3xx rules.

Oracles: cycles and shortest-cycle lengths against ``networkx.simple_cycles`` on small
graphs; "held up only by the circle" against the naive fixpoint on a map in which
everything outside the circle is granted or cited.
"""

from __future__ import annotations

import json

import attrs
import networkx as nx
from click.testing import CliRunner
from hypothesis import given

import argmap
from argmap.analysis import circularity, establish
from argmap.analysis.circularity import citation_cycles, find_circles, self_supporting, shortest_cycle
from argmap.cli import main
from argmap.model import ArgumentMap, Claim, Inference, Source, Voice
from test_analysis_support import HEAD, codes, findings, naive_established, naive_graph, support_maps


def circle_findings(body: str, head: str = HEAD) -> list:
    return findings(body, "AM3", head)


# ---- oracles ----------------------------------------------------------------------------------


def _self_support_edges(amap: ArgumentMap, g: nx.DiGraph) -> list:
    out = []
    for inference in amap.inferences:
        conclusion = next(v for v in g.successors(inference.id))
        if g.has_edge(conclusion, inference.id):
            out.append((inference.id, conclusion))
    return out


@given(support_maps(max_claims=5, max_evidence=2, max_inferences=6))
def test_circles_match_brute_force_cycles(amap):
    g = naive_graph(amap)  # at most 13 nodes
    g.remove_edges_from(_self_support_edges(amap, g))
    cycles = list(nx.simple_cycles(g))
    on_cycles = {n for c in cycles for n in c}
    support = establish(amap)
    graph = support.graph
    classes = {cid: frozenset(graph.members[node]) for cid, node in graph.class_of.items()}

    def name(node):
        return frozenset(graph.members[node]) if node in graph.members else node

    circles = find_circles(support)
    assert {name(n) for c in circles for n in c.nodes} == on_cycles
    for circle in circles:
        nodes = {name(n) for n in circle.nodes}
        inside = [c for c in cycles if set(c) <= nodes]
        assert inside, "every circle holds a cycle"
        # The reported cycle is a real cycle of the component.
        steps = [classes.get(x, x) for x in circle.cycle]
        walk = [steps[0]] + [s for a, s in zip(steps, steps[1:]) if s != a]
        assert walk[0] == walk[-1]
        for a, b in zip(walk, walk[1:]):
            assert g.has_edge(a, b) and a in nodes
        begged = {classes[c] for c in circle.begged}
        candidates = [c for c in inside if not begged or begged & set(c)]
        assert circle.exact
        assert len(walk) - 1 == min(len(c) for c in candidates) == circle.cycle_length


@given(support_maps(max_claims=5, max_evidence=2, max_inferences=6))
def test_begged_claims_match_the_definition(amap):
    support = establish(amap)
    for circle in find_circles(support):
        inside = set(circle.claims)
        # Everything outside the circle taken as established:
        outside_granted = [attrs.evolve(c, role="granted") if c.id not in inside else c for c in amap.claims]
        cited = [attrs.evolve(e, citation="doc") for e in amap.evidence]
        optimistic = naive_established(attrs.evolve(amap, claims=outside_granted, evidence=cited))
        assert set(circle.begged) == {c for c in inside if c not in optimistic}


@given(support_maps())
def test_self_support_matches_definition(amap):
    graph = establish(amap).graph
    expected = {i.id for i in amap.inferences
                if any(graph.class_of[p] == graph.class_of[i.conclusion] for p in i.premises if p in graph.class_of)}
    assert {s.inference for s in self_supporting(graph)} == expected


def test_shortest_cycle_is_found_beyond_the_first_start():
    # From C0 the only cycle is long; C5 sits on a short one.
    body = "".join(f'claim C{i} by a: "{i}"\n' for i in range(8))
    body += "".join(f"infer I{i} by a: C{i} => C{i + 1}\n" for i in range(7)) + "infer I7 by a: C7 => C0\n"
    body += "infer I8 by a: C6 => C5\n"
    (circle,) = find_circles(establish(argmap.parse(HEAD + body)))
    assert circle.cycle == ("C5", "I5", "C6", "I8", "C5") and circle.exact


def test_large_ring_is_reported_without_listing_cycles():
    n = 3000
    claims = [Claim(id=f"C{i}", text="x", voice="a") for i in range(n)]
    inferences = [Inference(id=f"I{i}", voice="a", premises=(f"C{i}",), conclusion=f"C{(i + 1) % n}")
                  for i in range(n)]
    amap = ArgumentMap(sources=[Source(id="s")], voices=[Voice(id="a", name="A", source="s")], claims=claims,
                       inferences=inferences)
    (circle,) = find_circles(establish(amap))
    assert circle.cycle_length == 2 * n and len(circle.begged) == n
    assert "more" in circle.path_text()  # shortened for people; data keeps the whole cycle
    assert len(circle.cycle) == 2 * n + 1


def test_search_budget_bounds_work_on_a_dense_component():
    # Complete digraph on 60 nodes: every BFS is cut at the best depth, and the budget caps the rest.
    def successors(n):
        return [m for m in range(60) if m != n]

    cycle, exact, spent = shortest_cycle(successors, list(range(60)), budget=1000, floor=2)
    assert len(cycle) == 2 and exact


def test_shortest_cycle_reports_inexact_when_the_budget_runs_out():
    n = 500

    def successors(k):
        return [(k + 1) % n]

    cycle, exact, spent = shortest_cycle(successors, list(range(n)), budget=2 * n)
    assert len(cycle) == n and not exact and spent <= 3 * n


# ---- textbook cases ----------------------------------------------------------------------------

TWO_CLAIM_LOOP = ('claim C1 by a: "The delegates were loyal to the General Secretary."\n'
                  'claim C2 by a: "The General Secretary chose the delegates."\n'
                  'infer I1 by a (causal): C2 => C1\ninfer I2 by a (sign): C1 => C2\n')


def test_two_claim_loop_is_vicious():
    (found,) = circle_findings(TWO_CLAIM_LOOP)
    assert found.code == "AM301" and found.severity == argmap.Severity.ERROR
    assert found.data["cycle"] == ["C1", "I2", "C2", "I1", "C1"]
    assert "C1 → I2 → C2 → I1 → C1" in found.message and "begging the question" in found.message
    assert found.data["begged"] == ["C1", "C2"]
    assert {r.message.split(":")[0] for r in found.related} == {"C1", "C2", "I1", "I2"}


def test_loop_with_outside_evidence_is_benign():
    body = TWO_CLAIM_LOOP + ('evidence E1 by a: archive "RGASPI 17/2/612"\nevidence E2 by a: archive "GARF 1"\n'
                             'infer I3 by a: E1 => C1\ninfer I4 by a: E2 => C2\n')
    (found,) = circle_findings(body)
    assert found.code == "AM303" and found.severity == argmap.Severity.WARNING
    assert found.data["begged"] == [] and found.data["entries"] == ["C1", "C2"]


def test_loop_entered_at_one_claim_is_benign():
    body = TWO_CLAIM_LOOP + 'evidence E1 by a: archive "RGASPI 17/2/612"\ninfer I3 by a: E1 => C1\n'
    assert codes(body, "AM3") == ["AM303"]


def test_loop_with_an_extra_bare_premise_is_still_vicious():
    body = TWO_CLAIM_LOOP.replace("C2 => C1", "C2, C3 => C1") + 'claim C3 by a: "z"\n'
    assert codes(body, "AM3") == ["AM301"]


def test_vicious_cycle_runs_through_a_begged_claim():
    # C1 and C2 support each other, with C1 grounded in E1; C3 and C5 hang only on each other,
    # though the same tangle also reaches C2.
    body = TWO_CLAIM_LOOP + ('evidence E1 by a: archive "x"\ninfer I3 by a: E1 => C1\n'
                             'claim C3 by a: "z"\nclaim C5 by a: "w"\ninfer I5 by a: C3 => C2\n'
                             'infer I6 by a: C5 => C3\ninfer I7 by a: C3 => C5\ninfer I8 by a: C2, C3 => C5\n')
    (found,) = circle_findings(body)
    assert found.code == "AM301" and found.data["begged"] == ["C3", "C5"]
    assert found.data["cycle"] == ["C3", "I7", "C5", "I6", "C3"] and "tangle of 4 claims" in found.message


def test_direct_self_support():
    (found,) = circle_findings('claim C1 by a: "x"\ninfer I1 by a: C1 => C1\n')
    assert found.code == "AM302" and found.data["cycle"] == ["C1", "I1", "C1"]


def test_self_support_through_a_restatement_in_another_file(tmp_path):
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "furr.argmap").write_text(
        HEAD + 'claim C1 by a: "Stalin was a democrat."\ninclude "getty.argmap"\n'
               'infer I1 by a (definition): C2 => C1\n', encoding="utf-8")
    (tmp_path / "getty.argmap").write_text(
        'voice g "Getty" in s\nclaim C2 by g: "Stalin was committed to democracy."\nsame C1 as C2\n',
        encoding="utf-8")
    report = argmap.check(argmap.load(tmp_path / "furr.argmap"), select=["AM3"])
    (found,) = report.diagnostics
    assert found.code == "AM302" and found.data["premise"] == "C2" and found.data["conclusion"] == "C1"
    assert "C2 → I1 → C1 = C2" in found.message
    (same,) = found.related
    assert same.location.path.endswith("getty.argmap") and same.location.line == 3


def test_included_file_closes_a_cycle(tmp_path):
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "a.argmap").write_text(
        HEAD + 'claim C1 by a: "x"\nclaim C2 by a: "y"\ninfer I1 by a: C1 => C2\n', encoding="utf-8")
    (tmp_path / "b.argmap").write_text('include "a.argmap"\ninfer I2 by a: C2 => C1\n', encoding="utf-8")
    assert argmap.check(argmap.load(tmp_path / "a.argmap"), select=["AM3"]).diagnostics == ()
    (found,) = argmap.check(argmap.load(tmp_path / "b.argmap"), select=["AM3"]).diagnostics
    assert found.code == "AM301" and found.data["cycle"] == ["C1", "I1", "C2", "I2", "C1"]
    assert {r.location.path.rsplit("/", 1)[-1] for r in found.related} == {"a.argmap", "b.argmap"}


def test_cycle_through_restatements_names_both_ids():
    body = ('claim C1 by a: "x"\nclaim C2 by a: "y"\nclaim C7 by a: "y again"\nsame C2 as C7\n'
            'infer I1 by a: C1 => C2\ninfer I2 by a: C7 => C1\n')
    (found,) = circle_findings(body)
    assert "C1 → I1 → C2 = C7 → I2 → C1" in found.message
    assert found.data["restatements"] == [["C2", "C7"]]


DESCRIBED_CIRCLE = '''source hough "Democratization and Revolution in the USSR"
  by "Jerry Hough"
source forum "U.S.S.R. and communism historical discussion"
voice hough "Jerry Hough" historian in hough
voice kaiser "El Kaiser" participant in forum
claim H1 by hough: "The General Secretary recommended the provincial party secretaries."
claim H2 by hough: "The provincial secretaries controlled the delegates to the Party Congress."
claim H3 by hough: "The Congress elected the Central Committee, which elected the General Secretary."
claim H4 by hough: "Power in the CPSU flowed in a circle back to the General Secretary."
claim K1 by kaiser: "The circular flow of power explains Stalin's control of the Party."
  thesis
infer I1 by hough (causal): H1, H2, H3 => H4
infer I2 by kaiser (best-explanation): H4 => K1
'''


def test_a_text_describing_a_circle_is_not_circular_reasoning():
    amap = argmap.parse(DESCRIBED_CIRCLE)
    assert find_circles(establish(amap)) == []
    assert [d for d in argmap.check(amap).diagnostics if d.code.startswith("AM3")] == []


# ---- citation cycles ------------------------------------------------------------------------------


def test_am304_fires_for_sources_citing_each_other():
    head = 'source a "A"\n  cites b\nsource b "B"\n  cites c\nsource c "C"\n  cites a\nvoice v "V" in a\n'
    (found,) = circle_findings("", head=head)
    assert found.code == "AM304" and found.data["cycle"] == ["a", "b", "c", "a"]
    assert "a → b → c → a" in found.message


def test_am304_fires_for_a_source_citing_itself():
    (found,) = circle_findings("", head='source a "A"\n  cites a\nvoice v "V" in a\n')
    assert "cites itself" in found.message


def test_am304_silent_for_a_citation_chain():
    head = 'source a "A"\n  cites b\nsource b "B"\n  cites c\nsource c "C"\nvoice v "V" in a\n'
    assert circle_findings("", head=head) == []
    assert citation_cycles(argmap.parse(head)) == []


# ---- silent cases and output formats ---------------------------------------------------------------


def test_am3xx_silent_on_a_linear_argument_and_the_example():
    assert circle_findings('claim C1 by a: "x"\nclaim C2 by a: "y"\ninfer I1 by a: C1 => C2\n') == []
    assert argmap.check(argmap.load("examples/socrates.argmap"), select=["AM3"]).diagnostics == ()


def test_am301_json_and_sarif_name_each_node_of_the_cycle(tmp_path):
    path = tmp_path / "loop.argmap"
    path.write_text(HEAD + TWO_CLAIM_LOOP, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--format", "json", "--select", "AM3", str(path)])
    assert result.exit_code == 1
    (found,) = json.loads(result.output)["diagnostics"]
    assert found["data"]["cycle"] == ["C1", "I2", "C2", "I1", "C1"]
    assert [r["line"] for r in found["related"]] == [3, 6, 4, 5]
    result = runner.invoke(main, ["check", "--format", "sarif", "--select", "AM3", str(path)])
    (sarif,) = json.loads(result.output)["runs"][0]["results"]
    assert len(sarif["relatedLocations"]) == 4


def test_circularity_bundle():
    found = circularity(argmap.parse(HEAD + TWO_CLAIM_LOOP + 'infer I9 by a: C1 => C1\n'))
    assert len(found.circles) == 1 and len(found.self_support) == 1 and found.citation_cycles == ()


# ---- the documented examples ------------------------------------------------------------------

EXAMPLE_HEAD = ('source furr "Stalin and the Struggle for Democratic Reform"\n'
                + "".join(f'voice {v} "{v.title()}" in furr\n' for v in ("furr", "getty", "zhukov", "mukhin", "blogger")))


def test_each_support_and_circularity_rule_example_fires():
    from argmap.rules import load_all

    for code, rule in load_all().items():
        if code[:3] in ("AM2", "AM3"):
            head = "" if code == "AM304" else EXAMPLE_HEAD
            amap = argmap.parse(head + rule.example + "\n")
            assert code in {d.code for d in argmap.check(amap, select=[code]).diagnostics}, code
