"""DOT output: snapshots, escaping, selection (--focus, --voice), clusters, findings marks."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import argmap
from argmap.diagnostics import Diagnostic, Severity
from argmap.model import Location
from argmap.render import RenderOptions, SelectionError, to_dot, to_svg
from argmap.render.findings import marks_from
from argmap.render.style import OTHER_VOICES, VOICE_FILLS, voice_fill, voice_fills, wrap

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "tests" / "snapshots"
SOCRATES = ROOT / "examples" / "socrates.argmap"
REVIEW = ROOT / "tests" / "data" / "render" / "review.argmap"


def load(path: Path):
    # Relative paths, so snapshots do not depend on where the checkout lives.
    return argmap.load(os.path.relpath(path, ROOT)) if Path.cwd() == ROOT else argmap.load(path)


def check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("ARGMAP_UPDATE_SNAPSHOTS") or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), \
        f"{name} changed; if on purpose, rerun with ARGMAP_UPDATE_SNAPSHOTS=1 and review the diff"


@pytest.mark.parametrize("source, name", [(SOCRATES, "socrates.dot"), (REVIEW, "review.dot")])
def test_dot_snapshot(source, name):
    check_snapshot(name, to_dot(argmap.load(source)))


def test_dot_snapshot_with_options():
    dot = to_dot(argmap.load(REVIEW), cluster="voice", direction="LR", legend=False)
    check_snapshot("review-cluster-lr.dot", dot)
    assert "rankdir=RL" in dot and "subgraph cluster_0" in dot


def test_every_element_is_a_node_and_every_link_an_edge():
    amap = argmap.load(SOCRATES)
    dot = to_dot(amap)
    for element in (*amap.claims, *amap.evidence, *amap.inferences):
        assert re.search(rf"^\t{re.escape(element.id)} \[", dot, re.M), element.id
    assert "C1 -> I1 [arrowhead=none]" in dot
    assert "I1 -> T1" in dot
    assert re.search(r'K1 -> C2 \[label=rebuts color="#CC3311"', dot)
    assert re.search(r"C1 -> C4 \[.*dir=both.*style=dashed", dot)


def test_visual_grammar_attributes():
    dot = to_dot(argmap.load(REVIEW))
    thesis = re.search(r"^\tT1 \[.*$", dot, re.M).group(0)
    assert "penwidth=3" in thesis and "rounded,filled" in thesis
    granted = re.search(r"^\tP3 \[.*$", dot, re.M).group(0)
    assert 'fillcolor="#DDDDDD"' in granted
    assert re.search(r"^\tE1 \[.*shape=note", dot, re.M)
    assert re.search(r"^\tI1 \[.*shape=ellipse", dot, re.M)
    assert re.search(r"^\tO1 -> I1 \[label=undercuts.*style=dashed", dot, re.M)  # undercut points at the inference
    assert "hedged: “perhaps”" in dot


def test_voice_colour_is_stable_and_from_the_palette():
    assert voice_fill("furr") == voice_fill("furr")
    assert voice_fill("furr") in VOICE_FILLS
    # Independent of the order voices appear in: the same id gets the same colour in any map.
    one = argmap.parse('voice a "A"\nvoice furr "Furr"\nclaim C1 by furr: "x"\n')
    two = argmap.parse('voice furr "Furr"\nclaim C9 by furr: "y"\n')
    fill = voice_fill("furr")
    assert f'fillcolor="{fill}"' in re.search(r"^\tC1 \[.*$", to_dot(one), re.M).group(0)
    assert f'fillcolor="{fill}"' in re.search(r"^\tC9 \[.*$", to_dot(two), re.M).group(0)


def _many_voices(count: int, claims_of_first: int = 3) -> str:
    lines = [f'voice v{n} "Voice number {n}"' for n in range(count)]
    lines += [f'claim C0x{k} by v0: "main voice {k}"' for k in range(claims_of_first)]
    lines += [f'claim C{n} by v{n}: "claim {n}"' for n in range(1, count)]
    return "\n".join(lines) + "\n"


def _claim_fills(dot: str) -> dict[str, str]:
    return dict(re.findall(r'^\t(C\w+) \[.*?fillcolor="([^"]+)"', dot, re.M))


def test_fourteen_voices_get_fourteen_fills_then_white():
    # Seven colours used to repeat from the eighth voice on (001 has 23 voices in 6 colours).
    fills = voice_fills([f"v{n}" for n in range(16)])
    assert len({fills[f"v{n}"] for n in range(14)}) == 14
    assert [fills[f"v{n}"].fading for n in range(14)].count(True) == 7
    assert fills["v14"] == fills["v15"] == OTHER_VOICES
    dot = to_dot(argmap.parse(_many_voices(16)))
    claim_fills = _claim_fills(dot)
    by_voice = {"v0": claim_fills["C0x0"], **{f"v{n}": claim_fills[f"C{n}"] for n in range(1, 16)}}
    assert len(set(by_voice.values())) == 15  # 14 fills and white
    assert sum(":#FFFFFF" in fill for fill in by_voice.values()) == 7  # a colour fading to white


def test_the_voice_with_most_claims_keeps_its_own_colour():
    # v0 has most claims in the map, so it chooses first, in the whole map and in a view of it.
    fills = voice_fills(["v0", "a", "b"])
    assert fills["v0"].colour == voice_fill("v0") and not fills["v0"].fading
    amap = argmap.parse(_many_voices(12, claims_of_first=5))
    assert _claim_fills(to_dot(amap))["C0x0"] == voice_fill("v0")
    assert _claim_fills(to_dot(amap, focus="C0x1", depth=0))["C0x1"] == voice_fill("v0")


def test_legend_cuts_a_long_voice_name_but_never_its_id():
    from argmap.render.dot import build_drawing
    from argmap.render.view import select

    amap = argmap.parse('voice the-critics "' + "Those who ascribe the anti-war stance to someone else " * 2
                        + '"\nclaim C1 by the-critics: "x"\n')
    (entry,) = build_drawing(amap, select(amap), RenderOptions()).voices
    assert entry.name.endswith("… (the-critics)") and len(entry.name) < 70
    assert "(the-critics)" in to_svg(amap)


def test_wrap_keeps_lines_short_and_words_whole():
    lines = wrap("Socrates ate, slept, aged and stood trial like any other Athenian.", 20)
    assert all(len(line) <= 20 for line in lines)
    assert " ".join(lines) == "Socrates ate, slept, aged and stood trial like any other Athenian."
    assert wrap("a" * 50, 20) == ["a" * 20, "a" * 20, "a" * 10]


# ---- escaping ----------------------------------------------------------------------------------
NASTY = [
    'He said "no" and left',
    "C:\\path\\to\\file \\N \\G \\l and a trailing backslash \\",
    "braces {a|b} <angle> brackets",
    "<b>bold</b> & <script>alert(1)</script>",
    "<<TABLE>>",
    "“typographic” ‘quotes’ «ёлка» — and an em dash",
]


def _map_with(text: str):
    return argmap.ArgumentMap(
        voices=(argmap.model.Voice(id="v", name='Voice "quoted" \\ <x>'),),
        claims=(argmap.model.Claim(id="C1", text=text, voice="v"),),
    )


@pytest.mark.parametrize("text", NASTY)
def test_dot_escaping_round_trips_through_graphviz(text):
    amap = _map_with(text)
    dot = to_dot(amap, wrap=200)
    svg = to_svg(amap, wrap=200, legend=False)
    import html
    import xml.dom.minidom

    xml.dom.minidom.parseString(svg.encode("utf-8"))  # still well-formed XML
    texts = re.findall(r"<text\b[^>]*>(.*?)</text>", svg, re.S)
    plain = [html.unescape(re.sub(r"<[^>]+>", "", t)) for t in texts]  # tspans off, then entities
    assert text.strip() in plain, (dot, plain)


@settings(max_examples=25, deadline=None)
@given(text=st.text(min_size=1, max_size=80), name=st.text(min_size=1, max_size=20))
def test_any_text_gives_valid_dot_and_svg(text, name):
    import xml.dom.minidom

    amap = argmap.ArgumentMap(
        voices=(argmap.model.Voice(id="v", name=name),),
        claims=(argmap.model.Claim(id="C1", text=text, voice="v", hedge=text[:10]),),
        evidence=(argmap.model.Evidence(id="E1", voice="v", kind="document", citation=text),),
        inferences=(argmap.model.Inference(id="I1", voice="v", premises=("E1",), conclusion="C1", warrant=text),),
    )
    svg = to_svg(amap)  # Graphviz accepts the DOT, and the finished SVG is well-formed XML
    document = xml.dom.minidom.parseString(svg.encode("utf-8"))
    assert "am-C1" in {g.getAttribute("id") for g in document.getElementsByTagName("g")}


def test_dot_escapes_quotes_and_backslashes():
    dot = to_dot(_map_with('a "quote" and a \\ backslash'))
    assert 'a \\"quote\\" and a \\\\ backslash\\l' in dot
    assert "label=<" not in dot  # user text is never an HTML-like label


def test_odd_ids_are_quoted():
    amap = argmap.parse('voice v "V"\nclaim node by v: "a DOT keyword as id"\nclaim Ц.1-x by v: "unicode"\n'
                        'infer I by v (deduction): node => Ц.1-x\n')
    dot = to_dot(amap)
    assert '\t"node" [' in dot
    assert '"Ц.1-x"' in dot


# ---- selection ---------------------------------------------------------------------------------
def _node_names(dot: str) -> set[str]:
    return {m.strip('"') for m in re.findall(r'^\t("?[^\s"]+"?) \[', dot, re.M)} - {"graph", "node", "edge"}


def test_focus_depth():
    amap = argmap.load(SOCRATES)
    assert _node_names(to_dot(amap, focus="T1", depth=0)) == {"T1"}
    assert _node_names(to_dot(amap, focus="T1", depth=1)) == {"T1", "I1", "C1", "C2"}
    two = _node_names(to_dot(amap, focus="T1", depth=2))
    assert {"K1", "I2", "E1", "I3", "C3", "C4"} <= two
    assert "+3 links not shown" in to_dot(amap, focus="T1", depth=1)  # C2: I2, I3 and the rebuttal by K1


def test_focus_on_unknown_id_suggests_one():
    with pytest.raises(SelectionError, match="did you mean 'T1'"):
        to_dot(argmap.load(SOCRATES), focus="T11")


def test_voice_keeps_its_claims_and_what_they_rest_on():
    amap = argmap.load(REVIEW)
    names = _node_names(to_dot(amap, voice="roe"))
    assert {"P3", "O1", "O2", "Ц1", "I4", "E2"} <= names
    assert "T1" not in names and "P1" not in names
    assert _node_names(to_dot(amap, voice="Jane Roe")) == names  # by name too
    with pytest.raises(SelectionError, match="no voice"):
        to_dot(amap, voice="nobody")


def test_cluster_by_source_and_voice():
    amap = argmap.load(SOCRATES)
    by_source = to_dot(amap, cluster="source")
    assert by_source.count("subgraph cluster_") == 1 and "Phaedo (textbook excerpt)" in by_source
    by_voice = to_dot(amap, cluster="voice")
    assert by_voice.count("subgraph cluster_") == 3


def test_clusters_are_not_packed():
    # Graphviz's component packing with clusters never finished on examples 000 and 002 (--cluster voice).
    amap = argmap.load(SOCRATES)
    assert "pack=true" in to_dot(amap)
    for cluster in ("voice", "source"):
        assert "pack" not in to_dot(amap, cluster=cluster)


def test_options_are_checked():
    with pytest.raises(ValueError):
        RenderOptions(direction="XY")
    with pytest.raises(ValueError):
        RenderOptions(cluster="colour")
    with pytest.raises(TypeError, match="unknown render option"):
        to_dot(argmap.load(SOCRATES), colour="red")


def test_undefined_references_become_placeholders():
    amap = argmap.parse('voice v "V"\nclaim C1 by v: "x"\ninfer I1 by v (sign): GHOST => C1\n')
    dot = to_dot(amap)
    assert re.search(r"^\tGHOST \[.*style=\"rounded,dashed\"", dot, re.M)
    assert "not defined in this map" in dot


# ---- findings ----------------------------------------------------------------------------------
def _diag(code, data=None, line=1, severity=Severity.WARNING, message="m", path=None):
    return Diagnostic(code=code, name="x", severity=severity, message=message,
                      location=Location(path=path, line=line, column=1), data=data or {})


def test_findings_marks_from_codes_and_data():
    amap = argmap.load(REVIEW)
    marks = marks_from(amap, [
        _diag("AM202", {"claim": "P2", "theses": ["T1"]}),
        _diag("AM301", {"cycle": ["T1", "I3", "P2", "I1", "T1"], "claims": ["T1", "P2"]}, severity=Severity.ERROR),
        _diag("AM401", {"id": "T1", "label": "OUT", "chain": [{"label": "IN"}]}),
        _diag("AM402", {"id": "P1", "label": "UNDEC"}),
        _diag("AM403", {"id": "A1", "attacker": "O1", "target": "I1"}),
        _diag("AM999", {"whatever": {"nested": ["E1"]}}),
        _diag("AM201", {"inference": "I4"}, severity=Severity.INFO),
    ])
    assert marks.unsupported == {"P2"}  # the subject only, not the thesis downstream; infos are not drawn
    assert marks.cycle_nodes == {"T1", "I3", "P2", "I1"}
    assert marks.on_cycle("I3", "T1") and marks.on_cycle("P2", "I1") and not marks.on_cycle("P1", "I1")
    assert marks.out == {"T1"} and marks.undecided == {"P1"}
    assert marks.codes["O1"] == ("AM403",)  # an unanswered objection is marked on the objection itself
    assert "AM403" not in marks.codes.get("I1", ())
    assert marks.codes["E1"] == ("AM999",) and marks.codes["I4"] == ("AM201",)


def test_findings_fall_back_to_the_location():
    amap = argmap.load(SOCRATES)
    quote_line = next(c for c in amap.claims if c.id == "K1").quotes[0].location.line
    marks = marks_from(amap, [_diag("AM602", {}, line=quote_line, path=amap.claims[0].location.path)])
    assert marks.codes == {"K1": ("AM602",)}


def test_findings_degrade_gracefully_on_odd_diagnostics():
    class Bare:
        code = "AM2??"

    amap = argmap.load(SOCRATES)
    marks = marks_from(amap, [Bare(), _diag("AM301", {"cycle": "T1 → I1 → T1"}),
                              _diag("AM2", {"id": 42, "x": None, "y": [1, "C3"]})])
    assert marks.cycle_nodes == {"T1", "I1"}
    assert "C3" in marks.unsupported


def test_findings_drawn_in_dot():
    amap = argmap.load(REVIEW)
    diagnostics = [_diag("AM202", {"claim": "P2"}), _diag("AM301", {"cycle": ["T1", "I3", "P2", "I1", "T1"]}),
                   _diag("AM401", {"id": "T1", "label": "OUT"})]
    dot = to_dot(amap, findings=True, diagnostics=diagnostics)
    p1 = re.search(r"^\tI3 \[.*$", dot, re.M).group(0)
    assert 'color="#CC3311"' in p1
    t1 = re.search(r"^\tT1 \[.*$", dot, re.M).group(0)
    assert "OUT" in t1 and 'fillcolor="#F2F2F2"' in t1
    assert re.search(r'^\tI3 -> P2 \[color="#CC3311" penwidth=2.5\]', dot, re.M)
    plain = to_dot(amap, diagnostics=diagnostics)
    assert "#CC3311\" penwidth=2.5" not in plain  # findings are drawn only when asked for


def test_findings_from_a_real_check_run():
    amap = argmap.load(REVIEW)
    dot = to_dot(amap, findings=True)
    assert "AM3" in dot  # the circle T1 → I3 → P2 → I1 → T1 is found by the rules and drawn


def test_legend_lists_only_voices_whose_claims_are_drawn():
    # Evidence is drawn white, so a voice that only gives evidence has no colour on the diagram.
    from argmap.render.dot import build_drawing
    from argmap.render.view import select

    amap = argmap.parse('voice a "Ann"\nvoice w "Witness"\nclaim C1 by a: "x"\n'
                        'evidence E1 by w: document "Doc 1"\ninfer I1 by a (authority): E1 => C1\n')
    drawing = build_drawing(amap, select(amap), RenderOptions())
    assert [entry.voice for entry in drawing.voices] == ["a"]


def test_legend_explains_only_what_is_drawn():
    # The legend used to list every symbol (circles, undercuts, OUT...) whatever the map drew.
    amap = argmap.parse('voice a "Ann"\nclaim C1 by a: "x"\nclaim C2 by a: "y"\ninfer I1 by a: C2 => C1\n'
                        'attack A1 by a: C2 rebuts C1\ninfer I2 by a: C1 => C9\n')
    svg = to_svg(amap, findings=True)
    legend = svg[svg.index('id="am-legend"'):]
    for shown in ("Ann (a)", "inference, with its scheme", "rebuts / undermines", "not defined in this map",
                  "rule codes of findings (notes: code only)"):
        assert shown in legend, shown
    for left_out in ("thesis<", "granted", "evidence", "undercuts", "same claim", "circular", "OUT:"):
        assert left_out not in legend, left_out
    assert "am-legend" not in to_svg(argmap.parse(""))  # nothing to explain, and no crash


def test_a_thesis_is_measured_wide_enough_for_bold_text():
    # Bold DejaVu Sans is up to 18 % wider than the regular face Graphviz measures (10-18 % on the corpus);
    # at 12 pt for 11 pt text the longest line of a thesis touched its border.
    from argmap.render import style

    assert style.THESIS_MEASURE_SIZE >= 1.18 * style.FONT_SIZE
    assert "fontsize=13" in to_dot(argmap.parse('voice v "V"\nclaim T1 by v: "x"\n  thesis\n'))


def test_legend_names_the_rule_family_of_each_finding_mark():
    # The dashed orange border said "unsupported" also on isolated claims (AM206) and lost hedges (AM207).
    svg = to_svg(argmap.load(REVIEW), findings=True)
    legend = svg[svg.index('id="am-legend"'):]
    assert "weak support (AM2xx: unsupported, isolated...)" in legend
    assert "circular support (AM3xx)" in legend and "OUT: defeated by an attack (AM4xx)" in legend
