"""``argmap explain``: why a claim is (or is not) established, as a tree."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.text import Text
from rich.tree import Tree

from argmap.analysis.support import Explanation, UnknownElement, establish, explain
from argmap.cli import main
from argmap.cli.common import load_or_exit, stderr_console
from argmap.model import ArgumentMap

_TEXT_LIMIT = 100


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TEXT_LIMIT else text[: _TEXT_LIMIT - 1] + "…"


def _label(node: Explanation, amap: ArgumentMap, file: str) -> Text:
    label = Text()
    label.append(node.id, style="bold")
    if node.kind == "inference":
        inference = amap.inference(node.id)
        label.append(" step", style="dim")
        if inference is not None:
            label.append(f" by {inference.voice}", style="dim")
    label.append("  ")
    if node.established:
        label.append("established", style="green")
    else:
        label.append("not established", style="bold red")
    if node.depth is not None and node.kind != "evidence" and node.depth > 0:
        label.append(f" (depth {node.depth})", style="dim")
    label.append(f": {node.reason}")
    if node.same_as:
        label.append(f" (as {node.same_as}, a restatement)", style="magenta")
    if node.note == "see above":
        label.append("  (see above)", style="dim")
    elif node.note == "circular":
        label.append("  ↻ circular", style="bold red")
    elif node.note == "cut":
        label.append(f"  … (goes deeper: `argmap explain {file} {node.id}`)", style="dim")
    element = amap.get(node.id)
    if node.kind == "claim" and element is not None:
        marks = []
        if element.role:
            marks.append(element.role)
        if element.hedge:
            marks.append(f'hedged "{element.hedge}"')
        extra = f" [{', '.join(marks)}]" if marks else ""
        label.append(f'\n"{_short(element.text)}"{extra}', style="dim")
    elif node.kind == "evidence" and element is not None:
        citation = f' "{element.citation}"' if element.citation else " (no citation)"
        label.append(f"\n{element.kind}{citation}, by {element.voice}", style="dim")
    return label


def _tree(node: Explanation, amap: ArgumentMap, file: str, tree: Tree | None = None) -> Tree:
    label = _label(node, amap, file)
    branch = Tree(label) if tree is None else tree.add(label)
    for child in node.children:
        _tree(child, amap, file, branch)
    return branch


@main.command("explain")
@click.argument("file", type=click.Path())
@click.argument("element_id", metavar="ID")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="A tree for people, or JSON (the same tree as nested objects).")
@click.option("--depth", type=click.IntRange(min=1), default=8, show_default=True,
              help="How many claims deep the tree goes; a deeper branch ends with the command that continues it.")
def explain_command(file, element_id, output_format, depth):
    """Explain why claim (or evidence, or inference) ID is or is not established.

    Prints a tree down to what the support rests on: evidence with a citation, granted
    claims, bare assertions, evidence without a citation, and steps that lead back into
    the claim itself. Exit 0 when explained, 2 when the file cannot be read or ID is unknown.
    """
    amap = load_or_exit(file)
    support = establish(amap)
    try:
        explanation = explain(support, element_id, max_depth=depth)
    except UnknownElement as exc:
        console = stderr_console()
        if exc.found_kind is not None:
            console.print(f"argmap: `{element_id}` is a {exc.found_kind}; explain works on claims, evidence and "
                          f"inferences", markup=False, highlight=False)
        else:
            console.print(f"argmap: {file} has no claim, evidence or inference `{element_id}`", markup=False,
                          highlight=False)
        if exc.suggestion:
            console.print(Text("  = help: ", style="green") + Text(f"did you mean `{exc.suggestion}`?"))
        else:
            console.print(Text("  = help: ", style="green") + Text(f"`argmap show {file}` lists the claims"))
        sys.exit(2)
    if output_format == "json":
        sys.stdout.write(json.dumps(explanation.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    # Wrapped, not soft-wrapped: long claim texts fold under their branch instead of being cut off.
    Console(highlight=False).print(_tree(explanation, amap, file))
