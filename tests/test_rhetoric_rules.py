"""AM5xx: each rhetoric cross rule fires on a small map and stays silent when the map answers it."""

from __future__ import annotations

import argmap


def codes(source: str, select: str) -> list[str]:
    report = argmap.check(argmap.parse(source), select=(select,))
    return [d.code for d in report.diagnostics]


HEAD = 'voice furr "Grover Furr" author\n'


def test_am501_boosted_claim_without_support():
    assert codes(HEAD + 'claim C4 by furr: "Obviously the Party became a parasite."\n', "AM501") == ["AM501"]


def test_am501_silent_when_supported_or_granted():
    supported = HEAD + ('claim C4 by furr: "Obviously the Party became a parasite."\n'
                        'evidence E1 by furr: archive "Zhukov, Inoy 307-9"\n'
                        "infer I1 by furr (authority): E1 => C4\n")
    granted = HEAD + 'claim C4 by furr: "Obviously the Party became a parasite."\n  granted\n'
    assert codes(supported, "AM501") == [] and codes(granted, "AM501") == []


def test_am502_authority_without_citation():
    assert codes(HEAD + 'claim C2 by furr: "According to historians, Stalin lost."\n', "AM502") == ["AM502"]


def test_am502_silent_with_cited_evidence():
    source = HEAD + ('claim C2 by furr: "According to historians, Stalin lost."\n'
                     'evidence E1 by furr: archive "Zhukov, Inoy 307-9"\n'
                     "infer I1 by furr (authority): E1 => C2\n")
    assert codes(source, "AM502") == []


def test_am503_epithet_in_attacking_claim():
    source = HEAD + ('claim C2 by furr: "Stalin wanted contested elections."\n'
                     'claim K1 by furr: "These upstart jackals cannot be trusted."\n'
                     "attack A1 by furr: K1 rebuts C2\n")
    assert codes(source, "AM503") == ["AM503"]


def test_am503_silent_without_name_calling():
    source = HEAD + ('claim C2 by furr: "Stalin wanted contested elections."\n'
                     'claim K1 by furr: "The ballots were never printed."\n'
                     "attack A1 by furr: K1 rebuts C2\n")
    assert codes(source, "AM503") == []


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
