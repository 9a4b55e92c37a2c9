"""``argmap check`` and ``argmap rules``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from argmap.check import ConfigError, check, find_config, load_config
from argmap.cli import main
from argmap.cli.common import SourceCache, load_many, stderr_console, stdout_console
from argmap.report import to_json, to_sarif, write_text
from argmap.rules import load_all, rules_markdown


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c.strip().upper() for v in values for c in v.split(",") if c.strip())


def _matching_no_rule(codes, rules) -> list[str]:
    """The codes or prefixes that select no rule (a typo would otherwise silently check nothing)."""
    return [c for c in codes if not any(code.startswith(c) for code in rules)]


def _validate_selection(select: tuple[str, ...], ignore: tuple[str, ...], config, config_path) -> None:
    rules = load_all()
    for option, codes in (("--select", select), ("--ignore", ignore)):
        unknown = _matching_no_rule(codes, rules)
        if unknown:
            raise click.BadParameter(f"{', '.join(unknown)} matches no rule; `argmap rules` lists them",
                                     param_hint=f"'{option}'")
    for key, unknown in (("select", _matching_no_rule(config.select, rules)),
                         ("ignore", _matching_no_rule(config.ignore, rules)),
                         ("severity", [c for c in config.severity if c not in rules])):  # whole codes only
        if unknown:
            raise click.UsageError(f"{config_path}: [tool.argmap] {key}: {', '.join(unknown)} "
                                   f"{'is no rule code' if key == 'severity' else 'matches no rule'}; "
                                   f"`argmap rules` lists them")


@main.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(["text", "json", "sarif"]), default="text",
              show_default=True, help="How to print the findings.")
@click.option("--select", multiple=True, metavar="CODES", help="Only these rules (codes or prefixes, comma-separated).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules (codes or prefixes).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="pyproject.toml with [tool.argmap] (default: the nearest one above the first path).")
@click.option("--no-source", is_flag=True, help="Do not print the offending source line under each finding.")
def check_command(paths, output_format, select, ignore, config_path, no_source):
    """Check argument maps (files or directories) and report findings.

    Exit codes: 0 nothing at warning or above, 1 findings, 2 bad input or usage.
    """
    try:
        found = Path(config_path) if config_path else find_config(Path(paths[0]))
        config = load_config(found)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    select, ignore = _codes(select), _codes(ignore)
    _validate_selection(select, ignore, config, found)
    maps, errors = load_many(paths)
    diagnostics = []
    texts: dict[str, str] = {}
    for error in errors:
        diagnostics.extend(error.diagnostics)
        texts.update(error.sources)
    files: set[str] = set()
    for _, amap in maps:
        report = check(amap, select=select, ignore=ignore, config=config)
        diagnostics.extend(report.diagnostics)
        files.update(amap.files)
    for error in errors:  # the files read before loading stopped, and those the errors are in
        files.update(error.sources)
        files.update(d.path for d in error.diagnostics if d.path)
    unique = {}
    for d in diagnostics:
        unique.setdefault((d.code, d.sort_key()), d)
    diagnostics = sorted(unique.values(), key=lambda d: d.sort_key())
    if output_format == "json":
        sys.stdout.write(to_json(diagnostics, files=files))
    elif output_format == "sarif":
        sys.stdout.write(to_sarif(diagnostics, load_all()))
    else:
        write_text(diagnostics, stdout_console(), SourceCache(texts), files_checked=len(files),
                   show_source=not no_source)
    if errors:
        sys.exit(2)
    sys.exit(1 if any(d.severity >= 1 for d in diagnostics) else 0)


@main.command("rules")
@click.argument("codes", nargs=-1)
@click.option("--markdown", is_flag=True, help="Print docs/rules.md (every rule's documentation).")
def rules_command(codes, markdown):
    """List the rules (code, name, severity, summary), or document the ones named."""
    rules = load_all()
    if markdown:
        sys.stdout.write(rules_markdown())
        return
    console = stdout_console()
    if codes:
        wanted = [r for r in rules.values() if any(r.code.startswith(c.upper()) or r.name == c for c in codes)]
        if not wanted:
            stderr_console().print(f"no rule matches {' '.join(codes)}; `argmap rules` lists them", markup=False)
            sys.exit(2)
        for r in wanted:
            # The rule texts are prose with brackets (`[T]he`), never markup.
            console.print(f"[bold]{r.code} {r.name}[/bold] ({r.severity}, {r.family})")
            console.print(r.summary, markup=False)
            console.print(f"\n[bold]What.[/bold] {escape(r.what)}\n[bold]Why.[/bold] {escape(r.why)}\n"
                          f"[bold]Example.[/bold]")
            console.print(r.example, markup=False)
            console.print(f"[bold]Fix.[/bold] {escape(r.fix)}\n")
        return
    table = Table(show_edge=False, header_style="bold")
    for column in ("code", "name", "severity", "summary"):
        table.add_column(column)
    for r in rules.values():
        table.add_row(r.code, r.name, str(r.severity), Text(r.summary))
    console.print(table)
