"""docs/language.md stays true: its grammar is the grammar, and every example in it parses and round-trips."""

import re

import pytest

import argmap
from argmap import jsonio
from argmap.writer import format_map

LANGUAGE = open("docs/language.md", encoding="utf-8").read()
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", LANGUAGE, flags=re.S)


def test_grammar_copy_is_current():
    [grammar] = [body for lang, body in BLOCKS if lang == "lark"]
    assert grammar == open("grammars/argmap.lark", encoding="utf-8").read()


def test_complete_example_copy_is_current():
    example = open("examples/socrates.argmap", encoding="utf-8").read()
    assert any(body == example for _, body in BLOCKS)


EXAMPLES = [body for lang, body in BLOCKS if lang == "" and not body.startswith("broken.argmap")]


@pytest.mark.parametrize("body", EXAMPLES, ids=[b.split("\n", 1)[0][:40] for b in EXAMPLES])
def test_every_example_parses_and_round_trips(body):
    amap = argmap.parse(body, "doc.argmap")
    assert argmap.parse(format_map(amap)) == amap
    assert jsonio.loads(jsonio.dumps(amap)) == amap
    assert not amap.parse_findings


def test_there_are_examples_for_every_element():
    text = "\n".join(EXAMPLES)
    for keyword in ("include", "source", "voice", "claim", "evidence", "infer", "attack", "same", "device"):
        assert re.search(rf"^{keyword} ", text, flags=re.M), keyword


def test_cli_reference_is_current():
    import runpy

    generated = runpy.run_path("scripts/cli_docs.py", run_name="cli_docs")["cli_markdown"]()
    assert open("docs/cli.md", encoding="utf-8").read() == generated, "run: python scripts/cli_docs.py > docs/cli.md"
