"""AM2xx: support. Steps that rest on nothing, and where support stops (docs/analysis.md)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from argmap.analysis.circularity import Circularity, circularity, path_text
from argmap.analysis.support import (
    BARE_PREMISE,
    CLAIM,
    EVIDENCE,
    UNCITED_EVIDENCE,
    UNSUPPORTED_THESIS,
    RootCause,
    Support,
    establish,
    root_causes,
)
from argmap.diagnostics import Diagnostic, Related, Severity
from argmap.model import word_location
from argmap.rules import CheckContext, checker, rule

UNSUPPORTED_INFERENCE = rule(
    "AM201", "unsupported-inference", Severity.INFO, "An inference with a premise that is not established.",
    what="An inference with at least one premise that is not established: a bare assertion, evidence without a "
         "citation, a claim whose own support fails, or one held up only by a circle. The message names those "
         "premises and why each fails.",
    why="However good the step, its conclusion gets no support from it. Reported as info: the root cause "
        "(AM202, AM203, AM204, AM301) is reported where it can be fixed, with its weight. Steps that lie on a "
        "circle, or support themselves, are not reported one by one: AM301-AM303 report them.",
    example='claim C1 by furr: "Elections were planned for 1937."\n'
            'claim T1 by furr: "Stalin sought contested elections."\n'
            '  thesis\n'
            'infer I1 by furr (sign): C1 => T1   # C1 rests on nothing',
    fix="Support the premises named, or run `argmap explain FILE I1` to see the whole chain.",
)
BARE_PREMISE_RULE = rule(
    "AM202", "bare-assertion-premise", Severity.WARNING, "A bare assertion used as a premise.",
    what="A claim used as a premise that has no support at all: no inference concludes it (nor any restatement "
         "of it), and it is not granted. A `reported` claim (a view the voice only relays) counts too. The "
         "weight is how many claims lie downstream of it; the finding is info when all of them are established "
         "through other support anyway.",
    why="This is where the reasoning rests on nothing: every step built on it inherits the gap. Fixing the "
        "heaviest root causes first repairs most of the map.",
    example='claim C1 by furr: "The Politburo feared the elections."\n'
            'claim T1 by furr: "The elections were cancelled."\n'
            '  thesis\n'
            'infer I1 by furr (causal): C1 => T1',
    fix="Give the claim evidence (`infer I2 by furr (authority): E1 => C1`), or mark it `granted` when the "
        "author openly takes it for granted.",
)
UNSUPPORTED_THESIS_RULE = rule(
    "AM203", "unsupported-thesis", Severity.WARNING, "A thesis with no support at all.",
    what="A claim marked `thesis` that no inference concludes (nor any restatement of it) and that is not granted.",
    why="A thesis is what the text sets out to show; asserted with no argument, the map records an opinion, "
        "not a case.",
    example='claim T1 by furr: "Stalin tried to democratise the Soviet state."\n  thesis',
    fix="Map the inferences the text gives for it; if the text gives none, the finding is the point.",
)
UNCITED_EVIDENCE_RULE = rule(
    "AM204", "evidence-without-citation", Severity.WARNING, "Evidence that gives no citation.",
    what="Evidence with no citation (or an empty one). Such evidence is not established, so it supports "
         "nothing; when it is used, the message gives its weight.",
    why="Evidence counts only if a reader can look it up; 'documents show' with no document is an assertion.",
    example='evidence E1 by furr: archive',
    fix='Add the citation exactly as the text gives it: `evidence E1 by furr: archive "Zhukov, Inoy 307-9"`.',
)
UNUSED_EVIDENCE = rule(
    "AM205", "unused-evidence", Severity.WARNING, "Evidence that supports nothing.",
    what="Evidence that no inference uses as a premise and no attack uses.",
    why="The map records evidence but not what it is evidence for; usually an inference is missing.",
    example='evidence E1 by zhukov: archive "Zhukov, Inoy 307-9"   # no inference uses E1',
    fix="Add the inference the text draws from it (`infer I1 by furr (authority): E1 => C1`), or remove it.",
)
ISOLATED_CLAIM = rule(
    "AM206", "isolated-claim", Severity.WARNING, "A claim connected to nothing.",
    what="A claim that is no premise or conclusion of an inference, no party to an attack, in no `same` and "
         "not a thesis.",
    why="It plays no part in the argument as mapped; usually a relation is missing.",
    example='claim C9 by furr: "The weather in Moscow was cold."',
    fix="Add the inference, attack or restatement that relates it, mark it `thesis`, or remove it.",
)
HEDGE_LAUNDERING = rule(
    "AM207", "hedge-laundering", Severity.WARNING, "A hedged claim supports a conclusion stated without a hedge.",
    what="An inference with a hedged premise (`hedge \"perhaps\"`) whose conclusion carries no hedge. The "
         "message shows the path on to the nearest thesis, e.g. `C2 → I1 → C5 → I3 → T1`; a path of more than "
         "15 ids is cut to its first 6 and last 4, with how many were left out and how many steps away the thesis is.",
    why="What was put tentatively comes out as certain: the doubt is dropped on the way, and readers of the "
        "conclusion never see it.",
    example='claim C2 by furr: "Perhaps Stalin wanted to resign in 1952."\n'
            '  hedge "perhaps"\n'
            'claim T1 by furr: "Stalin wanted to leave power."\n'
            '  thesis\n'
            'infer I1 by furr (sign): C2 => T1',
    fix="Hedge the conclusion as well, or support the premise so that it need not be hedged.",
)
SINGLE_SOURCE = rule(
    "AM208", "single-source-dependence", Severity.WARNING, "A thesis whose evidence all comes from one voice "
    "or one source.",
    what="An established thesis whose established support reaches evidence from one voice only, or (in a map "
         "with several sources) from voices of one source only. Only the evidence on established steps counts.",
    why="One witness, however good, is one point of failure; a fact-checker looks for independent "
        "confirmation.",
    example='evidence E1 by mukhin: book "Mukhin, Ubiystvo Stalina, p. 12"\n'
            'evidence E2 by mukhin: book "Mukhin, Ubiystvo Stalina, p. 40"\n'
            'claim T1 by blogger: "Stalin was murdered."\n'
            '  thesis\n'
            'infer I1 by blogger (authority): E1, E2 => T1',
    fix="Add the independent evidence the text offers, if any; otherwise the finding is the point "
        "(silence it with `# noqa: AM208` once noted).",
)


def support_of(ctx: CheckContext) -> Support:
    """Established support, computed once per check run and shared by every rule."""
    return ctx.memo("argmap.analysis.support", lambda: establish(ctx.map))


def circularity_of(ctx: CheckContext) -> Circularity:
    """Circles, self-support and citation cycles, computed once per check run."""
    return ctx.memo("argmap.analysis.circularity", lambda: circularity(support_of(ctx)))


def root_causes_of(ctx: CheckContext) -> list[RootCause]:
    """Root causes of missing support with their weights, computed once per check run."""
    return ctx.memo("argmap.analysis.root_causes", lambda: root_causes(support_of(ctx)))


def _related(amap, ids, message) -> list[Related]:
    out = []
    for element_id in ids:
        element = amap.get(element_id)
        if element is not None and element.location is not None:
            out.append(Related(location=element.location, message=message(element_id)))
    return out


def _path(location) -> str:
    return location.path if location is not None and location.path else "FILE"


def _list(ids, limit: int = 5) -> str:
    ids = list(ids)
    shown = ", ".join(ids[:limit])
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def premise_status(ctx: CheckContext, premise: str) -> str | None:
    """Why an unestablished premise fails, in a few words (None for undefined ids: AM101's business)."""
    support = support_of(ctx)
    graph = support.graph
    node = graph.node_of(premise)
    if node is None:
        return None
    if graph.kind(node) == EVIDENCE:
        return "evidence without a citation"
    if not support.has_support(node):
        claim = ctx.map.claim(premise)
        return "reported view with no support" if claim and claim.role == "reported" else "bare assertion"
    steps = graph.concluded_by.get(node, ())
    if all(node in graph.premise_nodes[i] for i in steps):
        return "supported only by itself"
    begged = ctx.memo("argmap.rules.support.begged",
                      lambda: {c for circle in circularity_of(ctx).circles for c in circle.begged})
    if premise in begged:
        return "held up only by a circle"
    return "its own support fails"


@checker(UNSUPPORTED_INFERENCE)
def check_unsupported_inferences(ctx: CheckContext) -> Iterator[Diagnostic]:
    support = support_of(ctx)
    # Steps on a circle fail because of it: AM301-AM303 report the circle once, with its size.
    found = circularity_of(ctx)
    in_circles = {i for circle in found.circles for i in circle.inferences}
    in_circles.update(s.inference for s in found.self_support)
    for iid in support.graph.premise_nodes:
        if iid in support.justifications or iid in in_circles:
            continue
        inference = ctx.map.inference(iid)
        assert inference is not None
        reasons = {}
        for premise in support.unestablished_premises(iid):
            status = premise_status(ctx, premise)
            if status is not None:
                reasons[premise] = status
        if not reasons:
            continue  # no premises (AM104) or only undefined ones (AM101)
        listed = "; ".join(f"{p} ({why})" for p, why in reasons.items())
        yield UNSUPPORTED_INFERENCE.at(
            inference.location,
            f"step {iid} ({', '.join(inference.premises)} => {inference.conclusion}) rests on "
            f"{'a premise' if len(reasons) == 1 else 'premises'} that {'is' if len(reasons) == 1 else 'are'} "
            f"not established: {listed}",
            suggestion=f"`argmap explain {_path(inference.location)} {iid}` shows why",
            related=_related(ctx.map, reasons, lambda p: f"{p}: {reasons[p]}"),
            data={"inference": iid, "conclusion": inference.conclusion, "premises": list(reasons),
                  "reasons": reasons},
        )


def _downstream_text(cause: RootCause) -> str:
    if cause.weight == 0:
        return "nothing depends on it"
    theses = list(cause.theses)
    count = cause.thesis_count
    word = "thesis" if count == 1 else "theses"
    named = ", ".join(theses[:3]) + (f" and {count - 3} more" if count > 3 else "")
    if count and cause.weight == count:
        return f"{word} {named} depend{'s' if count == 1 else ''} on it"
    including = f", including {word} {named}" if count else ""
    return f"{_plural(cause.weight, 'claim')} depend{'s' if cause.weight == 1 else ''} on it{including}"


def _cause_data(cause: RootCause, **extra) -> dict:
    return {"weight": cause.weight, "unestablished_downstream": cause.unestablished, "theses": list(cause.theses),
            "thesis_count": cause.thesis_count, "rank": cause.rank, **extra}


@checker(BARE_PREMISE_RULE, UNSUPPORTED_THESIS_RULE)
def check_root_causes(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    graph = support_of(ctx).graph
    ranked = len(root_causes_of(ctx))  # "rank 3" says little without "of how many"
    for cause in root_causes_of(ctx):
        claim = amap.claim(cause.id)
        if cause.kind == BARE_PREMISE and claim is not None:
            uses = list(graph.uses[cause.node])
            others = [m for m in graph.members[cause.node] if m != cause.id]
            restated = f" (restated as {_list(others, 3)})" if others else ""
            if claim.role == "reported":
                what = f"{cause.id} is only reported (a view {claim.voice} relays) and has no support{restated}"
            else:
                what = f"{cause.id} is a bare assertion (no evidence, no inference, not granted){restated}"
            tail = _downstream_text(cause)
            severity = None
            if cause.unestablished == 0 and cause.weight > 0:
                tail += ", but all of them stand on other support"
                severity = Severity.INFO
            yield BARE_PREMISE_RULE.at(
                claim.location,
                f"{what}, yet {_list(uses, 3)} use{'s' if len(uses) == 1 else ''} it as a premise; "
                f"{tail} (weight {cause.weight}, rank {cause.rank} of {ranked})",
                suggestion=f"support {cause.id} with evidence or an inference, or mark it `granted` if the "
                           f"author openly assumes it",
                related=_related(amap, uses, lambda i: f"{i} uses {cause.id} as a premise"),
                data=_cause_data(cause, claim=cause.id, inferences=uses, reported=claim.role == "reported"),
                severity=severity,
            )
        elif cause.kind == UNSUPPORTED_THESIS and claim is not None:
            tail = f"; {_downstream_text(cause)}" if cause.weight else ""
            yield UNSUPPORTED_THESIS_RULE.at(
                claim.location,
                f"thesis {cause.id} has no support at all: no inference concludes it and it is not granted{tail}"
                f" (weight {cause.weight}, rank {cause.rank} of {ranked})",
                suggestion=f"map the inferences the text gives for {cause.id}",
                data=_cause_data(cause, claim=cause.id),
            )


@checker(UNCITED_EVIDENCE_RULE, UNUSED_EVIDENCE)
def check_evidence(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    support = support_of(ctx)
    graph = support.graph
    causes = {c.id: c for c in root_causes_of(ctx) if c.kind == UNCITED_EVIDENCE}
    ranked = len(root_causes_of(ctx))
    attackers = {a.attacker for a in amap.attacks}
    for node, kind in graph.kinds.items():
        if kind != EVIDENCE:
            continue
        item = graph.elements[node]
        uses = list(graph.uses.get(node, ()))
        if node not in support.justifications:
            cause = causes.get(node)
            tail = f"; {_downstream_text(cause)} (weight {cause.weight}, rank {cause.rank} of {ranked})" if cause else ""
            yield UNCITED_EVIDENCE_RULE.at(
                item.location,
                f"evidence {node} gives no citation, so it establishes nothing{tail}",
                suggestion=f'add the citation as the text gives it: `evidence {node} by {item.voice}: {item.kind} '
                           f'"..."`',
                data=_cause_data(cause, evidence=node, inferences=uses) if cause else {"evidence": node},
            )
        if not uses and node not in attackers:
            yield UNUSED_EVIDENCE.at(
                item.location,
                f"evidence {node} supports nothing: no inference uses it as a premise",
                suggestion=f"add the inference the text draws from it: `infer I? by {item.voice} (authority): "
                           f"{node} => C?`",
                data={"evidence": node},
            )


@checker(ISOLATED_CLAIM)
def check_isolated_claims(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    connected: set[str] = set()
    for inference in amap.inferences:
        connected.update(inference.premises)
        connected.add(inference.conclusion)
    for attack in amap.attacks:
        connected.update((attack.attacker, attack.target))
    for same in amap.restatements:
        connected.update((same.left, same.right))
    for claim in amap.claims:
        if claim.id not in connected and not claim.is_thesis and amap.get(claim.id) is claim:
            yield ISOLATED_CLAIM.at(
                claim.location,
                f"claim {claim.id} is connected to nothing: no inference, attack or restatement involves it, "
                f"and it is not a thesis",
                suggestion="relate it to the argument (an inference, attack or `same`), or remove it",
                data={"claim": claim.id},
            )


def _paths_to_theses(support: Support) -> dict[str, str]:
    """For each node from which a thesis is reachable: the next node on a shortest path to one."""
    graph = support.graph
    thesis_nodes = []
    for claim in support.map.theses:
        node = graph.class_of.get(claim.id)
        if node is not None and node not in thesis_nodes:
            thesis_nodes.append(node)
    next_hop: dict[str, str] = {n: n for n in thesis_nodes}
    queue = deque(thesis_nodes)
    while queue:
        here = queue.popleft()
        for before in graph.predecessors(here):
            if before not in next_hop:
                next_hop[before] = here
                queue.append(before)
    return next_hop


_PATH_SHOWN = 15  # a path of more ids is shown (and kept in data) as its first and last steps
_PATH_HEAD, _PATH_TAIL = 6, 4


class _Onward:
    """Paths from conclusions on to the nearest thesis, kept short: length, first and last ids.

    Each path is a walk along ``next_hop`` (restatement hops written as two ids). Many steps share the rest
    of one long chain, so the rest is summarised once per node, and a check stays linear in the map's size
    (listing every path in full was quadratic on long chains).
    """

    def __init__(self, support: Support, next_hop: dict[str, str], thesis_ids: set[str]):
        self.graph = support.graph
        self.next_hop = next_hop
        self.thesis_ids = thesis_ids
        self.rest: dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]] = {}

    def _hop(self, node: str, entered_as: str) -> list[str]:
        """Ids written for one step out of ``node``, which the path reached as the id ``entered_as``."""
        inference = self.next_hop[node]
        premise = self.graph.via(node, inference)[0]
        target = self.next_hop[inference]
        return ([premise] if premise != entered_as else []) + [inference, self.graph.via(inference, target)[0]]

    def _end(self, node: str, entered_as: str) -> list[str]:
        """The thesis named at the end, when the path reached its class under another id."""
        thesis = next((m for m in self.graph.members[node] if m in self.thesis_ids), entered_as)
        return [thesis] if thesis != entered_as else []

    def _after(self, node: str, entered_as: str) -> tuple[int, tuple[str, ...], tuple[str, ...]]:
        """Summary of the path on from ``node``, reached as ``entered_as`` (that id itself not counted)."""
        if self.next_hop[node] == node:
            ids = tuple(self._end(node, entered_as))
            return len(ids), ids, ids
        prefix = self._hop(node, entered_as)
        length, head, tail = self._rest(node)
        return len(prefix) + length, (*prefix, *head)[:_PATH_SHOWN], (*prefix, *tail)[-_PATH_TAIL:]

    def _rest(self, node: str) -> tuple[int, tuple[str, ...], tuple[str, ...]]:
        """Summary of the path after the first step out of ``node`` (memoised, computed without recursion)."""
        chain = []
        here = node
        while here not in self.rest and self.next_hop[here] != here:
            chain.append(here)
            here = self.next_hop[self.next_hop[here]]
        for before in reversed(chain):
            inference = self.next_hop[before]
            target = self.next_hop[inference]
            self.rest[before] = self._after(target, self.graph.via(inference, target)[0])
        return self.rest[node]

    def path(self, start_claim: str) -> tuple[int, tuple[str, ...], tuple[str, ...]]:
        """(number of ids, first ids, last ids) of the path from a claim on to the nearest thesis."""
        node = self.graph.class_of[start_claim]
        if node not in self.next_hop or start_claim in self.thesis_ids:
            return 1, (start_claim,), (start_claim,)
        length, head, tail = self._after(node, start_claim)
        return length + 1, (start_claim, *head)[:_PATH_SHOWN], (start_claim, *tail)[-_PATH_TAIL:]


@checker(HEDGE_LAUNDERING)
def check_hedge_laundering(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    support = support_of(ctx)
    onward: _Onward | None = None
    thesis_ids = {c.id for c in amap.theses}
    claims = set(support.graph.class_of)
    for inference in amap.inferences:
        if amap.get(inference.id) is not inference:
            continue
        conclusion = amap.claim(inference.conclusion)
        if conclusion is None or conclusion.hedge:
            continue
        hedged = []
        for premise in inference.premises:
            claim = amap.claim(premise)
            if claim is not None and claim.hedge and premise not in hedged and premise != conclusion.id:
                hedged.append(premise)
        if not hedged:
            continue
        if onward is None:
            onward = _Onward(support, _paths_to_theses(support), thesis_ids)
        length, head, tail = onward.path(conclusion.id)
        length += 2
        head = (hedged[0], inference.id, *head)
        if length <= _PATH_SHOWN:
            path, elided = list(head[:length]), 0
            shown = path_text(path, claims)
        else:
            path, elided = [*head[:_PATH_HEAD], *tail], length - _PATH_HEAD - _PATH_TAIL
            shown = f"{path_text(head[:_PATH_HEAD], claims)} → … ({elided} more) … → {path_text(tail, claims)}"
        thesis = path[-1] if path[-1] in thesis_ids else None
        hedges = {p: amap.claim(p).hedge for p in hedged}  # type: ignore[union-attr]
        words = _list([f'{p} ("{h}")' for p, h in hedges.items()])
        reach = f"; {thesis} is {_plural(length // 2, 'step')} away" if elided and thesis else ""
        yield HEDGE_LAUNDERING.at(
            word_location(inference, "premises", inference.premises.index(hedged[0])),  # the (first) hedged premise
            f"hedged {'claim' if len(hedged) == 1 else 'claims'} {words} "
            f"support{'s' if len(hedged) == 1 else ''} {conclusion.id}, which is stated without a hedge: "
            f"{shown}{reach}",
            suggestion=f"hedge {conclusion.id} too, or support {_list(hedged, 3)} so that "
                       f"{'it needs' if len(hedged) == 1 else 'they need'} no hedge",
            related=_related(amap, [*hedged[:5], conclusion.id],
                             lambda c: f'{c} is hedged ("{hedges[c]}")' if c in hedges else f"{c} has no hedge"),
            data={"inference": inference.id, "hedged": hedged, "hedges": hedges, "conclusion": conclusion.id,
                  "path": path, "path_length": length, "path_elided": elided, "thesis": thesis},
        )


def _evidence_behind(support: Support, node: str, known: dict[str, set[str]]) -> set[str]:
    """Evidence ids on the established support of a node (every established route, not just the shortest).

    ``known`` holds the answers for nodes already searched: the search takes them whole instead of going
    behind them again (theses that rest on one another cost one search each, not one per thesis above).
    """
    graph = support.graph
    just = support.justifications
    seen = {node}
    queue = deque([node])
    found: set[str] = set()
    while queue:
        here = queue.popleft()
        if here != node and here in known:
            found |= known[here]
            continue
        kind = graph.kind(here)
        if kind == EVIDENCE:
            found.add(here)
            continue
        before = graph.concluded_by.get(here, ()) if kind == CLAIM else graph.premise_nodes[here]
        for n in before:
            if n in just and n not in seen:
                seen.add(n)
                queue.append(n)
    return found


@checker(SINGLE_SOURCE)
def check_single_source(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    support = support_of(ctx)
    graph = support.graph
    several_sources = len(amap.sources) > 1
    nodes = {graph.class_of.get(t.id) for t in amap.theses} & support.justifications.keys()
    behind: dict[str, set[str]] = {}
    # Shallowest first: a thesis found behind a later one is already known (a chain of theses is linear).
    for node in sorted(nodes, key=lambda n: (support.justifications[n].depth, graph.order[n])):
        behind[node] = _evidence_behind(support, node, behind)
    done = set()
    for thesis in amap.theses:
        node = graph.class_of.get(thesis.id)
        if node is None or node in done or node not in support.justifications:
            continue
        done.add(node)
        evidence = sorted(behind[node], key=graph.order.__getitem__)
        if not evidence:
            continue
        voices = sorted({amap.evidence_item(e).voice for e in evidence})  # type: ignore[union-attr]
        voice_sources = [amap.voice(v).source if amap.voice(v) else None for v in voices]  # type: ignore
        sources = sorted({s for s in voice_sources if s})
        count = _plural(len(evidence), "piece")
        if len(voices) == 1:
            voice = amap.voice(voices[0])
            name = f"{voice.name} ({voice.id})" if voice else voices[0]
            message = (f"thesis {thesis.id} rests on evidence from one voice only: {name}; "
                       f"{count} of evidence ({_list(evidence)})")
        elif several_sources and len(sources) == 1 and None not in voice_sources:
            message = (f"thesis {thesis.id} rests on evidence from one source only: {sources[0]} "
                       f"(voices {_list(voices)}; {count} of evidence: {_list(evidence)})")
        else:
            continue
        yield SINGLE_SOURCE.at(
            thesis.location,
            message,
            suggestion="look for independent confirmation in the text; silence with `# noqa: AM208` once noted",
            related=_related(amap, evidence, lambda e: f"evidence {e}"),
            data={"thesis": thesis.id, "evidence": evidence, "voices": voices, "sources": sources},
        )
