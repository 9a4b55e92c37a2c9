"""The argmap data model: frozen, slotted attrs classes.

This module imports nothing else of argmap: the parser, the analyses and the
renderers all build on it, never the other way round. Every element keeps the
Location where it was written; locations never take part in equality, so a map
read back from its formatted text or its JSON export compares equal to the
original. Elements read from text also keep where each word they refer to was
written (a premise, a scheme...), so that a finding about one word points at it:
see :func:`word_location`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Union

import attrs

if TYPE_CHECKING:  # pragma: no cover
    import networkx

ROLES = ("thesis", "granted", "reported")
EVIDENCE_KINDS = (
    "document",
    "archive",
    "statistic",
    "interview",
    "testimony",
    "book",
    "article",
    "link",
    "observation",
)
SCHEMES = (
    "deduction",
    "causal",
    "analogy",
    "example",
    "induction",
    "authority",
    "sign",
    "from-silence",
    "best-explanation",
    "definition",
    "practical",
)
ATTACK_KINDS = ("rebut", "undercut", "undermine")
# Rhetorical cue categories argmap detects (DESIGN §6b), then devices only a person can judge.
CUE_CATEGORIES = (
    "hedge",
    "booster",
    "attitude-marker",
    "self-mention",
    "reader-engagement",
    "rhetorical-question",
    "sweeping-generalisation",
    "intensifier",
    "emotive-language",
    "epithet",
    "scare-quotes",
    "either-or",
    "popularity-appeal",
    "authority-appeal",
    "hated-comparison",
    "whataboutism",
    "slogan",
    "repetition",
)
JUDGED_DEVICES = (
    "loaded-language",
    "ad-hominem",
    "straw-man",
    "red-herring",
    "false-analogy",
    "false-cause",
    "equivocation",
    "slippery-slope",
)
DEVICE_CATEGORIES = CUE_CATEGORIES + JUDGED_DEVICES
VOICE_ROLES = (
    "author",
    "historian",
    "quoted",
    "participant",
    "opponent",
    "republisher",
    "interviewee",
    "official",
)


def _frozen(cls):
    return attrs.frozen(cls, slots=True, kw_only=True)


def _loc_field():
    return attrs.field(default=None, eq=False, repr=False)


# Where the words of an element were written, flat and small (a big map has hundreds of thousands):
# (slot, line offset, column, end column) for each word, in order; the slot is a field name ("premises",
# "scheme"...) or a part of one ("at_source"), the line offset counts from the element's line. Private
# (``_spans``, given as ``spans=``) so that equality, repr and the JSON export ignore it, like locations.
Spans = tuple[Union[str, int], ...]


def _spans_field():
    return attrs.field(default=(), eq=False, repr=False)


@_frozen
class Location:
    """Where an element was written: file path (or None for text), 1-based line and column."""

    path: str | None = None
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path or '<text>'}:{self.line}:{self.column}"


@_frozen
class WordLocation(Location):
    """Where one word of a line was written: a Location that also knows the column after the word."""

    end_column: int | None = None


@_frozen
class Locator:
    """A place in a source text: ``source:line`` or ``source:line-end_line``."""

    source: str
    line: int
    end_line: int | None = None

    @property
    def last_line(self) -> int:
        return self.end_line if self.end_line is not None else self.line

    def __str__(self) -> str:
        tail = f"-{self.end_line}" if self.end_line is not None else ""
        return f"{self.source}:{self.line}{tail}"


@_frozen
class Quote:
    """A verbatim quote from a source text, bound to a line or a line range."""

    at: Locator
    text: str
    location: Location | None = _loc_field()
    _spans: Spans = _spans_field()


@_frozen
class Source:
    """A text that voices speak in: an article, a book, a forum thread."""

    id: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    year: int | None = None
    text_path: str | None = None
    url: str | None = None
    cites: tuple[str, ...] = ()
    note: str | None = None
    location: Location | None = _loc_field()
    _spans: Spans = _spans_field()


@_frozen
class Voice:
    """Someone who speaks: an author, a quoted historian, a forum participant."""

    id: str
    name: str
    role: str | None = None
    source: str | None = None
    quoted_by: str | None = None
    note: str | None = None
    location: Location | None = _loc_field()
    _spans: Spans = _spans_field()


@_frozen
class Claim:
    """A proposition put forward by a voice, paraphrased, with optional verbatim quotes."""

    id: str
    text: str
    voice: str
    role: str | None = None
    hedge: str | None = None
    quotes: tuple[Quote, ...] = ()
    tags: tuple[str, ...] = ()
    note: str | None = None
    location: Location | None = _loc_field()
    _spans: Spans = _spans_field()

    @property
    def is_thesis(self) -> bool:
        return self.role == "thesis"

    @property
    def is_granted(self) -> bool:
        return self.role == "granted"


@_frozen
class Evidence:
    """Something offered in support: a document, statistic, testimony... with its citation as written."""

    id: str
    voice: str
    kind: str
    citation: str | None = None
    quotes: tuple[Quote, ...] = ()
    tags: tuple[str, ...] = ()
    note: str | None = None
    location: Location | None = _loc_field()
    _spans: Spans = _spans_field()


@_frozen
class Inference:
    """A step from premises (claims or evidence) to one conclusion, by a voice, with a scheme."""

    id: str
    voice: str
    premises: tuple[str, ...]
    conclusion: str
    scheme: str | None = None
    warrant: str | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    location: Location | None = _loc_field()
    _spans: Spans = _spans_field()


@_frozen
class Attack:
    """``attacker`` rebuts a claim, undercuts an inference or undermines a premise."""

    id: str
    voice: str
    kind: str
    attacker: str
    target: str
    note: str | None = None
    location: Location | None = _loc_field()
    _spans: Spans = _spans_field()


@_frozen
class Restatement:
    """Two claims say the same thing (also across voices and files)."""

    left: str
    right: str
    note: str | None = None
    location: Location | None = _loc_field()
    _spans: Spans = _spans_field()


@_frozen
class Device:
    """A rhetorical device a person has marked: category, the exact span, the claim it is in."""

    category: str
    span: str
    target: str
    at: Locator | None = None
    note: str | None = None
    location: Location | None = _loc_field()
    _spans: Spans = _spans_field()


@_frozen
class Include:
    """``include "other.argmap"``; ``resolved`` is the absolute path once loaded."""

    path: str
    resolved: str | None = attrs.field(default=None, eq=False)
    location: Location | None = _loc_field()
    _spans: Spans = _spans_field()


@_frozen
class Comment:
    """A ``#`` comment, kept so that ``argmap fmt`` never loses one."""

    text: str
    location: Location | None = _loc_field()


Element = Union[Source, Voice, Claim, Evidence, Inference, Attack]

_KIND_NAMES = {
    Source: "source",
    Voice: "voice",
    Claim: "claim",
    Evidence: "evidence",
    Inference: "inference",
    Attack: "attack",
}


def word_location(element: object, slot: str, index: int = 0) -> Location | None:
    """Where the ``index``-th word of ``slot`` of ``element`` was written (e.g. ``(inference, "premises", 1)``
    for its second premise), as a :class:`WordLocation`; the element's own location when that is not known
    (an element built in code, or imported from JSON)."""
    location = getattr(element, "location", None)
    spans = getattr(element, "_spans", ()) if location is not None else ()
    for at in range(0, len(spans), 4):
        if spans[at] == slot:
            if index == 0:
                offset, column, end_column = spans[at + 1:at + 4]
                return WordLocation(path=location.path, line=location.line + offset, column=column,
                                    end_column=end_column)
            index -= 1
    return location


def kind_name(element: object) -> str:
    """The language keyword's noun for an element: ``claim``, ``evidence``, ``inference``..."""
    return _KIND_NAMES.get(type(element), type(element).__name__.lower())


def _tuple(value) -> tuple:
    return tuple(value)


@attrs.frozen(slots=True, kw_only=True)
class ArgumentMap:
    """A whole argument map: every element of a file and the files it includes.

    Lookups by id (:meth:`get`, :meth:`claim`...) are indexed when the map is built; per-voice,
    per-source and per-target views (:meth:`claims_by`, :meth:`attacks_on`...) on first use.
    """

    sources: tuple[Source, ...] = attrs.field(default=(), converter=_tuple)
    voices: tuple[Voice, ...] = attrs.field(default=(), converter=_tuple)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_tuple)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)
    inferences: tuple[Inference, ...] = attrs.field(default=(), converter=_tuple)
    attacks: tuple[Attack, ...] = attrs.field(default=(), converter=_tuple)
    restatements: tuple[Restatement, ...] = attrs.field(default=(), converter=_tuple)
    devices: tuple[Device, ...] = attrs.field(default=(), converter=_tuple)
    includes: tuple[Include, ...] = attrs.field(default=(), converter=_tuple)
    comments: tuple[Comment, ...] = attrs.field(default=(), converter=_tuple, eq=False, repr=False)
    path: str | None = attrs.field(default=None, eq=False)
    files: tuple[str, ...] = attrs.field(default=(), converter=_tuple, eq=False, repr=False)
    # Problems found while reading (misplaced property lines...), as argmap.diagnostics.Diagnostic
    # objects; the model stores them without knowing their type, and rule checks report them.
    parse_findings: tuple = attrs.field(default=(), converter=_tuple, eq=False, repr=False)
    _index: dict = attrs.field(init=False, eq=False, repr=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        # Three namespaces: claims/evidence/inferences/attacks share one; voices and sources have
        # their own, so a source and its author's voice may share an id. First definition wins;
        # duplicates are reported by rule AM102.
        elements: dict[str, Element] = {}
        for group in (self.claims, self.evidence, self.inferences, self.attacks):
            for element in group:
                elements.setdefault(element.id, element)
        voices: dict[str, Voice] = {}
        for voice in self.voices:
            voices.setdefault(voice.id, voice)
        sources: dict[str, Source] = {}
        for source in self.sources:
            sources.setdefault(source.id, source)
        self._index.update(elements=elements, voices=voices, sources=sources)

    # ---- lookups -----------------------------------------------------------
    def get(self, element_id: str) -> Element | None:
        """The claim, evidence, inference or attack with this id; else the voice; else the source; or None."""
        for namespace in ("elements", "voices", "sources"):
            found = self._index[namespace].get(element_id)
            if found is not None:
                return found
        return None

    def __contains__(self, element_id: object) -> bool:
        return any(element_id in self._index[n] for n in ("elements", "voices", "sources"))

    def ids(self) -> Iterator[str]:
        """Every defined id (elements, voices, sources), in no particular order."""
        return iter({**self._index["sources"], **self._index["voices"], **self._index["elements"]})

    def _typed(self, element_id: str, cls: type):
        namespace = {Voice: "voices", Source: "sources"}.get(cls, "elements")
        element = self._index[namespace].get(element_id)
        return element if isinstance(element, cls) else None

    def find(self, element_id: str, kinds: tuple[type, ...]) -> object | None:
        """The element with this id among the given kinds (Claim, Voice...), or None."""
        for cls in kinds:
            found = self._typed(element_id, cls)
            if found is not None:
                return found
        return None

    def claim(self, claim_id: str) -> Claim | None:
        """The claim with this id, or None if there is none (or the id names something else)."""
        return self._typed(claim_id, Claim)

    def evidence_item(self, evidence_id: str) -> Evidence | None:
        """The evidence with this id, or None."""
        return self._typed(evidence_id, Evidence)

    def inference(self, inference_id: str) -> Inference | None:
        """The inference with this id, or None."""
        return self._typed(inference_id, Inference)

    def voice(self, voice_id: str) -> Voice | None:
        """The voice with this id, or None."""
        return self._typed(voice_id, Voice)

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        return self._typed(source_id, Source)

    # ---- views -------------------------------------------------------------
    @property
    def theses(self) -> tuple[Claim, ...]:
        """Claims marked ``thesis``."""
        return tuple(c for c in self.claims if c.role == "thesis")

    def _grouped(self, name: str, group: tuple, key: str) -> dict[object, tuple]:
        """``group`` grouped by the attribute ``key``, in map order; built on first use, then kept."""
        found = self._index.get(name)
        if found is None:
            lists: dict[object, list] = {}
            for element in group:
                lists.setdefault(getattr(element, key), []).append(element)
            found = self._index[name] = {k: tuple(v) for k, v in lists.items()}
        return found

    def claims_by(self, voice_id: str) -> tuple[Claim, ...]:
        """The claims a voice puts forward."""
        return self._grouped("claims_by", self.claims, "voice").get(voice_id, ())

    def voices_in(self, source_id: str) -> tuple[Voice, ...]:
        """The voices that speak in a source."""
        return self._grouped("voices_in", self.voices, "source").get(source_id, ())

    def claims_in(self, source_id: str) -> tuple[Claim, ...]:
        """Claims whose voice speaks in the source, or that quote it."""
        voice_ids = {v.id for v in self.voices_in(source_id)}
        return tuple(
            c for c in self.claims if c.voice in voice_ids or any(q.at.source == source_id for q in c.quotes)
        )

    def by_voice(self) -> dict[str, tuple[Claim, ...]]:
        """Every voice id mapped to its claims (voices with no claims included)."""
        out: dict[str, list[Claim]] = {v.id: [] for v in self.voices}
        for c in self.claims:
            out.setdefault(c.voice, []).append(c)
        return {k: tuple(v) for k, v in out.items()}

    def restated(self, claim_id: str) -> tuple[str, ...]:
        """Ids of claims directly declared ``same`` as this one (those it is written before, then after)."""
        rights = self._grouped("same_left", self.restatements, "left").get(claim_id, ())
        lefts = self._grouped("same_right", self.restatements, "right").get(claim_id, ())
        return tuple(r.right for r in rights) + tuple(r.left for r in lefts)

    def attacks_on(self, element_id: str) -> tuple[Attack, ...]:
        """Attacks whose target is this claim or inference."""
        return self._grouped("attacks_on", self.attacks, "target").get(element_id, ())

    def inferences_to(self, claim_id: str) -> tuple[Inference, ...]:
        """Inferences that conclude this claim."""
        return self._grouped("inferences_to", self.inferences, "conclusion").get(claim_id, ())

    def devices_in(self, claim_id: str) -> tuple[Device, ...]:
        """Rhetorical devices annotated on this claim."""
        return self._grouped("devices_in", self.devices, "target").get(claim_id, ())

    def elements(self) -> Iterator[object]:
        """Every element, in kind order (sources, voices, claims, evidence, inferences, attacks, same, devices)."""
        for group in (
            self.includes,
            self.sources,
            self.voices,
            self.claims,
            self.evidence,
            self.inferences,
            self.attacks,
            self.restatements,
            self.devices,
        ):
            yield from group

    # ---- graph view -------------------------------------------------------
    def to_networkx(self) -> networkx.MultiDiGraph:
        """The map as a networkx MultiDiGraph.

        Nodes are claims, evidence and inferences (attribute ``kind`` and the element
        under ``element``). Edges carry ``relation``: ``premise`` (premise → inference),
        ``conclusion`` (inference → claim), ``rebut``/``undercut``/``undermine``
        (attacker → target) and ``same`` (both directions).
        """
        import networkx as nx

        graph = nx.MultiDiGraph()
        for group, kind in ((self.claims, "claim"), (self.evidence, "evidence"), (self.inferences, "inference")):
            for element in group:
                if element.id not in graph:
                    graph.add_node(element.id, kind=kind, element=element)
        for inference in self.inferences:
            for premise in inference.premises:
                graph.add_edge(premise, inference.id, relation="premise")
            graph.add_edge(inference.id, inference.conclusion, relation="conclusion")
        for attack in self.attacks:
            graph.add_edge(attack.attacker, attack.target, relation=attack.kind, id=attack.id)
        for same in self.restatements:
            graph.add_edge(same.left, same.right, relation="same")
            graph.add_edge(same.right, same.left, relation="same")
        return graph

    # ---- diagrams ---------------------------------------------------------
    # argmap.render is imported late, by name, so that this module imports nothing of argmap.
    def to_dot(self, **options) -> str:
        """The map as Graphviz DOT text (options as in ``argmap.render.RenderOptions``)."""
        import importlib

        return importlib.import_module("argmap.render").to_dot(self, **options)

    def to_svg(self, **options) -> str:
        """The map as an SVG diagram (options as in ``argmap.render.RenderOptions``)."""
        import importlib

        return importlib.import_module("argmap.render").to_svg(self, **options)

    def _repr_svg_(self) -> str | None:
        """Jupyter shows a map as its diagram; None (plain repr) when it is too big to lay out."""
        import importlib

        render = importlib.import_module("argmap.render")
        try:
            return render.to_svg(self)
        except render.RenderError:
            return None
