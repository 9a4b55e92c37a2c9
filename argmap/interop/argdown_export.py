"""argmap → Argdown: statements for claims and evidence, an argument with a premise–conclusion
structure for every inference, attack relations under their attackers, `same` as shared titles.

What Argdown has no words for (voices, roles, hedges, quotes, evidence kinds, sources, devices)
goes into YAML data and the front matter, which Argdown tools keep but do not draw; importing the
file again with :func:`argmap.interop.import_argdown` restores it.
"""

from __future__ import annotations

import re
from pathlib import Path

from argmap.interop.argdown_import import DEFAULT_VOICE, REPORTED
from argmap.interop.common import yaml_flow
from argmap.interop.declarations import declarations_to_records
from argmap.model import ArgumentMap, Attack, Claim, Evidence, Inference

_SPECIAL = re.compile(r"[\\\[\]<>{}#*_@]|/(?=[/*])")
_TAG_PLAIN = re.compile(r"[0-9A-Za-z_\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+\Z")


def escape_text(text: str) -> str:
    """A text as Argdown statement content: syntax characters get a backslash, lines are joined."""
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), " ".join(text.split()))


def _tag(tag: str) -> str:
    return f"#{tag}" if _TAG_PLAIN.match(tag) else f"#({tag})"


def _title(text: str) -> str:
    return text.replace("]", "").replace(">", "")


def _argument(title: str) -> str:
    """`<Title>`; a title starting with `_` is escaped, since Argdown reads a line starting `<_` as an
    undercut (argmap's import turns `\\_x` back into the id `_x`)."""
    title = _title(title)
    return f"<\\{title}>" if title.startswith("_") else f"<{title}>"


class _Classes:
    """Restatement classes (`same`, joined transitively): every member is written under the title
    of the class's first claim, with its own id in its data when it is not that claim."""

    def __init__(self, amap: ArgumentMap):
        order = [c.id for c in amap.claims] + [e.id for e in amap.evidence]
        rank = {element_id: n for n, element_id in enumerate(order)}
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for same in amap.restatements:
            a, b = find(same.left), find(same.right)
            if a != b:
                first, second = sorted((a, b), key=lambda x: (rank.get(x, len(rank)), x))
                parent[second] = first
        self.canonical = {x: find(x) for x in list(parent)}

    def title(self, element_id: str) -> str:
        return self.canonical.get(element_id, element_id)

    def reference(self, element_id: str) -> str:
        """`[Title]`, with `{id: X}` when the element is a restating member of its class."""
        title = self.title(element_id)
        tail = f" {yaml_flow({'id': element_id})}" if title != element_id else ""
        return f"[{_title(title)}]{tail}"


def _claim_data(claim: Claim, classes: _Classes) -> dict:
    data: dict = {}
    if classes.title(claim.id) != claim.id:
        data["id"] = claim.id
    if claim.voice != DEFAULT_VOICE:
        data["voice"] = claim.voice
        if claim.role:
            data["role"] = claim.role
    elif claim.role != REPORTED:  # the default voice's claims are reported unless said otherwise
        data["role"] = claim.role
    if claim.hedge is not None:
        data["hedge"] = claim.hedge
    if claim.quotes:
        data["quotes"] = [{"at": str(q.at), "text": q.text} for q in claim.quotes]
    if claim.note is not None:
        data["note"] = claim.note
    return data


def _evidence_data(item: Evidence, classes: _Classes) -> dict:
    data: dict = {}
    if classes.title(item.id) != item.id:
        data["id"] = item.id
    data["evidence"] = item.kind
    if item.voice != DEFAULT_VOICE:
        data["voice"] = item.voice
    if not item.citation:
        data["citation"] = item.citation
    if item.quotes:
        data["quotes"] = [{"at": str(q.at), "text": q.text} for q in item.quotes]
    if item.note is not None:
        data["note"] = item.note
    return data


def _attack_lines(attacks: list[Attack], attacker_voice: str | None, classes: _Classes,
                  inferences: set[str]) -> tuple[list[str], list[dict]]:
    lines, notes = [], []
    for attack in attacks:
        note: dict = {"id": attack.id, "target": attack.target}
        if attack.voice != attacker_voice:
            note["voice"] = attack.voice
        if attack.kind == "undermine":
            note["kind"] = "undermine"
        if attack.note is not None:
            note["note"] = attack.note
        notes.append(note)
        if attack.kind == "undercut":
            lines.append(f"  _> {_argument(attack.target)}")
        else:
            lines.append(f"  -> {classes.reference(attack.target)}")
    return lines, notes


def _statement(title: str, text: str, tags: tuple[str, ...], data: dict) -> str:
    line = f"[{_title(title)}]: {escape_text(text)}"
    if tags:
        line += " " + " ".join(_tag(t) for t in tags)
    if data:
        line += " " + yaml_flow(data)
    return line


def _front_matter(amap: ArgumentMap) -> list[str]:
    block = declarations_to_records(amap)
    if not block and not amap.path:
        return []
    lines = ["==="]
    if amap.path:
        lines.append(f"title: {yaml_flow(Path(amap.path).stem)}")
    if block:
        lines.append("argmap:")
        for key, items in block.items():
            lines.append(f"  {key}:")
            lines.extend(f"    - {yaml_flow(item)}" for item in items)
    lines.append("===")
    return lines


def export_argdown(amap: ArgumentMap) -> str:
    """The map as Argdown text (readable by the Argdown tools; re-importable without loss of claims,
    evidence, inferences, attacks, restatements, voices, sources and devices)."""
    classes = _Classes(amap)
    inference_ids = {i.id for i in amap.inferences}
    attacks_by: dict[str, list[Attack]] = {}
    for attack in amap.attacks:
        attacks_by.setdefault(attack.attacker, []).append(attack)
    out: list[str] = []
    front = _front_matter(amap)
    if front:
        out += front + [""]

    def block(lines: list[str]) -> None:
        out.extend(lines)
        out.append("")

    written: set[str] = set()
    for element in list(amap.claims) + list(amap.evidence):
        if element.id in written:
            continue  # a duplicate id: the first definition wins, as in argmap
        written.add(element.id)
        attacks = attacks_by.pop(element.id, [])
        lines, notes = _attack_lines(attacks, element.voice, classes, inference_ids)
        if isinstance(element, Claim):
            data = _claim_data(element, classes)
            tags, text = element.tags, element.text
        else:
            data = _evidence_data(element, classes)
            tags, text = element.tags, element.citation or element.kind
        if notes:
            data["attacks"] = notes
        block([_statement(classes.title(element.id), text, tags, data)] + lines)
    for attacker, attacks in attacks_by.items():  # attackers the map does not define
        lines, notes = _attack_lines(attacks, None, classes, inference_ids)
        block([f"{classes.reference(attacker)} {yaml_flow({'attacks': notes})}"] + lines)
    for inference in amap.inferences:
        block(_inference_block(inference, classes))
    while out and out[-1] == "":
        out.pop()
    if out and out[-1] == "===":  # Argdown wants an element after the front matter
        out += ["", f"# {Path(amap.path).stem if amap.path else 'argmap export'}"]
    return "\n".join(out) + "\n"


def _inference_block(inference: Inference, classes: _Classes) -> list[str]:
    data: dict = {}
    if inference.voice != DEFAULT_VOICE:
        data["voice"] = inference.voice
    if inference.warrant is not None:
        data["warrant"] = inference.warrant
    if inference.note is not None:
        data["note"] = inference.note
    head = _argument(inference.id)
    if inference.tags:
        head += " " + " ".join(_tag(t) for t in inference.tags)
    if data:
        head += " " + yaml_flow(data)
    if not inference.premises:
        return [f"// inference {inference.id} has no premises: Argdown cannot reconstruct it, so it is left out"]
    lines = [head, ""]
    for n, premise in enumerate(inference.premises, start=1):
        lines.append(f"({n}) {classes.reference(premise)}")
    lines.append(f"-- {escape_text(inference.scheme)} --" if inference.scheme else "----")
    lines.append(f"({len(inference.premises) + 1}) {classes.reference(inference.conclusion)}")
    return lines
