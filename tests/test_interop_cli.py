"""`argmap import`, `argmap export --to argdown|aif`, and Argdown/AIF files straight into check and render."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

import argmap
from argmap.cli import main
from argmap.interop import import_aif, import_argdown

runner = CliRunner()
SANDBOX = "tests/data/argdown/sandbox.argdown"


def run(*args):
    result = runner.invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_import_argdown_to_file(tmp_path):
    out = tmp_path / "sandbox.argmap"
    code, stdout, stderr = run("import", SANDBOX, "-o", str(out))
    assert code == 0, stderr
    assert stdout == "" and f"wrote {out}" in stderr
    amap = argmap.load(out)
    assert amap == import_argdown(open(SANDBOX, encoding="utf-8").read(), SANDBOX)[0]


def test_import_to_stdout_with_warnings_exits_1():
    code, stdout, stderr = run("import", "tests/data/argdown/data_unmapped.argdown")
    assert code == 1
    assert stdout.startswith("source data_unmapped") and "claim Tax by argdown" in stdout
    assert "data_unmapped.argdown:1:27: warning AM130" in stderr and "1 | [Tax]" in stderr


def test_import_replaces_the_named_output(tmp_path):
    out = tmp_path / "m.argmap"
    out.write_text("old\n", encoding="utf-8")
    assert run("import", "tests/data/aif/ova_wrapped.json", "-o", str(out), "-q")[0] == 1
    assert "Grover-Furr" in out.read_text(encoding="utf-8")


def test_import_format_from_option_and_refusals(tmp_path):
    renamed = tmp_path / "map.txt"
    renamed.write_text(open("tests/data/aif/aifdb_dialogue.json", encoding="utf-8").read(), encoding="utf-8")
    code, _, stderr = run("import", str(renamed))
    assert code == 2 and "--from" in stderr
    assert run("import", str(renamed), "--from", "aif", "-q")[0] == 1
    assert run("import", str(tmp_path / "missing.argdown"))[0] == 2
    code, _, stderr = run("import", SANDBOX, "-o", SANDBOX)
    assert code == 2 and "replace the file being imported" in stderr


def test_import_into_a_missing_directory_exits_2_without_a_traceback(tmp_path):
    code, stdout, stderr = run("import", SANDBOX, "-o", str(tmp_path / "no" / "m.argmap"))
    assert code == 2 and "cannot write" in stderr and "internal error" not in stderr


def test_import_bad_files_exit_2_with_place(tmp_path):
    for path, place in (("tests/data/argdown/bad/unclosed_data.argdown", ":1:25: error AM131"),
                        ("tests/data/aif/bad/not_json.json", ":2:18: error AM131")):
        code, stdout, stderr = run("import", path)
        assert code == 2 and stdout == ""
        assert place in stderr and "Traceback" not in stderr


def test_check_reads_argdown_and_aif_directly():
    code, stdout, _ = run("check", SANDBOX)
    assert code == 1 and "sandbox.argdown:" in stdout and "error AM131" not in stdout
    code, stdout, _ = run("check", "tests/data/argdown/data_unmapped.argdown", "--select", "AM130")
    assert code == 1 and "warning AM130" in stdout
    code, stdout, _ = run("check", "tests/data/aif/schemes_undercut.json", "--format", "json")
    assert code == 1 and json.loads(stdout)["diagnostics"]
    code, stdout, _ = run("check", "tests/data/argdown/bad/pcs_without_conclusion.argdown")
    assert code == 2 and "pcs_without_conclusion.argdown:3:1: error AM131" in stdout


def test_render_reads_argdown_directly(tmp_path):
    out = tmp_path / "sandbox.dot"
    code, _, stderr = run("render", SANDBOX, "-o", str(out))
    assert code == 0, stderr
    assert "Expand" in out.read_text(encoding="utf-8")


def test_export_to_argdown_and_aif(tmp_path):
    code, stdout, _ = run("export", "examples/socrates.argmap", "--to", "argdown")
    assert code == 0 and "-- deduction --" in stdout
    assert import_argdown(stdout)[0] == argmap.load("examples/socrates.argmap")
    code, stdout, _ = run("export", "examples/socrates.argmap", "--to", "aif")
    assert code == 0 and import_aif(stdout)[0] == argmap.load("examples/socrates.argmap")
    target = tmp_path / "s.argdown"
    assert run("export", "examples/socrates.argmap", "--to", "argdown", "-o", str(target))[0] == 0
    assert run("check", str(target), "--select", "AM1")[0] == 0


def test_console_script_never_shows_a_traceback(tmp_path):
    broken = tmp_path / "x.argdown"
    broken.write_bytes(b"[A]: \xff\xfe broken bytes\n")
    result = subprocess.run([sys.executable, "-c", "from argmap.cli import run; run()", "import", str(broken)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr and "UTF-8" in result.stderr


def test_export_format_follows_the_output_name_and_refuses_a_contradiction(tmp_path):
    target = tmp_path / "s.argdown"
    assert run("export", "examples/socrates.argmap", "-o", str(target))[0] == 0
    assert import_argdown(target.read_text(encoding="utf-8"))[0] == argmap.load("examples/socrates.argmap")
    code, _, err = run("export", "examples/socrates.argmap", "--to", "json", "-o", str(tmp_path / "t.argdown"))
    assert code == 2 and "does not fit" in err and not (tmp_path / "t.argdown").exists()
    code, _, err = run("export", "examples/socrates.argmap", "--to", "argdown", "-o", str(tmp_path / "t.json"))
    assert code == 2 and "does not fit" in err
    assert run("export", "examples/socrates.argmap", "--to", "aif", "-o", str(tmp_path / "t.json"))[0] == 0


def test_import_names_directories_and_argmap_files_for_what_they_are(tmp_path):
    (tmp_path / "d.argdown").mkdir()
    code, _, err = run("import", str(tmp_path / "d.argdown"))
    assert code == 2 and "is a directory" in err
    code, _, err = run("import", "examples/socrates.argmap")
    assert code == 2 and "already an argmap file" in err
