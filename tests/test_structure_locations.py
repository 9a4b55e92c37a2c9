"""Findings about one word of a line (an undefined id, an unknown scheme...) point at that word."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import argmap
from argmap import jsonio, report
from argmap.model import WordLocation, word_location
from argmap.parser import KEYWORDS
from argmap.rules import structure
from argmap.writer import format_map
from strategies import argument_maps

ROOT = Path(__file__).resolve().parent.parent

HEAD = '''\
source s "S"
voice teacher "T" author in s
claim C1 by teacher: "one"
claim T1 by teacher: "two"
infer I0 by teacher (deduction): C1 => T1
'''


def findings(text, code):
    return [d for d in argmap.check(argmap.parse(text, "m.argmap"), select=[code])]


def pointed(text, d):
    """The words of the line under the caret of ``d``."""
    line = text.split("\n")[d.line - 1]
    return line[d.column - 1:d.end_column - 1]


@pytest.mark.parametrize(
    "line, code, word",
    [
        ("infer I1 by teacher (deducton): C1, C9 => T1", "AM101", "C9"),  # a premise
        ("infer I1 by teacher (deducton): C1, C9 => T1", "AM107", "deducton"),  # an unknown scheme
        ("infer I1 by teacher: C1 => T9", "AM101", "T9"),  # a conclusion
        ("attack A1 by teacher: C1 rebuts T7", "AM101", "T7"),  # an attack target
        ("attack A1 by teacher: X1 rebuts T1", "AM101", "X1"),  # an attacker
        ("attack A1 by teacher: C1 undercuts T1", "AM103", "T1"),  # a target of the wrong kind
        ("attack A1 by teacher: C1 undermines T1", "AM110", "T1"),  # undermining what no step uses
        ("same C1 as C7", "AM101", "C7"),  # a `same` relation
        ("same C7 as C1", "AM101", "C7"),
        ('claim C2 by teacher: "x"\n  quote sx:3 "x"', "AM101", "sx"),  # a quote's source id
        ('claim C2 by teacher: "x"\n  quote s:9-3 "x"', "AM112", "s:9-3"),  # a bad line range
        ('claim C2 by teacher: ""', "AM111", '""'),
        ('claim C2 by teachr: "x"', "AM101", "teachr"),  # a voice
        ('evidence E1 by teacher: archiv "A"', "AM107", "archiv"),
        ('voice v2 "V" historan in s', "AM107", "historan"),
        ('voice v2 "V" historian in sss', "AM101", "sss"),
        ('voice v2 "V" historian in s\n  quoted by teachr', "AM101", "teachr"),
        ('source s2 "S2"\n  cites s, s3', "AM101", "s3"),
        ('device epithat "one" in C1', "AM107", "epithat"),
        ('device epithet "one" in C8', "AM101", "C8"),
        ('device epithet "one" in C1\n  at s9:1', "AM101", "s9"),
    ],
)
def test_caret_under_the_wrong_word(line, code, word):
    text = HEAD + line + "\n"
    [d] = findings(text, code)
    assert pointed(text, d) == word
    assert d.line == HEAD.count("\n") + 1 + line.count("\n")


def test_example_of_the_brief_in_text_json_and_sarif():
    text = HEAD + "infer I1 by teacher (deducton): C1, C9 => T1\n"
    found = sorted(argmap.check(argmap.parse(text, "m.argmap"), select=["AM101", "AM107"]), key=lambda d: d.code)
    assert [(d.code, d.line, d.column, d.end_column) for d in found] == [("AM101", 6, 37, 39), ("AM107", 6, 22, 30)]
    [as_json] = [d for d in json.loads(report.to_json(found))["diagnostics"] if d["code"] == "AM101"]
    assert (as_json["line"], as_json["column"], as_json["end_column"]) == (6, 37, 39)
    sarif = json.loads(report.to_sarif(found, {}))
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in sarif["runs"][0]["results"]]
    assert {"startLine": 6, "startColumn": 37, "endColumn": 39} in regions
    shown, start, width = report.excerpt(text.split("\n")[5], 37, 39)
    assert shown[start:start + width] == "C9"


def test_the_same_id_twice_points_at_each():
    text = HEAD + "infer I1 by teacher: C9, C1, C9 => T1\n"
    assert [(d.column, pointed(text, d)) for d in findings(text, "AM101")] == [(22, "C9"), (30, "C9")]


def test_locations_keep_the_included_files_path(tmp_path):
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "main.argmap").write_text(HEAD + 'include "part.argmap"\n', encoding="utf-8")
    (tmp_path / "part.argmap").write_text("\n# a part\nsame C1 as C7\n", encoding="utf-8")
    [d] = argmap.check(argmap.load(tmp_path / "main.argmap"), select=["AM101"])
    assert (Path(d.path).name, d.line, d.column, d.end_column) == ("part.argmap", 3, 12, 14)


def test_a_word_after_a_text_spanning_lines_is_reported_on_the_statements_line():
    # `# noqa` and `fmt` go by the line a statement starts on, so the finding stays there.
    text = HEAD + 'voice v2 """V\nW""" historian in sss\n'
    [d] = findings(text, "AM101")
    assert (d.line, d.column, d.end_column) == (6, 7, 9)  # at the voice's id, underlined


def test_word_locations_take_no_part_in_equality_or_json():
    text = HEAD + "infer I1 by teacher (deduction): C1 => T1\n"
    parsed = argmap.parse(text, "m.argmap")
    moved = argmap.parse("\n\n" + text.replace(": C1 =>", ":   C1 =>"), "m.argmap")
    assert parsed == moved and hash(parsed.inferences[1]) == hash(moved.inferences[1])
    assert "spans" not in jsonio.dumps(parsed)
    assert jsonio.from_dict(jsonio.to_dict(parsed)) == parsed
    where = word_location(parsed.inferences[1], "premises", 0)
    assert isinstance(where, WordLocation) and (where.line, where.column, where.end_column) == (6, 34, 36)
    # Built in code or read from JSON: the element's own location.
    imported = jsonio.from_dict(jsonio.to_dict(parsed)).inferences[1]
    assert word_location(imported, "premises", 0) == imported.location


# ---- every undefined reference of a mutated seed map points at its words ---------------------------------------
SEED_MAPS = sorted(p for p in (ROOT / "examples").glob("*.argmap")  # those with steps, not a list of includes
                   if re.search(r"^(infer|attack|same) ", p.read_text(encoding="utf-8"), re.MULTILINE))
_WORD = re.compile(r"[^\W\d][\w]*(?:[.\-]\w+)*")
_QUOTED_OR_COMMENT = re.compile(r'"(?:[^"\\\n]|\\.)*"|\u201c[^\u201d\n]*\u201d|#.*')


def _words_outside_texts(line: str) -> list[re.Match]:
    masked = _QUOTED_OR_COMMENT.sub(lambda m: " " * len(m.group()), line)
    return [m for m in _WORD.finditer(masked) if m.group() not in KEYWORDS]


def _assert_every_am101_points_at_its_id(text: str) -> list:
    try:
        amap = argmap.parse(text, "m.argmap")
    except argmap.ArgmapError:
        return []
    found = [d for d in argmap.check(amap, select=["AM101", "AM103"])]
    for d in found:
        if d.end_column is not None:
            assert pointed(text, d) == d.data["id"], d
    return found


@pytest.mark.parametrize("path", SEED_MAPS, ids=lambda p: p.stem)
def test_seed_maps_as_written(path):
    # Read alone (without their includes), the parts of a combined map have many undefined references.
    text = path.read_text(encoding="utf-8")
    found = _assert_every_am101_points_at_its_id(text)
    assert all(d.end_column is not None for d in found if '"""' not in text.split("\n")[d.line - 1])


@pytest.mark.parametrize("path", SEED_MAPS, ids=lambda p: p.stem)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_seed_map_mutations(path, data):
    lines = path.read_text(encoding="utf-8").split("\n")
    candidates = [(n, m) for n, line in enumerate(lines)
                  if '"""' not in line and line.split()[:1] in (["infer"], ["attack"], ["same"], ["claim"],
                                                                 ["evidence"], ["device"], ["quote"], ["cites"])
                  for m in _words_outside_texts(line)]
    assume(candidates)
    n, match = data.draw(st.sampled_from(candidates))
    mutated_word = match.group() + "Qz"
    line = lines[n]
    lines[n] = line[:match.start()] + mutated_word + line[match.end():]
    text = "\n".join(lines)
    found = _assert_every_am101_points_at_its_id(text)
    at_mutation = [d for d in found if d.line == n + 1 and d.data["id"] == mutated_word]
    if at_mutation and at_mutation[0].end_column is not None:
        assert at_mutation[0].column == match.start() + 1


def test_the_example_in_docs_language_md_is_what_check_prints(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from argmap.cli import main

    [shown] = re.findall(r"```text\n(m\.argmap:.*?)```", (ROOT / "docs" / "language.md").read_text(encoding="utf-8"),
                         flags=re.S)
    first_four = "".join(HEAD.splitlines(keepends=True)[:4])
    (tmp_path / "m.argmap").write_text(first_four + "infer I1 by teacher (deducton): C1, C9 => T1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "m.argmap", "--select", "AM101"])
    assert result.output.startswith(shown)


def test_other_rules_about_one_word_point_at_it(tmp_path):
    (tmp_path / "s.txt").write_text("one\nThe Committee met\nthree\n", encoding="utf-8")
    text = '''\
source s "S"
  text "s.txt"
  cites s2
source s2 "S2"
  cites s
voice v "V" author in s
claim C1 by v: "x"
  quote s:1 "The Committee met"
  quote s:2 "the committee met"
  quote s:9 "three"
  quote s:1 "nothing like it"
claim C2 by v: "y"
infer I1 by v: C2, C1 => C1
same C2 as C2
attack A1 by v: C2 rebuts C2
device epithet "three" in C1
  at s:1
'''
    (tmp_path / "m.argmap").write_text(text, encoding="utf-8")
    found = argmap.check(argmap.load(tmp_path / "m.argmap"), select=["AM109", "AM3", "AM6"])
    assert sorted((d.code, d.line, pointed(text, d)) for d in found) == [
        ("AM109", 14, "C2"),  # same C2 as C2: the second
        ("AM109", 15, "C2"),  # an attack on itself: the attacker, which the suggestion replaces
        ("AM302", 13, "C1"),  # self-support: the premise to remove
        ("AM304", 3, "s2"),  # citation cycle: the cites word that closes it
        ("AM601", 11, '"nothing like it"'),  # words not in the text: the words
        ("AM602", 8, "s:1"),  # words elsewhere: the locator
        ("AM602", 17, "s:1"),  # a device's span elsewhere: its `at` locator
        ("AM605", 10, "s:9"),
        ("AM606", 9, '"the committee met"'),
    ]


def test_rhetoric_rules_about_a_premise_or_attacker_point_at_it():
    head = 'source s "S"\nvoice v "V" author in s\nvoice m "Muxin" opponent in s\n'
    laundering = head + ('claim C0 by v: "Stalin won."\nclaim C1 by v: "Stalin perhaps wanted contested elections."\n'
                         'claim T1 by v: "Stalin wanted democracy."\ninfer I1 by v (sign): C0, C1 => T1\n')
    [d] = argmap.check(argmap.parse(laundering, "m.argmap"), select=["AM504"])
    assert (d.line, pointed(laundering, d)) == (7, "C1")
    epithet = head + ('claim C34 by m: "Beria was a good man."\n'
                      'claim K1 by v: "Muxin and his upstart jackals cannot be trusted."\n'
                      "attack A1 by v: K1 rebuts C34\n")
    [d] = argmap.check(argmap.parse(epithet, "m.argmap"), select=["AM503"])
    assert (d.line, pointed(epithet, d)) == (6, "K1")


def test_hedge_laundering_points_at_the_hedged_premise():
    text = HEAD + 'claim C2 by teacher: "perhaps"\n  hedge "perhaps"\ninfer I1 by teacher: C1, C2 => T1\n'
    [d] = findings(text, "AM207")
    assert (d.line, pointed(text, d)) == (8, "C2")


@settings(max_examples=60, deadline=None)
@given(argument_maps())
def test_every_reference_of_a_formatted_map_is_located_at_its_id(amap):
    # Ids of any script, texts with quotes and wide characters before them: columns count characters.
    text = format_map(amap)
    lines = text.split("\n")
    parsed = argmap.parse(text, "m.argmap")
    located = 0
    for ref_id, _, _, where in structure._references(parsed):
        location = word_location(*where)
        if isinstance(location, WordLocation):
            located += 1
            assert lines[location.line - 1][location.column - 1:location.end_column - 1] == ref_id
    multi_line = '"""' in text
    assert multi_line or located == sum(1 for _ in structure._references(parsed))


def test_include_errors_point_at_the_path(tmp_path):
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    text = HEAD + 'include "nowhere.argmap"\ninclude "../outside.argmap"\n'
    (tmp_path / "main.argmap").write_text(text, encoding="utf-8")
    with pytest.raises(argmap.ArgmapError) as caught:
        argmap.load(tmp_path / "main.argmap")
    assert sorted((d.code, d.line, pointed(text, d)) for d in caught.value.diagnostics) == [
        ("AM120", 6, '"nowhere.argmap"'), ("AM122", 7, '"../outside.argmap"')]


def test_misplaced_and_repeated_properties_underline_their_keyword():
    text = HEAD + '  hedge "w"\nclaim C9 by teacher: "x"\n  thesis\n  granted\n'
    found = sorted(argmap.check(argmap.parse(text, "m.argmap"), select=["AM106", "AM108"]), key=lambda d: d.line)
    assert [(d.code, d.line, pointed(text, d)) for d in found] == [("AM106", 6, "hedge"), ("AM108", 9, "granted")]


def test_a_finding_about_a_whole_element_underlines_its_id():
    text = HEAD + "claim lonely-claim by teacher: \"Nothing connects to this.\"\n"
    [d] = findings(text, "AM206")
    assert (d.line, d.column, d.end_column) == (6, 7, 7 + len("lonely-claim"))
    assert pointed(text, d) == "lonely-claim"
    sarif = json.loads(report.to_sarif([d], {}))
    assert sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["endColumn"] == 19
