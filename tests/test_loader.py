"""Loading from disk: includes relative to the including file, and their errors."""

import pytest

import argmap
from argmap import ArgmapError


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_includes_are_relative_and_merged(tmp_path):
    (tmp_path / "pyproject.toml").write_text("")
    write(tmp_path / "maps/a.argmap", 'include "parts/b.argmap"\nclaim A by v: "a"\n')
    write(tmp_path / "maps/parts/b.argmap", 'include "c.argmap"\nclaim B by v: "b"\n')
    write(tmp_path / "maps/parts/c.argmap", 'voice v "V" in s\nsource s "S"\n')
    m = argmap.load(tmp_path / "maps/a.argmap")
    assert [c.id for c in m.claims] == ["A", "B"] and m.voice("v") and m.source("s")
    assert len(m.files) == 3
    assert m.includes[0].resolved == str((tmp_path / "maps/parts/b.argmap").resolve())
    assert m.claims[1].location.path.endswith("b.argmap")


def test_diamond_include_is_read_once(tmp_path):
    write(tmp_path / "top.argmap", 'include "l.argmap"\ninclude "r.argmap"\n')
    write(tmp_path / "l.argmap", 'include "base.argmap"\n')
    write(tmp_path / "r.argmap", 'include "base.argmap"\n')
    write(tmp_path / "base.argmap", 'claim X by v: "x"\n')
    assert [c.id for c in argmap.load(tmp_path / "top.argmap").claims] == ["X"]


def test_include_cycle(tmp_path):
    write(tmp_path / "a.argmap", 'include "b.argmap"\n')
    write(tmp_path / "b.argmap", 'claim B by v: "b"\ninclude "a.argmap"\n')
    with pytest.raises(ArgmapError) as info:
        argmap.load(tmp_path / "a.argmap")
    [d] = info.value.diagnostics
    assert d.code == "AM121" and d.line == 2 and d.path.endswith("b.argmap")
    assert "a.argmap → " in d.message and d.message.count("→") == 2


def test_missing_include(tmp_path):
    write(tmp_path / "a.argmap", 'claim A by v: "a"\ninclude "nope.argmap"\n')
    with pytest.raises(ArgmapError) as info:
        argmap.load(tmp_path / "a.argmap")
    [d] = info.value.diagnostics
    assert (d.code, d.line, d.column, d.end_column) == ("AM120", 2, 9, 22) and "nope.argmap" in d.message


def test_include_outside_root(tmp_path):
    write(tmp_path / "outside.argmap", 'claim O by v: "o"\n')
    write(tmp_path / "project/pyproject.toml", "")
    write(tmp_path / "project/a.argmap", 'include "../outside.argmap"\n')
    with pytest.raises(ArgmapError) as info:
        argmap.load(tmp_path / "project/a.argmap")
    assert info.value.diagnostics[0].code == "AM122"


def test_syntax_errors_in_included_files_are_collected(tmp_path):
    write(tmp_path / "a.argmap", 'include "b.argmap"\n@@\n')
    write(tmp_path / "b.argmap", "claim X v\n")
    with pytest.raises(ArgmapError) as info:
        argmap.load(tmp_path / "a.argmap")
    assert sorted(d.path.rsplit("/", 1)[-1] for d in info.value.diagnostics) == ["a.argmap", "b.argmap"]


def test_missing_file_and_bad_encoding(tmp_path):
    with pytest.raises(ArgmapError) as info:
        argmap.load(tmp_path / "none.argmap")
    assert info.value.diagnostics[0].code == "AM120"
    (tmp_path / "latin.argmap").write_bytes(b'claim C by v: "caf\xe9"\n')
    with pytest.raises(ArgmapError) as info:
        argmap.load(tmp_path / "latin.argmap")
    d = info.value.diagnostics[0]
    assert d.code == "AM100" and "UTF-8" in d.message and (d.line, d.column) == (1, 19)


def test_bad_encoding_column_counts_characters(tmp_path):
    (tmp_path / "m.argmap").write_bytes('claim Жук by v: "caf'.encode() + b'\xe9"\n')
    with pytest.raises(ArgmapError) as info:
        argmap.load(tmp_path / "m.argmap")
    assert (info.value.diagnostics[0].line, info.value.diagnostics[0].column) == (1, 21)


def test_check_lists_every_file_read_before_an_include_error(tmp_path):
    from click.testing import CliRunner
    import json
    from argmap.cli import main

    write(tmp_path / "top.argmap", 'include "a.argmap"\n')
    write(tmp_path / "a.argmap", 'include "b.argmap"\n')
    write(tmp_path / "b.argmap", 'include "top.argmap"\n')
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path / "top.argmap")])
    assert result.exit_code == 2
    assert [f.rsplit("/", 1)[-1] for f in json.loads(result.output)["files"]] == ["a.argmap", "b.argmap",
                                                                                 "top.argmap"]


def _cli(*args):
    from click.testing import CliRunner

    from argmap.cli import main

    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output and not isinstance(result.exception, (TypeError, ValueError))
    return result.exit_code, result.output


def test_utf16_file_is_named_as_such(tmp_path):
    path = tmp_path / "u16.argmap"
    path.write_bytes('voice v "V"\n'.encode("utf-16"))
    with pytest.raises(ArgmapError) as info:
        argmap.load(path)
    (d,) = info.value.diagnostics
    assert d.code == "AM100" and "UTF-16" in d.message and "UTF-8" in d.suggestion


def test_nul_byte_is_reported_where_it_is(tmp_path):
    path = tmp_path / "nul.argmap"
    path.write_bytes(b'voice v "V"\nclaim C1 by v: "x\x00y"\n')
    with pytest.raises(ArgmapError) as info:
        argmap.load(path)
    (d,) = info.value.diagnostics
    assert (d.code, d.line, d.column) == ("AM100", 2, 18) and "NUL" in d.message


def test_binary_file_shows_its_first_line_safely(tmp_path):
    path = tmp_path / "b.argmap"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8\x1b[31m")
    code, out = _cli("check", str(path))
    assert code == 2 and "not text" in out and "binary" in out and "help: name an argmap text file" in out
    assert "\x1b" not in out and "\x00" not in out  # control characters never reach the terminal
    assert "    1 | \ufffdPNG" in out


def test_latin1_file_shows_the_line_with_a_caret(tmp_path):
    path = tmp_path / "latin.argmap"
    path.write_bytes(b'voice v "V"\nclaim C1 by v: "caf\xe9"\n')
    code, out = _cli("check", str(path))
    lines = out.splitlines()
    assert code == 2 and '    2 | claim C1 by v: "caf\ufffd"' in lines
    caret = lines[lines.index('    2 | claim C1 by v: "caf\ufffd"') + 1]
    assert caret.index("^") == lines[lines.index('    2 | claim C1 by v: "caf\ufffd"')].index("\ufffd")


def test_missing_include_suggests_a_near_name_or_says_where_paths_start(tmp_path):
    write(tmp_path / "socrates.argmap", 'voice v "V"\n')
    write(tmp_path / "a.argmap", 'include "sorcrates.argmap"\n')
    write(tmp_path / "b.argmap", 'include "nothing-like-it.argmap"\n')
    for name, hint in (("a", "did you mean `socrates.argmap`?"), ("b", "relative to the including file's folder")):
        with pytest.raises(ArgmapError) as info:
            argmap.load(tmp_path / f"{name}.argmap")
        (d,) = info.value.diagnostics
        assert d.code == "AM120" and hint in d.suggestion
