"""Syntax errors: file:line:col, plain words, a suggestion, every broken line, no traceback."""

import pytest

import argmap
from argmap import ArgmapError


def errors(text):
    with pytest.raises(ArgmapError) as info:
        argmap.parse(text, "e.argmap")
    return info.value.diagnostics


def test_missing_by_suggests_it():
    [d] = errors('claim C1 furr: "x"\n')
    assert (d.code, d.line, d.column) == ("AM100", 1, 10)
    assert "expected `by`" in d.message and "by VOICE" in d.suggestion


def test_unclosed_quote():
    [d] = errors('claim C1 by v: "never closed\n')
    assert d.column == 16 and "closing quote" in d.message and 'add the closing "' in d.suggestion


def test_unknown_keyword_suggests_nearest():
    [d] = errors('claim C1 by v: "x"\nclaimm C2 by v: "y"\n')
    assert d.line == 2 and "unknown keyword `claimm`" in d.message and d.suggestion == "did you mean `claim`?"
    [d] = errors("infr I1 by v: A => B\n")
    assert d.suggestion == "did you mean `infer`?"


def test_no_token_names_in_messages():
    for text in ['voice v "V" in\n', "infer I1 by v (x): A B\n", "attack A by v: X hits Y\n", "same A\n", "@@\n"]:
        for d in errors(text):
            for name in ("_NL", "RPAR", "LPAR", "$END", "ID", "STRING", "_BY", "__ANON"):
                assert name not in d.message, (text, d.message)


def test_reports_every_broken_line():
    diagnostics = errors('claim C1 furr: "x"\nclaim C2 by v: "ok"\n@@@\nsame A\n')
    assert [d.line for d in diagnostics] == [1, 3, 4]


def test_line_numbers_after_a_multiline_text():
    [d] = errors('claim C1 by v: """a\nb\nc"""\nclaim C2 v: "x"\n')
    assert d.line == 4


def test_arrow_instead_of_verb_or_therefore():
    [d] = errors("infer I1 by v: A, B -> C\n")
    assert "=>" in d.suggestion


def test_exception_carries_source_text():
    with pytest.raises(ArgmapError) as info:
        argmap.parse("@@\n", "x.argmap")
    assert info.value.sources["x.argmap"] == "@@\n"
    assert str(info.value).startswith("x.argmap:1:1: error AM100")


def test_caret_lines_up_under_wide_characters():
    from rich.console import Console

    from argmap.report import write_text

    text = 'voice λ "Λ"\nclaim 日本語 by λ: "テキスト" oops\n'
    with pytest.raises(ArgmapError) as info:
        argmap.parse(text, "m.argmap")
    console = Console(record=True, width=200, color_system=None)
    write_text(info.value.diagnostics, console, lambda path: text)
    source, caret = console.export_text().splitlines()[1:3]
    assert caret.index("^") == source.index("oops") + len("日本語テキスト")  # each of those takes two cells


def test_triple_quotes_in_a_comment_or_a_text_open_no_long_text():
    # Counting every \"\"\" made the rest of the file one logical line: one wrong error, the real ones lost.
    text = ('voice v "V"  # write """ for long texts\nclaim C1 v: "x"\nclaim C2 by v: "say \\"\\"\\" no"\n'
            'claim C3 v "z"\n')
    assert [(d.line, d.column) for d in errors(text)] == [(2, 10), (4, 10)]


def test_long_source_line_is_cut_to_a_window_around_the_caret():
    from rich.cells import cell_len

    from argmap.report import EXCERPT_CELLS, excerpt

    # A short line comes back whole (what was printed before the window existed).
    assert excerpt('claim C1 by v: "x" oops', 20, 24) == ('claim C1 by v: "x" oops', 19, 4)
    line = "a" * 200_000 + "TARGET" + "b" * 200_000
    column = 200_001
    shown, start, width = excerpt(line, column, column + 6)
    assert cell_len(shown) <= EXCERPT_CELLS and shown.startswith("…") and shown.endswith("…")
    assert shown[start:start + width] == "TARGET"  # caret exactly under the column, range kept
    # Near the start: no leading mark, caret where it always was.
    shown, start, width = excerpt("x" * 10 + "y" * 1000, 11)
    assert not shown.startswith("…") and shown.endswith("…") and (start, width, shown[start]) == (10, 1, "y")
    # At the very end (a caret one past the last character): the window shows the end of the line.
    shown, start, width = excerpt("z" * 1000, 1001)
    assert shown.startswith("…") and not shown.endswith("…") and start == len(shown)
    # A range running past the window is clipped to it.
    shown, start, width = excerpt("q" * 1000, 100, 900)
    assert start + width == cell_len(shown) - 1


def test_long_line_window_keeps_caret_under_wide_characters():
    from rich.cells import cell_len

    from argmap.report import EXCERPT_CELLS, excerpt

    line = "日本" * 5000 + "X" + "語" * 5000
    shown, start, width = excerpt(line, 10_001)
    assert cell_len(shown) <= EXCERPT_CELLS and cell_len(shown[: shown.index("X")]) == start and width == 1


def test_reporter_prints_a_window_of_a_huge_line(tmp_path):
    from rich.console import Console

    from argmap.report import write_text

    text = 'voice v "V"\nclaim C1 by v: "' + "w" * 400_000 + '" oops\n'
    with pytest.raises(ArgmapError) as info:
        argmap.parse(text, "m.argmap")
    console = Console(record=True, width=300, color_system=None)
    write_text(info.value.diagnostics, console, lambda path: text)
    out = console.export_text()
    assert len(out) < 2_000
    source, caret = out.splitlines()[1:3]
    assert source[caret.index("^"):].startswith("oops")


def test_invisible_and_odd_space_characters_are_named():
    [d] = errors('claim C1 by v: "x" \x1b[31m\n')
    assert "U+001B" in d.message and "invisible" in d.message and d.suggestion.startswith("delete it")
    [d] = errors('claim\u00a0C1 by v: "x"\n')
    assert "U+00A0" in d.message and "plain space" in d.suggestion
    [d] = errors('claim C1 by v:\u200b"x"\n')
    assert "U+200B" in d.message


def test_control_characters_never_reach_the_terminal():
    from argmap.report import excerpt

    shown, start, width = excerpt('claim C1 by v: "x" \x1b[31mred\u202e', 20)
    assert shown == 'claim C1 by v: "x" \ufffd[31mred\ufffd' and start == 19


def test_every_kind_of_line_gets_its_form_as_a_suggestion():
    cases = {
        '  quote\n': 'quote SOURCE:LINE "the exact words"',
        '  quote s "x"\n': "SOURCE:FIRST-LAST",
        "same C1\n": "same C1 as C2",
        "device epithet in C1\n": 'device CATEGORY "the words" in ID',
        "voice w\n": 'voice ID "Name" ROLE in SOURCE',
        "include other.argmap\n": 'include "other.argmap"',
        "  text sources/a.txt\n": 'text "sources/file.txt"',
    }
    for text, form in cases.items():
        [d] = errors(text)
        assert d.suggestion and form in d.suggestion, (text, d.suggestion)
    [d] = errors("source s\n  year nineteen\n")
    assert "a year in digits" in d.message and "year 1936" in d.suggestion


def test_a_syntax_error_underlines_the_unexpected_word():
    [keyword] = errors('clam C2 by v: "y"\n')
    assert (keyword.column, keyword.end_column) == (1, 5)  # "clam"
    [quote] = errors('claim C3 by v: "unclosed\n')
    assert (quote.column, quote.end_column) == (16, 25)  # the whole unclosed text
    [token] = errors('claim C1 by v "no colon"\n')
    assert token.end_column == token.column + len('"no colon"')
