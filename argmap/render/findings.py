"""Analysis findings as marks on a diagram.

The renderer knows rule families only by code prefix (AM2 support, AM3
circularity, AM4 dialectics) and finds the elements a diagnostic concerns in
its ``data``: the value of a subject key (``id``, ``claim``, ``inference``...)
names what it is about, any other id-like value (also inside lists, dicts and
``A → B`` paths) what it involves; with no ids in ``data``, the element
written at its location. Rules the renderer has never heard of still show
their codes on the nodes they name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Any

import attrs

from argmap.model import ArgumentMap

_ID_TOKEN = re.compile(r"[^\W\d]\w*(?:[.\-]\w+)*")
_OUT_WORD = re.compile(r"\bOUT\b")
_UNDEC_WORD = re.compile(r"\bUNDEC(?:IDED)?\b")
# Keys whose value names the element a finding is about (the first present wins).
SUBJECT_KEYS = ("id", "claim", "inference", "evidence", "thesis", "element", "subject")
# Keys whose value is a cycle written as a path of ids.
CYCLE_KEYS = ("cycle", "path")


@attrs.frozen(slots=True, kw_only=True)
class Marks:
    """Which drawn elements carry which findings."""

    unsupported: frozenset[str] = frozenset()
    cycle_nodes: frozenset[str] = frozenset()
    # (from, to) pairs of consecutive ids on a reported cycle; an edge is red if it joins such a pair.
    cycle_links: frozenset[tuple[str, str]] = frozenset()
    out: frozenset[str] = frozenset()
    undecided: frozenset[str] = frozenset()
    codes: dict[str, tuple[str, ...]] = attrs.field(factory=dict)

    def on_cycle(self, a: str, b: str) -> bool:
        return (a, b) in self.cycle_links or (b, a) in self.cycle_links


def _leaves(value: Any) -> Iterable[Any]:
    """Every leaf value of a diagnostic's data; a list of strings stays whole (it may be a path)."""
    if isinstance(value, dict):
        for key in sorted(value, key=str):
            yield from _leaves(value[key])
    elif isinstance(value, (list, tuple)):
        if value and all(isinstance(v, str) for v in value):
            yield list(value)
        else:
            for item in value:
                yield from _leaves(item)
    else:
        yield value


class FindingLocator:
    """Finds the drawn elements (claims, evidence, inferences; attacks as their two ends) a diagnostic names."""

    def __init__(self, amap: ArgumentMap):
        self.map = amap
        self.attacks = {a.id: a for a in reversed(amap.attacks)}
        self.drawable = {x.id for x in (*amap.claims, *amap.evidence, *amap.inferences)} | set(self.attacks)
        # Per file, statement lines in order with the element each stands for (None: nothing drawn).
        lines: dict[str | None, list[tuple[int, str | None]]] = {}
        for group in (amap.sources, amap.voices, amap.claims, amap.evidence, amap.inferences, amap.attacks,
                      amap.restatements, amap.devices):
            for element in group:
                if element.location is None:
                    continue
                owner = getattr(element, "id", None)
                if owner is None:  # a `same` or `device` line stands for the claim it names
                    owner = getattr(element, "target", None) or getattr(element, "left", None)
                lines.setdefault(element.location.path, []).append(
                    (element.location.line, owner if owner in self.drawable else None))
        self.lines = {path: sorted(entries, key=lambda e: e[0]) for path, entries in lines.items()}
        self.line_numbers = {path: [e[0] for e in entries] for path, entries in self.lines.items()}

    def paths(self, data: dict[str, Any]) -> list[list[str]]:
        """The element ids in ``data``; each list or ``A → B → C`` string is one path, in order."""
        out: list[list[str]] = []
        for leaf in _leaves(data):
            if isinstance(leaf, list):
                tokens = [t for item in leaf for t in _ID_TOKEN.findall(item)]
            elif isinstance(leaf, str):
                tokens = _ID_TOKEN.findall(leaf)
            else:
                continue
            path = [t for t in tokens if t in self.drawable]
            if path:
                out.append(path)
        return out

    def element_at(self, path: str | None, line: int) -> str | None:
        """The element whose statement covers (path, line): property lines belong to the statement above."""
        entries = self.lines.get(path, [])
        at = bisect.bisect_right(self.line_numbers.get(path, []), line)
        return entries[at - 1][1] if at else None

    def _expand(self, ids: Iterable[str], *, target: bool = True) -> list[str]:
        """Ids with each attack replaced by its attacker (and its target, unless ``target`` is false)."""
        out: list[str] = []
        for element_id in ids:
            attack = self.attacks.get(element_id)
            ends = [attack.attacker] + ([attack.target] if target else []) if attack is not None else [element_id]
            for part in ends:
                if part not in out:
                    out.append(part)
        return out

    def involved(self, diagnostic: Any) -> list[str]:
        """Every drawn element a diagnostic names, in first-mention order (its location's element if none)."""
        ids = [i for path in self.paths(getattr(diagnostic, "data", None) or {}) for i in path]
        location = getattr(diagnostic, "location", None)
        if not ids and location is not None:
            found = self.element_at(location.path, location.line)
            ids = [found] if found else []
        return self._expand(ids)

    def subjects(self, diagnostic: Any) -> list[str]:
        """What a diagnostic is about: its data's ``id``/``claim``/``inference``... value, else all it names."""
        data = getattr(diagnostic, "data", None) or {}
        for key in SUBJECT_KEYS:
            if key in data:
                ids = [i for path in self.paths({key: data[key]}) for i in path]
                if ids:  # an attack is about its attacker: the objection, on the diagram
                    return self._expand(ids, target=False)
        return self.involved(diagnostic)

    def cycle_paths(self, diagnostic: Any) -> list[list[str]]:
        """The cycle(s) a circularity finding reports, as id paths."""
        data = getattr(diagnostic, "data", None) or {}
        for key in CYCLE_KEYS:
            if key in data:
                paths = self.paths({key: data[key]})
                if paths:
                    return paths
        return self.paths(data)


def marks_from(amap: ArgumentMap, diagnostics: Iterable[Any]) -> Marks:
    """Marks for the diagnostics of a check report (anything with ``code``, ``data``, ``location``)."""
    finder = FindingLocator(amap)
    unsupported: set[str] = set()
    cycle_nodes: set[str] = set()
    cycle_links: set[tuple[str, str]] = set()
    out: set[str] = set()
    undecided: set[str] = set()
    codes: dict[str, list[str]] = {}
    for diagnostic in diagnostics:
        code = str(getattr(diagnostic, "code", ""))
        subjects = finder.subjects(diagnostic)
        for element_id in subjects:
            if code not in codes.setdefault(element_id, []):
                codes[element_id].append(code)
        if int(getattr(diagnostic, "severity", 1)) < 1:
            continue  # notes (severity info) are listed by code, not drawn as problems
        if code.startswith("AM3"):
            paths = finder.cycle_paths(diagnostic)
            subjects = list(dict.fromkeys(i for path in paths for i in finder._expand(path))) or subjects
            cycle_nodes.update(subjects)
            for path in paths:
                cycle_links.update(zip(path, path[1:]))
        elif code.startswith("AM2"):
            unsupported.update(subjects)
        elif code.startswith("AM4"):
            data = getattr(diagnostic, "data", None) or {}
            # The labelling a dialectics finding gives its subject: data["label"], else the message's word.
            words = str(data.get("label") or getattr(diagnostic, "message", ""))
            claims = [i for i in subjects if amap.claim(i) is not None][:1]
            if _OUT_WORD.search(words):
                out.update(claims)
            elif _UNDEC_WORD.search(words):
                undecided.update(claims)
    return Marks(unsupported=frozenset(unsupported), cycle_nodes=frozenset(cycle_nodes),
                 cycle_links=frozenset(cycle_links), out=frozenset(out), undecided=frozenset(undecided),
                 codes={k: tuple(sorted(v)) for k, v in sorted(codes.items())})
