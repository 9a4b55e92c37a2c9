"""Broken input never crashes: the loader raises only ArgmapError, the CLI never prints a traceback."""

import random
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import argmap
from argmap import ArgmapError

EXAMPLE = open("examples/socrates.argmap", encoding="utf-8").read()
_pieces = st.sampled_from(
    ['claim', 'C1', 'by', ':', '"', '"""', '“', '=>', '->', ',', '(', ')', 'rebuts', '\n', '\r\n', '\r', '  ',
     'quote', 's:1-2', '#', '\\', '\ufeff', 'infer', 'same', 'as', 'include', 'Жуков', '\x00', '\t', '-', '.']
)


def parses_or_fails_cleanly(text):
    try:
        argmap.parse(text, "fuzz.argmap")
    except ArgmapError as exc:
        assert exc.diagnostics and all(d.location is not None for d in exc.diagnostics)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pieces, max_size=40).map("".join))
def test_token_soup(text):
    parses_or_fails_cleanly(text)


@given(st.text(max_size=200))
def test_random_unicode(text):
    parses_or_fails_cleanly(text)


@given(st.integers(0, len(EXAMPLE)), st.text(max_size=10), st.integers(0, 3))
def test_mutated_example(position, insert, mode):
    if mode == 0:
        text = EXAMPLE[:position]
    elif mode == 1:
        text = EXAMPLE[:position] + insert + EXAMPLE[position:]
    elif mode == 2:
        lines = EXAMPLE.split("\n")
        random.Random(position).shuffle(lines)
        text = "\n".join(lines)
    else:
        text = EXAMPLE[:position] + EXAMPLE[position + len(insert) + 1:]
    parses_or_fails_cleanly(text)
    try:
        argmap.check(argmap.parse(text, "fuzz.argmap"))
    except ArgmapError:
        pass


def test_huge_line_and_many_lines():
    parses_or_fails_cleanly('claim C1 by v: "' + "x" * 1_000_000 + '"\n')
    parses_or_fails_cleanly("@" * 100_000)
    parses_or_fails_cleanly('claim C1 by v: "x"\n' * 20_000)


def test_many_broken_lines_report_a_bounded_number():
    from argmap.parser import MAX_SYNTAX_ERRORS

    with pytest.raises(ArgmapError) as raised:
        argmap.parse("@\n" * 5000)
    found = raised.value.diagnostics
    assert len(found) == MAX_SYNTAX_ERRORS + 1 and "stopped after" in found[-1].message


def test_cli_never_prints_a_traceback(tmp_path):
    rng = random.Random(7)
    for i in range(6):
        chars = list(EXAMPLE)
        for _ in range(20):
            chars.insert(rng.randrange(len(chars)), chr(rng.randrange(1, 0x3000)))
        path = tmp_path / f"m{i}.argmap"
        path.write_text("".join(chars), encoding="utf-8")
        for command in (["check", str(path)], ["fmt", "--check", str(path)], ["show", str(path)],
                        ["export", str(path)]):
            result = subprocess.run([sys.executable, "-m", "argmap", *command], capture_output=True, text=True)
            assert "Traceback" not in result.stdout + result.stderr, (command, result.stderr[-500:])
            assert "internal error" not in result.stderr, (command, result.stderr[-500:])
            assert result.returncode in (0, 1, 2)
    (tmp_path / "bin.argmap").write_bytes(b"\xff\xfe\x00claim")
    result = subprocess.run([sys.executable, "-m", "argmap", "check", str(tmp_path / "bin.argmap")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr + result.stdout
