"""The built wheel carries the grammars, so a non-editable install can parse files.

(.ci/run also installs the wheel into a fresh venv and checks the examples with it: `make wheel-smoke`.)
"""

import subprocess
import sys
import zipfile

import pytest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                             str(out), "."], capture_output=True, text=True)
    if result.returncode != 0:
        result = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), "."],
                                capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    [path] = out.glob("argmap-*.whl")
    return path


def test_wheel_contains_grammar_and_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "argmap/grammars/argmap.lark" in names
    assert "argmap/parser.py" in names and "argmap/cli/__init__.py" in names
    assert not any(n.startswith(("tests/", "examples/")) for n in names)


def test_packaged_grammar_is_the_grammar(wheel):
    packaged = zipfile.ZipFile(wheel).read("argmap/grammars/argmap.lark").decode("utf-8")
    assert packaged == open("grammars/argmap.lark", encoding="utf-8").read()
