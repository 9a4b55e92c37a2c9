"""``argmap rhetoric``: rhetorical cues of a text or a map, per-voice profiles, charts and comparisons."""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import attrs
import click
from rich.table import Table
from rich.text import Text

from argmap import __version__
from argmap.cli import main
from argmap.cli.common import MAP_SUFFIXES, foreign_loader, load_or_exit, stderr_console, stdout_console
from argmap.model import CUE_CATEGORIES, ArgumentMap
from argmap.parser import is_id
from argmap.rhetoric.detector import SHOWN_WEIGHT, Cue, analyse
from argmap.rhetoric.mapcues import NOT_PROFILED
from argmap.rhetoric.profile import RATE_COLUMNS, VoiceProfile, build_profiles, whole_text_profile
from argmap.rhetoric.voices import name_aliases

PROGRESS_BYTES = 200_000  # texts at least this long get a progress bar (on a terminal)
MIN_PROFILE_WORDS = 40  # rates over fewer words say little; such voices stay out of the per-voice profile


class Target:
    """One analysed input: a plain text or a map, with its cues, word counts and devices."""

    def __init__(self, path: Path, cues: list[Cue], words_by_voice: dict[str, int], *, amap: ArgumentMap | None,
                 texts: dict[str, str], problems: tuple[str, ...] = ()):
        self.path = path
        self.cues = cues
        self.words_by_voice = words_by_voice
        self.amap = amap
        self.texts = texts
        self.problems = problems

    @property
    def words(self) -> int:
        return sum(self.words_by_voice.values())

    @property
    def devices(self):
        return self.amap.devices if self.amap is not None else ()


def _devices_of_voice(target: Target, voice: str) -> list:
    """The devices a person marked in claims of ``voice`` (for ``--compare --voice``)."""
    if target.amap is None:
        return []
    voice_of = {claim.id: claim.voice for claim in target.amap.claims}
    return [device for device in target.devices if voice_of.get(device.target) == voice]


def _source_id(path: Path) -> str:
    """A source id for a plain text: its file stem made into an argmap id (ids cannot start with a digit)."""
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in path.stem)
    stem = re.sub(r"-{2,}", "-", stem).strip("-_") or "text"  # "my  notes" → my-notes, not my--notes
    stem = stem if stem[0].isalpha() else f"t{stem}"
    return stem if is_id(stem) else "text"


def _read_plain(path: Path) -> str:
    try:
        with open(path, encoding="utf-8") as handle:  # universal newlines, as the gold offsets assume
            text = handle.read()
        nul = text.find("\x00")
        if nul != -1:  # valid UTF-8 but not text (an image, a database, UTF-16...)
            line = text.count("\n", 0, nul) + 1
            column = nul - (text.rfind("\n", 0, nul) + 1) + 1
            stderr_console().print(f"{path}:{line}:{column}: error: a binary file, not text (NUL byte)\n"
                                   "      = help: give a plain UTF-8 text, or a map (.argmap, .argdown, .json)",
                                   markup=False, highlight=False)
            sys.exit(2)
        return text
    except UnicodeDecodeError as exc:
        stderr_console().print(f"{path}:1:1: error: not UTF-8 text (byte {exc.start}: {exc.reason})\n"
                               "      = help: save the file as UTF-8, or convert it with `iconv -t UTF-8`",
                               markup=False, highlight=False)
        sys.exit(2)
    except OSError as exc:
        stderr_console().print(f"{path}: error: cannot read: {exc.strerror}", markup=False, highlight=False)
        sys.exit(2)


def _progress_wanted(size: int) -> bool:
    return size >= PROGRESS_BYTES and sys.stderr.isatty()


def is_map_file(path: Path) -> bool:
    """Whether ``path`` names a map: .argmap, or a format argmap imports (Argdown .argdown/.ad, JSON).

    A .json file is read as a map (argmap's JSON export or AIF); one that is neither is refused with its
    place, never read as prose. Anything else (.txt, .md, no extension...) is a plain text.
    """
    suffix = path.suffix.lower()
    return suffix in MAP_SUFFIXES or foreign_loader(suffix) is not None


def _analyse_path(path: Path, source_id: str | None, categories) -> Target:
    if is_map_file(path):
        from argmap.rhetoric.mapcues import analyse_map

        amap = load_or_exit(str(path))
        result = analyse_map(amap)
        cues = [c for c in result.cues if categories is None or c.category in categories]
        return Target(path, cues, result.words_by_voice, amap=amap, texts=result.texts, problems=result.problems)
    text = _read_plain(path)
    options = dict(path=str(path), source=source_id or _source_id(path), categories=categories)
    if _progress_wanted(len(text)):
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("[bold]rhetoric[/bold] {task.description}"), BarColumn(), TimeElapsedColumn(),
                      console=stderr_console(), transient=True) as progress:
            task = progress.add_task(path.name, total=None)
            result = analyse(text, progress=lambda done, total: progress.update(task, completed=done, total=total),
                             **options)
    else:
        result = analyse(text, **options)
    cues, words = _merge_name_variants(list(result.cues), result.voice_words)
    return Target(path, cues, words, amap=None, texts={str(path): text})


def _merge_name_variants(cues: list[Cue], words: dict[str, int]) -> tuple[list[Cue], dict[str, int]]:
    """One voice for "Yuri Zhukov" and a later "Zhukov" (argmap.rhetoric.voices.name_aliases)."""
    aliases = name_aliases(set(words) | {c.voice for c in cues})
    if not aliases:
        return cues, words
    merged: dict[str, int] = {}
    for name, count in words.items():
        merged[aliases.get(name, name)] = merged.get(aliases.get(name, name), 0) + count
    cues = [attrs.evolve(c, voice=aliases[c.voice]) if c.voice in aliases else c for c in cues]
    return cues, dict(sorted(merged.items()))


def _kinds(targets: list[Target]) -> str:
    maps = sum(1 for t in targets if t.amap is not None)
    return "maps" if maps == len(targets) else "texts" if not maps else "texts and maps"


def _resolve_voice(voice: str, targets: list[Target]) -> str:
    """The voice ``--voice`` names: a voice id, a map voice's name, or a voice found in a text (any case).

    An unknown voice is a usage error with the voices there are, not a silent "0 cues".
    """
    known: dict[str, None] = {}
    for target in targets:
        for mapped in target.amap.voices if target.amap is not None else ():
            if voice.casefold() in (mapped.id.casefold(), mapped.name.casefold()):
                return mapped.id
            known.setdefault(mapped.id)
        for cue in target.cues:
            known.setdefault(cue.voice)
            for name in cue.voice_path:
                known.setdefault(name)
        for name in target.words_by_voice:
            known.setdefault(name)
    for name in known:
        if name.casefold() == voice.casefold():
            return name
    choices = sorted(known)
    close = difflib.get_close_matches(voice, choices, n=1)
    listed = ", ".join(choices[:20]) + (f" and {len(choices) - 20} more" if len(choices) > 20 else "")
    raise click.BadParameter(f"no voice {voice!r} here" + (f"; did you mean {close[0]!r}?" if close else
                                                           f"; voices: {listed}" if choices else ""),
                             param_hint="--voice")


def _visible(cues: list[Cue], show_all: bool, min_confidence: float, voice: str | None) -> list[Cue]:
    out = []
    for cue in cues:
        if not show_all and cue.weight < SHOWN_WEIGHT:
            continue
        if cue.confidence < min_confidence:
            continue
        if voice and cue.voice != voice and voice not in cue.voice_path:
            continue
        out.append(cue)
    return out


# ---- output -------------------------------------------------------------------------
_CATEGORY_STYLE = {
    "epithet": "bold red", "emotive-language": "red", "hated-comparison": "bold red", "whataboutism": "magenta",
    "booster": "yellow", "hedge": "cyan", "rhetorical-question": "magenta", "slogan": "bold magenta",
}


def _write_text(targets: list[Target], cues_of: dict[Path, list[Cue]], show_source: bool, show_devices: bool) -> None:
    console = stdout_console()
    for target in targets:
        cues = cues_of[target.path]
        for cue in cues:
            where = f"{cue.path or target.path}:{cue.line}:{cue.column}"
            head = Text()
            head.append(where, style="bold")
            head.append(": ")
            head.append(cue.category, style=_CATEGORY_STYLE.get(cue.category, "green"))
            head.append(f" “{_short(cue.text)}”")
            head.append(f"  voice {cue.voice}, confidence {cue.confidence:.2f}", style="dim")
            if cue.context:
                head.append(f" ({', '.join(cue.context)})", style="dim")
            head.append(f"  [{cue.entry}]", style="dim")
            console.print(head, soft_wrap=True, highlight=False)
            if show_source and cue.path in target.texts:
                _write_excerpt(console, target.texts[cue.path], cue)
            if show_devices:
                first, *rest = cue.device_line().split("\n")
                console.print(Text("      = device: ", style="green") + Text(first), soft_wrap=True, highlight=False)
                for line in rest:
                    console.print(Text("                " + line), soft_wrap=True, highlight=False)
        for problem in target.problems:
            console.print(Text(problem, style="yellow"), highlight=False)
        _write_summary(console, target, cues)
        if target.amap is not None and target.devices:
            _write_device_check(console, target, cues)


def _write_summary(console, target: Target, cues: list[Cue]) -> None:
    """``12 cues in FILE (3 hedge, ...)``; user text (paths) is never read as rich markup."""
    counts = Counter(c.category for c in cues)
    summary = ", ".join(f"{counts[c]} {c}" for c in CUE_CATEGORIES if counts[c])
    line = Text(f"{len(cues)} cue{'s' if len(cues) != 1 else ''}", style="bold")
    line.append(f" in {target.path}" + (f" ({summary})" if summary else ""))
    restated = sum(1 for c in cues if NOT_PROFILED in c.context)
    if restated:  # say why the profile's counts are lower than this line's
        line.append(f"; {restated} of them in paraphrases or repeated quotes of words read elsewhere, "
                    "not profiled", style="dim")
    console.print(line, highlight=False)


def _write_excerpt(console, text: str, cue: Cue, margin: int = 60) -> None:
    """The cue's line (or the part of a long line around it) with a caret under the cue."""
    lines = text.split("\n")
    if not 0 < cue.line <= len(lines):
        return
    line = lines[cue.line - 1]
    width = (cue.end_column - cue.column) if cue.end_line == cue.line else len(line) - cue.column + 1
    width = max(1, min(width, 120))
    lo = max(0, cue.column - 1 - margin)
    hi = min(len(line), cue.column - 1 + width + margin)
    shown = ("…" if lo else "") + line[lo:hi] + ("…" if hi < len(line) else "")
    offset = cue.column - 1 - lo + (1 if lo else 0)
    gutter = f"{cue.line:>5} | "
    console.print(Text(gutter, style="dim") + Text(shown), soft_wrap=True, highlight=False)
    console.print(Text(" " * (len(gutter) - 2) + "| " + " " * offset + "^" + "~" * (width - 1), style="cyan"),
                  soft_wrap=True, highlight=False)


def _write_device_check(console, target: Target, cues: list[Cue]) -> None:
    """Annotated devices next to what was detected: a person's judgement beside the machine's cues."""
    console.print(f"\n[bold]Annotated devices[/bold] ({len(target.devices)})", highlight=False)
    for device in target.devices:
        matched = [c for c in cues if c.target == device.target and (device.span in c.text or c.text in device.span)]
        found = ", ".join(sorted({c.category for c in matched})) or "no cue detected"
        line = Text(f"  device {device.category} “{_short(device.span)}” in {device.target}  ")
        line.append(f"→ {found}", style="dim")
        console.print(line, highlight=False)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _profile_table(profiles: list[VoiceProfile], title: str, caption: str | None = None) -> Table:
    table = Table(title=Text(title, style="italic"), caption=caption, show_edge=False, header_style="bold")
    table.add_column("voice / text")
    table.add_column("words", justify="right")
    for heading, _ in RATE_COLUMNS:
        table.add_column(f"{heading}/1k", justify="right")
    table.add_column("boost/hedge", justify="right")
    table.add_column("cues", justify="right")
    with_devices = any(p.devices for p in profiles)  # a plain text has none: no empty column
    if with_devices:
        table.add_column("annotated devices")
    for p in profiles:
        rates = [p.per_1000(cat) for _, cat in RATE_COLUMNS]
        ratio = p.booster_hedge_ratio
        ranked = sorted(p.devices.items(), key=lambda item: (-item[1], item[0]))
        devices = ", ".join(f"{n} {c}" for c, n in ranked[:3])
        if len(ranked) > 3:
            devices += f", +{sum(n for _, n in ranked[3:])} more"
        table.add_row(Text(p.label), f"{p.words:,}" if p.words else "-",
                      *["-" if r is None else f"{r:.1f}" for r in rates],
                      "-" if ratio is None else f"{ratio:.2f}", f"{p.total:,}", *([Text(devices)] if with_devices else []))
    return table


def _to_json(targets: list[Target], cues_of, profiles: list[VoiceProfile] | None) -> str:
    all_cues = [c for t in targets for c in cues_of[t.path]]
    document = {
        "tool": "argmap",
        "version": __version__,
        "files": [str(t.path) for t in targets],
        "summary": {c: n for c, n in sorted(Counter(c.category for c in all_cues).items())},
        "cues": [c.to_dict() for c in all_cues],
    }
    devices = [
        {"category": d.category, "span": d.span, "target": d.target, "at": str(d.at) if d.at else None,
         "path": d.location.path if d.location else None, "line": d.location.line if d.location else None}
        for t in targets for d in t.devices
    ]
    if devices:
        document["devices"] = devices
    if profiles is not None:
        document["profiles"] = [p.to_dict() for p in profiles]
    problems = [p for t in targets for p in t.problems]
    if problems:
        document["problems"] = problems
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _to_sarif(targets: list[Target], cues_of) -> str:
    rules = [{"id": f"rhetoric/{c}", "name": c, "shortDescription": {"text": f"rhetorical cue: {c}"},
              "defaultConfiguration": {"level": "note"}, "properties": {"tags": ["Rhetoric"]}}
             for c in CUE_CATEGORIES]
    index = {c: i for i, c in enumerate(CUE_CATEGORIES)}
    results = []
    for target in targets:
        for cue in cues_of[target.path]:
            results.append({
                "ruleId": f"rhetoric/{cue.category}",
                "ruleIndex": index[cue.category],
                "level": "note",
                "message": {"text": f"{cue.category} “{_short(cue.text)}” (voice {cue.voice}, "
                                    f"confidence {cue.confidence:.2f}); paste to accept: {cue.device_line()}"},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": Path(cue.path or target.path).as_posix()},
                    "region": {"startLine": cue.line, "startColumn": cue.column, "endLine": cue.end_line,
                               "endColumn": cue.end_column},
                }}],
                "properties": {"voice": cue.voice, "confidence": cue.confidence, "entry": cue.entry,
                               "context": list(cue.context), "device": cue.device_line(), "target": cue.target},
            })
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "argmap-rhetoric", "version": __version__,
                                      "informationUri": "https://github.com/argmap/argmap", "rules": rules}},
                  "results": results}],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _write_chart(out: Path, profiles: list[VoiceProfile], title: str) -> None:
    from argmap.rhetoric.chart import profile_chart_svg, svg_to_png

    svg = profile_chart_svg(profiles, title=title)
    try:
        if out.suffix.lower() == ".png":
            out.write_bytes(svg_to_png(svg))
        else:
            out.write_text(svg, encoding="utf-8")
    except OSError as exc:
        stderr_console().print(f"error: cannot write {out}: {exc.strerror or exc}", markup=False, highlight=False)
        sys.exit(2)
    stderr_console().print(f"wrote {out}", markup=False, highlight=False)


@main.command("rhetoric")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "output_format", type=click.Choice(["text", "json", "sarif"]), default="text",
              show_default=True, help="How to print the cues.")
@click.option("--category", "categories", multiple=True, type=click.Choice(CUE_CATEGORIES), metavar="CATEGORY",
              help="Only these categories (repeat the option for several).")
@click.option("--voice", default=None, help="Only cues of this voice (a map voice id, or a name found in the text); with --compare, "
              "compare this voice across the inputs.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Hide cues below this confidence.")
@click.option("--all", "show_all", is_flag=True,
              help="Also show cues the context lowered below the default (quoted terms in quotation-heavy texts...).")
@click.option("--profile", is_flag=True, help="Print the per-voice profile (rates per 1,000 words) after the cues.")
@click.option("--compare", is_flag=True, help="Compare the texts or maps given, side by side, as profiles.")
@click.option("--chart", "chart_path", type=click.Path(dir_okay=False), default=None,
              help="Write the profile chart to this .svg or .png file.")
@click.option("--source-id", default=None, help="Source id for the `at` of device lines (plain texts).")
@click.option("--no-source", is_flag=True, help="Do not print the source line under each cue.")
@click.option("--no-devices", is_flag=True, help="Do not print the ready-to-paste device line under each cue.")
@click.option("--quiet", "-q", is_flag=True, help="Text format: only the summary (and the profile).")
def rhetoric_command(paths, output_format, categories, voice, min_confidence, show_all, profile, compare, chart_path,
                     source_id, no_source, no_devices, quiet):
    """Find rhetorical cues (hedges, boosters, epithets, rhetorical questions...) in texts or maps.

    PATH is a plain UTF-8 text, or a map: .argmap, Argdown (.argdown, .ad), argmap's JSON export or AIF
    (.json). A map's bound source texts, quotes and claims are read and each cue is tied to the claim
    quoting it. Every cue comes with its voice, a confidence measured on the
    gold set, and a `device` line to paste into a map. Cues describe; they do not judge.

    Exit codes: 0 analysed (cues are notes, not warnings), 2 bad input or usage.
    """
    files = [Path(p) for p in paths]
    for f in files:
        if not f.exists():
            raise click.BadParameter(f"no such file: {f}", param_hint="PATH")
    if len(files) > 1 and not compare:
        raise click.UsageError("several paths need --compare (or run argmap rhetoric once per file)")
    if compare and len(files) < 2:
        raise click.UsageError("--compare needs two or more texts or maps")
    if source_id is not None and not is_id(source_id):
        raise click.BadParameter(f"{source_id!r} is not an argmap id, so the device lines would not read back; "
                                 "use letters, digits, _ . - and start with a letter or _ (e.g. furr-2005)",
                                 param_hint="--source-id")
    if chart_path and Path(chart_path).suffix.lower() not in (".svg", ".png"):
        raise click.BadParameter(f"{chart_path}: the chart is written as .svg or .png", param_hint="--chart")
    wanted = set(categories) if categories else None
    targets = []
    for f in files:
        targets.append(_analyse_path(f, source_id, wanted))
    if voice is not None:
        voice = _resolve_voice(voice, targets)
    cues_of = {t.path: _visible(t.cues, show_all, min_confidence, voice) for t in targets}
    profiles = None
    caption = None
    if compare:
        if voice is None:
            profiles = [whole_text_profile(t.path.stem, cues_of[t.path], t.words, t.devices) for t in targets]
        else:  # one voice across the inputs: its own words, cues and devices, not the whole text's
            profiles = [whole_text_profile(f"{t.path.stem}: {voice}", [c for c in cues_of[t.path] if c.voice == voice],
                                           t.words_by_voice.get(voice, 0), _devices_of_voice(t, voice))
                        for t in targets if t.words_by_voice.get(voice, 0)]
            absent = [t.path.stem for t in targets if not t.words_by_voice.get(voice, 0)]
            if absent:
                caption = f"{voice} has no words in {', '.join(absent)}"
        title = "Rhetorical profile: " + (" vs ".join(t.path.stem for t in targets) if len(targets) == 2
                                          else f"{len(targets)} {_kinds(targets)} compared")  # the legend names them
        if voice is not None:
            title += f" (voice {voice})"
    elif profile or chart_path:
        target = targets[0]
        profiles = build_profiles(cues_of[target.path], target.words_by_voice, devices=target.devices,
                                  amap=target.amap, min_words=MIN_PROFILE_WORDS)
        title = f"Rhetorical profile by voice: {target.path.name}"
        shown = {p.label for p in profiles}
        left_out = {c.voice for c in cues_of[target.path]} | set(target.words_by_voice)
        left_out -= shown
        if left_out:  # say so, rather than leave an empty or partial table unexplained
            caption = (f"{len(left_out)} voice{'s' if len(left_out) != 1 else ''} with fewer than "
                       f"{MIN_PROFILE_WORDS} words left out")
        elif not profiles:
            caption = "no words to profile"
    if output_format == "json":
        sys.stdout.write(_to_json(targets, cues_of, profiles))
    elif output_format == "sarif":
        sys.stdout.write(_to_sarif(targets, cues_of))
    else:
        if not quiet and not compare:
            _write_text(targets, cues_of, show_source=not no_source, show_devices=not no_devices)
        elif not compare:
            console = stdout_console()
            for t in targets:
                _write_summary(console, t, cues_of[t.path])
        if profiles is not None:
            console = stdout_console()
            if not sys.stdout.isatty():
                console.width = 160  # tables keep their columns in files and pipes
            if profiles:
                console.print(_profile_table(profiles, title, caption))
            else:  # a table of headings alone says nothing
                console.print(Text(f"{title}: {caption}", style="italic"), highlight=False)
    if chart_path and profiles is not None:
        _write_chart(Path(chart_path), profiles, title)
