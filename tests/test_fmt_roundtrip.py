"""Formatting and JSON round trips: parse(format(m)) == m, format is idempotent, JSON loads back equal."""

from hypothesis import given, strategies as st

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
        'claim T1 by v: "Two lines."  # noqa: AM203\n  thesis  # why\n  # on its own\n  quote s:1 "x"  # quote\n\n'
        'claim C2 by v: "y"\n'
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


def test_fmt_keeps_comments_between_property_lines_where_they_were():
    # A comment between two property lines used to move below the element, above the next one.
    source = ('# head\nclaim T1 by v: "x"\n  thesis\n  # why the quote\n# second, at column 1\n\n'
              '  quote s:1 "q"  # trailing\n  # before tags\n  tags a, b\n  # indented, after the last line\n'
              'claim C2 by v: "y"\n# about I1\ninfer I1 by v: C2 => T1\n')
    expected = ('# head\nclaim T1 by v: "x"\n  thesis\n  # why the quote\n  # second, at column 1\n'
                '  quote s:1 "q"  # trailing\n  # before tags\n  tags a, b\n  # indented, after the last line\n\n'
                'claim C2 by v: "y"\n\n# about I1\ninfer I1 by v: C2 => T1\n')
    formatted = format_map(argmap.parse(source, "m.argmap"), text=source)
    assert formatted == expected
    assert format_map(argmap.parse(formatted, "m.argmap"), text=formatted) == formatted


def test_fmt_puts_a_comment_above_the_property_line_it_preceded_in_any_order():
    source = 'claim T1 by v: "x"\n  tags a\n  # about the role\n  thesis\n'
    formatted = format_map(argmap.parse(source, "m.argmap"), text=source)
    assert formatted == 'claim T1 by v: "x"\n  # about the role\n  thesis\n  tags a\n'


@given(argument_maps(), st.data())
def test_fmt_keeps_every_comment_in_order_and_in_place(amap, data):
    lines = format_map(amap).split("\n")[:-1]
    places = data.draw(st.lists(st.tuples(st.integers(0, len(lines)), st.sampled_from(["", "  "])), max_size=6))
    marked = list(lines)
    for number, (at, indent) in sorted(enumerate(places), key=lambda item: (item[1][0], item[0]), reverse=True):
        marked.insert(at, f"{indent}# c{number}")
    # c0, c1... in order of position: ties keep the order drawn
    text = "\n".join(marked) + "\n"
    formatted = format_map(argmap.parse(text, "m.argmap"), text=text)
    out = formatted.split("\n")
    written = [line.strip() for line in marked if line.strip().startswith("# c")]
    assert [line.strip() for line in out if line.strip().startswith("# c")] == written
    assert argmap.parse(formatted) == amap
    assert format_map(argmap.parse(formatted, "m.argmap"), text=formatted) == formatted
    for k, line in enumerate(marked):  # a comment above a property line is still above that line
        if line.strip().startswith("# c"):
            after = next((m for m in marked[k + 1:] if not m.strip().startswith("# c")), None)
            if after is not None and after.startswith("  "):
                i = out.index(line.strip()) if line.strip() in out else out.index("  " + line.strip())
                assert next(m for m in out[i + 1:] if not m.strip().startswith("# c")) == after
