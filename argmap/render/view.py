"""What a diagram shows: the whole map, the neighbourhood of one element, or one voice's argument.

A :class:`View` lists the elements to draw, in map order (so output never
depends on set or dict order), and how many links of each drawn element lead
to elements left out.
"""

from __future__ import annotations

import difflib
from collections import deque

import attrs

from argmap.model import ArgumentMap, Attack, Claim, Evidence, Inference, Restatement


class SelectionError(ValueError):
    """A ``focus`` or ``voice`` that names nothing in the map."""


@attrs.frozen(slots=True, kw_only=True)
class View:
    """The elements one diagram draws, in map order, first definition of an id only."""

    claims: tuple[Claim, ...]
    evidence: tuple[Evidence, ...]
    inferences: tuple[Inference, ...]
    attacks: tuple[Attack, ...]
    restatements: tuple[Restatement, ...]
    # Ids used by drawn inferences, attacks or restatements but defined nowhere in the map.
    missing: tuple[str, ...] = ()
    # Element id → number of links to elements this view leaves out.
    hidden_links: dict[str, int] = attrs.field(factory=dict)

    @property
    def node_ids(self) -> list[str]:
        return ([c.id for c in self.claims] + [e.id for e in self.evidence]
                + [i.id for i in self.inferences] + list(self.missing))

    def __len__(self) -> int:
        return len(self.claims) + len(self.evidence) + len(self.inferences) + len(self.missing)


def _first(elements):
    seen: set[str] = set()
    out = []
    for element in elements:
        if element.id not in seen:
            seen.add(element.id)
            out.append(element)
    return out


class _Links:
    """Undirected adjacency of the map in which an inference joins all its premises and its conclusion."""

    def __init__(self, amap: ArgumentMap):
        self.adjacent: dict[str, list[str]] = {}
        for inference in _first(amap.inferences):
            members = [*inference.premises, inference.conclusion]
            for member in members:
                self._link(member, inference.id)
        for attack in _first(amap.attacks):
            self._link(attack.attacker, attack.target)
        for same in amap.restatements:
            self._link(same.left, same.right)

    def _link(self, a: str, b: str) -> None:
        if a == b:
            return
        self.adjacent.setdefault(a, []).append(b)
        self.adjacent.setdefault(b, []).append(a)

    def of(self, element_id: str) -> list[str]:
        return self.adjacent.get(element_id, [])


def _neighbourhood(amap: ArgumentMap, focus: str, depth: int) -> set[str]:
    """Ids within ``depth`` steps of ``focus``; an inference and all its members count as one step."""
    links = _Links(amap)
    inferences = {i.id: i for i in reversed(amap.inferences)}
    keep = {focus}
    distance = {focus: 0}
    queue = deque([focus])
    if focus in inferences:  # an inference in focus brings its premises and conclusion at distance 0
        for member in (*inferences[focus].premises, inferences[focus].conclusion):
            if member not in distance:
                distance[member] = 0
                keep.add(member)
                queue.append(member)
    while queue:
        current = queue.popleft()
        if distance[current] >= depth:
            continue
        for neighbour in links.of(current):
            step = [neighbour]
            if neighbour in inferences:  # the hub: take the whole inference in one step
                inference = inferences[neighbour]
                step += [*inference.premises, inference.conclusion]
            for element_id in step:
                if element_id not in distance:
                    distance[element_id] = distance[current] + 1
                    keep.add(element_id)
                    if element_id not in inferences:
                        queue.append(element_id)
    return keep


def _voice_argument(amap: ArgumentMap, voice_id: str) -> set[str]:
    """A voice's claims and inferences, and everything they rest on (premises, recursively)."""
    keep: set[str] = {c.id for c in amap.claims if c.voice == voice_id}
    keep |= {e.id for e in amap.evidence if e.voice == voice_id}
    by_conclusion: dict[str, list[Inference]] = {}
    for inference in amap.inferences:
        by_conclusion.setdefault(inference.conclusion, []).append(inference)
        if inference.voice == voice_id:
            keep.add(inference.id)
    queue = deque(sorted(keep))
    seen = set(keep)

    def visit(element_id: str) -> None:
        if element_id not in seen:
            seen.add(element_id)
            keep.add(element_id)
            queue.append(element_id)

    while queue:
        current = queue.popleft()
        inference = amap.inference(current)
        if inference is not None:
            for premise in inference.premises:
                visit(premise)
            visit(inference.conclusion)
            continue
        for inference in by_conclusion.get(current, []):
            visit(inference.id)
    return keep


def resolve_voice(amap: ArgumentMap, name: str) -> str:
    """The id of the voice named ``name`` (its id, or its name, case-insensitively)."""
    if amap.voice(name) is not None:
        return name
    lowered = name.casefold()
    matches = [v.id for v in amap.voices if v.name.casefold() == lowered or v.id.casefold() == lowered]
    if matches:
        return matches[0]
    used = [c.voice for c in amap.claims if c.voice == name]
    if used:
        return used[0]
    choices = sorted({v.id for v in amap.voices} | {c.voice for c in amap.claims})
    hint = difflib.get_close_matches(name, choices, n=1)
    suggestion = f"did you mean {hint[0]!r}?" if hint else ("voices: " + ", ".join(choices) if choices
                                                             else "the map has no voices")
    raise SelectionError(f"no voice {name!r} in the map; {suggestion}")


def _check_focus(amap: ArgumentMap, focus: str) -> None:
    element = amap.get(focus)
    if isinstance(element, (Claim, Evidence, Inference)):
        return
    if element is not None:
        raise SelectionError(f"{focus!r} is not a claim, evidence or inference; focus on one of those")
    choices = sorted({c.id for c in amap.claims} | {e.id for e in amap.evidence} | {i.id for i in amap.inferences})
    hint = difflib.get_close_matches(focus, choices, n=1)
    raise SelectionError(f"no claim, evidence or inference {focus!r} in the map"
                         + (f"; did you mean {hint[0]!r}?" if hint else ""))


def select(amap: ArgumentMap, *, focus: str | None = None, depth: int = 2, voice: str | None = None) -> View:
    """The elements to draw: everything, or ``focus`` and its ``depth``-step neighbourhood, or one voice's argument.

    With both ``focus`` and ``voice``, the elements must satisfy both. Raises
    :class:`SelectionError` for an unknown id or voice.
    """
    keep: set[str] | None = None
    if focus is not None:
        _check_focus(amap, focus)
        keep = _neighbourhood(amap, focus, max(0, depth))
    if voice is not None:
        voiced = _voice_argument(amap, resolve_voice(amap, voice))
        keep = voiced if keep is None else keep & voiced
    return _view(amap, keep)


def _view(amap: ArgumentMap, keep: set[str] | None) -> View:
    def wanted(element_id: str) -> bool:
        return keep is None or element_id in keep

    claims = [c for c in _first(amap.claims) if wanted(c.id)]
    evidence = [e for e in _first(amap.evidence) if wanted(e.id) and amap.get(e.id) is e]
    inferences = [i for i in _first(amap.inferences) if wanted(i.id) and amap.get(i.id) is i]
    claims = [c for c in claims if amap.get(c.id) is c]
    drawn = {x.id for x in (*claims, *evidence, *inferences)}
    # Undefined ids become placeholder nodes when the whole map is drawn (or when kept explicitly).
    missing: dict[str, None] = {}  # an ordered set: first reference first

    def present(element_id: str) -> bool:
        if element_id in drawn:
            return True
        if amap.get(element_id) is None and wanted(element_id):
            missing.setdefault(element_id)
            return True
        return False

    kept_inferences = []
    for inference in inferences:
        # An inference is drawn with its conclusion and premises, never dangling.
        if all(present(x) for x in (*inference.premises, inference.conclusion)):
            kept_inferences.append(inference)
        else:
            drawn.discard(inference.id)
    attacks = [a for a in _first(amap.attacks)
               if (a.attacker in drawn or present(a.attacker)) and (a.target in drawn or present(a.target))
               and amap.get(a.id) is a]
    restatements = [s for s in amap.restatements if present(s.left) and present(s.right)]
    hidden: dict[str, int] = {}
    if keep is not None:
        links = _Links(amap)
        shown = drawn | set(missing)
        for element_id in sorted(shown):
            count = sum(1 for other in links.of(element_id) if other not in shown)
            if count:
                hidden[element_id] = count
    return View(claims=tuple(claims), evidence=tuple(evidence), inferences=tuple(kept_inferences),
                attacks=tuple(attacks), restatements=tuple(restatements), missing=tuple(missing),
                hidden_links=hidden)
