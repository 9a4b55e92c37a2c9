"""AM4xx: dialectics. Theses that do not survive the map's objections, unanswered objections, self-contradiction."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.analysis import dialectics as dl
from argmap.analysis.dialectics import Label
from argmap.diagnostics import Diagnostic, Related, Severity
from argmap.model import ArgumentMap, Attack, Claim, Evidence, Inference
from argmap.rules import CheckContext, checker, rule

THESIS_OUT = rule(
    "AM401", "thesis-defeated", Severity.WARNING, "A thesis that the map's own objections defeat.",
    what="In the grounded labelling of the map's argumentation framework (docs/dialectics.md) a thesis is OUT: "
         "an objection that stands attacks it, or every inference for it fails (a premise is defeated or the "
         "step is undercut). The finding traces the chain of attacks down to the objection that stands.",
    why="As mapped, the author's main claim does not survive the debate the map records: either an answer to "
        "the objection is missing from the map, or the thesis really is refuted.",
    example='claim T1 by furr: "Stalin sought democratic reform."\n  thesis\n'
            'claim K1 by getty: "The reform talk was for show."\n'
            "attack A1 by getty: K1 rebuts T1   # nothing answers K1",
    fix="Map the author's reply (an attack on the objection), or accept the finding; suppress with "
        "`# noqa: AM401` on the thesis line.",
)
THESIS_UNDEC = rule(
    "AM402", "thesis-undecided", Severity.WARNING, "A thesis the map's debate leaves undecided.",
    what="In the grounded labelling a thesis is UNDEC: it is caught in a cycle of attacks (a rebuttal answered by "
         "a counter-rebuttal that is itself attacked...) or rests on something that is. Where the undecided part "
         "is small, argmap adds whether the thesis is accepted in some, all or none of the preferred extensions.",
    why="The map records a stand-off: neither side's arguments win on what is written. A reader should know "
        "that the thesis stands only if one side of the stand-off is preferred.",
    example='claim T1 by furr: "..."\n  thesis\nclaim K1 by getty: "..."\n'
            "attack A1 by getty: K1 rebuts T1\nattack A2 by furr: T1 rebuts K1",
    fix="Map what decides the stand-off (evidence or an undercut that breaks the cycle), or accept the finding.",
)
UNANSWERED = rule(
    "AM403", "unanswered-objection", Severity.WARNING, "An objection the attacked voice never answers.",
    what="Another voice attacks a voice's claim or inference (or a premise it uses), and neither that voice nor "
         "its allies attack the objection back: the objecting claim, its restatements, an inference for it or "
         "a premise of one. Allies are voices that state the same claim (`same`), supply premises for the "
         "voice's inferences, or argue for its claims. A warning when the attacked voice could answer (its role is "
         "author or participant, or not given); a note (info) when it cannot (a quoted voice, an opponent or a "
         "historian cited in someone else's text) or when the objection is defeated anyway by a third voice. "
         "An attack that itself answers an objection is a reply, not a new objection, and an attack by an ally "
         "is not an objection from the other side.",
    why="An objection left unanswered is where a text is weakest; historians and fact-checkers look there first.",
    example='claim C1 by furr: "..."\nclaim K1 by getty: "..."\nattack A1 by getty: K1 rebuts C1   '
            "# furr never replies",
    fix="Map the voice's answer if the text has one (`attack A2 by furr: C9 rebuts K1`); otherwise the finding "
        "is the point: suppress it with `# noqa: AM403` if you have checked.",
)
SELF_CONTRADICTION = rule(
    "AM404", "self-contradiction", Severity.WARNING, "A voice whose own claims attack each other.",
    what="A rebuttal or undermining attack joins two claims that the same voice puts forward, directly or "
         "through `same` (the voice states a claim that says the same as one side). Claims the voice only "
         "`reported` do not count as its own.",
    why="A voice that asserts both a claim and its contrary contradicts itself; either the map misattributes a "
        "claim, or the text is inconsistent, which a reader should see.",
    example='claim C1 by furr: "The elections were contested."\n'
            'claim C2 by furr: "No contested elections were held."\nattack A1 by getty: C2 rebuts C1',
    fix="Check who says what (mark a claim the voice only reports as `reported`), or keep the finding as a "
        "result about the text.",
)


def dialectics(ctx: CheckContext) -> dl.Dialectics:
    """The dialectical analysis of the map, computed once per check.

    ``preferred-cutoff`` in ``[tool.argmap]`` changes how many undecided arguments a component may have for
    its preferred extensions to be enumerated (default :data:`argmap.analysis.dialectics.PREFERRED_CUTOFF`).
    """
    cutoff = ctx.options.get("preferred-cutoff", dl.PREFERRED_CUTOFF)
    if not isinstance(cutoff, int) or isinstance(cutoff, bool) or cutoff < 0:
        cutoff = dl.PREFERRED_CUTOFF
    return ctx.memo("dialectics.analysis", lambda: dl.analyse(ctx.map, cutoff=cutoff))


# ---- explanations -----------------------------------------------------------------------

_VERBS = {"rebut": "rebutted", "undermine": "undermined", "undercut": "undercut"}
_ATTACK_VERBS = {"rebut": "rebuts", "undermine": "undermines", "undercut": "undercuts"}


def _inferences_for(dia: dl.Dialectics, claim_node: str) -> list[str]:
    gap = dl.UNSUPPORTED + claim_node
    return sorted(a for a in dia.graph.predecessors(gap)) if gap in dia.graph else []


def _attack_of(dia: dl.Dialectics, reason: dict) -> Attack | None:
    element = dia.map.get(reason.get("attack", ""))
    return element if isinstance(element, Attack) else None


def _by(dia: dl.Dialectics, attack: Attack) -> str:
    """``K1 (getty)``: the attacking element as the map writes it, with its voice."""
    voice = _element_voice(dia.map, attack.attacker)
    return f"{attack.attacker} ({voice})" if voice else attack.attacker


def _underlying(dia: dl.Dialectics, attacker: str, premise: str) -> dict:
    """The reason ``attacker`` attacks ``premise`` directly (an attack, or the premise's failing inferences)."""
    node = dia.node(premise)
    if node is None or not dia.graph.has_edge(attacker, node):
        return {}
    return dia.graph.edges[attacker, node]["reasons"][0]


def describe(dia: dl.Dialectics, subject: str, steps: list[dl.Step]) -> str:
    """A chain of attacks (from :meth:`Dialectics.explain`) as a sentence; ``subject`` is the explained id.

    Claims are named as the attacks in the map name them, not by the ``same`` class they belong to.
    """
    clauses: list[str] = []
    root = dia.node(subject)

    def name(element_id: str) -> str:
        if element_id == subject:
            return "it"
        return f"its restatement {element_id}" if dia.node(element_id) == root else element_id

    for step in steps:
        kind = step.reason["kind"]
        if kind == "unsupported":
            inferences = _inferences_for(dia, step.target)
            listed = ", ".join(inferences)
            whose = "its" if step.target == root else f"{step.target}'s"
            if dia.node_labels[step.target] is Label.OUT:
                words = f"{whose} only inference" if len(inferences) == 1 else f"all {whose} inferences"
                clauses.append(f"{words} ({listed}) fail" + ("s" if len(inferences) == 1 else ""))
            else:
                clauses.append(f"none of {whose} inferences ({listed}) is accepted for certain")
        elif kind == "support":
            continue
        elif kind == "premise":
            premise = step.reason["premise"]
            underlying = _underlying(dia, step.attacker, premise)
            attack = _attack_of(dia, underlying)
            if attack is None:
                state = "fail" if dia.node_labels[step.attacker] is Label.IN else "are undecided"
                clauses.append(f"{step.target} uses {premise}, whose inferences {state}")
            else:
                restated = f" (restated as {attack.target})" if attack.target != premise else ""
                clauses.append(f"{step.target} uses {premise}{restated}, which is "
                               f"{_VERBS.get(attack.kind, 'attacked')} by {_by(dia, attack)}")
        else:
            attack = _attack_of(dia, step.reason)
            if attack is not None:
                clauses.append(f"{name(attack.target)} is {_VERBS.get(kind, 'attacked')} by {_by(dia, attack)}")
    if not steps:
        return ""
    last = steps[-1].attacker
    label = dia.node_labels[last]
    tail = ""
    if label is Label.IN and dia.graph.nodes[last]["kind"] in ("claim", "evidence"):
        tail = ", which stands"
    elif label is Label.UNDEC:
        on_chain = {s.target for s in steps} | {dia.node(s.reason["premise"]) for s in steps
                                                 if s.reason["kind"] == "premise"}
        tail = ", and the attacks go round in a circle" if last in on_chain or last == root else \
            ", itself undecided"
    return "; ".join(clauses) + tail


def _related(dia: dl.Dialectics, steps: list[dl.Step]) -> list[Related]:
    out = []
    seen = set()
    for step in steps:
        kind = step.reason["kind"]
        if kind == "unsupported":
            continue
        if kind == "support":
            conclusion = step.target[len(dl.UNSUPPORTED):]
            element, message = dia.map.get(step.attacker), f"{step.attacker}, an inference for {conclusion}"
        elif kind == "premise":
            element = _attack_of(dia, _underlying(dia, step.attacker, step.reason["premise"]))
            if element is None:
                continue
            message = f"{element.attacker} {_ATTACK_VERBS.get(element.kind, 'attacks')} {element.target}, " \
                      f"a premise of {step.target}"
        else:
            element = _attack_of(dia, step.reason)
            if element is None:
                continue
            message = f"{element.attacker} {_ATTACK_VERBS.get(kind, 'attacks')} {element.target}"
        if element is not None and element.location is not None and element.location not in seen:
            seen.add(element.location)
            out.append(Related(location=element.location, message=message))
    return out


def _steps_data(steps: list[dl.Step]) -> list[dict]:
    return [{"attacker": s.attacker, "target": s.target, **s.reason} for s in steps]


@checker(THESIS_OUT, THESIS_UNDEC)
def check_theses(ctx: CheckContext) -> Iterator[Diagnostic]:
    dia = dialectics(ctx)
    for thesis in ctx.map.theses:
        if ctx.map.claim(thesis.id) is not thesis:
            continue  # a duplicate id (AM102)
        label = dia.label(thesis.id)
        if label is None or label is Label.IN:
            continue
        steps = dia.explain(thesis.id)
        reason = describe(dia, thesis.id, steps)
        data = {"id": thesis.id, "label": str(label), "chain": _steps_data(steps)}
        if label is Label.OUT:
            yield THESIS_OUT.at(
                thesis.location,
                f"thesis {thesis.id} is defeated (grounded: OUT): {reason}",
                suggestion="map the reply to the objection that stands, if the text gives one",
                related=_related(dia, steps),
                data=data,
            )
            continue
        acceptance = dia.acceptance(thesis.id)
        component = dia.component_of(thesis.id)
        extra = ""
        if acceptance is not None and component is not None and component.extensions is not None:
            count = len(component.extensions)
            accepted = sum(dia.node(thesis.id) in e for e in component.extensions)
            extra = f"; accepted in {accepted} of {count} preferred extensions, the coherent ways to settle " \
                    f"the stand-off"
            data["preferred"] = {"accepted": accepted, "extensions": count, "acceptance": acceptance}
        elif component is not None:
            extra = f"; the undecided part has {len(component.arguments)} arguments: too many to weigh the " \
                    f"alternatives"
        yield THESIS_UNDEC.at(
            thesis.location,
            f"thesis {thesis.id} is undecided (grounded: UNDEC{extra}): {reason}",
            suggestion="map what breaks the stand-off, if the text gives it",
            related=_related(dia, steps),
            data=data,
        )


# ---- objections and allies ----------------------------------------------------------------

def _element_voice(amap: ArgumentMap, element_id: str) -> str | None:
    element = amap.get(element_id)
    return element.voice if isinstance(element, (Claim, Evidence, Inference, Attack)) else None


def _class_members(dia: dl.Dialectics, element_id: str) -> list[str]:
    node = dia.node(element_id)
    if node is None:
        return []
    return list(dia.graph.nodes[node]["members"])


def allies(amap: ArgumentMap, dia: dl.Dialectics) -> dict[str, set[str]]:
    """Voice → the voices on its side: itself, voices stating a claim it states (``same``), voices whose claims
    or evidence its inferences use, and voices whose inferences conclude its claims."""
    out: dict[str, set[str]] = {}

    def join(a: str | None, b: str | None) -> None:
        if a is not None and b is not None:
            out.setdefault(a, {a}).add(b)

    for claim in amap.claims:
        join(claim.voice, claim.voice)
        for member in _class_members(dia, claim.id):
            member_claim = amap.claim(member)
            if member_claim is not None and member_claim.role != "reported":
                join(claim.voice, member_claim.voice)
    for inference in amap.inferences:
        for premise in inference.premises:
            join(inference.voice, _element_voice(amap, premise))
        for member in _class_members(dia, inference.conclusion):
            join(_element_voice(amap, member), inference.voice)
    return out


class _Index:
    """Inferences by conclusion and by premise, built once per check."""

    def __init__(self, amap: ArgumentMap):
        self.by_conclusion: dict[str, list[Inference]] = {}
        self.by_premise: dict[str, list[Inference]] = {}
        for inference in amap.inferences:
            self.by_conclusion.setdefault(inference.conclusion, []).append(inference)
            for premise in inference.premises:
                self.by_premise.setdefault(premise, []).append(inference)


def _answers(dia: dl.Dialectics, index: _Index, attacker: str) -> set[str]:
    """Ids whose attack counts as answering an objection made with ``attacker``: the attacker, its
    restatements, the inferences for it and their premises."""
    members = _class_members(dia, attacker) or [attacker]
    targets = set(members)
    for member in members:
        for inference in index.by_conclusion.get(member, ()):
            targets.add(inference.id)
            targets.update(inference.premises)
    return targets


def _attacked_voices(amap: ArgumentMap, dia: dl.Dialectics, index: _Index, attack: Attack) -> list[str]:
    voices = set()
    target = amap.get(attack.target)
    if isinstance(target, Claim):
        for member in _class_members(dia, attack.target):
            claim = amap.claim(member)
            if claim is not None and claim.role != "reported":
                voices.add(claim.voice)
    else:
        voices.add(_element_voice(amap, attack.target))
    if attack.kind == "undermine":
        voices.update(i.voice for i in index.by_premise.get(attack.target, ()))
    voices.discard(None)
    voices.discard(attack.voice)
    return sorted(voices)


_ANSWERING_ROLES = (None, "author", "participant")


def _speaks_for_itself(amap: ArgumentMap, voice_id: str) -> bool:
    """Whether a voice writes in the map (an author, a forum participant, or a voice of unknown role), and so
    could answer an objection; quoted voices, opponents, cited historians and officials cannot."""
    voice = amap.voice(voice_id)
    return voice is None or voice.role in _ANSWERING_ROLES


@checker(UNANSWERED)
def check_unanswered(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    dia = dialectics(ctx)
    side = allies(amap, dia)
    index = _Index(amap)
    by_target: dict[str, list[Attack]] = {}
    for attack in amap.attacks:
        by_target.setdefault(attack.target, []).append(attack)
    objections = [a for a in amap.attacks
                  if amap.get(a.id) is a and dia.node(a.attacker) is not None and dia.node(a.target) is not None]
    # For each objection and each voice it attacks: the attacks by that voice's side that answer it.
    unanswered: list[tuple[Attack, list[str]]] = []
    replies: set[str] = set()
    for attack in objections:
        answering = [b for t in sorted(_answers(dia, index, attack.attacker)) for b in by_target.get(t, ())]
        silent = []
        for voice in _attacked_voices(amap, dia, index, attack):
            if attack.voice in side.get(voice, {voice}):
                continue  # an attack among allies is no objection from the other side (see AM404)
            mine = [b for b in answering if b.voice in side.get(voice, {voice})]
            replies.update(b.id for b in mine)
            if not mine:
                silent.append(voice)
        if silent:
            unanswered.append((attack, silent))
    for attack, silent in unanswered:
        if attack.id in replies:
            continue  # a reply to an objection is not a fresh objection that needs an answer
        status = dia.label(attack.attacker)
        state = {Label.IN: "the objection stands", Label.UNDEC: "the objection is undecided",
                 Label.OUT: "the objection is defeated by others"}[status]
        names = ", ".join(silent)
        answerable = [v for v in silent if _speaks_for_itself(amap, v)]
        if not answerable:
            roles = sorted({amap.voice(v).role for v in silent if amap.voice(v) is not None})
            state += f"; {names} ({', '.join(r or 'no role' for r in roles)}) does not speak for itself in the map, " \
                     f"so no answer is expected"
        yield UNANSWERED.at(
            attack.location,
            f"{attack.voice}'s objection {attack.id} ({attack.attacker} {_ATTACK_VERBS.get(attack.kind, 'attacks')} "
            f"{attack.target}) is never answered by {names} or an ally; {state}",
            suggestion=f"map {silent[0]}'s reply if the text has one: `attack A by {silent[0]}: C rebuts "
                       f"{attack.attacker}`",
            severity=Severity.INFO if status is Label.OUT or not answerable else None,
            data={"id": attack.id, "attacker": attack.attacker, "target": attack.target, "objector": attack.voice,
                  "unanswered_by": silent, "objection_label": str(status)},
        )


@checker(SELF_CONTRADICTION)
def check_self_contradiction(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    dia = dialectics(ctx)

    holders: dict[str | None, dict[str, str]] = {}

    def held(element_id: str) -> dict[str, str]:
        """Voice → its own (not reported) claim in the class of ``element_id``."""
        node = dia.node(element_id)
        if node not in holders:
            out: dict[str, str] = {}
            for member in _class_members(dia, element_id):
                claim = amap.claim(member)
                if claim is not None and claim.role != "reported":
                    out.setdefault(claim.voice, member)
            holders[node] = out
        return holders[node]

    reported: set[tuple[str, frozenset]] = set()
    for attack in amap.attacks:
        if attack.kind not in ("rebut", "undermine") or amap.get(attack.id) is not attack:
            continue
        if amap.claim(attack.attacker) is None or amap.claim(attack.target) is None:
            continue
        if attack.attacker == attack.target:
            continue  # a claim attacking itself is AM109's finding (usually a mistyped id)
        left, right = held(attack.attacker), held(attack.target)
        for voice in sorted(set(left) & set(right)):
            key = (voice, frozenset((dia.node(attack.attacker), dia.node(attack.target))))
            if key in reported:
                continue
            reported.add(key)
            mine_a, mine_t = left[voice], right[voice]

            def shown(element_id: str, own: str) -> str:
                return element_id if element_id == own else f"{element_id} (which says the same as {own})"

            verb = _VERBS[attack.kind]
            related = [Related(location=c.location, message=f"{c.id} by {voice}")
                       for c in dict.fromkeys((amap.claim(mine_a), amap.claim(mine_t))) if c is not None and c.location]
            yield SELF_CONTRADICTION.at(
                attack.location,
                f"{voice} contradicts itself: {shown(attack.target, mine_t)} is {verb} by "
                f"{shown(attack.attacker, mine_a)}, and {voice} states both (attack {attack.id})",
                suggestion="check who says what; mark a claim the voice only reports as `reported`",
                related=related,
                data={"voice": voice, "id": attack.id, "claims": sorted({mine_a, mine_t}),
                      "attacker": attack.attacker, "target": attack.target},
            )
