"""The CLI: check (text, JSON, SARIF), rules, show, fmt, export; exit codes; no tracebacks."""

import json
import shutil

from click.testing import CliRunner

import argmap
from argmap.cli import main

runner = CliRunner()


def run(*args):
    result = runner.invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_check_clean_example_exits_0():
    code, out = run("check", "examples/socrates.argmap", "--select", "AM1")
    assert code == 0 and "no findings" in out


def test_syntax_error_text(tmp_path):
    path = tmp_path / "broken.argmap"
    path.write_text('claim C1 by v: "x"\n\nclaim C2 v: "y"\n', encoding="utf-8")
    code, out = run("check", str(path))
    assert code == 2
    assert f"{path}:3:10: error AM100" in out or "broken.argmap:3:10: error AM100" in out
    assert "    3 | claim C2 v: \"y\"" in out and "|          ^" in out and "help: add `by VOICE`" in out
    assert "Traceback" not in out


def test_undefined_id_text_json_sarif(tmp_path):
    path = tmp_path / "m.argmap"
    path.write_text('source s "S"\nvoice v "V" in s\nclaim C1 by v: "x"\ninfer I1 by v: C1x => C1\n', encoding="utf-8")
    code, out = run("check", str(path), "--select", "AM1")
    assert code == 1 and "m.argmap:4:16: error AM101" in out and "did you mean `C1`?" in out
    assert "    4 | infer I1 by v: C1x => C1\n      |                ^~~\n" in out  # the caret under C1x
    code, out = run("check", str(path), "--select", "AM1", "--format", "json")
    document = json.loads(out)
    [d] = document["diagnostics"]
    assert (d["code"], d["name"], d["severity"], d["line"], d["column"]) == ("AM101", "undefined-id", "error", 4, 16)
    assert d["end_column"] == 19
    assert d["path"].endswith("m.argmap") and d["suggestion"] == "did you mean `C1`?"
    code, out = run("check", str(path), "--select", "AM1", "--format", "sarif")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    run_ = sarif["runs"][0]
    [result] = run_["results"]
    rule = run_["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert rule["id"] == "AM101" == result["ruleId"] and result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (4, 16, 19)


def test_check_directory_skips_included_files_as_roots(tmp_path):
    (tmp_path / "a.argmap").write_text('include "b.argmap"\nclaim A by v: "a"\nvoice v "V" in s\nsource s "S"\n')
    (tmp_path / "b.argmap").write_text('claim B by v: "b"\n')
    code, out = run("check", str(tmp_path), "--select", "AM1", "--format", "json")
    assert code == 0 and len(json.loads(out)["files"]) == 2


def test_usage_errors_exit_2(tmp_path):
    assert run("check", str(tmp_path / "missing.argmap"))[0] == 2
    assert run("check", "--format", "xml", "examples")[0] == 2
    (tmp_path / "empty").mkdir()
    assert run("check", str(tmp_path / "empty"))[0] == 2


def test_rules_lists_and_documents():
    code, out = run("rules")
    assert code == 0 and "AM101" in out and "undefined-id" in out
    code, out = run("rules", "AM101")
    assert "What." in out and "Fix." in out
    assert run("rules", "AM999")[0] == 2


def test_show():
    code, out = run("show", "examples/socrates.argmap")
    assert code == 0 and "Socrates is mortal." in out and "A Sceptic" in out


def test_fmt_check_diff_and_in_place(tmp_path):
    path = tmp_path / "m.argmap"
    path.write_text('claim   C1 by v:"x" # c\n', encoding="utf-8")
    assert run("fmt", "--check", str(path))[0] == 1
    code, out = run("fmt", "--diff", str(path))
    assert code == 1 and '+claim C1 by v: "x"  # c' in out
    assert path.read_text() == 'claim   C1 by v:"x" # c\n'
    assert run("fmt", str(path))[0] == 0
    assert path.read_text() == 'claim C1 by v: "x"  # c\n'
    assert run("fmt", "--check", str(path))[0] == 0


def test_fmt_refuses_broken_files_without_touching_them(tmp_path):
    path = tmp_path / "m.argmap"
    path.write_text("claim C1 v\n", encoding="utf-8")
    assert run("fmt", str(path))[0] == 2
    assert path.read_text() == "claim C1 v\n"


def test_export_json_loads_back(tmp_path):
    code, out = run("export", "examples/socrates.argmap")
    assert code == 0
    from argmap import jsonio
    assert jsonio.loads(out) == argmap.load("examples/socrates.argmap")
    target = tmp_path / "m.json"
    assert run("export", "examples/socrates.argmap", "-o", str(target))[0] == 0
    assert json.loads(target.read_text())["claims"][0]["id"] == "T1"


def test_examples_check_with_structure_rules_only(tmp_path):
    shutil.copytree("examples", tmp_path / "ex")
    code, out = run("check", str(tmp_path / "ex"), "--select", "AM1")
    assert code == 0, out


def test_fmt_refuses_foreign_files(tmp_path):
    path = tmp_path / "debate.argdown"
    path.write_text("[A]: text\n", encoding="utf-8")
    code, out = run("fmt", str(path))
    assert code == 2 and "argmap import" in out and path.read_text() == "[A]: text\n"


def test_show_prints_brackets_as_written_and_every_claim(tmp_path):
    # Rich markup in a title once crashed `show`; claims by an undeclared voice were left out.
    path = tmp_path / "m.argmap"
    path.write_text('source s "[bold]Pravda[/x] [1917]"\n  by "[red]Lenin"\nvoice a "A" author in s\n'
                    'voice a "A again"\nclaim C1 by a: "[/i] one"\nclaim C2 by ghost: "two"\n', encoding="utf-8")
    code, out = run("show", str(path))
    assert code == 0 and "[bold]Pravda[/x] [1917]" in out and "[red]Lenin" in out and "[/i] one" in out
    assert "ghost [undeclared voice] — 1 claim" in out and "two" in out
    assert out.count("C1") == 1  # a voice defined twice is listed once
    assert "1 source, 2 voices, 2 claims" in out


def test_show_unknown_voice_exits_2(tmp_path):
    result = runner.invoke(main, ["show", "examples/socrates.argmap", "--voice", "nobody"])
    assert result.exit_code == 2 and "no voice `nobody`" in result.output and "teacher" in result.output


def test_export_to_an_unwritable_place_exits_2(tmp_path):
    result = runner.invoke(main, ["export", "examples/socrates.argmap", "-o", str(tmp_path / "no" / "m.json")])
    assert result.exit_code == 2 and "cannot write" in result.output
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an OSError


def test_fmt_diff_marks_a_missing_final_newline(tmp_path):
    path = tmp_path / "m.argmap"
    path.write_text("# only a comment", encoding="utf-8")
    code, out = run("fmt", "--diff", str(path))
    assert code == 1 and out.endswith("-# only a comment\n\\ No newline at end of file\n+# only a comment\n")


def test_fmt_reports_a_file_it_cannot_write(tmp_path, monkeypatch):
    from pathlib import Path

    path = tmp_path / "m.argmap"
    path.write_text('claim   C1 by v:"x"\n', encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_text", refuse)
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 2 and "cannot write" in result.output and "Permission denied" in result.output


def test_selection_that_matches_no_rule_is_a_usage_error(tmp_path):
    # `--select AM2O1` (letter O) once checked nothing and exited 0.
    result = runner.invoke(main, ["check", "examples/socrates.argmap", "--select", "AM2O1"])
    assert result.exit_code == 2 and "AM2O1 matches no rule" in result.output
    result = runner.invoke(main, ["check", "examples/socrates.argmap", "--ignore", "AM1,XX"])
    assert result.exit_code == 2 and "XX matches no rule" in result.output
    (tmp_path / "pyproject.toml").write_text('[tool.argmap]\nselect = ["AM2"]\n[tool.argmap.severity]\nAM2 = "info"\n',
                                             encoding="utf-8")
    (tmp_path / "m.argmap").write_text('claim C1 by v: "x"\n', encoding="utf-8")
    result = runner.invoke(main, ["check", str(tmp_path / "m.argmap")])
    assert result.exit_code == 2 and "severity: AM2 is no rule code" in result.output
    assert run("check", "examples/socrates.argmap", "--select", "am1", "--ignore", "AM10")[0] == 0


def test_rules_print_brackets_as_written():
    code, out = run("rules", "AM606")
    assert code == 0 and "`[T]he`" in out
    result = runner.invoke(main, ["rules", "[/x]"])  # once a rich MarkupError
    assert result.exit_code == 2 and "no rule matches [/x]" in result.output


def test_fmt_refuses_files_whose_property_lines_it_would_drop(tmp_path):
    # A misplaced or repeated property line has no place in the model: formatting deleted it.
    path = tmp_path / "m.argmap"
    text = 'claim C1 by v: "x"\n  warrant "important words"\n  hedge "perhaps"\n  hedge "surely"\n'
    path.write_text(text, encoding="utf-8")
    for args in ([], ["--check"], ["--diff"]):
        result = runner.invoke(main, ["fmt", *args, str(path)])
        assert result.exit_code == 2 and "AM106" in result.output and "AM108" in result.output
        assert "belongs under an inference" in result.output
    assert path.read_text(encoding="utf-8") == text


def test_check_directory_of_files_including_each_other_still_checks_them(tmp_path):
    # Each file was skipped as "included by another", so nothing was checked and the exit code was 0.
    (tmp_path / "a.argmap").write_text('include "b.argmap"\nclaim A by v: "a"\n', encoding="utf-8")
    (tmp_path / "b.argmap").write_text('include "a.argmap"\nclaim B by v: "b"\n', encoding="utf-8")
    (tmp_path / "c.argmap").write_text('include "c.argmap"\n', encoding="utf-8")
    code, out = run("check", str(tmp_path), "--format", "json")
    document = json.loads(out)
    assert code == 2 and [d["code"] for d in document["diagnostics"]] == ["AM121", "AM121"]
    assert len(document["files"]) == 3


def test_sarif_uri_is_a_uri_reference(tmp_path, monkeypatch):
    (tmp_path / "my maps").mkdir()
    (tmp_path / "my maps" / "Тест.argmap").write_text('claim C1 by v: "x"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out = run("check", "my maps/Тест.argmap", "--select", "AM101", "--format", "sarif")
    location = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "my%20maps/%D0%A2%D0%B5%D1%81%D1%82.argmap"


def test_export_refuses_to_overwrite_the_map(tmp_path):
    path = tmp_path / "m.argmap"
    path.write_text('claim C1 by v: "x"\n', encoding="utf-8")
    code, _ = run("export", str(path), "-o", str(path))
    assert code == 2 and path.read_text() == 'claim C1 by v: "x"\n'


def test_commands_taking_one_map_name_a_directory_as_such(tmp_path):
    (tmp_path / "d.argmap").mkdir()
    for command in (["show"], ["explain"], ["export"]):
        args = [*command, str(tmp_path / "d.argmap")] + (["C1"] if command == ["explain"] else [])
        result = runner.invoke(main, args)
        assert result.exit_code == 2 and "is a directory" in result.output, (command, result.output)
