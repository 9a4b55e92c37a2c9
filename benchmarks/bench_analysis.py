"""Timings of the support and circularity analyses on synthetic maps (docs/performance.md).

Self-contained: the maps are built in memory from the model (no files). Cases:

* ``map-1k``, ``map-10k``: argument maps of 1,000 and 10,000 claims shaped like a mapped text
  (theses, evidence with and without citations, inferences towards the theses, restatements,
  hedges, a few small circles);
* ``scc-10k``, ``scc-100k``: one strongly connected component of 10,000 and 100,000 nodes
  (a ring of claims and inferences with chords), begging the question (nothing grounded) and
  benign (one entry from evidence).

For each: support graph, established support, root causes with weights, circles, one
explanation, and the AM2xx+AM3xx rules as ``argmap check`` runs them (diagnostics included).
For the argument maps, the raw Lark parse of the same map's text is printed as the reference
the foundation's budget uses. Usage: ``python benchmarks/bench_analysis.py [case ...]``.
"""

from __future__ import annotations

import random
import resource
import sys
import time

import argmap
from argmap.analysis import circularity, establish, explain, root_causes, support_graph
from argmap.model import ArgumentMap, Claim, Evidence, Inference, Restatement, Source, Voice


def argument_map(claims: int, seed: int = 1) -> ArgumentMap:
    """A map shaped like a mapped text: support flows from later claims and evidence to earlier ones."""
    rng = random.Random(seed)
    voices = [Voice(id=f"v{k}", name=f"Voice {k}", source=f"s{k % 3}") for k in range(6)]
    sources = [Source(id=f"s{k}", title=f"Source {k}") for k in range(3)]
    cs = []
    for i in range(claims):
        cs.append(Claim(id=f"C{i}", text=f"Claim {i}: the committee met in spring and voted.",
                        voice=voices[i % 6].id, role="thesis" if i % 100 == 0 else ("granted" if i % 37 == 0 else None),
                        hedge="perhaps" if i % 11 == 0 else None))
    evidence = [Evidence(id=f"E{i}", voice=voices[i % 6].id, kind="document",
                         citation=None if i % 45 == 0 else f"Archive f. {i}") for i in range(0, claims, 5)]
    inferences = []
    for i in range(1, claims):
        if i % 3 == 0:
            continue
        premises = [f"C{rng.randrange(i, claims)}"]
        if i % 4 == 1:
            premises.append(f"E{(rng.randrange(i, claims) // 5) * 5}")
        conclusion = f"C{rng.randrange(max(0, i - 50), i)}"
        inferences.append(Inference(id=f"I{i}", voice=voices[i % 6].id, premises=tuple(dict.fromkeys(premises)),
                                    conclusion=conclusion, scheme="causal"))
    for i in range(7, claims, 500):  # a few small circles
        inferences.append(Inference(id=f"R{i}", voice="v0", premises=(f"C{i - 5}",), conclusion=f"C{i}"))
    same = [Restatement(left=f"C{i}", right=f"C{i - 2}") for i in range(3, claims, 50)]
    return ArgumentMap(sources=sources, voices=voices, claims=cs, evidence=evidence, inferences=inferences,
                       restatements=same)


def one_component(nodes: int, grounded: bool, seed: int = 2) -> ArgumentMap:
    """About ``nodes`` nodes in one strongly connected component: a ring of claims and inferences, with chords."""
    rng = random.Random(seed)
    n = max(2, nodes // 3)
    claims = [Claim(id=f"C{i}", text="x", voice="v") for i in range(n)]
    inferences = [Inference(id=f"I{i}", voice="v", premises=(f"C{i}",), conclusion=f"C{(i + 1) % n}")
                  for i in range(n)]
    inferences += [Inference(id=f"J{i}", voice="v", premises=(f"C{i}",), conclusion=f"C{rng.randrange(n)}")
                   for i in range(nodes - 2 * n)]
    evidence = []
    if grounded:
        evidence = [Evidence(id="E0", voice="v", kind="archive", citation="RGASPI 17/3/1")]
        inferences.append(Inference(id="G0", voice="v", premises=("E0",), conclusion="C0"))
    return ArgumentMap(sources=[Source(id="s")], voices=[Voice(id="v", name="V", source="s")], claims=claims,
                       evidence=evidence, inferences=inferences)


def timed(function, *args):
    """Result and CPU seconds of a call (CPU time: the machine is shared, wall-clock time is noisy)."""
    start = time.process_time()
    result = function(*args)
    return result, time.process_time() - start


def raw_lark_seconds(amap: ArgumentMap) -> float:
    """The reference: a plain LALR parse (building a tree) of the map's canonical text."""
    from lark import Lark

    from argmap.parser import grammar_text
    from argmap.writer import format_map

    text = format_map(amap)
    parser = Lark(grammar_text(), parser="lalr", start="start")
    _, seconds = timed(parser.parse, text)
    return seconds


def run(name: str, amap: ArgumentMap, reference: bool) -> None:
    graph, t_graph = timed(support_graph, amap)
    support, t_established = timed(establish, graph)
    causes, t_roots = timed(root_causes, support)
    found, t_circles = timed(circularity, support)
    first = amap.theses[0].id if amap.theses else amap.claims[0].id
    _, t_explain = timed(explain, support, first)
    report, t_rules = timed(lambda: argmap.check(amap, select=["AM2", "AM3"]))
    circles = found.circles
    sizes = f"{len(circles[0].nodes)}-node component, cycle of {circles[0].cycle_length}" if circles else "-"
    print(f"\n{name}: {len(amap.claims)} claims, {len(amap.evidence)} evidence, {len(amap.inferences)} inferences")
    print(f"  support graph     {t_graph:8.3f} s   ({len(graph.kinds)} nodes)")
    print(f"  established       {t_established:8.3f} s   ({len(support.established_claims())} claims established)")
    print(f"  root causes       {t_roots:8.3f} s   ({len(causes)}, heaviest weight "
          f"{causes[0].weight if causes else 0})")
    print(f"  circularity       {t_circles:8.3f} s   ({len(circles)} circles; largest: {sizes}; "
          f"{sum(c.vicious for c in circles)} vicious)")
    print(f"  explain {first:<9} {t_explain:8.3f} s")
    print(f"  AM2xx+AM3xx check {t_rules:8.3f} s   ({len(report)} findings)")
    if reference:
        lark = raw_lark_seconds(amap)
        print(f"  raw Lark parse    {lark:8.3f} s   (analyses + rules = {t_rules / lark:.2f}x the raw parse)")


CASES = {
    "map-1k": lambda: (argument_map(1_000), True),
    "map-10k": lambda: (argument_map(10_000), True),
    "scc-10k": lambda: (one_component(10_000, grounded=False), False),
    "scc-10k-benign": lambda: (one_component(10_000, grounded=True), False),
    "scc-100k": lambda: (one_component(100_000, grounded=False), False),
    "scc-100k-benign": lambda: (one_component(100_000, grounded=True), False),
}


def main() -> None:
    names = sys.argv[1:] or list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        sys.exit(f"unknown case {', '.join(unknown)}; cases: {', '.join(CASES)}")
    argmap.check(argmap.parse('source s "S"\nvoice v "V" in s\nclaim C by v: "x"\n'))  # import every rule once
    print(f"Python {sys.version.split()[0]}; times are CPU seconds of one run")
    for name in names:
        amap, reference = CASES[name]()
        run(name, amap, reference)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
