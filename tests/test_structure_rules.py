"""AM1xx structure rules: each one firing, and silent on a clean map."""

import pytest

import argmap

CLEAN = '''\
source s "S"
voice v "V" author in s
claim C1 by v: "one"
  thesis
claim C2 by v: "two"
evidence E1 by v: archive "Archive 1"
infer I1 by v (deduction): C2, E1 => C1
attack A1 by v: C2 undermines E1
same C1 as C2
device epithet "two" in C2
'''


def codes(text, prefix="AM1"):
    report = argmap.check(argmap.parse(text, "m.argmap"), select=[prefix])
    return [(d.code, d.line) for d in report]


def test_clean_map_is_silent():
    assert codes(CLEAN) == []


@pytest.mark.parametrize(
    "extra, expected",
    [
        ("infer I9 by v: C1, C3 => C2\n", ("AM101", 11)),
        ("claim C1 by v: \"again\"\n", ("AM102", 11)),
        ("attack A9 by v: C2 rebuts E1\n", ("AM103", 11)),
        ("infer I9 by v (causal): => C1\n", ("AM104", 11)),
        ('voice w "W"\n', ("AM105", 11)),
        ('claim C9 by v: "x"\n  warrant "w"\n', ("AM106", 12)),
        ("infer I9 by v (authorty): C2 => C1\n", ("AM107", 11)),
        ('claim C9 by v: "x"\n  thesis\n  granted\n', ("AM108", 13)),
        ("same C2 as C2\n", ("AM109", 11)),
        ("attack A9 by v: C2 undermines C1\n", ("AM110", 11)),
        ('claim C9 by v: ""\n', ("AM111", 11)),
        ('claim C9 by v: "x"\n  quote s:9-3 "x"\n', ("AM112", 12)),
    ],
)
def test_rule_fires(extra, expected):
    assert expected in codes(CLEAN + extra)


def test_undefined_id_suggests_nearest():
    report = argmap.check(argmap.parse(CLEAN + "infer I9 by v: C1, C3 => C2\n", "m.argmap"), select=["AM101"])
    [d] = report.diagnostics
    assert d.suggestion == "did you mean `C2`?" and "premise of I9" in d.message
    assert (d.path, d.line, d.column, d.end_column) == ("m.argmap", 11, 20, 22)  # at C3


def test_wrong_kind_names_both_kinds():
    report = argmap.check(argmap.parse(CLEAN + "attack A9 by v: C2 rebuts E1\n"), select=["AM103"])
    [d] = report.diagnostics
    assert d.message == "`E1` is evidence, but the target of rebut A9 must be a claim"


def test_voice_and_source_may_share_an_id():
    text = 'source furr "F"\nvoice furr "Furr" author in furr\nclaim C by furr: "x"\n'
    assert codes(text) == []


def test_unknown_device_category():
    assert ("AM107", 11) in codes(CLEAN + 'device loaded-langauge "two" in C2\n')


def test_suggestions_past_the_budget_still_catch_letter_case(monkeypatch):
    # The fuzzy matching is bounded (thousands of undefined ids once took minutes); a case slip is still found.
    from argmap.rules import structure

    monkeypatch.setattr(structure, "SUGGESTION_BUDGET", 0)
    text = CLEAN + "infer I9 by v: c1, X7 => C2\ninfer I10 by v: c1 => C2\n"
    report = argmap.check(argmap.parse(text, "m.argmap"), select=["AM101"])
    assert sorted((d.line, d.data["id"], d.suggestion or "") for d in report) == [
        (11, "X7", ""), (11, "c1", "did you mean `C1`?"), (12, "c1", "did you mean `C1`?")]


def test_line_zero_is_named_as_such():
    report = argmap.check(argmap.parse(CLEAN + 'claim C9 by v: "x"\n  quote s:0 "x"\n  quote s:4-2 "x"\n'),
                          select=["AM112"])
    assert [d.message for d in report] == ["locator s:0 names line 0; lines count from 1",
                                           "line range s:4-2 ends before it starts"]


def test_am109_suggests_what_to_write():
    amap = argmap.parse('voice v "V"\nclaim C1 by v: "x"\nattack A1 by v: C1 rebuts C1\nsame C1 as C1\n', "m.argmap")
    found = [d for d in argmap.check(amap).diagnostics if d.code == "AM109"]
    assert [d.suggestion for d in found] == ["one side must be another claim: `attack A1 by v: OTHER rebuts C1`",
                                             "name the other claim it restates, or remove the line"]
