"""AM1xx: structure. Ids that resolve, elements of the right kind in each slot, well-formed steps."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from argmap.diagnostics import Diagnostic, Related, Severity
from argmap.model import (
    DEVICE_CATEGORIES,
    EVIDENCE_KINDS,
    SCHEMES,
    VOICE_ROLES,
    ArgumentMap,
    Claim,
    Evidence,
    Inference,
    Locator,
    Source,
    Voice,
    kind_name,
    word_location,
)
from argmap.parser import with_article
from argmap.rules import CheckContext, checker, rule

SYNTAX = rule(
    "AM100", "syntax-error", Severity.ERROR, "The file does not follow the argmap grammar.",
    what="A line that the parser cannot read: an unknown keyword, a missing `by` or colon, an unclosed quote.",
    why="A map that cannot be read cannot be checked; argmap reports every broken line it can, with a caret.",
    example='claim C1 furr: "The draft constitution provided for secret ballots."   # `by` is missing',
    fix='Follow the suggestion printed under the caret; here: `claim C1 by furr: "..."`.',
)
rule(
    "AM120", "missing-include", Severity.ERROR, "An included file does not exist or cannot be read.",
    what="`include \"path\"` names a file that is not there (paths are relative to the including file).",
    why="The map would silently lose every element of that file.",
    example='include "004-furr-part3.argmap"   # no such file',
    fix="Correct the path, or create the file.",
)
rule(
    "AM121", "include-cycle", Severity.ERROR, "Files include each other in a loop.",
    what="A file includes itself, directly or through other files.",
    why="Loading would never end; argmap names the chain of files instead.",
    example='# a.argmap\ninclude "b.argmap"\n# b.argmap\ninclude "a.argmap"',
    fix="Remove one include of the loop; a combined map should include the parts, never the reverse.",
)
rule(
    "AM122", "include-outside-root", Severity.ERROR, "An include points outside the project's root.",
    what="An include path leaves the project root (the nearest folder above with pyproject.toml, .git or "
         "argmap.toml, or the folder being checked).",
    why="Maps must be checkable from a clean clone; a file outside the project will not be there.",
    example='include "../../private/notes.argmap"',
    fix="Copy the file into the project, or check from a folder that contains both files.",
)

UNDEFINED = rule(
    "AM101", "undefined-id", Severity.ERROR, "A reference to an id that no element defines.",
    what="A voice, premise, conclusion, attack target, `same` partner, device target, quote source or cited "
         "source names an id that is not defined in the map or its includes.",
    why="The step or relation is incomplete: the map says something rests on, or answers, nothing.",
    example='claim C1 by furr: "..."\ninfer I1 by furr (sign): C1, C2 => T1   # C2 is never defined',
    fix="Define the element, or correct the id (argmap suggests the nearest existing one).",
)
DUPLICATE = rule(
    "AM102", "duplicate-id", Severity.ERROR, "Two elements share one id.",
    what="The same id is defined twice, also across included files. Claims, evidence, inferences and attacks "
         "share one set of ids; voices and sources each have their own (a source and its author's voice may "
         "share an id).",
    why="Every reference to the id becomes ambiguous; argmap keeps the first definition.",
    example='claim C1 by furr: "..."\nclaim C1 by getty: "..."',
    fix="Rename one of them; prefix ids per text when combining maps (`f.C1`, `g.C1`).",
)
WRONG_KIND = rule(
    "AM103", "wrong-kind", Severity.ERROR, "An element of the wrong kind stands in a slot.",
    what="A slot that needs one kind of element names another: a rebuttal aimed at evidence (needs a claim), "
         "an undercut aimed at a claim (needs an inference), a claim's voice that is a source, a premise that is "
         "an attack.",
    why="The relation means nothing as written, and analyses would silently misread it.",
    example='evidence E1 by furr: archive "Zhukov, Inoy 307-9"\nattack A1 by getty: C4 rebuts E1',
    fix="Point the slot at an element of the kind it needs (undermine a premise; undercut an inference).",
)
NO_PREMISES = rule(
    "AM104", "inference-without-premises", Severity.ERROR, "An inference with no premises.",
    what="`infer I1 by V: => C` names a conclusion but nothing it follows from.",
    why="A step from nothing is a bare assertion dressed as an argument.",
    example="infer I1 by furr (causal): => T1",
    fix="List the premises before `=>`, or drop the inference and leave the claim as asserted.",
)
VOICE_WITHOUT_SOURCE = rule(
    "AM105", "voice-without-source", Severity.WARNING, "A voice that is tied to no source.",
    what="A voice declared without `in SOURCE`.",
    why="Who speaks where is the backbone of the map: per-source views, quote checks and single-source "
        "dependence all need it.",
    example='voice zhukov "Yuri Zhukov" historian',
    fix='Add the source the voice speaks in: `voice zhukov "Yuri Zhukov" historian in furr`.',
)
MISPLACED = rule(
    "AM106", "misplaced-property", Severity.ERROR, "A property line under an element it cannot describe.",
    what="A property line (quote, hedge, thesis, warrant, year...) that stands before any element, or under an "
         "element of another kind (a `warrant` under a claim, a `year` under a voice).",
    why="argmap cannot tell which element it was meant for, so it is not used.",
    example='claim C1 by furr: "..."\n  warrant "Archives are reliable"   # warrants belong to inferences',
    fix="Move the line under the element it describes.",
)
UNKNOWN_WORD = rule(
    "AM107", "unknown-vocabulary", Severity.WARNING, "An unknown scheme, evidence kind, voice role or device category.",
    what="An inference scheme, evidence kind, voice role or device category outside argmap's vocabulary (see docs/language.md).",
    why="Analyses and diagrams treat known schemes and kinds specially; a typo loses that.",
    example='infer I1 by furr (authorty): E1 => C1',
    fix="Use the suggested word, or one of the documented ones.",
)
REPEATED = rule(
    "AM108", "repeated-property", Severity.ERROR, "A single-valued property given twice.",
    what="Two `hedge`, `warrant`, `year`, `text`... lines, or two roles (thesis and granted), on one element.",
    why="Only one can hold; argmap keeps the first and reports the second rather than guess.",
    example='claim C1 by furr: "..."\n  thesis\n  granted',
    fix="Remove one of the lines.",
)
SELF_RELATION = rule(
    "AM109", "self-relation", Severity.WARNING, "An element related to itself.",
    what="`same C1 as C1`, or an attack whose attacker is its own target.",
    why="The relation says nothing; usually an id was mistyped.",
    example="same C4 as C4",
    fix="Correct one of the two ids.",
)
UNDERMINE_NOT_PREMISE = rule(
    "AM110", "undermine-not-premise", Severity.WARNING, "An undermining attack on something no inference uses.",
    what="`undermines` targets a claim or evidence that is not a premise of any inference.",
    why="Undermining means attacking a premise; against a claim used by no step it is a rebuttal.",
    example="attack A1 by getty: C9 undermines C4   # C4 is no premise",
    fix="Write `rebuts` instead, or add the inference that uses the target as a premise.",
)
EMPTY_TEXT = rule(
    "AM111", "empty-text", Severity.WARNING, "A claim, quote or device with empty text.",
    what='A claim whose text is `""`, a quote with no words, a device with an empty span.',
    why="The element cannot be shown, checked or searched.",
    example='claim C1 by furr: ""',
    fix="Write the paraphrase, quote or span.",
)
BAD_RANGE = rule(
    "AM112", "bad-line-range", Severity.ERROR, "A line range that ends before it starts.",
    what="`quote src:40-12 \"...\"` or a device `at src:9-3`: the end line is before the start line, or line 0.",
    why="The quote cannot be checked against the source text.",
    example='quote furr:40-12 "secret ballot"',
    fix="Write the range as first-last: `furr:12-40`.",
)

Ref = tuple[str, tuple[type, ...], str, tuple[object, str, int]]

_KIND_WORDS = {Claim: "claim", Evidence: "evidence", Inference: "inference", Voice: "voice", Source: "source"}


def _references(amap: ArgumentMap) -> Iterator[Ref]:
    """Every id reference as (id, acceptable kinds, slot description, where it is written).

    Where: (element, word slot, index) for :func:`word_location`, resolved only for the few that are reported.
    """
    for voice in amap.voices:
        if voice.source is not None:
            yield voice.source, (Source,), f"source of voice {voice.id}", (voice, "source", 0)
        if voice.quoted_by is not None:
            yield voice.quoted_by, (Voice,), f"voice quoting {voice.id}", (voice, "quoted_by", 0)
    for source in amap.sources:
        for n, cited in enumerate(source.cites):
            yield cited, (Source,), f"source cited by {source.id}", (source, "cites", n)
    for claim in amap.claims:
        yield claim.voice, (Voice,), f"voice of claim {claim.id}", (claim, "voice", 0)
        for quote in claim.quotes:
            yield quote.at.source, (Source,), f"source of a quote in {claim.id}", (quote, "at_source", 0)
    for item in amap.evidence:
        yield item.voice, (Voice,), f"voice of evidence {item.id}", (item, "voice", 0)
        for quote in item.quotes:
            yield quote.at.source, (Source,), f"source of a quote in {item.id}", (quote, "at_source", 0)
    for inference in amap.inferences:
        yield inference.voice, (Voice,), f"voice of inference {inference.id}", (inference, "voice", 0)
        for n, premise in enumerate(inference.premises):
            yield premise, (Claim, Evidence), f"premise of {inference.id}", (inference, "premises", n)
        yield inference.conclusion, (Claim,), f"conclusion of {inference.id}", (inference, "conclusion", 0)
    for attack in amap.attacks:
        yield attack.voice, (Voice,), f"voice of attack {attack.id}", (attack, "voice", 0)
        yield attack.attacker, (Claim, Evidence), f"attacker in {attack.id}", (attack, "attacker", 0)
        target_kinds = {"rebut": (Claim,), "undercut": (Inference,), "undermine": (Claim, Evidence)}[attack.kind]
        yield attack.target, target_kinds, f"target of {attack.kind} {attack.id}", (attack, "target", 0)
    for same in amap.restatements:
        yield same.left, (Claim,), "claim in `same`", (same, "left", 0)
        yield same.right, (Claim,), "claim in `same`", (same, "right", 0)
    for device in amap.devices:
        yield device.target, (Claim, Evidence), f"{device.category} device target", (device, "target", 0)
        if device.at is not None:
            yield device.at.source, (Source,), "source of a device", (device, "at_source", 0)


#: Candidate ids the fuzzy "did you mean" matching of one check may compare against, in all. Each comparison
#: costs microseconds, and a map with thousands of undefined ids would otherwise take minutes; past the budget
#: only a match that differs in letter case is suggested.
SUGGESTION_BUDGET = 100_000


class _Suggestions:
    """The nearest defined id for a reference that names none of the right kind.

    Candidates are listed once per kind of slot and answers kept per id, so a map with many undefined
    references is not checked in quadratic time.
    """

    def __init__(self, amap: ArgumentMap):
        self.amap = amap
        self.budget = SUGGESTION_BUDGET
        self._candidates: dict[tuple[type, ...], tuple[list[str], dict[str, str]]] = {}
        self._answers: dict[tuple[str, tuple[type, ...]], str | None] = {}

    def __call__(self, missing: str, kinds: tuple[type, ...]) -> str | None:
        key = (missing, kinds)
        if key not in self._answers:
            self._answers[key] = self._nearest(missing, kinds)
        return self._answers[key]

    def _nearest(self, missing: str, kinds: tuple[type, ...]) -> str | None:
        if kinds not in self._candidates:
            ids = [i for i in self.amap.ids() if self.amap.find(i, kinds) is not None]
            self._candidates[kinds] = (ids, {c.lower(): c for c in ids})
        candidates, lowered = self._candidates[kinds]
        close: list[str] = []
        if len(candidates) <= self.budget:
            self.budget -= len(candidates)
            close = difflib.get_close_matches(missing, candidates, n=1, cutoff=0.5)
        if not close and missing.lower() in lowered:
            close = [lowered[missing.lower()]]
        return f"did you mean `{close[0]}`?" if close else None


def _kind_list(kinds: tuple[type, ...]) -> str:
    words = [_KIND_WORDS[k] for k in kinds]
    return " or ".join(words)


@checker(UNDEFINED, WRONG_KIND)
def check_references(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    suggest = _Suggestions(amap)
    for ref_id, kinds, slot, where in _references(amap):
        if amap.find(ref_id, kinds) is not None:
            continue
        location = word_location(*where)
        element = amap.get(ref_id)
        if element is None:
            yield UNDEFINED.at(
                location,
                f"`{ref_id}` is not defined ({slot}; needs {with_article(_kind_list(kinds))})",
                suggestion=suggest(ref_id, kinds),
                data={"id": ref_id, "slot": slot},
            )
        else:
            yield WRONG_KIND.at(
                location,
                f"`{ref_id}` is {with_article(kind_name(element))}, but the {slot} must be "
                f"{with_article(_kind_list(kinds))}",
                suggestion=suggest(ref_id, kinds),
                related=[Related(location=element.location, message=f"{ref_id} is defined here")]
                if element.location else (),
                data={"id": ref_id, "slot": slot, "found": kind_name(element)},
            )


@checker(DUPLICATE)
def check_duplicates(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    for namespace in ((amap.claims, amap.evidence, amap.inferences, amap.attacks), (amap.voices,), (amap.sources,)):
        seen: dict[str, object] = {}
        for group in namespace:
            for element in group:
                first = seen.setdefault(element.id, element)
                if first is not element:
                    where = first.location
                    yield DUPLICATE.at(
                        element.location,
                        f"`{element.id}` is already defined as {with_article(kind_name(first))}"
                        + (f" at {where}" if where else ""),
                        suggestion="rename one of them",
                        related=[Related(location=where, message="first definition")] if where else (),
                        data={"id": element.id},
                    )


@checker(NO_PREMISES)
def check_premises(ctx: CheckContext) -> Iterator[Diagnostic]:
    for inference in ctx.map.inferences:
        if not inference.premises:
            yield NO_PREMISES.at(
                inference.location,
                f"inference {inference.id} has no premises before `=>`",
                suggestion=f"list what {inference.conclusion} follows from: `P1, P2 => {inference.conclusion}`",
                data={"id": inference.id},
            )


@checker(VOICE_WITHOUT_SOURCE)
def check_voice_sources(ctx: CheckContext) -> Iterator[Diagnostic]:
    sources = [s.id for s in ctx.map.sources]
    for voice in ctx.map.voices:
        if voice.source is None:
            hint = f" in {sources[0]}" if len(sources) == 1 else " in SOURCE"
            yield VOICE_WITHOUT_SOURCE.at(
                voice.location,
                f"voice {voice.id} ({voice.name}) is tied to no source",
                suggestion=f"add the source it speaks in: `voice {voice.id} \"{voice.name}\"{hint}`",
                data={"id": voice.id},
            )


def _unknown(word: str, known: tuple[str, ...], what: str, element: object, slot: str) -> Diagnostic | None:
    if word in known:
        return None
    location = word_location(element, slot)
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return UNKNOWN_WORD.at(
        location,
        f"unknown {what} `{word}`",
        suggestion=f"did you mean `{close[0]}`?" if close else f"known {what}s: {', '.join(known)}",
        data={"word": word, "vocabulary": what},
    )


@checker(UNKNOWN_WORD)
def check_vocabulary(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    found = []
    for inference in amap.inferences:
        if inference.scheme is not None:
            found.append(_unknown(inference.scheme, SCHEMES, "scheme", inference, "scheme"))
    for item in amap.evidence:
        found.append(_unknown(item.kind, EVIDENCE_KINDS, "evidence kind", item, "kind"))
    for voice in amap.voices:
        if voice.role is not None:
            found.append(_unknown(voice.role, VOICE_ROLES, "voice role", voice, "role"))
    for device in amap.devices:
        found.append(_unknown(device.category, DEVICE_CATEGORIES, "device category", device, "category"))
    yield from (d for d in found if d is not None)


@checker(MISPLACED, REPEATED)
def check_parse_findings(ctx: CheckContext) -> Iterator[Diagnostic]:
    # The parser's findings; an import's AM130 warnings, also kept there, are reported by rules/interop.py.
    yield from (d for d in ctx.map.parse_findings if d.code in (MISPLACED.code, REPEATED.code))


@checker(SELF_RELATION, UNDERMINE_NOT_PREMISE)
def check_relations(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    premises = {p for i in amap.inferences for p in i.premises}
    for same in amap.restatements:
        if same.left == same.right:
            yield SELF_RELATION.at(
                word_location(same, "right"),
                f"`same {same.left} as {same.right}` relates a claim to itself",
                suggestion="name the other claim it restates, or remove the line",
                data={"id": same.left},
            )
    for attack in amap.attacks:
        if attack.attacker == attack.target:
            yield SELF_RELATION.at(
                word_location(attack, "attacker"),  # the side the suggestion replaces
                f"attack {attack.id}: {attack.attacker} attacks itself",
                suggestion=f"one side must be another claim: `attack {attack.id} by {attack.voice}: "
                           f"OTHER {attack.kind}s {attack.target}`",
                data={"id": attack.id},
            )
        elif attack.kind == "undermine" and attack.target in amap and attack.target not in premises:
            yield UNDERMINE_NOT_PREMISE.at(
                word_location(attack, "target"),
                f"attack {attack.id} undermines {attack.target}, which no inference uses as a premise",
                suggestion=f"write `{attack.attacker} rebuts {attack.target}`",
                data={"id": attack.id},
            )


_RANGE_HELP = "write the range as first-last, counting lines from 1"


@checker(EMPTY_TEXT, BAD_RANGE)
def check_texts(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    for claim in amap.claims:
        if not claim.text.strip():
            yield EMPTY_TEXT.at(word_location(claim, "text"), f"claim {claim.id} has no text", data={"id": claim.id})
    for element in (*amap.claims, *amap.evidence):
        for quote in element.quotes:
            if not quote.text.strip():
                yield EMPTY_TEXT.at(word_location(quote, "text"), f"a quote in {element.id} is empty",
                                    data={"id": element.id})
            problem = _range_problem(quote.at)
            if problem:
                yield BAD_RANGE.at(word_location(quote, "at"), problem, suggestion=_RANGE_HELP,
                                   data={"id": element.id})
    for device in amap.devices:
        if not device.span.strip():
            yield EMPTY_TEXT.at(word_location(device, "span"),
                                f"the {device.category} device on {device.target} has no span")
        problem = _range_problem(device.at) if device.at is not None else None
        if problem:
            yield BAD_RANGE.at(word_location(device, "at"), problem, suggestion=_RANGE_HELP)


def _range_problem(at: Locator) -> str | None:
    if at.line < 1:
        return f"locator {at} names line 0; lines count from 1"
    if at.last_line < at.line:
        return f"line range {at} ends before it starts"
    return None
