"""Formatting and JSON round trips: parse(format(m)) == m, format is idempotent, JSON loads back equal."""

from hypothesis import given

import argmap
from argmap import jsonio
from argmap.writer import format_map
from strategies import argument_maps


@given(argument_maps())
def test_parse_of_format_equals_map(amap):
    text = format_map(amap)
    assert argmap.parse(text) == amap


@given(argument_maps())
def test_format_is_idempotent(amap):
    once = format_map(argmap.parse(format_map(amap), "m.argmap"))
    twice = format_map(argmap.parse(once, "m.argmap"))
    assert once == twice


@given(argument_maps())
def test_json_round_trip(amap):
    assert jsonio.loads(jsonio.dumps(amap)) == amap


def test_json_round_trip_keeps_locations(tmp_path):
    amap = argmap.load("examples/socrates.argmap")
    back = jsonio.loads(jsonio.dumps(amap))
    assert back == amap
    assert [c.location for c in back.claims] == [c.location for c in amap.claims]
    assert [q.location for c in back.claims for q in c.quotes] == [q.location for c in amap.claims for q in c.quotes]


def test_fmt_keeps_comments_and_is_stable():
    source = '# lead comment\nclaim   C1  by v :   "x"   # trailing\n   thesis\n# between\nvoice v "V"  in s\n'
    formatted = format_map(argmap.parse(source, "m.argmap"))
    assert formatted == (
        '# lead comment\nclaim C1 by v: "x"  # trailing\n  thesis\n\n# between\nvoice v "V" in s\n'
    )
    assert format_map(argmap.parse(formatted, "m.argmap")) == formatted


def test_fmt_example_is_canonical():
    text = open("examples/socrates.argmap", encoding="utf-8").read()
    amap = argmap.parse(text, "examples/socrates.argmap")
    assert argmap.parse(format_map(amap)) == amap


def test_fmt_keeps_comments_on_property_lines_and_after_multi_line_texts():
    source = ('source s "S"\n  by """First\n  Author"""  # by\n  year 1990  # year\n'
              'claim T1 by v: """Two\n  lines."""  # noqa: AM203\n  thesis  # why\n  # on its own\n'
              '  quote s:1 "x"  # quote\nclaim C2 by v: "y"\n')
    amap = argmap.parse(source, "m.argmap")
    formatted = format_map(amap, text=source)
    assert formatted == (
        'source s "S"\n  by "First Author"  # by\n  year 1990  # year\n\n'
        'claim T1 by v: "Two lines."  # noqa: AM203\n  thesis  # why\n  quote s:1 "x"  # quote\n\n'
        '# on its own\nclaim C2 by v: "y"\n'
    )
    assert format_map(argmap.parse(formatted, "m.argmap"), text=formatted) == formatted


def test_a_carriage_return_in_a_text_is_written_as_a_space():
    # Texts from JSON or an import may hold "\r", which the parser reads as a line end: the file broke.
    from argmap.model import ArgumentMap, Claim

    amap = ArgumentMap(claims=[Claim(id="C", text="one\rtwo\r\n three", voice="v")])
    assert argmap.parse(format_map(amap)).claims[0].text == "one two three"


def test_fmt_keeps_blank_lines_after_comments():
    # A file's header comment lost the blank line under it and read as a comment on the first element.
    source = '# header\n\n# about s\nsource s "S"\nvoice v "V" in s\n\n# a\n\n# b\n'
    assert format_map(argmap.parse(source, "m.argmap"), text=source) == (
        '# header\n\n# about s\nsource s "S"\n\nvoice v "V" in s\n\n# a\n\n# b\n')
    assert format_map(argmap.parse(source, "m.argmap")) == (
        '# header\n# about s\nsource s "S"\n\nvoice v "V" in s\n\n# a\n# b\n')
