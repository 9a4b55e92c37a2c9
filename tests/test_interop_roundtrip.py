"""Round-trip properties: argmap → Argdown → argmap and argmap → AIF → argmap keep the structure."""

from __future__ import annotations

import json
from collections import Counter

import networkx as nx
from hypothesis import given

from argmap.interop import export_aif, export_argdown, import_aif, import_argdown, to_aif
from strategies import argument_maps


def restatement_classes(amap) -> set[frozenset[str]]:
    """`same` joined transitively (Argdown writes a class as one title, not its pairs)."""
    graph = nx.Graph()
    graph.add_edges_from((r.left, r.right) for r in amap.restatements if r.left != r.right)
    return {frozenset(c) for c in nx.connected_components(graph)}


def sorted_elements(amap) -> dict[str, list]:
    return {name: sorted(getattr(amap, name), key=repr) for name in (
        "sources", "voices", "claims", "evidence", "inferences", "attacks", "devices")}


@given(argument_maps())
def test_argdown_round_trip_keeps_the_map(amap):
    back, warnings = import_argdown(export_argdown(amap))
    assert warnings == []
    assert sorted_elements(back) == sorted_elements(amap)
    assert restatement_classes(back) == restatement_classes(amap)


@given(argument_maps())
def test_argdown_export_is_stable(amap):
    text = export_argdown(amap)
    assert export_argdown(import_argdown(text)[0]) == text


@given(argument_maps())
def test_aif_round_trip_is_exact(amap):
    back, warnings = import_aif(export_aif(amap))
    assert warnings == []
    assert back == amap


def _plain(data):
    """AIF as another tool would keep it: argmap's own `argmap` keys dropped."""
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items() if k != "argmap"}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


def structure(amap) -> dict[str, Counter]:
    """The map up to ids: texts of propositions, steps, attacks and restatements (undermine counts as a
    rebuttal: plain AIF does not tell them apart)."""
    text = {c.id: c.text for c in amap.claims}
    text.update({e.id: e.citation or e.kind for e in amap.evidence})
    steps = {i.id: (tuple(sorted(text[p] for p in i.premises)), text[i.conclusion]) for i in amap.inferences}
    names = {v.id: v.name for v in amap.voices}
    voice = {c.id: names[c.voice] for c in amap.claims}
    voice.update({e.id: names[e.voice] for e in amap.evidence})
    return {
        "propositions": Counter((text[x], voice[x]) for x in text),
        "inferences": Counter(steps.values()),
        "attacks": Counter((text[a.attacker], "undercut" if a.kind == "undercut" else "rebut",
                            steps[a.target] if a.kind == "undercut" else text[a.target]) for a in amap.attacks),
        "restatements": Counter((text[r.left], text[r.right]) for r in amap.restatements),
    }


@given(argument_maps())
def test_plain_aif_round_trip_keeps_the_structure(amap):
    plain = json.dumps(_plain(to_aif(amap)))
    back, _ = import_aif(plain)
    assert structure(back) == structure(amap)


def test_argdown_keeps_a_repeated_tag_on_a_later_occurrence():
    # Hypothesis found it: a restated claim exported as a second occurrence of its class lost a repeated tag.
    import argmap

    amap = argmap.parse('source a\nvoice v "V" in a\nclaim C0 by v: "0"\nclaim C1 by v: "0"\n  tags a, a, b\n'
                        'attack A1 by v: C0 rebuts C1\nsame C0 as C1\n')
    back, _ = import_argdown(export_argdown(amap))
    assert back.claim("C1").tags == ("a", "a", "b")
