"""``argmap explain``: trees for established, unestablished and circular claims; exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from argmap.cli import main

HEAD = 'source s "S"\nvoice a "A" in s\n'
MAP = HEAD + '''claim T1 by a: "The thesis."
  thesis
claim C1 by a: "A granted premise."
  granted
claim C2 by a: "A supported premise."
claim C3 by a: "A bare assertion."
claim C4 by a: "In a loop."
claim C5 by a: "Also in the loop."
claim C6 by a: "Says C1 again."
same C1 as C6
evidence E1 by a: archive "RGASPI 17/3/1001"
evidence E2 by a: document
infer I1 by a (deduction): C1, C2 => T1
infer I2 by a (authority): E1 => C2
infer I3 by a: C3, E2 => C4
infer I4 by a: C4 => C5
infer I5 by a: C5 => C4
'''


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "m.argmap"
    path.write_text(MAP, encoding="utf-8")
    return str(path)


def run(*args):
    return CliRunner().invoke(main, ["explain", *args])


def test_established_claim_down_to_evidence_and_granted(map_file):
    result = run(map_file, "T1")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "T1  established (depth 2): by I1" in out
    assert "C1  established: granted" in out
    assert "E1  established: evidence with a citation" in out
    assert 'archive "RGASPI 17/3/1001"' in out and '"The thesis." [thesis]' in out


def test_unestablished_claim_down_to_bare_assertions(map_file):
    out = run(map_file, "C4").output
    assert "C4  not established" in out
    assert "C3  not established: bare assertion" in out
    assert "E2  not established: evidence without a citation" in out
    assert "C5 => C4" in out and "circular" in out


def test_restatement_shares_status(map_file):
    result = run(map_file, "C6")
    assert result.exit_code == 0
    assert "granted (as C1, a restatement)" in result.output


def test_inference_and_evidence_ids(map_file):
    assert "I3 step by a  not established: C3, E2 => C4: C3, E2 not established" in run(map_file, "I3").output
    assert "E1  established" in run(map_file, "E1").output


def test_json_format(map_file):
    result = run(map_file, "T1", "--format", "json")
    tree = json.loads(result.output)
    assert tree["established"] and tree["children"][0]["id"] == "I1"
    assert [c["id"] for c in tree["children"][0]["children"]] == ["C1", "C2"]


def test_unknown_id_suggests_the_nearest(map_file):
    result = run(map_file, "T2")
    assert result.exit_code == 2
    assert "no claim, evidence or inference `T2`" in result.output and "did you mean `T1`?" in result.output


def test_id_of_another_kind(map_file):
    result = run(map_file, "a")
    assert result.exit_code == 2 and "`a` is a voice" in result.output


def test_missing_and_broken_files(tmp_path):
    assert run(str(tmp_path / "nope.argmap"), "C1").exit_code == 2
    broken = tmp_path / "broken.argmap"
    broken.write_text('claim C1 a: "x"\n', encoding="utf-8")
    result = run(str(broken), "C1")
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_the_bundled_example():
    result = run("examples/socrates.argmap", "T1")
    assert result.exit_code == 0 and "E1  established" in result.output


def test_a_very_long_chain_is_cut_not_crashed(tmp_path):
    n = 400
    body = "".join(f'claim C{i} by a: "{i}"\n' for i in range(n))
    body += "".join(f"infer I{i} by a: C{i + 1} => C{i}\n" for i in range(n - 1))
    body += f"infer I{n} by a: C0 => C{n - 1}\n"  # and round again: one long circle
    path = tmp_path / "long.argmap"
    path.write_text(HEAD + body, encoding="utf-8")
    result = run(str(path), "C0")
    assert result.exit_code == 0, result.output[-500:]
    assert "goes deeper" in result.output and "C8`)" in result.output and "C9`)" not in result.output
    assert "C3`" in run(str(path), "C0", "--depth", "3").output
    assert json.loads(run(str(path), "C0", "--format", "json").output)["id"] == "C0"
