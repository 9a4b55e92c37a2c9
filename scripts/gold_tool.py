#!/usr/bin/env python3
"""Helper for the hand-made rhetoric gold annotation (docs/rhetoric-annotation.md).

The annotator writes a worklist per seed (tests/data/rhetoric_gold/worklists/<stem>.tsv),
one span per line as ``LINE[:OCC] | phrase | category | voice | note``; this tool turns
worklists into the gold JSON-lines files with exact character offsets, and checks them.

Commands:
  find STEM LINE PHRASE [--occ N]   print start/end of PHRASE whose match starts on LINE
  build [STEM ...]                  worklists -> <stem>.jsonl and coverage.json (fails loudly)
  check                             validate the gold files (same checks as the test)
  stats                             counts per category, seed, split and voice
  show STEM FROM TO                 print lines FROM..TO with the gold spans bracketed

A worklist may declare ``@categories NAME ...``: it then annotates only those categories (exhaustively), and
categories.json records it for the evaluation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from argmap.model import CUE_CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "data" / "rhetoric_gold"
WORKLIST_DIR = GOLD_DIR / "worklists"
SEED_DIRS = (ROOT / "examples" / "sources", ROOT.parent / "shared" / "seeds",
             ROOT / "tests" / "data" / "rhetoric_gold" / "texts")  # the last: texts outside the seeds

CATEGORIES = CUE_CATEGORIES

# Split rule (see the guideline): paragraphs are maximal runs of non-blank lines,
# numbered from 0 in each seed; paragraphs whose number is 2 or 4 modulo 5 are "test".
TEST_RESIDUES = (2, 4)
SPLIT_MODULUS = 5


class GoldError(Exception):
    """A worklist or gold file is wrong; the message says where."""


def seed_path(stem: str) -> Path:
    """Return the source text of a seed: examples/sources first, else the shared seeds."""
    for directory in SEED_DIRS:
        candidate = directory / f"{stem}.txt"
        if candidate.is_file():
            return candidate
    raise GoldError(f"no source text for seed {stem!r}")


def read_source(stem: str) -> str:
    """Read a seed exactly as the offsets are defined: open(path, encoding="utf-8").read()."""
    with open(seed_path(stem), encoding="utf-8") as handle:
        return handle.read()


def line_starts(text: str) -> list[int]:
    """Offsets at which each line (1-based index - 1) starts."""
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            starts.append(index + 1)
    return starts


def paragraph_index_of(text: str) -> list[int]:
    """For each line (0-based) the number of its paragraph, or -1 for a blank line."""
    numbers = []
    current = -1
    previous_blank = True
    for line in text.split("\n"):
        blank = not line.strip()
        if blank:
            numbers.append(-1)
        else:
            if previous_blank:
                current += 1
            numbers.append(current)
        previous_blank = blank
    return numbers


def split_for_offset(text: str, offset: int) -> str:
    """The split ("dev"/"test") of the paragraph that contains ``offset``."""
    line_number = text.count("\n", 0, offset)
    paragraph = paragraph_index_of(text)[line_number]
    if paragraph < 0:
        raise GoldError(f"offset {offset} lies on a blank line")
    return "test" if paragraph % SPLIT_MODULUS in TEST_RESIDUES else "dev"


def find_phrase(text: str, line: int, phrase: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th whole-word match of ``phrase`` starting on 1-based ``line``."""
    starts = line_starts(text)
    if not 1 <= line <= len(starts):
        raise GoldError(f"line {line} out of range (1..{len(starts)})")
    line_start = starts[line - 1]
    line_end = starts[line] if line < len(starts) else len(text)
    position = line_start
    seen = 0
    while True:
        found = text.find(phrase, position)
        if found < 0 or found >= line_end:
            raise GoldError(
                f"line {line}: phrase {phrase!r} occurrence {occurrence} not found "
                f"(found {seen}); line is {text[line_start:line_end][:200]!r}"
            )
        if _embedded_in_word(text, found, found + len(phrase)):
            position = found + 1
            continue
        seen += 1
        if seen == occurrence:
            return found, found + len(phrase)
        position = found + 1


def find_all(text: str, line: int, phrase: str) -> list[tuple[int, int]]:
    """Every whole-word match of ``phrase`` starting on ``line`` (worklist ``LINE:*``)."""
    matches = []
    while True:
        try:
            matches.append(find_phrase(text, line, phrase, len(matches) + 1))
        except GoldError:
            if not matches:
                raise
            return matches


def _embedded_in_word(text: str, start: int, end: int) -> bool:
    """True when a match cuts a word ("we" inside "were"); such matches are skipped."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (_is_word_char(text[start]) and _is_word_char(before)) or (
        _is_word_char(text[end - 1]) and _is_word_char(after)
    )


def _is_word_char(char: str) -> bool:
    # Superscript footnote digits ("thousand²⁴") are not part of the word.
    return char.isalpha() or char.isdecimal()


def unescape(phrase: str) -> str:
    return phrase.replace("\\n", "\n").replace("\\t", "\t")


def parse_worklist(stem: str) -> tuple[list[dict], list[list[int]]]:
    """Turn a worklist into gold records and coverage ranges; raise GoldError on any problem."""
    path = WORKLIST_DIR / f"{stem}.tsv"
    text = read_source(stem)
    starts = line_starts(text)
    records: list[dict] = []
    coverage: list[list[int]] = []
    default_voice = "author"
    errors = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.name}:{number}"
        if line.startswith("@voice "):
            default_voice = line.split(None, 1)[1].strip()
            continue
        if line.startswith("@categories "):
            continue  # read by declared_categories()
        if line.startswith("@coverage "):
            first, last = (int(part) for part in line.split(None, 1)[1].split("-"))
            end = starts[last] if last < len(starts) else len(text)
            coverage.append([starts[first - 1], end])
            continue
        fields = [field.strip().replace("\x00", "|") for field in raw.replace("\\|", "\x00").split("|")]
        if len(fields) < 3:
            errors.append(f"{where}: expected 'LINE | phrase | category [| voice | note]'")
            continue
        location, phrase, category = fields[0], unescape(fields[1]), fields[2]
        voice = fields[3] if len(fields) > 3 and fields[3] else default_voice
        note = fields[4] if len(fields) > 4 else ""
        if category not in CATEGORIES:
            errors.append(f"{where}: unknown category {category!r}")
            continue
        line_text, _, occ_text = location.partition(":")
        try:
            if occ_text == "*":
                matches = find_all(text, int(line_text), phrase)
            else:
                matches = [find_phrase(text, int(line_text), phrase, int(occ_text or 1))]
        except (GoldError, ValueError) as error:
            errors.append(f"{where}: {error}")
            continue
        for start, end in matches:
            records.append(make_record(text, start, end, category, voice, note))
    if errors:
        raise GoldError("\n".join(errors))
    if not coverage:
        coverage = [[0, len(text)]]
    records.sort(key=lambda r: (r["start"], r["end"], r["category"]))
    return records, coverage


def declared_categories(stem: str) -> list[str] | None:
    """The categories a worklist says it annotates (``@categories hedge epithet ...``), or None for all."""
    for raw in (WORKLIST_DIR / f"{stem}.tsv").read_text(encoding="utf-8").splitlines():
        if raw.strip().startswith("@categories "):
            names = raw.split(None, 1)[1].split()
            unknown = [n for n in names if n not in CATEGORIES]
            if unknown:
                raise GoldError(f"{stem}.tsv: unknown categories in @categories: {', '.join(unknown)}")
            return sorted(names)
    return None


def make_record(text: str, start: int, end: int, category: str, voice: str, note: str) -> dict:
    """One gold record with its split computed from the paragraph rule."""
    record = {
        "start": start,
        "end": end,
        "category": category,
        "text": text[start:end],
        "split": split_for_offset(text, start),
        "voice": voice,
    }
    if note:
        record["note"] = note
    return record


def validate(stem: str, records: list[dict], coverage: list[list[int]]) -> list[str]:
    """Problems in one seed's gold records (empty list when all is well)."""
    text = read_source(stem)
    problems = []
    seen = set()
    for index, record in enumerate(records):
        where = f"{stem}#{index}"
        start, end = record["start"], record["end"]
        if not 0 <= start < end <= len(text):
            problems.append(f"{where}: offsets {start}-{end} out of range")
            continue
        if text[start:end] != record["text"]:
            problems.append(f"{where}: text mismatch {record['text']!r} != {text[start:end]!r}")
        if record["category"] not in CATEGORIES:
            problems.append(f"{where}: bad category {record['category']!r}")
        if record["split"] != split_for_offset(text, start):
            problems.append(f"{where}: split does not follow the paragraph rule")
        if not any(lo <= start and end <= hi for lo, hi in coverage):
            problems.append(f"{where}: span {start}-{end} outside the coverage ranges")
        key = (start, end, record["category"])
        if key in seen:
            problems.append(f"{where}: duplicate span {key}")
        seen.add(key)
    return problems


def stems() -> list[str]:
    return sorted(path.stem for path in WORKLIST_DIR.glob("*.tsv"))


def load_gold(stem: str) -> list[dict]:
    path = GOLD_DIR / f"{stem}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def command_build(args: argparse.Namespace) -> int:
    chosen = args.stems or stems()
    coverage_path = GOLD_DIR / "coverage.json"
    coverage_all = json.loads(coverage_path.read_text()) if coverage_path.exists() else {}
    categories_path = GOLD_DIR / "categories.json"
    categories_all = json.loads(categories_path.read_text()) if categories_path.exists() else {}
    failed = False
    for stem in chosen:
        try:
            records, coverage = parse_worklist(stem)
        except GoldError as error:
            print(f"{stem}: FAILED\n{error}", file=sys.stderr)
            failed = True
            continue
        problems = validate(stem, records, coverage)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            failed = True
            continue
        with open(GOLD_DIR / f"{stem}.jsonl", "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        coverage_all[stem] = coverage
        chosen_categories = declared_categories(stem)
        if chosen_categories is not None:
            stray = sorted({r["category"] for r in records} - set(chosen_categories))
            if stray:
                print(f"{stem}: spans of undeclared categories {stray} (see @categories)", file=sys.stderr)
                failed = True
        categories_all[stem] = chosen_categories
        print(f"{stem}: {len(records)} spans")
    coverage_path.write_text(json.dumps(dict(sorted(coverage_all.items())), indent=1) + "\n")
    # Texts annotated for some categories only; evaluations score only those categories there.
    restricted = {stem: names for stem, names in sorted(categories_all.items()) if names is not None}
    categories_path.write_text(json.dumps(restricted, indent=1) + "\n")
    return 1 if failed else 0


def command_check(_args: argparse.Namespace) -> int:
    coverage_all = json.loads((GOLD_DIR / "coverage.json").read_text())
    problems = []
    for stem in stems():
        problems += validate(stem, load_gold(stem), coverage_all[stem])
    print("\n".join(problems) or "ok")
    return 1 if problems else 0


def command_stats(_args: argparse.Namespace) -> int:
    by_category: Counter = Counter()
    by_seed: Counter = Counter()
    by_split: Counter = Counter()
    by_category_split: Counter = Counter()
    by_voice: Counter = Counter()
    for stem in stems():
        for record in load_gold(stem):
            by_category[record["category"]] += 1
            by_seed[stem] += 1
            by_split[record["split"]] += 1
            by_category_split[record["category"], record["split"]] += 1
            by_voice[record["voice"]] += 1
    print(f"total {sum(by_seed.values())}  splits {dict(sorted(by_split.items()))}")
    for stem, count in sorted(by_seed.items()):
        print(f"  {stem:28} {count}")
    print(f"{'category':26} {'all':>4} {'dev':>4} {'test':>4}")
    for category in CATEGORIES:
        print(
            f"{category:26} {by_category[category]:4} "
            f"{by_category_split[category, 'dev']:4} {by_category_split[category, 'test']:4}"
        )
    print("voices:", ", ".join(f"{v}={n}" for v, n in sorted(by_voice.items())))
    return 0


def command_find(args: argparse.Namespace) -> int:
    text = read_source(args.stem)
    start, end = find_phrase(text, args.line, unescape(args.phrase), args.occ)
    print(start, end, split_for_offset(text, start), repr(text[start:end]))
    return 0


def command_show(args: argparse.Namespace) -> int:
    text = read_source(args.stem)
    starts = line_starts(text)
    lo = starts[args.first - 1]
    hi = starts[args.last] if args.last < len(starts) else len(text)
    records = [r for r in load_gold(args.stem) if lo <= r["start"] < hi]
    inserts = []
    for record in records:
        inserts.append((record["start"], 1, "["))
        inserts.append((record["end"], 0, f"]{{{record['category']}}}"))
    out = text[lo:hi]
    for offset, _, mark in sorted(inserts, key=lambda item: (item[0], item[1]), reverse=True):
        out = out[: offset - lo] + mark + out[offset - lo :]
    print(out)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    find = sub.add_parser("find")
    find.add_argument("stem")
    find.add_argument("line", type=int)
    find.add_argument("phrase")
    find.add_argument("--occ", type=int, default=1)
    find.set_defaults(run=command_find)
    build = sub.add_parser("build")
    build.add_argument("stems", nargs="*")
    build.set_defaults(run=command_build)
    sub.add_parser("check").set_defaults(run=command_check)
    sub.add_parser("stats").set_defaults(run=command_stats)
    show = sub.add_parser("show")
    show.add_argument("stem")
    show.add_argument("first", type=int)
    show.add_argument("last", type=int)
    show.set_defaults(run=command_show)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except GoldError as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
