"""Argdown import and export: golden files for every construct, the mapping's semantics, bad input.

Golden files: tests/data/argdown/NAME.argdown is imported and written with argmap's formatter;
the result (plus the import warnings as trailing comments) must equal NAME.argdown.golden.
Regenerate after a deliberate change with ARGMAP_REGEN_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import argmap
from argmap import ArgmapError
from argmap.interop import export_argdown, import_argdown
from argmap.writer import format_map

DATA = Path("tests/data/argdown")
GOOD = sorted(DATA.glob("*.argdown"))
BAD = sorted((DATA / "bad").glob("*.argdown"))
REGEN = bool(os.environ.get("ARGMAP_REGEN_GOLDEN"))


def imported(path: Path):
    return import_argdown(path.read_text(encoding="utf-8"), str(path))


def in_any_order(amap):
    """The map's elements as sorted lists: an export may write them in another order."""
    return {name: sorted(getattr(amap, name), key=repr) for name in (
        "sources", "voices", "claims", "evidence", "inferences", "attacks", "restatements", "devices")}


def golden_text(path: Path) -> str:
    amap, warnings = imported(path)
    text = format_map(amap)
    if warnings:
        text += "\n# import warnings:\n" + "".join(f"# {w}\n" for w in warnings)
    return text


def test_there_are_many_argdown_samples():
    assert len(GOOD) >= 30 and len(BAD) >= 8


@pytest.mark.parametrize("path", GOOD, ids=[p.stem for p in GOOD])
def test_golden(path):
    expected_path = path.with_name(path.name + ".golden")
    text = golden_text(path)
    if REGEN:
        expected_path.write_text(text, encoding="utf-8")
    assert text == expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", GOOD, ids=[p.stem for p in GOOD])
def test_import_is_valid_argmap_and_survives_export(path):
    amap, _ = imported(path)
    assert argmap.parse(format_map(amap)) == amap  # the written file reads back as the same map
    again, warnings = import_argdown(export_argdown(amap), str(path))
    assert in_any_order(again) == in_any_order(amap)
    assert warnings == []  # our own export uses nothing argmap cannot read back
    assert export_argdown(again) == export_argdown(amap)


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_input_gives_located_errors(path):
    with pytest.raises(ArgmapError) as caught:
        imported(path)
    diagnostics = caught.value.diagnostics
    assert diagnostics and all(d.code == "AM131" for d in diagnostics)
    for d in diagnostics:
        assert d.path == str(path) and d.line >= 1 and d.column >= 1
        assert d.message and "Traceback" not in d.message


BAD_PLACES = {
    "unclosed_data": (1, 25, "no closing `}`"),
    "relation_without_parent": (3, 3, "no statement or argument above it"),
    "pcs_without_conclusion": (3, 1, "has no conclusion"),
    "inference_without_premises": (3, 1, "must follow the numbered premises"),
    "bad_yaml": (1, 25, "not valid YAML"),
    "marker_without_element": (2, 5, "ends too early"),
    "unclosed_inference": (4, 1, "not closed"),
    "text_after_inference": (5, 1, "numbered statement"),
    "bad_front_matter": (2, 17, "front matter is not valid YAML"),
}


@pytest.mark.parametrize("name", sorted(BAD_PLACES))
def test_bad_input_points_at_the_place(name):
    line, column, words = BAD_PLACES[name]
    with pytest.raises(ArgmapError) as caught:
        imported(DATA / "bad" / f"{name}.argdown")
    assert any((d.line, d.column) == (line, column) and words in d.message for d in caught.value.diagnostics), \
        [str(d) for d in caught.value.diagnostics]


# ---- the mapping, construct by construct --------------------------------------------------------
def load(text: str):
    return import_argdown(text, "t.argdown")


def test_statement_titles_become_ids_and_texts_claims():
    amap, warnings = load("[Socrates is mortal]: Socrates will die.\n\n[C1]: x\n")
    assert [(c.id, c.text) for c in amap.claims] == [("Socrates-is-mortal", "Socrates will die."), ("C1", "x")]
    assert not warnings


def test_ids_are_unique_and_deterministic():
    text = "[A b]: one\n\n[A-b]: two\n\n<A b>: three\n  +> [A b]\n"
    first, _ = load(text)
    assert [c.id for c in first.claims] == ["A-b", "A-b-2", "A-b-3"]
    assert load(text)[0] == first


def test_id_allocator_hands_out_the_first_free_suffix():
    from argmap.interop.common import IdAllocator

    ids = IdAllocator(["A", "A-3"])
    assert [ids.reserve("A") for _ in range(3)] == ["A-2", "A-4", "A-5"]
    ids.taken.add("A-6")  # taken from outside, as the importers do for declared sources and voices
    assert ids.reserve("A") == "A-7" and ids.reserve("B") == "B"
    # Thousands of statements sharing a title: linear, not quadratic (5,000 took seconds, 20,000 minutes).
    many = IdAllocator()
    assert [many.reserve("T") for _ in range(5000)][-1] == "T-5000"


def test_default_voice_is_tied_to_a_source_for_the_file():
    amap, _ = load("[A]: x\n")
    [voice] = amap.voices
    assert voice.id == "argdown" and voice.source == amap.sources[0].id == "t"
    assert amap.claims[0].voice == "argdown" and amap.claims[0].role == "reported"


def test_an_evidence_kind_that_is_not_an_id_is_made_into_one():
    # Found by the fuzz test below: `{evidence: [1]}` gave a map argmap could not read back.
    amap, warnings = load("[A]: x {evidence: [1]}\n\n[B]: y {evidence: photo}\n")
    assert [e.kind for e in amap.evidence] == ["_1", "photo"]
    assert "written `_1`" in warnings[0].message and "written" not in warnings[1].message
    assert argmap.parse(format_map(amap)) == amap


def test_yaml_aliases_that_blow_up_or_nest_deep_are_refused_quickly():
    # A few hundred bytes of aliases stood for 10^8 values: import took minutes and gigabytes.
    anchors = ["x0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    anchors += [f"x{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 8)]
    for text in ("[A]: t {" + ", ".join(anchors) + ", note: *a7}\n",
                 "===\n" + "\n".join(anchors) + "\n===\n\n[A]: t\n",
                 "[A]: t {evidence: &a [*a]}\n",
                 "[A]: t {evidence: " + "[" * 5000 + "]" * 5000 + "}\n"):
        with pytest.raises(ArgmapError) as caught:
            load(text)
        assert "cannot be read" in caught.value.diagnostics[0].message
    amap, _ = load("[A]: t {evidence: &k document, note: *k}\n")  # an ordinary alias is fine
    assert amap.evidence[0].note == "document"


def test_voice_and_role_from_data():
    amap, _ = load("[A]: x {voice: Grover Furr, role: thesis, hedge: perhaps, note: n}\n")
    claim = amap.claims[0]
    assert (claim.voice, claim.role, claim.hedge, claim.note) == ("Grover-Furr", "thesis", "perhaps", "n")
    assert amap.voice("Grover-Furr").name == "Grover Furr"


def test_support_attack_and_directions():
    amap, _ = load("[T]: t\n  <+ [S]: s\n  <- [R]: r\n  +> [U]: u\n  -> [V]: v\n")
    assert [(i.premises, i.conclusion) for i in amap.inferences] == [(("S",), "T"), (("T",), "U")]
    assert [(a.attacker, a.kind, a.target) for a in amap.attacks] == [("R", "rebut", "T"), ("T", "rebut", "V")]


def test_pcs_with_rule_maps_scheme_and_keeps_unknown_rules_in_the_note():
    amap, warnings = load("<A>\n\n(1) [P]: p\n-- Modus ponens --\n(2) [C]: c\n\n<B>\n\n(1) [Q]: q\n"
                          "-- Slippery slope --\n(2) [D]: d\n")
    a, b = amap.inferences
    assert (a.id, a.scheme, a.premises, a.conclusion) == ("A", "deduction", ("P",), "C")
    assert b.scheme is None and "Slippery slope" in b.note
    assert [w.line for w in warnings] == [10]


def test_undercut_targets_the_arguments_main_inference():
    amap, _ = load("<A>\n\n(1) [P]: p\n----\n(2) [Q]: q\n----\n(3) [C]: c\n\n[U]: u\n  _> <A>\n")
    assert [i.id for i in amap.inferences] == ["A.1", "A"]
    assert [(a.kind, a.target) for a in amap.attacks] == [("undercut", "A")]


def test_equivalence_class_members_become_restatements():
    amap, _ = load("[M]: Socrates is mortal.\n\n[M]: Socrates will die.\n\n[M]: Socrates is mortal.\n")
    assert [c.id for c in amap.claims] == ["M", "M-2"]
    assert [(r.left, r.right) for r in amap.restatements] == [("M", "M-2")]


def test_tags_are_taken_out_of_the_text():
    amap, _ = load("[A]: Reform came late #thesis #(soviet history).\n")
    assert amap.claims[0].text == "Reform came late ."
    assert amap.claims[0].tags == ("thesis", "soviet-history")


def test_headings_and_comments_are_kept_as_comments():
    amap, _ = load("# Part one\n\n[A]: x // why\n")
    assert [c.text for c in amap.comments] == ["# Part one", "# why"]
    assert format_map(amap).startswith("# Part one\n")


def test_unmapped_data_is_reported_where_it_is():
    _, warnings = load("[A]: x\n\n[B]: y {color: red}\n")
    [warning] = warnings
    assert (warning.code, warning.line, warning.column) == ("AM130", 3, 8) and "color" in warning.message


def test_referenced_but_undefined_statement_is_a_warning_not_an_error():
    amap, warnings = load("[A]: x\n  <+ [Ghost]\n")
    assert amap.claim("Ghost").text == "Ghost"
    assert "never given a text" in warnings[0].message


def test_check_reports_import_warnings():
    amap, _ = load("[A]: x {color: red}\n")
    report = argmap.check(amap)
    assert "AM130" in {d.code for d in report.diagnostics}


# ---- export --------------------------------------------------------------------------------------
def test_export_of_the_example_reads_back_exactly():
    amap = argmap.load("examples/socrates.argmap")
    text = export_argdown(amap)
    assert "-- deduction --" in text and "[C1]: Every human being dies. {id: C4" in text
    assert import_argdown(text)[0] == amap


def test_export_escapes_argdown_syntax_in_texts():
    amap = argmap.parse('voice v "V"\nclaim C1 by v: "a [b] <c> {d} #e *f* _g_ // h \\\\ i"\n')
    text = export_argdown(amap)
    assert r"\[b\] \<c\> \{d\} \#e \*f\* \_g\_ \// h \\ i" in text
    assert import_argdown(text)[0].claims == amap.claims


def test_am130_is_silent_when_everything_maps():
    amap, warnings = load("[A]: x {voice: v, role: thesis}\n  <+ [B]: y\n")
    assert warnings == [] and "AM130" not in {d.code for d in argmap.check(amap).diagnostics}


def test_am131_is_silent_on_readable_input_and_fires_on_broken_input():
    load("[A]: x\n")  # no error
    with pytest.raises(ArgmapError) as caught:
        load("[A]: x {y: 1\n")
    assert [d.code for d in caught.value.diagnostics] == ["AM131"]


_PIECES = ["[A]", "[A]:", "<B>", "<B>:", " text", "\n", "\n\n", "  ", "    ", "<+ ", "<- ", "+> ", "-> ", "<_ ", "_> ",
           ">< ", "+ ", "- ", "(1) ", "(2) ", "----", "-- rule --", "--", "{a: 1}", "{voice: x}", "{uses: [1]}",
           "#tag", "# H", "// c", "/* c */", "<!-- c -->", "\\", "*", "_", "===\n", "{", "}", "{id: Z}",
           "{attacks: [{id: Q, target: A}]}", "{quotes: 5}", "{role: 5}", "{evidence: [1]}"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_any_input_imports_or_raises_argmap_error(text):
    try:
        amap, _ = import_argdown(text, "f.argdown")
    except ArgmapError as exc:
        assert exc.diagnostics and all(d.line >= 1 and d.column >= 1 for d in exc.diagnostics)
    else:
        assert argmap.parse(format_map(amap)) == amap


def test_every_syntax_error_is_reported_not_only_the_first():
    text = "[A]: x {y: 1\n[B]: fine\n<+\n[C]: ok\n\n[D]: z {q: 2\n  <- [E]: e\n(1)"
    with pytest.raises(ArgmapError) as caught:
        load(text)
    found = [(d.code, d.line, d.column) for d in caught.value.diagnostics]
    assert found == [("AM131", 1, 8), ("AM131", 3, 3), ("AM131", 6, 8), ("AM131", 8, 4)]
    assert "no closing `}`" in caught.value.diagnostics[2].message


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_syntax_errors_are_on_distinct_lines_of_the_file(text):
    try:
        import_argdown(text, "f.argdown")
    except ArgmapError as exc:
        lines = [d.line for d in exc.diagnostics if d.code == "AM131" and "no closing" in d.message
                 or d.message.startswith(("unexpected", "this line ends"))]
        assert lines == sorted(set(lines)) and all(n <= text.count("\n") + 1 for n in lines)


def test_syntax_errors_stop_after_a_bound():
    from argmap.interop.argdown_syntax import MAX_SYNTAX_ERRORS

    with pytest.raises(ArgmapError) as caught:
        load("[A]: x {y\n[B]: ok\n" * (MAX_SYNTAX_ERRORS + 50))
    found = caught.value.diagnostics
    assert len(found) == MAX_SYNTAX_ERRORS + 1 and found[-1].line == 2 * MAX_SYNTAX_ERRORS + 1
    assert "stopped after" in found[-1].message
