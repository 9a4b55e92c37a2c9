"""AM5xx: each rhetoric cross rule fires on a small map and stays silent when the map answers it.

The regression cases come from the seed maps in examples/: findings the engineers who mapped those texts
judged a careful reader would not make (quoted here in small maps of their own).
"""

from __future__ import annotations

import pytest

import argmap


def codes(source: str, select: str) -> list[str]:
    report = argmap.check(argmap.parse(source), select=(select,))
    return [d.code for d in report.diagnostics]


def findings(source: str, select: str):
    return argmap.check(argmap.parse(source), select=(select,)).diagnostics


HEAD = 'source furr "Stalin as Democrat"\nvoice furr "Grover Furr" author in furr\n'


def claim(cid: str, text: str, *quotes: str, voice: str = "furr", extra: str = "") -> str:
    lines = [f'claim {cid} by {voice}: "{text}"']
    lines += [f'  quote furr:{n} "{q}"' for n, q in enumerate(quotes, 10)]
    if extra:
        lines.append(f"  {extra}")
    return "\n".join(lines) + "\n"


# ---- AM501 ---------------------------------------------------------------------------------------------------

def test_am501_boosted_claim_without_support():
    assert codes(HEAD + 'claim C4 by furr: "Obviously the Party became a parasite."\n', "AM501") == ["AM501"]


def test_am501_silent_when_supported_or_granted():
    supported = HEAD + ('claim C4 by furr: "Obviously the Party became a parasite."\n'
                        'evidence E1 by furr: archive "Zhukov, Inoy 307-9"\n'
                        "infer I1 by furr (authority): E1 => C4\n")
    granted = HEAD + 'claim C4 by furr: "Obviously the Party became a parasite."\n  granted\n'
    assert codes(supported, "AM501") == [] and codes(granted, "AM501") == []


def test_am5xx_read_the_quotes_not_the_paraphrase():
    # blog-M-C14: "in fact" stood only in the mapper's paraphrase, not in Mukhin's quoted words.
    paraphrase_only = HEAD + claim("C1", "The party structure in fact governed the State.",
                                   "the structure of the party's management governed the State Apparatus.")
    in_the_quote = HEAD + claim("C1", "The party structure governed the State.",
                                "the structure of the party's management in fact governed the State Apparatus.")
    no_quote = HEAD + claim("C1", "The party structure in fact governed the State.")
    assert codes(paraphrase_only, "AM501") == []
    [finding] = findings(in_the_quote, "AM501")
    assert finding.data["in"] == "quote furr:10" and finding.data["cue"] == "in fact"
    [finding] = findings(no_quote, "AM501")
    assert finding.data["in"] == "text"


def test_am501_far_from_the_only_one_is_not_a_booster():
    # furr-C2: "the most important single source, though far from the only one" concedes; "far from new" stresses.
    concession = HEAD + claim("C2", "Zhukov is the main source.",
                              "whose works are the most important single source, though far from the only one")
    emphasis = HEAD + claim("T2", "These ideas are old.", "they are far from new.")
    assert codes(concession, "AM501") == []
    assert codes(emphasis, "AM501") == ["AM501"]


@pytest.mark.parametrize("words, fires", [
    ("If Party statutes clearly stated that each organization would choose its secretaries", False),  # EK-C2
    ("communist struggles, or indeed any struggles for working-class power, must lead to horror.", False),  # C6
    ("The statutes clearly gave each organization the choice of its secretaries.", True),
    ("Indeed, any struggle for working-class power must lead to horror.", True),
])
def test_am501_manner_and_additive_senses_are_not_boosters(words, fires):
    assert codes(HEAD + claim("C1", "A claim.", words), "AM501") == (["AM501"] if fires else [])


def test_am501_skips_reported_claims():
    # furr-C273: Furr reports what Zhukov and Mukhin believe; the "indeed" is not Furr's assertion.
    text = "the tactic was indeed the best chance of preventing the Party from degenerating."
    reported = HEAD + 'voice zhukov "Yuri Zhukov"\n' + claim("C1", "The tactic was the best chance.", text,
                                                             voice="zhukov", extra="reported")
    asserted = HEAD + 'voice zhukov "Yuri Zhukov"\n' + claim("C1", "The tactic was the best chance.", text,
                                                             voice="zhukov")
    assert codes(reported, "AM501") == []
    assert codes(asserted, "AM501") == ["AM501"]


# ---- AM502 ---------------------------------------------------------------------------------------------------

def test_am502_authority_without_citation():
    assert codes(HEAD + 'claim C2 by furr: "According to historians, Stalin lost."\n', "AM502") == ["AM502"]


def test_am502_silent_with_cited_evidence():
    source = HEAD + ('claim C2 by furr: "According to historians, Stalin lost."\n'
                     'evidence E1 by furr: archive "Zhukov, Inoy 307-9"\n'
                     "infer I1 by furr (authority): E1 => C2\n")
    assert codes(source, "AM502") == []


@pytest.mark.parametrize("words", [
    "Scholars motivated by political anti-communism will continue to breathe life into the old paradigm.",  # C268
    "Scholars have ignored the archives for decades.",
    "the history has much to teach political activists and scholars.",  # furr-C277: an object
    "perhaps the real cause is privilege, rather than the Red vs expert contradiction in itself.",  # furr-C274
    "specific sectors are the business of specialists, techies, technocrats.",  # forum-S-C3
    "according to the new constitution, the suffrage will be universal, equal, direct and secret.",
    "the theses of Molotov were approved, according to which alternativeness became option.",  # forum-P-C6
    "For the most part he cites unpublished archival material, or archival documents only recently declassified.",
])
def test_am502_silent_on_mentions_that_are_not_appeals(words):
    assert codes(HEAD + claim("C1", "A claim.", words), "AM502") == []


@pytest.mark.parametrize("words", [
    "Historians agree that Stalin lost the vote.",
    "Experts have long said that the vote was lost.",
    "As shown by scholars, the vote was lost.",
    "As scholars have shown, the vote was lost.",
    "Primary documents show that the leaders were convinced conspirators were active.",  # furr-C111
    "closer to the truth, based upon recently declassified archival documents.",  # furr-C142
    "According to the memoirs of Simonov, Stalin asked to resign.",
    "Zhukov is a mainstream figure associated with the Academy of Sciences.",  # furr-C2: a credential
])
def test_am502_fires_on_appeals_that_back_the_claim(words):
    assert codes(HEAD + claim("C1", "A claim.", words), "AM502") == ["AM502"]


def test_am502_according_to_the_claims_own_voice_is_the_report_frame():
    # furr-C219 is Pyzhikov's claim; "according to Pyzhikov" says whose it is, it appeals to no one.
    words = "Again according to Pyzhikov, Zhdanov reported on the work of the planning commission."
    own = HEAD + 'voice pyzhikov "Aleksandr Pyzhikov"\n' + claim("C1", "Zhdanov reported.", words, voice="pyzhikov")
    other = HEAD + claim("C1", "Zhdanov reported.", words)
    later = HEAD + 'voice pyzhikov "Aleksandr Pyzhikov"\n' + claim(
        "C1", "Pyzhikov is right.", "According to the archives, Pyzhikov is right.", voice="pyzhikov")
    assert codes(own, "AM502") == []
    assert codes(other, "AM502") == ["AM502"]
    assert codes(later, "AM502") == ["AM502"]  # the name stands after the attributor's phrase, not in it


def test_am502_skips_reported_claims():
    # furr-K8: "According to Khrushchev, Eikhe repudiated his confession" is Khrushchev's view, reported.
    words = "According to Khrushchev, Eikhe repudiated his confession."
    reported = HEAD + 'voice khrushchev "Nikita Khrushchev"\n' + claim(
        "K8", "Eikhe repudiated his confession.", "According to one version, Eikhe repudiated his confession.",
        voice="khrushchev", extra="reported")
    assert codes(reported, "AM502") == []
    assert codes(HEAD + claim("K8", "Eikhe repudiated his confession.", words), "AM502") == ["AM502"]


# ---- AM503 ---------------------------------------------------------------------------------------------------

MUKHIN = 'voice mukhin "Yuri Mukhin (spelled Muxin)"\n' + claim(
    "C34", "Beria was a good man.", "he thinks Beria was a genuinely good guy", voice="mukhin")


def test_am503_epithet_aimed_at_the_answered_voice():
    source = HEAD + MUKHIN + claim("K1", "Muxin cannot be trusted.", "Muxin and his upstart jackals cannot be trusted.")
    source += "attack A1 by furr: K1 rebuts C34\n"
    [finding] = findings(source, "AM503")
    assert finding.data["cue"] == "upstart jackals"


def test_am503_silent_without_name_calling():
    source = HEAD + ('claim C2 by furr: "Stalin wanted contested elections."\n'
                     'claim K1 by furr: "The ballots were never printed."\n'
                     "attack A1 by furr: K1 rebuts C2\n")
    assert codes(source, "AM503") == []


def test_am503_silent_when_the_epithet_names_the_subject_not_the_opponent():
    # blog-B-C66: "Master Villian" is Beria, the subject of Mukhin's claim, not Mukhin.
    source = HEAD + MUKHIN + claim(
        "K1", "Beria was a villain.",
        "but Beria was also a Master Villian and one of the most competent Spooks in the history of Spookery")
    assert codes(source + "attack A1 by furr: K1 rebuts C34\n", "AM503") == []


def test_am503_silent_on_a_label_the_other_camp_gives():
    # furr-C5: "betrayer" is the Khrushchevite picture of Stalin that Furr reports, not Furr's name for them.
    source = HEAD + 'voice coldwar "Cold War and Khrushchevite historians" opponent\n'
    source += claim("K1", "Stalin was a villain who betrayed the revolution.", voice="coldwar", extra="reported")
    source += claim("C5", "The Khrushchevite interpretation served the nomenklatura.",
                    "The Khrushchevite interpretation of Stalin as power-hungry dictator, betrayer of Lenin's "
                    "legacy, was created to fit the needs of the nomenklatura.")
    assert codes(source + "attack A7 by furr: C5 rebuts K1\n", "AM503") == []


def test_am503_skips_a_reported_attacker():
    attacker = claim("K1", "Muxin cannot be trusted.", "Muxin and his upstart jackals cannot be trusted.",
                     extra="reported")
    source = HEAD + MUKHIN + attacker + "attack A1 by furr: K1 rebuts C34\n"
    assert codes(source, "AM503") == []


# ---- AM504 ---------------------------------------------------------------------------------------------------

LAUNDERING = HEAD + ('claim C1 by furr: "Stalin perhaps wanted contested elections."\n'
                     'claim T1 by furr: "Stalin wanted democracy."\n'
                     "infer I1 by furr (sign): C1 => T1\n")


def test_am504_hedge_in_words_with_its_span():
    report = argmap.check(argmap.parse(LAUNDERING), select=("AM504",))
    [finding] = report.diagnostics
    assert finding.data["hedge"] == "perhaps" and finding.data["start"] == 7


def test_am504_silent_when_conclusion_hedged_or_hedge_declared():
    hedged_conclusion = LAUNDERING.replace('"Stalin wanted democracy."', '"Stalin probably wanted democracy."')
    declared = LAUNDERING.replace('contested elections."\n', 'contested elections."\n  hedge "perhaps"\n', 1)
    assert codes(hedged_conclusion, "AM504") == []
    assert codes(declared, "AM504") == []  # AM207 reports that case
    assert codes(declared, "AM207") == ["AM207"]


def premise(*quotes: str) -> str:
    return (HEAD + claim("C1", "A premise.", *quotes) + 'claim T1 by furr: "Stalin wanted democracy."\n'
            "infer I1 by furr (sign): C1 => T1\n")


@pytest.mark.parametrize("words", [
    "the period of Soviet history from roughly mid-1937 to 1939-40",  # furr-C302
    "rejects representative democracy as essentially a smokescreen for elite control.",  # furr-C303
    "I oppose the rehabilitation of Stalin, because I oppose rehabilitations in general.",  # furr-C10
    "After the Plenum the First Secretaries staged a virtual rebellion.",  # furr-C88
    "this story and the facts that sustain it are virtually unknown outside Russia",  # furr-C3
    "This was, basically, the old Politburo again.",  # furr-C235
    "with compulsory renewal of at least one-sixth of the membership per year.",  # furr-C219
    "the party secretaries, although ostensibly elected by their party organizations, were appointed.",  # H-C4
    "anyone with relatives living abroad or the ability to speak more than one language",  # fee-C16
    "more than 96% of the plenary members were replaced.",  # forum-P-C9
    "By 1941 Stalin had more or less stripped the Party of Power.",  # blog-B-C54
    "As soon as they possibly could do so the Party leadership took steps to annul the decisions.",  # C235
])
def test_am504_silent_on_approximators_and_content_words(words):
    assert codes(premise(words), "AM504") == []


@pytest.mark.parametrize("words", [
    "It seems that the NKVD was out of control.",
    "I think the NKVD was out of control.",
    "Eikhe may have been acting on behalf of an informal group.",
    "They probably demanded the awful powers.",
    "Apparently the NKVD was out of control.",
])
def test_am504_fires_on_epistemic_hedges(words):
    assert codes(premise(words), "AM504") == ["AM504"]


def test_am504_hedge_on_one_conjunct_does_not_hedge_the_claim():
    # blog-M-C21: "probably" qualifies only "Stalin himself"; the claim about Trotsky and Lenin stands unhedged.
    partial = premise("Neither Trotsky, nor Lenin, and probably Stalin himself, thought that the party leader "
                      "would become the head of the country.")
    whole = premise("Probably neither Trotsky nor Lenin thought that the party leader would become the head of "
                    "the country.")
    assert codes(partial, "AM504") == []
    assert codes(whole, "AM504") == ["AM504"]


def test_am504_hedge_in_a_reporting_tag_is_the_reporters():
    # forum-G-C2: '...served as gasoline for it," suggests Goldman.' The claim is Goldman's, stated flatly.
    tagged = premise('the campaign for democracy served as gasoline for it,\\" suggests Goldman.')
    own = premise("the campaign for democracy suggests that repression spread.")
    after_a_sentence = premise('Goldman wrote: \\"Democracy was the means.\\" Perhaps she overstated it.')
    assert codes(tagged, "AM504") == []
    assert codes(own, "AM504") == ["AM504"]
    assert codes(after_a_sentence, "AM504") == ["AM504"]


def test_am501_reads_a_claim_without_final_punctuation_as_prose_not_a_heading():
    # "Obviously the Party became a parasite" (no full stop) looked like a title, and titles lose their cues.
    assert codes(HEAD + 'claim C4 by furr: "Obviously the Party became a parasite"\n', "AM501") == ["AM501"]
