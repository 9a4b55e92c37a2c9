"""Import speed of Argdown and AIF files (docs/performance.md, "Import (Argdown, AIF)").

Self-contained: the files are generated in memory, deterministically.

* ``argdown-10k``: an Argdown debate of 10,000 statements: statements with titles, texts, tags and
  YAML data; relation trees (support, attack, undercut, contradiction) three levels deep;
  reconstructed arguments (premise–conclusion structures with inference rules) for a fifth of them;
  headings and comments.
* ``aif-10k``: an AIFdb-shaped map of 10,000 nodes: I-nodes with L/YA dialogue structure and
  participants, RA nodes with schemes, CA nodes (rebuttals and undercuts), MA rephrases, TA nodes.

For each: file size, import time (parse + mapping onto the model), elements produced, and the time of
exporting the imported map back (Argdown → Argdown, AIF → AIF). Usage:
``python benchmarks/bench_interop.py [case ...]``.
"""

from __future__ import annotations

import json
import random
import sys
import time

from argmap.interop import export_aif, export_argdown, import_aif, import_argdown

WORDS = ("state reform party power election draft constitution archive letter plenum vote secret ballot "
         "democracy repression decree historian source claim evidence council congress").split()


def sentence(rng: random.Random, n: int = 9) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def argdown_text(statements: int, seed: int = 1) -> str:
    """An Argdown file with ``statements`` statement occurrences that carry a text."""
    rng = random.Random(seed)
    out = ["===", "title: Synthetic debate", "author: Benchmark", "===", ""]
    made = 0
    block = 0
    while made < statements:
        block += 1
        if block % 50 == 1:
            out += [f"# Part {block // 50 + 1}", ""]
        if block % 5 == 0 and made + 4 <= statements:  # a reconstructed argument
            out += [f"<Arg {block}>: {sentence(rng, 6)}", ""]
            for k in range(1, 4):
                out.append(f"({k}) [P{block}-{k}]: {sentence(rng)}")
            out.append("-- Modus ponens {uses: [1, 2, 3]} --")
            out.append(f"(4) [S{block - 1}]: {sentence(rng)}")
            out += [f"  <_ [U{block}]: {sentence(rng)}", ""]
            made += 5
            continue
        voice = rng.choice(("furr", "getty", "zhukov"))
        out.append(f"[S{block}]: {sentence(rng)} #t{block % 7} {{voice: {voice}}}  // statement {block}")
        made += 1
        for child in range(3):
            if made >= statements:
                break
            marker = rng.choice(("<+", "<-", "+>", "->"))
            out.append(f"  {marker} [S{block}-{child}]: {sentence(rng)}")
            made += 1
            if child == 0 and made < statements:
                out.append(f"    {rng.choice(('<+', '<-', '><'))} [S{block}-{child}-x]: {sentence(rng)}")
                made += 1
        out.append("")
    return "\n".join(out) + "\n"


def aif_data(nodes: int, seed: int = 1) -> dict:
    """An AIFdb-shaped map with about ``nodes`` nodes."""
    rng = random.Random(seed)
    out_nodes, edges, locutions = [], [], []
    participants = [{"participantID": str(p), "firstname": f"Speaker{p}", "surname": "Example"} for p in range(1, 6)]
    counter = iter(range(1, 10**9))

    def node(kind: str, text: str, **extra) -> str:
        node_id = str(next(counter))
        out_nodes.append({"nodeID": node_id, "text": text, "type": kind, "timestamp": "2020-01-01 00:00:00",
                          **extra})
        return node_id

    def edge(a: str, b: str) -> None:
        edges.append({"edgeID": str(len(edges) + 1), "fromID": a, "toID": b, "formEdgeID": None})

    props: list[str] = []
    locution: dict[str, str] = {}
    ras: list[str] = []
    while len(out_nodes) < nodes:
        text = sentence(rng)
        i_node = node("I", text)
        person = rng.choice(participants)
        l_node = node("L", f"{person['firstname']} {person['surname']} : {text.lower()}")
        ya = node("YA", "Asserting")
        edge(l_node, ya)
        edge(ya, i_node)
        locutions.append({"nodeID": l_node, "personID": person["participantID"]})
        if props and rng.random() < 0.6:
            target = rng.choice(props[-50:])
            kind = rng.random()
            if kind < 0.55:
                scheme = rng.choice(("Default Inference", "Argument From Expert Opinion", "Argument From Sign",
                                     "Argument From Analogy", "Argument From Popular Opinion"))
                ra = node("RA", scheme, scheme=scheme)
                ras.append(ra)
                edge(i_node, ra)
                edge(ra, target)
                ta = node("TA", "Default Transition")
                edge(locution[target], ta)
                edge(ta, l_node)
                arguing = node("YA", "Arguing")
                edge(ta, arguing)
                edge(arguing, ra)
            elif kind < 0.85 or not ras:
                ca = node("CA", "Default Conflict")
                edge(i_node, ca)
                edge(ca, target)
            elif kind < 0.93:
                ca = node("CA", "Default Conflict")
                edge(i_node, ca)
                edge(ca, rng.choice(ras[-30:]))
            else:
                ma = node("MA", "Default Rephrase")
                edge(target, ma)
                edge(ma, i_node)
        props.append(i_node)
        locution[i_node] = l_node
    return {"nodes": out_nodes, "edges": edges, "locutions": locutions, "participants": participants}


def timed(function, *args, repeat: int = 3):
    best, result = None, None
    for _ in range(repeat):
        start = time.process_time()
        result = function(*args)
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def case_argdown() -> None:
    text = argdown_text(10_000)
    seconds, (amap, warnings) = timed(import_argdown, text, "synthetic.argdown")
    export_seconds, exported = timed(export_argdown, amap)
    again_seconds, _ = timed(import_argdown, exported, "synthetic.argdown")
    print(f"argdown-10k: {len(text) / 1e6:.2f} MB, {text.count(chr(10)):,} lines")
    print(f"  import       {seconds:6.2f} s  → {len(amap.claims):,} claims, {len(amap.inferences):,} inferences, "
          f"{len(amap.attacks):,} attacks, {len(amap.restatements):,} restatements, {len(warnings):,} warnings")
    print(f"  export       {export_seconds:6.2f} s  ({len(exported) / 1e6:.2f} MB of Argdown)")
    print(f"  re-import    {again_seconds:6.2f} s")


def case_aif() -> None:
    data = aif_data(10_000)
    text = json.dumps(data, indent=1)
    seconds, (amap, warnings) = timed(import_aif, text, "synthetic.json")
    export_seconds, exported = timed(export_aif, amap)
    again_seconds, _ = timed(import_aif, exported, "synthetic.json")
    print(f"aif-10k: {len(data['nodes']):,} nodes, {len(data['edges']):,} edges, {len(text) / 1e6:.2f} MB")
    print(f"  import       {seconds:6.2f} s  → {len(amap.claims):,} claims, {len(amap.inferences):,} inferences, "
          f"{len(amap.attacks):,} attacks, {len(amap.restatements):,} restatements, {len(amap.voices)} voices, "
          f"{len(warnings):,} warnings")
    print(f"  export       {export_seconds:6.2f} s  ({len(exported) / 1e6:.2f} MB of AIF JSON)")
    print(f"  re-import    {again_seconds:6.2f} s")


CASES = {"argdown-10k": case_argdown, "aif-10k": case_aif}

if __name__ == "__main__":
    wanted = sys.argv[1:] or list(CASES)
    print(f"Python {sys.version.split()[0]}; CPU seconds, best of 3 runs")
    for name in wanted:
        CASES[name]()
