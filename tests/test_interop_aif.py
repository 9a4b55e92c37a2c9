"""AIF import and export: AIFdb/OVA samples (golden), the mapping's semantics, bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import argmap
from argmap import ArgmapError
from argmap.interop import export_aif, import_aif, load_foreign, to_aif
from argmap.writer import format_map

DATA = Path("tests/data/aif")
GOOD = sorted(DATA.glob("*.json"))
BAD = sorted((DATA / "bad").glob("*.json"))
REGEN = bool(os.environ.get("ARGMAP_REGEN_GOLDEN"))


def imported(path: Path):
    return import_aif(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.parametrize("path", GOOD, ids=[p.stem for p in GOOD])
def test_golden(path):
    amap, warnings = imported(path)
    text = format_map(amap)
    if warnings:
        text += "\n# import warnings:\n" + "".join(f"# {w}\n" for w in warnings)
    expected = path.with_name(path.name + ".golden")
    if REGEN:
        expected.write_text(text, encoding="utf-8")
    assert text == expected.read_text(encoding="utf-8")
    assert argmap.parse(format_map(amap)) == amap


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_input_gives_located_errors(path):
    with pytest.raises(ArgmapError) as caught:
        imported(path)
    assert caught.value.diagnostics
    assert all(d.code == "AM131" and d.path == str(path) and d.line >= 1 for d in caught.value.diagnostics)


def test_broken_json_points_at_the_place():
    with pytest.raises(ArgmapError) as caught:
        imported(DATA / "bad" / "not_json.json")
    [d] = caught.value.diagnostics
    assert (d.line, d.column) == (2, 18) and "not valid JSON" in d.message


def test_dialogue_gives_voices_and_schemes():
    amap, _ = imported(DATA / "aifdb_dialogue.json")
    assert {v.name for v in amap.voices} >= {"Anna Berg", "Carl Dorn"}
    assert amap.claim("C101").voice == "Anna-Berg" and amap.claim("C104").voice == "Carl-Dorn"
    [inference] = amap.inferences
    assert (inference.premises, inference.conclusion, inference.voice) == (("C102",), "C101", "Anna-Berg")
    [attack] = amap.attacks
    assert (attack.kind, attack.attacker, attack.target, attack.voice) == ("rebut", "C104", "C101", "Carl-Dorn")
    assert [(r.left, r.right) for r in amap.restatements] == [("C101", "C106")]


def test_conflict_on_a_rule_application_is_an_undercut_and_schemes_map():
    amap, warnings = imported(DATA / "schemes_undercut.json")
    assert [i.scheme for i in amap.inferences] == ["authority", "analogy", None]
    assert "Popular Opinion" in amap.inferences[2].note
    assert [(a.kind, a.target) for a in amap.attacks] == [("undercut", "RA4")]
    assert len(warnings) == 1


def test_ova_wrapper_and_numeric_ids():
    amap, _ = imported(DATA / "ova_wrapped.json")
    assert [c.id for c in amap.claims] == ["C1", "C2"] and amap.claim("C2").voice == "Grover-Furr"
    assert amap.inferences[0].scheme == "sign"


def test_partial_maps_import_with_a_warning_for_every_loss():
    amap, warnings = imported(DATA / "partial.json")
    messages = " ".join(w.message for w in warnings)
    for words in ("no conclusion", "preference", "'XX'", "2 attackers", "2 conclusions", "zzz"):
        assert words in messages
    assert len(amap.attacks) == 2 and len(amap.inferences) == 3


def test_an_evidence_kind_that_is_not_an_id_is_made_into_one():
    node = {"nodeID": "1", "type": "I", "text": "Doc", "argmap": {"kind": "evidence", "evidence": "two words"}}
    amap, warnings = import_aif(json.dumps({"nodes": [node], "edges": []}), "f.json")
    assert amap.evidence[0].kind == "two-words" and "written 'two-words'" in warnings[0].message
    assert argmap.parse(format_map(amap)) == amap


def test_json_nested_too_deep_is_an_error_not_a_crash():
    for text in ("[" * 200_000 + "]" * 200_000, '{"nodes": ' + "[" * 200_000 + "]" * 200_000 + "}"):
        with pytest.raises(ArgmapError, match="nests too deeply"):
            import_aif(text, "f.json")


def test_export_round_trip_of_the_example_is_exact():
    amap = argmap.load("examples/socrates.argmap")
    assert import_aif(export_aif(amap))[0] == amap
    assert import_aif(to_aif(amap))[0] == amap


def test_export_is_aifdb_shaped():
    data = to_aif(argmap.load("examples/socrates.argmap"))
    types = {n["type"] for n in data["nodes"]}
    assert types == {"I", "RA", "CA", "MA", "L", "YA", "TA"}
    node_ids = {n["nodeID"] for n in data["nodes"]}
    assert all(e["fromID"] in node_ids and e["toID"] in node_ids for e in data["edges"])
    assert {p["firstname"] for p in data["participants"]} >= {"A.", "Plato"}
    assert all(loc["nodeID"] in node_ids for loc in data["locutions"])
    assert export_aif(argmap.load("examples/socrates.argmap")) == export_aif(argmap.load("examples/socrates.argmap"))


def test_json_files_are_told_apart(tmp_path):
    from argmap import jsonio

    amap = argmap.load("examples/socrates.argmap")
    own = tmp_path / "own.json"
    own.write_text(jsonio.dumps(amap), encoding="utf-8")
    aif = tmp_path / "aif.json"
    aif.write_text(export_aif(amap), encoding="utf-8")
    assert load_foreign(own) == amap
    assert load_foreign(aif) == amap
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"hello": 1}), encoding="utf-8")
    with pytest.raises(ArgmapError, match="neither an AIF map"):
        load_foreign(other)


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 9) | st.sampled_from(["I", "RA", "CA", "MA", "L", "YA", "TA", "1", "2"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["nodeID", "type", "text", "fromID", "toID", "nodes", "edges", "locutions", "participants",
                         "personID", "participantID", "argmap", "AIF", "id", "voice", "tags", "quotes"]),
        inner, max_size=5),
    max_leaves=25)


@given(_json)
def test_any_json_imports_or_raises_argmap_error(data):
    for value in (data, {"nodes": data if isinstance(data, list) else [data], "edges": []}):
        try:
            import_aif(json.dumps(value), "f.json")
        except ArgmapError as exc:
            assert exc.diagnostics
