"""Hypothesis strategies for argument maps, shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

from argmap.model import (
    ArgumentMap,
    Attack,
    Claim,
    Device,
    Evidence,
    Inference,
    Locator,
    Quote,
    Restatement,
    Source,
    Voice,
    CUE_CATEGORIES,
    EVIDENCE_KINDS,
    SCHEMES,
)

# Texts: any printable Unicode without line breaks (a text's line breaks collapse to spaces by design).
_alphabet = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\u0085")
texts = st.text(_alphabet, min_size=0, max_size=40).map(lambda s: " ".join(s.split()) if s.strip() else s.strip())
nonempty_texts = st.text(_alphabet, min_size=1, max_size=40).map(lambda s: " ".join(s.split())).filter(bool)
_id_start = st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_жЖé")
_id_rest = st.text(st.sampled_from("abcxyzXYZ019_жé"), max_size=6)
ids = st.builds(lambda a, b, c: a + b + (("-" + c) if c else ""), _id_start, _id_rest,
                st.text(st.sampled_from("abc12"), max_size=3))


@st.composite
def argument_maps(draw, max_claims: int = 8) -> ArgumentMap:
    """A random map whose ids are unique; references point at elements of the right kind."""
    pool = draw(st.lists(ids, min_size=12 + 3 * max_claims, max_size=12 + 3 * max_claims, unique=True))
    it = iter(pool)
    sources = [Source(id=next(it), title=draw(st.none() | nonempty_texts),
                      authors=tuple(draw(st.lists(nonempty_texts, max_size=2))),
                      year=draw(st.none() | st.integers(1800, 2030)),
                      text_path=draw(st.none() | st.just("sources/t.txt")),
                      cites=()) for _ in range(draw(st.integers(1, 2)))]
    source_ids = [s.id for s in sources]
    voices = [Voice(id=next(it), name=draw(nonempty_texts), role=draw(st.none() | st.sampled_from(["author", "historian"])),
                    source=draw(st.sampled_from(source_ids))) for _ in range(draw(st.integers(1, 3)))]
    voice_ids = [v.id for v in voices]
    n_claims = draw(st.integers(1, max_claims))
    claims = []
    for _ in range(n_claims):
        quotes = tuple(
            Quote(at=Locator(source=draw(st.sampled_from(source_ids)), line=draw(st.integers(1, 50)),
                             end_line=draw(st.none() | st.integers(51, 60))), text=draw(nonempty_texts))
            for _ in range(draw(st.integers(0, 2)))
        )
        claims.append(Claim(id=next(it), text=draw(nonempty_texts), voice=draw(st.sampled_from(voice_ids)),
                            role=draw(st.none() | st.sampled_from(["thesis", "granted", "reported"])),
                            hedge=draw(st.none() | nonempty_texts), quotes=quotes,
                            tags=tuple(draw(st.lists(ids, max_size=2)))))
    claim_ids = [c.id for c in claims]
    evidence = [Evidence(id=next(it), voice=draw(st.sampled_from(voice_ids)), kind=draw(st.sampled_from(EVIDENCE_KINDS)),
                         citation=draw(st.none() | nonempty_texts)) for _ in range(draw(st.integers(0, 3)))]
    premise_pool = claim_ids + [e.id for e in evidence]
    inferences = [
        Inference(id=next(it), voice=draw(st.sampled_from(voice_ids)),
                  premises=tuple(draw(st.lists(st.sampled_from(premise_pool), min_size=1, max_size=3, unique=True))),
                  conclusion=draw(st.sampled_from(claim_ids)), scheme=draw(st.none() | st.sampled_from(SCHEMES)),
                  warrant=draw(st.none() | nonempty_texts))
        for _ in range(draw(st.integers(0, n_claims)))
    ]
    attacks = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["rebut", "undercut", "undermine"]))
        if kind == "undercut" and not inferences:
            kind = "rebut"
        target = draw(st.sampled_from([i.id for i in inferences])) if kind == "undercut" else draw(
            st.sampled_from(claim_ids))
        attacks.append(Attack(id=next(it), voice=draw(st.sampled_from(voice_ids)), kind=kind,
                              attacker=draw(st.sampled_from(claim_ids)), target=target))
    same = [Restatement(left=draw(st.sampled_from(claim_ids)), right=draw(st.sampled_from(claim_ids)))
            for _ in range(draw(st.integers(0, 2)))]
    devices = [Device(category=draw(st.sampled_from(CUE_CATEGORIES)), span=draw(nonempty_texts),
                      target=draw(st.sampled_from(claim_ids)),
                      at=draw(st.none() | st.builds(Locator, source=st.sampled_from(source_ids),
                                                    line=st.integers(1, 9))))
               for _ in range(draw(st.integers(0, 2)))]
    return ArgumentMap(sources=sources, voices=voices, claims=claims, evidence=evidence, inferences=inferences,
                       attacks=attacks, restatements=same, devices=devices)
