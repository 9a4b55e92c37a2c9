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
