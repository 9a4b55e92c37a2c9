"""Render times for synthetic maps of 100, 1,000 and 2,000 claims (docs/performance.md, "Rendering").

Two shapes of map per size: "trees", shaped like a mapped text (theses, each argued for by
inferences from two or three premises, down to evidence, with a few objections and restatements
between neighbouring arguments), and "random", the foundation's benchmark maps
(benchmarks/synthetic.py), whose support links jump across the whole map: a worst case for
layout, since every long link crosses many ranks. For each, seconds for: building the DOT text, the
Graphviz layout to SVG (system `dot` if on PATH, else WebAssembly; ARGMAP_GRAPHVIZ=wasm forces
it), finishing the SVG (styles, legend), PNG and PDF conversion and the HTML viewer page, plus
the same SVG with --findings (the check run included). The first WebAssembly layout of a
process also compiles Graphviz; that start-up time is printed on its own.

Usage: python benchmarks/bench_render.py [sizes...]   (default: 100 1000 2000)
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import argmap  # noqa: E402
from argmap.render import RenderOptions, backend, render_bytes  # noqa: E402
from argmap.render.dot import build_drawing  # noqa: E402
from argmap.render.finish import finish  # noqa: E402
from argmap.render.html import build_html  # noqa: E402
from argmap.render.raster import svg_to_pdf, svg_to_png  # noqa: E402
from argmap.render.svg import dot_to_svg  # noqa: E402
from argmap.render.view import select  # noqa: E402
from argmap.model import ArgumentMap, Attack, Claim, Evidence, Inference, Restatement, Source, Voice  # noqa: E402
from synthetic import write_map  # noqa: E402


def tree_map(claims: int, seed: int = 3, tree_size: int = 30) -> ArgumentMap:
    """Argument trees like a mapped text: thesis ← inference ← 2-3 premises ← ... , a quarter backed by evidence."""
    rng = random.Random(seed)
    voices = [Voice(id=f"v{k}", name=f"Voice {k}", source="s0") for k in range(5)]
    items, evidence, inferences, attacks, same = [], [], [], [], []
    count = 0
    while count < claims:
        tree = count // tree_size
        voice = voices[tree % 5].id
        items.append(Claim(id=f"C{count}", text=f"Thesis {count}: the committee met in spring and voted on it.",
                           voice=voice, role="thesis"))
        queue, first = [f"C{count}"], count
        count += 1
        while queue and count < claims and count - first < tree_size:
            conclusion = queue.pop(0)
            premises = []
            for _ in range(rng.choice((2, 2, 3))):
                if count >= claims or count - first >= tree_size:
                    break
                cid = f"C{count}"
                items.append(Claim(id=cid, text=f"Claim {count}: the committee met in spring and voted on it.",
                                   voice=voice, hedge="perhaps" if count % 13 == 0 else None))
                premises.append(cid)
                queue.append(cid)
                if count % 4 == 3:
                    evidence.append(Evidence(id=f"E{count}", voice=voice, kind="document", citation=f"f. {count}"))
                    inferences.append(Inference(id=f"IE{count}", voice=voice, premises=(f"E{count}",),
                                                conclusion=cid, scheme="authority"))
                if count % 25 == 24:
                    attacks.append(Attack(id=f"A{count}", voice=voices[(tree + 1) % 5].id, kind="rebut",
                                          attacker=cid, target=f"C{rng.randrange(first, count)}"))
                count += 1
            if premises:
                inferences.append(Inference(id=f"I{conclusion}", voice=voice, premises=tuple(premises),
                                            conclusion=conclusion, scheme="causal"))
        if tree and tree % 3 == 0:
            same.append(Restatement(left=f"C{first + 1}", right=f"C{first - tree_size + 2}"))
    return ArgumentMap(sources=[Source(id="s0", title="Source")], voices=voices, claims=items, evidence=evidence,
                       inferences=inferences, attacks=attacks, restatements=same)


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def main(sizes: list[int]) -> None:
    _, startup = timed(dot_to_svg, "digraph { a -> b }")
    print(f"Graphviz backend: {backend()}; start-up (first layout of the process): {startup:.2f} s")
    print(f"{'shape':>6} {'claims':>7} {'nodes':>6} {'dot':>7} {'layout':>7} {'finish':>7} {'svg':>7} {'png':>7} "
          f"{'pdf':>7} {'html':>7} {'svg+findings':>13} {'svg KB':>7}")
    options = RenderOptions(max_nodes=None)
    for shape in ("trees", "random"):
        for size in sizes:
            with tempfile.TemporaryDirectory() as tmp:
                amap = tree_map(size) if shape == "trees" else argmap.load(write_map(Path(tmp), size))
                measure(shape, size, amap, options)


def measure(shape: str, size: int, amap: ArgumentMap, options: RenderOptions) -> None:
    """One row of the table."""
    view = select(amap)
    drawing, t_dot = timed(build_drawing, amap, view, options)
    raw, t_layout = timed(dot_to_svg, drawing.source)
    svg, t_finish = timed(finish, raw, drawing)
    _, t_png = timed(svg_to_png, svg)
    _, t_pdf = timed(svg_to_pdf, svg, drawing.source)
    _, t_html = timed(build_html, amap, view, svg, [])
    _, t_findings = timed(render_bytes, amap, "svg", options, findings=True)
    print(f"{shape:>6} {size:>7} {len(view):>6} {t_dot:>7.2f} {t_layout:>7.2f} {t_finish:>7.2f} "
          f"{t_dot + t_layout + t_finish:>7.2f} {t_png:>7.2f} {t_pdf:>7.2f} {t_html:>7.2f} "
          f"{t_findings:>13.2f} {len(svg) // 1024:>7}", flush=True)


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [100, 1000, 2000])
