"""The language: every construct parses into the model, with locations."""

import pytest
from hypothesis import given

import argmap
from strategies import argument_maps
from argmap.model import Locator


FULL = '''\
# comment
source furr "Stalin and the Struggle for Democratic Reform"
  by "Grover Furr", "Second Author"
  year 2005
  text "sources/004.txt"
  url "https://example.org/furr"
  cites zhukov-book
  note "Parts 1-2"
source zhukov-book "Иной Сталин"
voice furr "Grover Furr" author in furr
voice zhukov "Юрий Жуков" historian in furr
  quoted by furr
claim T1 by furr: "Stalin tried — «демократия» “reform” \\"q\\" C:\\\\path"  # trailing
  thesis
  hedge "perhaps"
  quote furr:11 "This article outlines"
  quote furr:12-14 "from the 1930s"
  tags democracy, soviet-history
claim C1 by furr: """A long text
   over two lines."""
  granted
claim C2 by zhukov: “Curly quoted”
  reported
evidence E1 by zhukov: archive "Zhukov, Inoy 307-9"
  quote furr:100 "Inoy"
evidence E2 by furr: observation
infer I1 by furr (authority): E1, C1 => T1
  warrant "Zhukov read the archives"
attack A1 by zhukov: C2 rebuts C1
attack A2 by zhukov: C2 undercuts I1
attack A3 by zhukov: C2 undermines E1
same C1 as C2
device epithet "upstart jackals" in T1
  at furr:52
include "other.argmap"
'''


def test_every_construct():
    m = argmap.parse(FULL, "f.argmap")
    furr = m.source("furr")
    assert furr.authors == ("Grover Furr", "Second Author")
    assert (furr.year, furr.text_path, furr.url, furr.cites, furr.note) == (
        2005, "sources/004.txt", "https://example.org/furr", ("zhukov-book",), "Parts 1-2")
    assert m.voice("zhukov").name == "Юрий Жуков" and m.voice("zhukov").quoted_by == "furr"
    assert m.voice("furr").role == "author" and m.voice("furr").source == "furr"
    t1 = m.claim("T1")
    assert t1.text == 'Stalin tried — «демократия» “reform” "q" C:\\path'
    assert t1.role == "thesis" and t1.hedge == "perhaps" and t1.tags == ("democracy", "soviet-history")
    assert [q.at for q in t1.quotes] == [Locator(source="furr", line=11), Locator(source="furr", line=12, end_line=14)]
    assert m.claim("C1").text == "A long text over two lines." and m.claim("C1").role == "granted"
    assert m.claim("C2").text == "Curly quoted" and m.claim("C2").role == "reported"
    assert m.evidence_item("E1").citation == "Zhukov, Inoy 307-9" and m.evidence_item("E2").citation is None
    assert m.inference("I1").premises == ("E1", "C1") and m.inference("I1").scheme == "authority"
    assert [a.kind for a in m.attacks] == ["rebut", "undercut", "undermine"]
    assert m.restatements[0].left == "C1" and m.devices[0].at == Locator(source="furr", line=52)
    assert m.includes[0].path == "other.argmap"
    assert [c.text for c in m.comments] == ["# comment", "# trailing"]


def test_locations_point_at_the_id():
    m = argmap.parse('\n\nclaim   C9 by v: "x"\n  quote s:3 "y"\n', "a.argmap")
    assert (m.claims[0].location.path, m.claims[0].location.line, m.claims[0].location.column) == ("a.argmap", 3, 9)
    assert m.claims[0].quotes[0].location.line == 4


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_line_endings_and_bom(ending):
    text = "\ufeff" + ending.join(['claim C1 by v: "x"', "  thesis", 'claim C2 by v: "y"']) + ending
    m = argmap.parse(text)
    assert [c.id for c in m.claims] == ["C1", "C2"] and m.claims[1].location.line == 3


def test_no_final_newline_and_empty_file():
    assert argmap.parse('claim C1 by v: "x"').claims[0].id == "C1"
    assert argmap.parse("") == argmap.ArgumentMap()
    assert argmap.parse("# only a comment\n\n").comments[0].text == "# only a comment"


def test_keyword_spelled_ids_are_ids():
    m = argmap.parse('claim claim by by: "ok"\nvoice by "By" quoted in source\n')
    assert m.claims[0].id == "claim" and m.claims[0].voice == "by" and m.voices[0].source == "source"


def test_unicode_ids():
    m = argmap.parse('claim Жуков-1 by автор: "текст"\n')
    assert m.claims[0].id == "Жуков-1"


def test_misplaced_and_repeated_properties_are_findings():
    m = argmap.parse('  thesis\nclaim C1 by v: "x"\n  thesis\n  granted\n  warrant "w"\n', "m.argmap")
    codes = [(d.code, d.location.line) for d in m.parse_findings]
    assert codes == [("AM106", 1), ("AM108", 4), ("AM106", 5)]
    assert m.claims[0].role == "thesis"


def test_lookups_and_views():
    m = argmap.parse(FULL, "f.argmap")
    assert m.get("I1").conclusion == "T1" and "A1" in m and m.claim("I1") is None
    assert [c.id for c in m.claims_by("zhukov")] == ["C2"]
    assert [v.id for v in m.voices_in("furr")] == ["furr", "zhukov"]
    assert {c.id for c in m.claims_in("furr")} == {"T1", "C1", "C2"}
    assert m.by_voice()["furr"][0].id == "T1"
    assert m.theses[0].id == "T1" and m.restated("C2") == ("C1",)
    assert [a.id for a in m.attacks_on("C1")] == ["A1"] and m.inferences_to("T1")[0].id == "I1"


@given(argument_maps())
def test_indexed_views_match_a_plain_scan(amap):
    # The views are indexed on first use (a per-element scan was quadratic on large maps); same answers, same order.
    for element_id in [c.id for c in amap.claims] + [i.id for i in amap.inferences] + ["nothing"]:
        assert amap.restated(element_id) == tuple(
            [r.right for r in amap.restatements if r.left == element_id]
            + [r.left for r in amap.restatements if r.right == element_id])
        assert amap.attacks_on(element_id) == tuple(a for a in amap.attacks if a.target == element_id)
        assert amap.inferences_to(element_id) == tuple(i for i in amap.inferences if i.conclusion == element_id)
        assert amap.devices_in(element_id) == tuple(d for d in amap.devices if d.target == element_id)
    for voice in amap.voices:
        assert amap.claims_by(voice.id) == tuple(c for c in amap.claims if c.voice == voice.id)
    for source in amap.sources:
        assert amap.voices_in(source.id) == tuple(v for v in amap.voices if v.source == source.id)


def test_to_networkx():
    g = argmap.parse(FULL).to_networkx()
    assert g.nodes["I1"]["kind"] == "inference" and g.nodes["E1"]["kind"] == "evidence"
    relations = {(u, v, d["relation"]) for u, v, d in g.edges(data=True)}
    assert ("E1", "I1", "premise") in relations and ("I1", "T1", "conclusion") in relations
    assert ("C2", "I1", "undercut") in relations and ("C1", "C2", "same") in relations


def test_a_file_with_more_broken_lines_than_the_cap_says_where_argmap_stopped():
    from argmap.parser import MAX_SYNTAX_ERRORS

    with pytest.raises(argmap.ArgmapError) as raised:
        argmap.parse("claim C1 by a: x\n" * (MAX_SYNTAX_ERRORS + 20), "m.argmap")
    found = raised.value.diagnostics
    assert len(found) == MAX_SYNTAX_ERRORS + 1
    assert "stopped after" in found[-1].message and found[-1].line == MAX_SYNTAX_ERRORS + 1
    assert all("stopped" not in d.message for d in found[:-1])
