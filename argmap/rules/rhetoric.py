"""AM5xx: rhetoric joined with structure. Cues found in a claim's words, read against what supports it.

The cues come from argmap.rhetoric run on each claim's words: its quotes (the author's verbatim words), or its
text when it has no quote (the text is the map writer's paraphrase). Whole source texts are ``argmap rhetoric``'s
business. argmap.rhetoric.mapcues judges how a cue stands in its sentence (an epistemic hedge or an
approximator, an appeal or a mention, an epithet aimed at the answered voice or at someone else); a claim
marked ``reported`` is not blamed for its words in AM501-AM503. Every rule here is a warning that asks a
person to look: a cue is not a fallacy.
Structural hedge laundering (a claim with a ``hedge`` property) is AM207 in rules/support.py; AM504 covers the
other case, a hedge that stands only in the claim's words, and points at the word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import attrs

from argmap.diagnostics import Diagnostic, Related, Severity
from argmap.model import ArgumentMap, Claim, Location, Voice, word_location
from argmap.rules import CheckContext, checker, rule

BOOSTED_UNSUPPORTED = rule(
    "AM501", "boosted-unsupported", Severity.WARNING, "A claim stated with a booster has no support.",
    what="A claim whose words (its quotes, or its text when it has none) carry a booster (\"clearly\", "
         "\"undoubtedly\", \"of course\") while no inference concludes it and it is not granted. \"clearly stated\" "
         "(manner) and \"or indeed\" (even) are not boosters. A `reported` "
         "claim is skipped: its voice relays the view, so the booster is the reported speaker's or the frame's.",
    why="Certainty wording does the work that evidence should do; a reader takes the claim as settled.",
    example='claim C4 by blog: "Obviously the Party became a parasite on the State."   # nothing supports C4',
    fix="Add the evidence or inference behind the claim, mark it `granted` if the author openly assumes it, or "
        "record the booster with a `device booster` line once you have judged it.",
)
AUTHORITY_UNCITED = rule(
    "AM502", "authority-without-citation", Severity.WARNING, "An appeal to authority with no evidence citation.",
    what="A claim whose words invoke an authority or evidence as backing (\"according to historians\", "
         "\"historians agree\", \"experts say\", \"documents prove\", \"based on archival documents\", a credential "
         "such as \"Academy of Sciences\") while no evidence with a citation supports it. Mentions are not appeals: "
         "scholars criticised or named as objects (\"scholars have ignored\"), \"according to\" a rule or a relative "
         "word (\"according to the new constitution\", \"according to which\") or naming the claim's own voice "
         "(the report frame), and `reported` claims.",
    why="The appeal names support that the map does not contain, so no one can check it.",
    example='claim C2 by furr: "Archival documents prove Stalin wanted contested elections."   # no evidence',
    fix='Add the evidence with its citation as the text gives it (`evidence E1 by furr: archive "Zhukov, Inoy '
        '307-9"`) and an inference from it to the claim.',
)
EPITHET_IN_ATTACK = rule(
    "AM503", "epithet-in-attack", Severity.WARNING, "An attack whose attacking claim calls names.",
    what="The attacking claim of a rebuttal, undercut or undermining carries an epithet (\"traitor\", "
         "\"parasite\", \"jackals\") aimed at the voice that holds the attacked claim: a word of that voice's name "
         "stands within five words of the epithet in the same clause. Epithets about someone else (the subject "
         "of the dispute), labels reported as someone's view (\"Stalin as betrayer\") and `reported` attacking "
         "claims are left alone.",
    why="Name-calling in an objection may be an ad hominem: it answers the person, not the claim. Whether it "
        "is one is for a person to judge.",
    example='voice mukhin "Yuri Mukhin"\nclaim C3 by mukhin: "Beria was a good man."\n'
            'claim K1 by blog: "Mukhin and his upstart jackals cannot be trusted."\nattack A1 by blog: K1 rebuts C3',
    fix="Judge it: if the objection rests on the name, add `device ad-hominem \"...\" in K1`; if not, map the "
        "objection's real reason as its own claim.",
)
HEDGE_IN_WORDS = rule(
    "AM504", "hedge-laundering-in-words", Severity.WARNING,
    "A premise hedged in its words supports a conclusion stated without a hedge.",
    what="A premise whose words (its quotes, or its text when it has none) carry an epistemic hedge "
         "(\"perhaps\", \"probably\", \"it seems\", \"I think\", \"may have\") governing the claim, although the "
         "claim has no `hedge` property, used by an inference whose conclusion has neither a hedge property "
         "nor an epistemic hedge in its words. Approximators (\"roughly 1936-38\", \"virtually every\", \"more "
         "than 96%\", \"at least one-sixth\") do not count, nor a hedge on one member of a coordination (\"and "
         "probably Stalin himself,\") or in a reporting tag ('...,\" suggests Goldman'). The finding names the "
         "hedge word and where it stands. (A premise with a `hedge` property is AM207's case.)",
    why="The tentativeness of the premise is lost on the way: the conclusion claims more than the premise "
        "allows.",
    example='claim C1 by furr: "Stalin perhaps wanted contested elections."\n  quote furr:88 "perhaps wanted"\n'
            'claim T1 by furr: "Stalin wanted democracy."\ninfer I1 by furr (sign): C1 => T1',
    fix="Record the hedge (`hedge \"perhaps\"` on the premise) and hedge the conclusion too, or support the "
        "premise so that it needs no hedge.",
)


# The cue categories the AM5xx rules read.
MAP_RULE_CATEGORIES = frozenset({"booster", "authority-appeal", "epithet", "hedge"})


@attrs.frozen(slots=True)
class ClaimCue:
    """A cue found in a claim's words, with the words it was found in (offsets index ``text``)."""

    cue: Any
    text: str
    location: Location | None
    what: str  # "text", or "quote SRC:LINE"


def _claim_cues(amap: ArgumentMap) -> dict[str, list[ClaimCue]]:
    """Claim id -> the shown cues of its words: its quotes, or its text when it has no quote."""
    from argmap.rhetoric.detector import SHOWN_WEIGHT, analyse, may_have_cues
    from argmap.rhetoric.mapcues import claim_pieces

    out: dict[str, list[ClaimCue]] = {}
    analysed: dict[str, list] = {}  # the same words (a quote shared by restated claims) are read once
    for claim in amap.claims:
        found = []
        for text, quote in claim_pieces(claim):
            location = (quote.location or claim.location) if quote is not None else claim.location
            what = f"quote {quote.at}" if quote is not None else "text"
            if text not in analysed:
                analysed[text] = (analyse(text, categories=MAP_RULE_CATEGORIES, fragment=True).cues
                                  if may_have_cues(text, MAP_RULE_CATEGORIES) else ())
            for cue in analysed[text]:
                if cue.weight >= SHOWN_WEIGHT:
                    found.append(ClaimCue(cue, text, location, what))
        out[claim.id] = found
    return out


def cues_of(ctx: CheckContext) -> dict[str, list[ClaimCue]]:
    """Cues of every claim's words, computed once per check."""
    return ctx.memo("rhetoric.claim_cues", lambda: _claim_cues(ctx.map))


def _supported(amap: ArgumentMap, claim: Claim) -> bool:
    return claim.is_granted or any(amap.inferences_to(i) for i in (claim.id, *amap.restated(claim.id)))


def _first(cues: list[ClaimCue], category: str, keep: Callable[[ClaimCue], bool] = lambda found: True):
    return next((found for found in cues if found.cue.category == category and keep(found)), None)


def _holder(amap: ArgumentMap, element_id: str) -> Voice | None:
    """The voice that holds a claim, evidence or inference (whose view an attack answers)."""
    element = amap.claim(element_id) or amap.evidence_item(element_id) or amap.inference(element_id)
    return amap.voice(element.voice) if element is not None else None


@checker(BOOSTED_UNSUPPORTED)
def check_boosted_unsupported(ctx: CheckContext) -> Iterator[Diagnostic]:
    from argmap.rhetoric.mapcues import booster_asserts

    amap = ctx.map
    cues = cues_of(ctx)
    for claim in amap.claims:
        if claim.role == "reported":
            continue  # the voice relays the view; the booster is the reported speaker's or the frame's
        hit = _first(cues.get(claim.id, []), "booster", lambda found: booster_asserts(found.cue, found.text))
        if hit is None or _supported(amap, claim):
            continue
        cue = hit.cue
        yield BOOSTED_UNSUPPORTED.at(
            hit.location,
            f'{claim.id} is stated with the booster "{cue.text}" ({hit.what}) but nothing supports it',
            suggestion=f"add evidence or an inference concluding {claim.id}, or mark it `granted`",
            data={"claim": claim.id, "cue": cue.text, "in": hit.what, "offset": cue.start},
        )


@checker(AUTHORITY_UNCITED)
def check_authority_uncited(ctx: CheckContext) -> Iterator[Diagnostic]:
    from argmap.rhetoric.mapcues import authority_backs_claim, voice_name_words

    amap = ctx.map
    cues = cues_of(ctx)
    for claim in amap.claims:
        if claim.role == "reported":
            continue  # "according to X" in a reported claim is the report frame, not the voice's appeal
        holder = voice_name_words(amap.voice(claim.voice))
        hit = _first(cues.get(claim.id, []), "authority-appeal",
                     lambda found: authority_backs_claim(found.cue, found.text, holder))
        if hit is None:
            continue
        # Indexed look-ups: scanning every inference for every appeal made big maps quadratic.
        cited = any(evidence is not None and evidence.citation
                    for conclusion in dict.fromkeys((claim.id, *amap.restated(claim.id)))
                    for inference in amap.inferences_to(conclusion)
                    for evidence in map(amap.evidence_item, inference.premises))
        if cited:
            continue
        cue = hit.cue
        yield AUTHORITY_UNCITED.at(
            hit.location,
            f'{claim.id} appeals to authority ("{cue.text}", {hit.what}) but no evidence with a citation supports it',
            suggestion=f"add the evidence the appeal names, with its citation, and infer {claim.id} from it",
            data={"claim": claim.id, "cue": cue.text, "in": hit.what, "offset": cue.start},
        )


@checker(EPITHET_IN_ATTACK)
def check_epithet_in_attack(ctx: CheckContext) -> Iterator[Diagnostic]:
    from argmap.rhetoric.mapcues import epithet_aimed_at, voice_name_words

    amap = ctx.map
    cues = cues_of(ctx)
    for attack in amap.attacks:
        attacker = amap.claim(attack.attacker)
        if attacker is None or attacker.role == "reported":
            continue  # a reported objection's words are not the attacking voice's name-calling
        target_names = voice_name_words(_holder(amap, attack.target))
        hit = _first(cues.get(attacker.id, []), "epithet",
                     lambda found: epithet_aimed_at(found.cue, found.text, target_names))
        if hit is None:
            continue
        cue = hit.cue
        related = [Related(location=hit.location,
                           message=f'the epithet "{cue.text}" stands in {attacker.id} ({hit.what})')] \
            if hit.location is not None else []
        yield EPITHET_IN_ATTACK.at(
            word_location(attack, "attacker"),  # the claim that calls names
            f'attack {attack.id} rests on {attacker.id}, which calls names ("{cue.text}"): an ad hominem? '
            "(for a person to judge)",
            suggestion=f'if it is one, add `device ad-hominem "{cue.text}" in {attacker.id}`',
            related=related,
            data={"attack": attack.id, "claim": attacker.id, "cue": cue.text, "in": hit.what},
        )


@checker(HEDGE_IN_WORDS)
def check_hedge_in_words(ctx: CheckContext) -> Iterator[Diagnostic]:
    from argmap.rhetoric.mapcues import hedge_scope, is_epistemic_hedge

    amap = ctx.map
    cues = cues_of(ctx)

    def epistemic(found: ClaimCue) -> bool:
        return is_epistemic_hedge(found.cue)

    def governs_claim(found: ClaimCue) -> bool:
        return is_epistemic_hedge(found.cue) and hedge_scope(found.cue, found.text) is None

    for inference in amap.inferences:
        conclusion = amap.claim(inference.conclusion)
        if conclusion is None or conclusion.hedge or _first(cues.get(conclusion.id, []), "hedge", epistemic):
            continue
        for index, premise_id in enumerate(inference.premises):
            premise = amap.claim(premise_id)
            if premise is None or premise.hedge or premise.id == conclusion.id:
                continue  # a `hedge` property is AM207's case
            hit = _first(cues.get(premise.id, []), "hedge", governs_claim)
            if hit is None:
                continue
            cue = hit.cue
            related = [Related(location=hit.location,
                               message=f'"{cue.text}" at character {cue.start + 1} of the {hit.what}')] \
                if hit.location is not None else []
            yield HEDGE_IN_WORDS.at(
                word_location(inference, "premises", index),  # the hedged premise
                f'{premise.id} is hedged in its words ("{cue.text}", {hit.what}) and supports {conclusion.id}, '
                "which is stated without a hedge",
                suggestion=f'add `hedge "{cue.text}"` to {premise.id} and hedge {conclusion.id} too, or support '
                           f"{premise.id} so it needs no hedge",
                related=related,
                data={"inference": inference.id, "premise": premise.id, "conclusion": conclusion.id,
                      "hedge": cue.text, "in": hit.what, "start": cue.start, "end": cue.end},
            )
