"""AM3xx: circularity. Circles in the support graph, self-support, citation cycles (docs/analysis.md)."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.analysis.circularity import Circle, path_text
from argmap.analysis.support import SupportGraph
from argmap.diagnostics import Diagnostic, Related, Severity
from argmap.model import Location, Source, word_location
from argmap.rules import CheckContext, checker, rule
from argmap.rules.support import circularity_of, support_of

CIRCULAR = rule(
    "AM301", "circular-reasoning", Severity.ERROR, "Claims supported only through a circle (begging the question).",
    what="A circle in the support graph (claims that support each other through inferences, also through "
         "`same`) in which some claim has no support except the circle: even if everything outside the circle "
         "were established, that claim would not be. argmap reports a shortest cycle through such a claim, "
         "e.g. `C3 → I2 → C5 → I4 → C3`, and the size of the tangle it belongs to.",
    why="The conclusion is assumed in its own support: the argument begs the question. Nothing on the circle is "
        "shown by it.",
    example='claim C1 by furr: "The delegates were loyal to the General Secretary."\n'
            'claim C2 by furr: "The General Secretary chose the delegates."\n'
            'infer I1 by furr (causal): C2 => C1\n'
            'infer I2 by furr (sign): C1 => C2',
    fix="Find independent support for one claim on the circle (evidence, or a granted premise), or drop the "
        "step that closes it.",
)
SELF_SUPPORT = rule(
    "AM302", "self-support", Severity.ERROR, "An inference whose conclusion is one of its premises.",
    what="An inference concludes a claim that is among its own premises, directly or through a restatement "
         "(`same`), possibly declared in another file.",
    why="The shortest circle: the claim is offered as its own reason.",
    example='claim C1 by furr: "Stalin was a democrat."\n'
            'claim C2 by getty: "Stalin was committed to democracy."\n'
            'same C1 as C2\n'
            'infer I1 by furr (definition): C2 => C1',
    fix="Remove the premise that restates the conclusion, or correct the `same` if the two claims differ.",
)
MUTUAL_SUPPORT = rule(
    "AM303", "mutual-support", Severity.WARNING, "Claims that support each other, each also supported from outside.",
    what="A circle in the support graph in which no claim depends on the circle alone: the circle is entered "
         "from outside (evidence, granted premises or other claims), and every claim on it could be established "
         "without the step that closes it.",
    why="Mutual support is not begging the question, but one step of the circle adds nothing; readers may "
        "mistake it for independent confirmation.",
    example='evidence E1 by furr: archive "RGASPI 17/2/612"\n'
            'claim C1 by furr: "The Plenum discussed contested elections."\n'
            'claim C2 by furr: "The leadership planned contested elections."\n'
            'infer I0 by furr (authority): E1 => C1\n'
            'infer I1 by furr (causal): C1 => C2\n'
            'infer I2 by furr (sign): C2 => C1',
    fix="Nothing is wrong if the text argues this way; say so with `# noqa: AM303`, or drop the redundant step.",
)
CITATION_CYCLE = rule(
    "AM304", "citation-cycle", Severity.WARNING, "Sources that cite each other in a loop.",
    what="Sources whose `cites` lists form a loop (a source citing itself included).",
    why="Circular reporting: a claim passed round a loop of sources seems confirmed several times but comes "
        "from one place, or from none.",
    example='source a "Article A"\n  cites b\nsource b "Article B"\n  cites a',
    fix="Check which source came first and correct the `cites` lines; trace the claim to its origin.",
)

RELATED_LIMIT = 30


def _cycle_related(graph: SupportGraph, circle: Circle) -> list[Related]:
    amap = graph.map
    out: list[Related] = []
    seen = set()
    for left, right in circle.restatements:
        for same in graph.same_chain(left, right):
            if same.location is not None:
                out.append(Related(location=same.location, message=f"same {same.left} as {same.right}"))
    for element_id in circle.cycle[:-1]:
        if element_id in seen:
            continue
        seen.add(element_id)
        element = amap.get(element_id)
        if element is not None and element.location is not None:
            if element_id in graph.class_of:
                text = element.text if len(element.text) <= 60 else element.text[:57] + "..."
                message = f'{element_id}: "{text}"'
            else:
                message = f"{element_id}: {', '.join(element.premises)} => {element.conclusion}"
            out.append(Related(location=element.location, message=message))
    return out[:RELATED_LIMIT]


def _size_text(circle: Circle) -> str:
    if len(circle.nodes) <= circle.cycle_length:
        return ""
    return f" (part of a tangle of {len(circle.claims)} claims and {len(circle.inferences)} inferences)"


def _listing(ids, limit: int = 5) -> str:
    ids = list(ids)
    return ", ".join(ids[:limit]) + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


@checker(CIRCULAR, MUTUAL_SUPPORT)
def check_circles(ctx: CheckContext) -> Iterator[Diagnostic]:
    graph = support_of(ctx).graph
    amap = ctx.map
    for circle in circularity_of(ctx).circles:
        path = circle.path_text()
        data = {
            "cycle": list(circle.cycle),
            "cycle_length": circle.cycle_length,
            "restatements": [list(pair) for pair in circle.restatements],
            "component_claims": len(circle.claims),
            "component_inferences": len(circle.inferences),
            "begged": list(circle.begged),
            "entries": list(circle.entries),
            "shortest": circle.exact,
        }
        if len(circle.claims) <= 100:
            data["claims"] = list(circle.claims)
            data["inferences"] = list(circle.inferences)
        size = _size_text(circle)
        start = amap.get(circle.cycle[0])
        if circle.vicious:
            begged = _listing(circle.begged)
            count = len(circle.begged)
            yield CIRCULAR.at(
                start.location if start else None,
                f"circular reasoning: {path}{size}; {begged} {'has' if count == 1 else 'have'} no support except "
                f"through this circle (begging the question)",
                suggestion=f"give {circle.begged[0]} independent support, or drop the step that closes the circle",
                related=_cycle_related(graph, circle),
                data=data,
            )
        else:
            entries = _listing(circle.entries)
            yield MUTUAL_SUPPORT.at(
                start.location if start else None,
                f"mutual support: {path}{size}; the circle also has support from outside "
                f"(at {entries}), so it does not beg the question",
                suggestion="if the text argues this way, note it with `# noqa: AM303`; otherwise drop the "
                           "redundant step",
                related=_cycle_related(graph, circle),
                data=data,
            )


@checker(SELF_SUPPORT)
def check_self_support(ctx: CheckContext) -> Iterator[Diagnostic]:
    graph = support_of(ctx).graph
    amap = ctx.map
    for found in circularity_of(ctx).self_support:
        inference = amap.inference(found.inference)
        assert inference is not None
        related = []
        if found.restated:
            chain = graph.same_chain(found.premise, found.conclusion)
            related = [Related(location=s.location, message=f"same {s.left} as {s.right}")
                       for s in chain if s.location is not None]
            how = (f"its premise {found.premise} says the same as its conclusion {found.conclusion} "
                   f"({' and '.join(f'same {s.left} as {s.right}' for s in chain)})")
            cycle = [found.premise, found.inference, found.conclusion, found.premise]
        else:
            how = f"{found.conclusion} is among its own premises"
            cycle = [found.premise, found.inference, found.conclusion]
        yield SELF_SUPPORT.at(
            word_location(inference, "premises", inference.premises.index(found.premise))
            if found.premise in inference.premises else inference.location,
            f"self-support: step {found.inference} concludes what it assumes; {how}: "
            f"{path_text(cycle, set(graph.class_of))}",
            suggestion=f"remove {found.premise} from the premises of {found.inference}"
                       + (", or correct the `same` if the claims differ" if found.restated else ""),
            related=related,
            data={"inference": found.inference, "premise": found.premise, "conclusion": found.conclusion,
                  "cycle": cycle},
        )


def _cited_word(source: Source, cited: str) -> Location | None:
    """Where ``source``'s cites line names ``cited`` (the source's own line if not known)."""
    if cited in source.cites:
        return word_location(source, "cites", source.cites.index(cited))
    return source.location


@checker(CITATION_CYCLE)
def check_citation_cycles(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    for found in circularity_of(ctx).citation_cycles:
        first = amap.source(found.cycle[0])
        path = path_text(found.cycle, set())
        if len(found.cycle) == 2:
            message = f"source {found.cycle[0]} cites itself"
        else:
            message = f"citation cycle: {path}"
            if len(found.sources) > len(found.cycle) - 1:
                message += f" (part of a loop of {len(found.sources)} sources)"
        related = []
        for sid in found.cycle[1:-1]:
            source = amap.source(sid)
            if source is not None and source.location is not None:
                related.append(Related(location=source.location, message=f"source {sid}"))
        yield CITATION_CYCLE.at(
            _cited_word(first, found.cycle[1]) if first else None,
            message,
            suggestion="check which source came first and correct its `cites` line",
            related=related[:RELATED_LIMIT],
            data={"cycle": list(found.cycle), "sources": list(found.sources)},
        )
