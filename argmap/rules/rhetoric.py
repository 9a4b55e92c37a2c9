"""AM5xx: rhetoric joined with structure. Cues found in a claim's words, read against what supports it.

The cues come from argmap.rhetoric run on each claim's text and quotes (not on whole source texts, which
``argmap rhetoric`` covers). Every rule here is a warning that asks a person to look: a cue is not a fallacy.
Structural hedge laundering (a claim with a ``hedge`` property) is AM207 in rules/support.py; AM504 covers the
other case, a hedge that stands only in the claim's words, and points at the word.
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.diagnostics import Diagnostic, Related, Severity
from argmap.model import ArgumentMap, Claim, Location
from argmap.rules import CheckContext, checker, rule

BOOSTED_UNSUPPORTED = rule(
    "AM501", "boosted-unsupported", Severity.WARNING, "A claim stated with a booster has no support.",
    what="A claim whose words (its text or a quote) carry a booster (\"clearly\", \"undoubtedly\", \"of course\") "
         "while no inference concludes it and it is not granted.",
    why="Certainty wording does the work that evidence should do; a reader takes the claim as settled.",
    example='claim C4 by blog: "Obviously the Party became a parasite on the State."   # nothing supports C4',
    fix="Add the evidence or inference behind the claim, mark it `granted` if the author openly assumes it, or "
        "record the booster with a `device booster` line once you have judged it.",
)
AUTHORITY_UNCITED = rule(
    "AM502", "authority-without-citation", Severity.WARNING, "An appeal to authority with no evidence citation.",
    what="A claim whose words appeal to an authority or to evidence as such (\"according to historians\", "
         "\"documents prove\") while no evidence with a citation supports it.",
    why="The appeal names support that the map does not contain, so no one can check it.",
    example='claim C2 by furr: "Archival documents prove Stalin wanted contested elections."   # no evidence',
    fix='Add the evidence with its citation as the text gives it (`evidence E1 by furr: archive "Zhukov, Inoy '
        '307-9"`) and an inference from it to the claim.',
)
EPITHET_IN_ATTACK = rule(
    "AM503", "epithet-in-attack", Severity.WARNING, "An attack whose attacking claim calls names.",
    what="The attacking claim of a rebuttal, undercut or undermining carries an epithet (\"traitor\", "
         "\"parasite\", \"jackals\").",
    why="Name-calling in an objection may be an ad hominem: it answers the person, not the claim. Whether it "
        "is one is for a person to judge.",
    example='claim K1 by blog: "These upstart jackals cannot be trusted."\nattack A1 by blog: K1 rebuts C3',
    fix="Judge it: if the objection rests on the name, add `device ad-hominem \"...\" in K1`; if not, map the "
        "objection's real reason as its own claim.",
)
HEDGE_IN_WORDS = rule(
    "AM504", "hedge-laundering-in-words", Severity.WARNING,
    "A premise hedged in its words supports a conclusion stated without a hedge.",
    what="A premise whose text or quote carries a hedge (\"perhaps\", \"probably\", \"it seems\") although the "
         "claim has no `hedge` property, used by an inference whose conclusion has neither a hedge property "
         "nor a hedge in its words. The finding names the hedge word and where it stands. (A premise with a "
         "`hedge` property is AM207's case.)",
    why="The tentativeness of the premise is lost on the way: the conclusion claims more than the premise "
        "allows.",
    example='claim C1 by furr: "Stalin perhaps wanted contested elections."\n  quote furr:88 "perhaps wanted"\n'
            'claim T1 by furr: "Stalin wanted democracy."\ninfer I1 by furr (sign): C1 => T1',
    fix="Record the hedge (`hedge \"perhaps\"` on the premise) and hedge the conclusion too, or support the "
        "premise so that it needs no hedge.",
)


def _claim_cues(amap: ArgumentMap) -> dict[str, list[tuple[object, Location | None, str]]]:
    """Claim id -> [(cue, where the words were written, what the words are: 'text' or a quote locator)]."""
    from argmap.rhetoric.detector import SHOWN_WEIGHT, analyse

    out: dict[str, list[tuple[object, Location | None, str]]] = {}
    for claim in amap.claims:
        found = []
        pieces = [(claim.text, claim.location, "text")]
        pieces += [(q.text, q.location or claim.location, f"quote {q.at}") for q in claim.quotes]
        for text, location, what in pieces:
            for cue in analyse(text).cues:
                if cue.weight >= SHOWN_WEIGHT:
                    found.append((cue, location, what))
        out[claim.id] = found
    return out


def cues_of(ctx: CheckContext) -> dict[str, list[tuple[object, Location | None, str]]]:
    """Cues of every claim's words, computed once per check."""
    return ctx.memo("rhetoric.claim_cues", lambda: _claim_cues(ctx.map))


def _supported(amap: ArgumentMap, claim: Claim) -> bool:
    ids = {claim.id, *amap.restated(claim.id)}
    return claim.is_granted or any(i.conclusion in ids for i in amap.inferences)


def _first(cues, category: str):
    return next(((c, loc, what) for c, loc, what in cues if c.category == category), None)


def _where(location: Location | None, cue) -> Location | None:
    if location is None:
        return None
    return location


@checker(BOOSTED_UNSUPPORTED)
def check_boosted_unsupported(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    cues = cues_of(ctx)
    for claim in amap.claims:
        hit = _first(cues.get(claim.id, []), "booster")
        if hit is None or _supported(amap, claim):
            continue
        cue, location, what = hit
        yield BOOSTED_UNSUPPORTED.at(
            _where(location, cue),
            f'{claim.id} is stated with the booster "{cue.text}" ({what}) but nothing supports it',
            suggestion=f"add evidence or an inference concluding {claim.id}, or mark it `granted`",
            data={"claim": claim.id, "cue": cue.text, "in": what, "offset": cue.start},
        )


@checker(AUTHORITY_UNCITED)
def check_authority_uncited(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    cues = cues_of(ctx)
    for claim in amap.claims:
        hit = _first(cues.get(claim.id, []), "authority-appeal")
        if hit is None:
            continue
        ids = {claim.id, *amap.restated(claim.id)}
        cited = False
        for inference in amap.inferences:
            if inference.conclusion not in ids:
                continue
            for premise in inference.premises:
                evidence = amap.evidence_item(premise)
                if evidence is not None and evidence.citation:
                    cited = True
        if cited:
            continue
        cue, location, what = hit
        yield AUTHORITY_UNCITED.at(
            _where(location, cue),
            f'{claim.id} appeals to authority ("{cue.text}", {what}) but no evidence with a citation supports it',
            suggestion=f"add the evidence the appeal names, with its citation, and infer {claim.id} from it",
            data={"claim": claim.id, "cue": cue.text, "in": what, "offset": cue.start},
        )


@checker(EPITHET_IN_ATTACK)
def check_epithet_in_attack(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    cues = cues_of(ctx)
    for attack in amap.attacks:
        attacker = amap.claim(attack.attacker)
        if attacker is None:
            continue
        hit = _first(cues.get(attacker.id, []), "epithet")
        if hit is None:
            continue
        cue, location, what = hit
        related = [Related(location=location, message=f'the epithet "{cue.text}" stands in {attacker.id} ({what})')] \
            if location is not None else []
        yield EPITHET_IN_ATTACK.at(
            attack.location,
            f'attack {attack.id} rests on {attacker.id}, which calls names ("{cue.text}"): an ad hominem? '
            "(for a person to judge)",
            suggestion=f'if it is one, add `device ad-hominem "{cue.text}" in {attacker.id}`',
            related=related,
            data={"attack": attack.id, "claim": attacker.id, "cue": cue.text, "in": what},
        )


@checker(HEDGE_IN_WORDS)
def check_hedge_in_words(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    cues = cues_of(ctx)
    for inference in amap.inferences:
        conclusion = amap.claim(inference.conclusion)
        if conclusion is None or conclusion.hedge or _first(cues.get(conclusion.id, []), "hedge"):
            continue
        for premise_id in inference.premises:
            premise = amap.claim(premise_id)
            if premise is None or premise.hedge or premise.id == conclusion.id:
                continue  # a `hedge` property is AM207's case
            hit = _first(cues.get(premise.id, []), "hedge")
            if hit is None:
                continue
            cue, location, what = hit
            related = [Related(location=location, message=f'"{cue.text}" at character {cue.start + 1} of the {what}')] \
                if location is not None else []
            yield HEDGE_IN_WORDS.at(
                inference.location,
                f'{premise.id} is hedged in its words ("{cue.text}", {what}) and supports {conclusion.id}, '
                "which is stated without a hedge",
                suggestion=f'add `hedge "{cue.text}"` to {premise.id} and hedge {conclusion.id} too, or support '
                           f"{premise.id} so it needs no hedge",
                related=related,
                data={"inference": inference.id, "premise": premise.id, "conclusion": conclusion.id,
                      "hedge": cue.text, "in": what, "start": cue.start, "end": cue.end},
            )
