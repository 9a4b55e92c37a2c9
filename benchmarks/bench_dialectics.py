"""Speed of the dialectics (AM4xx) and quote (AM6xx) analyses.

Prints, per case, CPU seconds for: building the framework, the grounded labelling, the preferred
enumeration of small undecided components, and the AM4xx rules as `argmap check` runs them.
Cases: the synthetic benchmark maps of the foundation (1k, 10k, 100k claims), and a dense debate
(every claim rebuts two random others: many cycles, large undecided components).
Then the quote checker on the longest seed text (examples/sources/004_*.txt, ~140 KB): 300 quotes,
a third at the right line, a third elsewhere, a third altered (nearest-match search).
Usage: python benchmarks/bench_dialectics.py [sizes]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import argmap  # noqa: E402
from argmap.analysis import dialectics as dl  # noqa: E402
from argmap.analysis import quotes as q  # noqa: E402
from argmap.model import ArgumentMap, Attack, Claim, Voice  # noqa: E402
from synthetic import write_map  # noqa: E402


def timed(function, *args, **kwargs):
    """Result and CPU seconds (the machine is shared, so wall time says more about the neighbours)."""
    start = time.process_time()
    result = function(*args, **kwargs)
    return result, time.process_time() - start


def dense_debate(claims: int, seed: int = 7) -> ArgumentMap:
    rng = random.Random(seed)
    voices = [Voice(id="a", name="A", role="author"), Voice(id="b", name="B", role="participant")]
    items = [Claim(id=f"C{i}", text="t", voice="ab"[i % 2], role="thesis" if i % 500 == 0 else None)
             for i in range(claims)]
    attacks = [Attack(id=f"A{i}-{k}", voice="ab"[i % 2], kind="rebut", attacker=f"C{i}",
                      target=f"C{rng.randrange(claims)}") for i in range(claims) for k in range(2)]
    return ArgumentMap(voices=voices, claims=items, attacks=attacks)


def report(name: str, amap: ArgumentMap) -> None:
    graph, t_framework = timed(dl.attack_graph, amap)
    labels, t_grounded = timed(dl.grounded_labelling, graph)
    components, t_preferred = timed(dl.preferred_components, graph, labels)
    _, t_rules = timed(argmap.check, amap, select=["AM4"])
    undecided = sum(1 for v in labels.values() if v is dl.Label.UNDEC)
    decided = sum(1 for c in components if c.decided)
    largest = max((len(c.arguments) for c in components), default=0)
    print(f"{name:<28} {len(graph.nodes):>8} {len(graph.edges):>8} {t_framework:>8.3f} "
          f"{t_grounded:>8.3f} {t_preferred:>8.3f} {t_rules:>8.3f}   undec={undecided} "
          f"components={len(components)} (decided {decided}, largest {largest})")


def bench_quotes() -> None:
    text_file = sorted((ROOT / "examples" / "sources").glob("004_*.txt"))[0]
    source = q.SourceText.read(text_file)
    rng = random.Random(3)
    lines = [(i + 1, line) for i, line in enumerate(source.lines) if len(line.split()) >= 12]
    body = [f'source furr "Furr"\n  text "{text_file}"\nvoice furr "Furr" author in furr']
    for n in range(300):
        number, line = rng.choice(lines)
        words = line.split()
        start = rng.randrange(0, len(words) - 8)
        quote = " ".join(words[start:start + 8]).replace("\\", "").replace('"', "")
        if n % 3 == 1:
            number = max(1, number - 5)  # found elsewhere
        elif n % 3 == 2:
            quote = quote.replace(quote.split()[3], "zzzz", 1)  # found nowhere: nearest-match search
        body.append(f'claim C{n} by furr: "p"\n  quote furr:{number} "{quote}"')
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "q.argmap"
        path.write_text("\n".join(body) + "\n", encoding="utf-8")
        amap = argmap.load(path)
        _, t_index = timed(q.SourceText.read, text_file)
        report_, t_check = timed(argmap.check, amap, select=["AM6"])
    counts = {}
    for d in report_:
        counts[d.code] = counts.get(d.code, 0) + 1
    print(f"\nquotes: {len(source.text):,} characters, {source.line_count} lines; reading and indexing "
          f"{t_index:.3f} s; checking 300 quotes (AM6xx, including the read) {t_check:.3f} s; findings {counts}")


def main() -> None:
    sizes = [int(s) for s in sys.argv[1:]] or [1000, 10_000, 100_000]
    print(f"{'case':<28} {'nodes':>8} {'attacks':>8} {'frame':>8} {'grounded':>8} {'preferred':>8} {'AM4xx':>8}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            amap = argmap.load(write_map(Path(tmp), size))
        report(f"synthetic {size:,} claims", amap)
    for size in sizes[:2]:
        report(f"dense debate {size:,} claims", dense_debate(size))
    bench_quotes()


if __name__ == "__main__":
    main()
