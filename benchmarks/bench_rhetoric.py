"""How fast argmap finds rhetorical cues: one megabyte of text (the seed corpus repeated), best of three.

    .venv/bin/python benchmarks/bench_rhetoric.py [--megabytes 1] [--repeat 3]

Prints the size, the time per stage (layout and sentences, lexicon and pattern finders, context and voices)
and the throughput. The first run also loads the lexicons and VADER; it is reported separately.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from argmap.rhetoric import analyse  # noqa: E402
from argmap.rhetoric.detector import _matcher, _vader  # noqa: E402


def corpus(megabytes: float) -> str:
    """The seed texts, concatenated and repeated until the text is ``megabytes`` long (in characters)."""
    seeds = sorted((ROOT / "examples" / "sources").glob("0*.txt"))
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds)
    target = int(megabytes * 1_000_000)
    return (base * (target // len(base) + 1))[:target]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    text = corpus(args.megabytes)
    start = time.perf_counter()
    _matcher()
    _vader()
    warm = time.perf_counter() - start
    times, cpu = [], []
    result = None
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = analyse(text)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    best = min(times)
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    print(f"text: {len(text):,} characters, {result.words:,} words")
    print(f"lexicons + VADER loaded once: {warm:.2f} s")
    print(f"analysis: best {best:.2f} s of {args.repeat} (all: {', '.join(f'{t:.2f}' for t in times)})")
    print(f"CPU time: best {min(cpu):.2f} s (wall time above includes waiting for a shared CPU)")
    print(f"throughput: {len(text) / best / 1e6:.2f} MB/s, {result.words / best:,.0f} words/s (wall)")
    print(f"cues: {len(result.cues):,} ({result.dropped:,} candidates dropped by context)")
    # A paragraph made of questions: every question looks at its run, so growth must stay linear.
    timings = []
    for n in (5_000, 10_000):
        t0 = time.perf_counter()
        analyse("Why? " * n)
        timings.append(time.perf_counter() - t0)
    print(f"one paragraph of 5,000 / 10,000 questions: {timings[0]:.2f} s / {timings[1]:.2f} s "
          f"(x{timings[1] / timings[0]:.1f} for x2 input)")
    # A question after a long run of punctuation: the question patterns must not backtrack over it.
    timings = []
    for n in (10_000, 20_000):
        t0 = time.perf_counter()
        analyse(", " * n + "can you believe it?")
        timings.append(time.perf_counter() - t0)
    print(f"a question after 20 / 40 kB of punctuation: {timings[0]:.2f} s / {timings[1]:.2f} s "
          f"(x{timings[1] / timings[0]:.1f} for x2 input)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
