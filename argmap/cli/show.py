"""``argmap show``: a readable summary of a map."""

from __future__ import annotations

import sys

import click
from rich.table import Table
from rich.text import Text

from argmap.cli import main
from argmap.cli.common import load_or_exit, stderr_console, stdout_console


@main.command("show")
@click.argument("file", type=click.Path())
@click.option("--voice", "voice_id", default=None, help="Only this voice's claims.")
def show_command(file, voice_id):
    """Summarise a map: sources, voices, theses, counts and what each voice claims."""
    amap = load_or_exit(file)
    by_voice = amap.by_voice()
    if voice_id and voice_id not in by_voice:
        names = list(by_voice)
        known = ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "") or "none"
        stderr_console().print(Text(f"argmap: {file} has no voice `{voice_id}` (voices: {known})"))
        sys.exit(2)
    console = stdout_console()
    console.print(Text(f"{amap.path}", style="bold"))
    counts = ", ".join(
        f"{len(group)} {noun}{'' if len(group) == 1 or noun == 'evidence' else 's'}"
        for group, noun in ((amap.sources, "source"), (amap.voices, "voice"), (amap.claims, "claim"),
                            (amap.evidence, "evidence"), (amap.inferences, "inference"), (amap.attacks, "attack"),
                            (amap.restatements, "restatement"), (amap.devices, "device"))
    )
    console.print(counts)
    if amap.sources:
        table = Table(title="Sources", show_edge=False, header_style="bold", title_justify="left")
        for column in ("id", "title", "by", "year"):
            table.add_column(column)
        for s in amap.sources:  # Text, not str: a title like "[1917]" is the user's words, not rich markup
            table.add_row(Text(s.id), Text(s.title or ""), Text(", ".join(s.authors)), str(s.year or ""))
        console.print(table)
    if amap.theses:
        console.print(Text("\nTheses", style="bold"))
        for t in amap.theses:
            console.print(Text(f"  {t.id} ({t.voice}): ", style="bold") + Text(t.text))
    for speaker, claims in by_voice.items():
        if voice_id and speaker != voice_id:
            continue
        voice = amap.voice(speaker)
        if voice is None:  # claims by a voice that is never declared (AM101) are still the user's claims
            heading = Text(f"\n{speaker} [undeclared voice]", style="bold cyan")
        else:
            where = f" in {voice.source}" if voice.source else ""
            role = f", {voice.role}" if voice.role else ""
            via = f", quoted by {voice.quoted_by}" if voice.quoted_by else ""
            heading = Text(f"\n{voice.name} [{voice.id}{role}{where}{via}]", style="bold cyan")
        console.print(heading + Text(f" — {len(claims)} claim{'' if len(claims) == 1 else 's'}"))
        for c in claims:
            marks = "".join(
                m for m, on in (("★ ", c.role == "thesis"), ("granted ", c.role == "granted"),
                                ("reported ", c.role == "reported")) if on
            )
            hedge = f' (hedged: "{c.hedge}")' if c.hedge else ""
            console.print(Text(f"  {c.id}  ", style="bold") + Text(marks, style="magenta") + Text(c.text + hedge))
