"""Load and check speed and memory on synthetic maps of 1k, 10k and 100k claims.

Prints, per size: the raw Lark parse time of the same text (a plain LALR parse building a tree:
the reference), argmap's parse + model build, the full check (every rule), peak memory, and the
ratios the foundation issue sets as targets:
  check (load + all rules) on 10k claims within 1.5x the raw Lark parse; x10 input -> <= x12 time;
  100k claims under 1 GB peak memory.
The reference parse and argmap each run in a fresh subprocess, so that peak memory is argmap's own. Usage: python benchmarks/bench_load.py [sizes]
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_raw(directory: Path) -> dict:
    """The reference: a plain Lark LALR parse (building a tree) of all the map's text, in its own process."""
    sys.path.insert(0, str(HERE))
    from synthetic import concatenated_text
    from lark import Lark

    from argmap.parser import grammar_text

    text = concatenated_text(directory)
    raw = Lark(grammar_text(), parser="lalr", start="start")
    t0 = time.perf_counter()
    raw.parse(text)
    return {"raw_lark": time.perf_counter() - t0, "bytes": len(text.encode()), "raw_peak_mb": _peak_mb()}


def measure_argmap(directory: Path) -> dict:
    """argmap's load (parse, includes, model) and the whole rule catalogue, in its own process."""
    import argmap

    t0 = time.perf_counter()
    amap = argmap.load(directory / "map.argmap")
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    argmap.check(amap, select=["AM1"])
    structure = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = argmap.check(amap)
    rules = time.perf_counter() - t0
    return {"claims": len(amap.claims), "load": load, "structure_rules": structure, "rules": rules,
            "check": load + rules, "findings": len(report), "peak_mb": _peak_mb()}


def _run(kind: str, directory: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, kind, str(directory)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(claims: int) -> dict:
    sys.path.insert(0, str(HERE))
    from synthetic import write_map

    with tempfile.TemporaryDirectory() as tmp:
        write_map(Path(tmp), claims)
        return {**_run("--raw", Path(tmp)), **_run("--argmap", Path(tmp))}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] in ("--raw", "--argmap"):
        measured = (measure_raw if sys.argv[1] == "--raw" else measure_argmap)(Path(sys.argv[2]))
        print(json.dumps(measured))
        return
    sizes = [int(s) for s in sys.argv[1:]] or [1000, 10_000, 100_000]
    rows = [measure(n) for n in sizes]
    print(f"{'claims':>8} {'MB':>6} {'raw lark':>9} {'load':>8} {'AM1 rules':>9} {'all rules':>9} {'check':>8} "
          f"{'check/raw':>9} {'peak MB':>8}")
    for r in rows:
        print(f"{r['claims']:>8} {r['bytes'] / 1e6:>6.1f} {r['raw_lark']:>8.2f}s {r['load']:>7.2f}s "
              f"{r['structure_rules']:>8.2f}s {r['rules']:>8.2f}s {r['check']:>7.2f}s "
              f"{r['check'] / r['raw_lark']:>8.2f}x {r['peak_mb']:>8.0f}")
    for a, b in zip(rows, rows[1:]):
        print(f"growth {a['claims']} -> {b['claims']} claims (x{b['claims'] / a['claims']:.0f}): "
              f"check x{b['check'] / a['check']:.1f}, raw lark x{b['raw_lark'] / a['raw_lark']:.1f}")


if __name__ == "__main__":
    main()
