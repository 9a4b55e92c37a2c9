"""``argmap show``: a readable summary of a map."""

from __future__ import annotations

import click
from rich.table import Table
from rich.text import Text

from argmap.cli import main
from argmap.cli.common import load_or_exit, stdout_console


@main.command("show")
@click.argument("file", type=click.Path())
@click.option("--voice", "voice_id", default=None, help="Only this voice's claims.")
def show_command(file, voice_id):
    """Summarise a map: sources, voices, theses, counts and what each voice claims."""
    amap = load_or_exit(file)
    console = stdout_console()
    console.print(Text(f"{amap.path}", style="bold"))
    counts = (
        f"{len(amap.sources)} sources, {len(amap.voices)} voices, {len(amap.claims)} claims, "
        f"{len(amap.evidence)} evidence, {len(amap.inferences)} inferences, {len(amap.attacks)} attacks, "
        f"{len(amap.restatements)} restatements, {len(amap.devices)} devices"
    )
    console.print(counts)
    if amap.sources:
        table = Table(title="Sources", show_edge=False, header_style="bold", title_justify="left")
        for column in ("id", "title", "by", "year"):
            table.add_column(column)
        for s in amap.sources:
            table.add_row(s.id, s.title or "", ", ".join(s.authors), str(s.year or ""))
        console.print(table)
    if amap.theses:
        console.print(Text("\nTheses", style="bold"))
        for t in amap.theses:
            console.print(Text(f"  {t.id} ({t.voice}): ", style="bold") + Text(t.text))
    by_voice = amap.by_voice()
    for voice in amap.voices:
        if voice_id and voice.id != voice_id:
            continue
        claims = by_voice.get(voice.id, ())
        where = f" in {voice.source}" if voice.source else ""
        role = f", {voice.role}" if voice.role else ""
        via = f", quoted by {voice.quoted_by}" if voice.quoted_by else ""
        console.print(Text(f"\n{voice.name} [{voice.id}{role}{where}{via}]", style="bold cyan")
                      + Text(f" — {len(claims)} claims"))
        for c in claims:
            marks = "".join(
                m for m, on in (("★ ", c.role == "thesis"), ("granted ", c.role == "granted"),
                                ("reported ", c.role == "reported")) if on
            )
            hedge = f' (hedged: "{c.hedge}")' if c.hedge else ""
            console.print(Text(f"  {c.id}  ", style="bold") + Text(marks, style="magenta") + Text(c.text + hedge))
