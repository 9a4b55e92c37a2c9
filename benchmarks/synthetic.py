"""Synthetic argument maps for benchmarks: claims, evidence, inferences, attacks, restatements, includes."""

from __future__ import annotations

import random
from pathlib import Path

PART_SIZE = 1000  # claims per included file


def part_text(part: int, claims: int, rng: random.Random) -> str:
    """One file of the map: `claims` claims with evidence, inferences, attacks and restatements."""
    p = f"p{part}"
    lines = [f'source {p}-src "Synthetic source {part}"', f'  by "Author {part}"', "  year 2000",
             f'voice {p}-v "Voice {part}" author in {p}-src', f'voice {p}-w "Critic {part}" opponent in {p}-src']
    for i in range(claims):
        lines.append(f'claim {p}-C{i} by {p}-v: "Claim {i} of part {part}: the committee met in spring and voted."')
        if i % 7 == 0:
            lines.append('  hedge "perhaps"')
        if i % 5 == 0:
            lines.append(f'  quote {p}-src:{i + 1} "the committee met"')
        if i % 100 == 0:
            lines.append("  thesis")
    for i in range(0, claims, 5):
        lines.append(f'evidence {p}-E{i} by {p}-v: document "Archive f. {part}, op. {i}"')
    for i in range(1, claims):
        if i % 2:
            premises = [f"{p}-C{rng.randrange(i, claims)}"]
            if i % 5 == 1:
                premises.append(f"{p}-E{(i // 5) * 5}")
            lines.append(f"infer {p}-I{i} by {p}-v (causal): {', '.join(premises)} => {p}-C{rng.randrange(0, i)}")
    for i in range(0, claims, 20):
        lines.append(f"attack {p}-A{i} by {p}-w: {p}-C{i + 1} rebuts {p}-C{i}")
    for i in range(3, claims, 50):
        lines.append(f"same {p}-C{i} as {p}-C{i - 2}")
    return "\n".join(lines) + "\n"


def write_map(directory: Path, claims: int, seed: int = 1) -> Path:
    """Write a map of about `claims` claims as a top file including parts of PART_SIZE claims."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "argmap.toml").write_text("")
    parts = max(1, claims // PART_SIZE)
    top = []
    for part in range(parts):
        name = f"part{part:03d}.argmap"
        (directory / name).write_text(part_text(part, min(PART_SIZE, claims), rng), encoding="utf-8")
        top.append(f'include "{name}"')
    for part in range(1, parts):
        top.append(f"same p{part}-C1 as p{part - 1}-C2")
    path = directory / "map.argmap"
    path.write_text("\n".join(top) + "\n", encoding="utf-8")
    return path


def concatenated_text(directory: Path) -> str:
    """All part files as one text, for the raw Lark parse reference."""
    return "".join(p.read_text(encoding="utf-8") for p in sorted(directory.glob("part*.argmap")))
