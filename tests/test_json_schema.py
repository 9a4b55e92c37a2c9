"""The JSON export matches docs/schema.json; check --format json matches docs/json.md."""

import json

import jsonschema
from hypothesis import given

from argmap import jsonio
import argmap
from strategies import argument_maps

SCHEMA = json.load(open("docs/schema.json", encoding="utf-8"))


def test_example_export_matches_schema():
    jsonschema.validate(jsonio.to_dict(argmap.load("examples/socrates.argmap")), SCHEMA)


@given(argument_maps())
def test_generated_exports_match_schema(amap):
    jsonschema.validate(json.loads(jsonio.dumps(amap)), SCHEMA)


def test_rejects_foreign_json():
    import pytest
    for text in ('{"nodes": []}', "[]", '{"argmap": 1, "claims": [{"id": "C"}]}', "{not json"):
        with pytest.raises(jsonio.JSONFormatError):
            jsonio.loads(text)


def test_rejects_values_of_the_wrong_type_or_outside_the_vocabulary():
    # Each once gave a map that crashed the CLI (a number where a list goes, an unknown attack kind) or
    # could not be written back as argmap text (an evidence kind that is no id).
    import pytest

    claim = '{"id": "C", "text": "t", "voice": "v"'
    for text, where in [
        ('{"argmap": 1, "claims": [' + claim + ', "quotes": 5}]}', "claims[0].quotes"),
        ('{"argmap": 1, "claims": [' + claim + ', "tags": "abc"}]}', "claims[0].tags"),
        ('{"argmap": 1, "claims": [' + claim + ', "location": {"line": "x"}}]}', "claims[0].location.line"),
        ('{"argmap": 1, "claims": [' + claim + ', "role": "boss"}]}', "claims[0].role"),
        ('{"argmap": 1, "claims": [{"id": 5, "text": "t", "voice": "v"}]}', "claims[0].id"),
        ('{"argmap": 1, "attacks": [{"id": "A", "voice": "v", "kind": "smash", "attacker": "a", "target": "b"}]}',
         "attacks[0].kind"),
        ('{"argmap": 1, "evidence": [{"id": "E", "voice": "v", "kind": "[1]"}]}', "evidence[0].kind"),
        ('{"argmap": 1, "files": 5}', "files"),
    ]:
        with pytest.raises(jsonio.JSONFormatError, match=__import__("re").escape(where)):
            jsonio.loads(text)
