"""Quote checking (AM6xx) against real source files in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import argmap
from argmap.analysis import quotes as q

SOURCE_TEXT = """\
The “people’s” democracy — so the author says — was
never a demo-
cratic affair in 1936–37.
Stalin wanted con\u00adtested elections,
with secret ballots and several candidates.
The Party opposed him in the Plenum of June 1937.
Those post-
revolutionary habits died hard.
"""


def write_map(tmp_path: Path, body: str, *, text: str | None = SOURCE_TEXT, text_path: str | None = "src.txt",
              name: str = "m.argmap") -> argmap.ArgumentMap:
    """A map with source `s` whose text file holds ``text``, plus ``body``; loaded from disk."""
    if text is not None and text_path is not None:
        target = tmp_path / text_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    header = 'source s "A text"\n'
    if text_path is not None:
        header += f'  text "{text_path}"\n'
    header += 'voice v "V" author in s\n'
    map_file = tmp_path / name
    map_file.write_text(header + body, encoding="utf-8")
    return argmap.load(map_file)


def claim_with_quote(locator: str, words: str) -> str:
    escaped = words.replace("\\", "\\\\").replace('"', '\\"')
    return f'claim C1 by v: "paraphrase"\n  quote {locator} "{escaped}"\n'


def codes(amap: argmap.ArgumentMap) -> list[str]:
    return [d.code for d in argmap.check(amap, select=["AM6"])]


def findings(amap: argmap.ArgumentMap):
    return list(argmap.check(amap, select=["AM6"]))


# ---- normalisation -----------------------------------------------------------------
def test_normalise_evens_out_typography():
    assert q.normalise("“people’s”") == q.normalise('"people\'s"')
    assert q.normalise("1936–37") == "1936-37"
    assert q.normalise("a — b") == q.normalise("a--b") == q.normalise("a - b")
    assert q.normalise("con\u00adtested") == "contested"
    assert q.normalise("demo-\ncratic") == "democratic"
    assert q.normalise("  many \t\n spaces ") == "many spaces"
    assert q.normalise("‘‘Proletariat’’") == '"Proletariat"'
    assert q.normalise("demo\u00ad\n  cratic") == "democratic"  # a soft hyphen at a line end joins the word


def test_normalise_is_case_sensitive_and_keeps_words():
    assert q.normalise("Constitution") != q.normalise("constitution")
    assert q.normalise("secret ballot") != q.normalise("secret ballots")


@given(st.text(alphabet=st.sampled_from(list("ab -–—\u00ad\n“”’'.")), max_size=30))
@settings(max_examples=200, deadline=None)
def test_normalise_is_idempotent(text):
    once = q.normalise(text)
    assert q.normalise(once) == once


# ---- found at the stated line ----------------------------------------------------------
@pytest.mark.parametrize(
    "locator, words",
    [
        ("s:1", 'The "people\'s" democracy - so the author says - was'),  # typographic quotes and dashes
        ("s:1", "The “people’s” democracy—so the author says—was"),
        ("s:2", "never a democratic affair in 1936-37"),  # word broken across lines, en dash
        ("s:2-3", "never a democratic affair"),
        ("s:4", "Stalin wanted contested elections, with secret ballots"),  # soft hyphen, line end
        ("s:7", "Those post-revolutionary habits"),  # a compound broken at the hyphen
        ("s:7", "Those postrevolutionary habits"),
        ("s:4-5", "with secret ballots and several candidates."),  # starts inside the range
        ("s:1", "The “people’s” democracy ... was never"),  # ellipsis marks omitted words
    ],
)
def test_quote_at_stated_place_is_silent(tmp_path, locator, words):
    assert codes(write_map(tmp_path, claim_with_quote(locator, words))) == []


def test_strict_outside_typography(tmp_path):
    """Editorial brackets, changed words and changed punctuation are not forgiven."""
    for words in ("[T]he Party opposed him", "The Party opposed them", "The Party opposed him, in the Plenum"):
        assert codes(write_map(tmp_path, claim_with_quote("s:6", words))) == ["AM601"], words


def test_empty_source_file(tmp_path):
    [finding] = findings(write_map(tmp_path, claim_with_quote("s:1", "anything"), text=""))
    assert finding.code == "AM605" and "(0 lines)" in finding.message


# ---- AM602 found elsewhere ----------------------------------------------------------
def test_quote_elsewhere_names_the_line(tmp_path):
    amap = write_map(tmp_path, claim_with_quote("s:1", "The Party opposed him"))
    [finding] = findings(amap)
    assert finding.code == "AM602"
    assert "found at line 6" in finding.message
    assert "`s:6`" in finding.suggestion
    assert finding.data["suggested_locator"] == "s:6"
    assert finding.data["id"] == "C1"
    assert finding.location.line == 5  # the quote line in the map


def test_quote_spanning_lines_suggests_a_range(tmp_path):
    amap = write_map(tmp_path, claim_with_quote("s:1", "contested elections, with secret"))
    [finding] = findings(amap)
    assert finding.code == "AM602"
    assert finding.data["suggested_locator"] == "s:4-5"


# ---- AM601 nowhere -------------------------------------------------------------------
def test_quote_nowhere_shows_nearest_text(tmp_path):
    amap = write_map(tmp_path, claim_with_quote("s:6", "The Party supported him in the Plenum of June 1937"))
    [finding] = findings(amap)
    assert finding.code == "AM601"
    assert finding.severity == argmap.Severity.ERROR
    assert "line 6" in finding.message
    assert "The Party opposed him in the Plenum of June 1937" in finding.message
    assert '"supported" where the text has "opposed"' in finding.message
    assert finding.data["nearest"]["line"] == 6


def test_nearest_text_names_added_and_changed_words(tmp_path):
    [added] = findings(write_map(tmp_path, claim_with_quote("s:6", "The Party strongly opposed him in the Plenum")))
    assert 'the quote adds "strongly"' in added.message
    [changed] = findings(write_map(tmp_path, claim_with_quote("s:6", "The Party opposed him in the Congress")))
    assert '"Congress" where the text has "Plenum"' in changed.message


def test_quote_with_nothing_similar(tmp_path):
    amap = write_map(tmp_path, claim_with_quote("s:6", "Quantum chromodynamics explains confinement"))
    [finding] = findings(amap)
    assert finding.code == "AM601"
    assert "nothing similar" in finding.message


def test_ellipsis_parts_out_of_order_are_not_found(tmp_path):
    amap = write_map(tmp_path, claim_with_quote("s:1", "was ... The “people’s” democracy"))
    assert codes(amap) == ["AM601"]


# ---- AM606 case ----------------------------------------------------------------------
def test_case_only_difference(tmp_path):
    amap = write_map(tmp_path, claim_with_quote("s:6", "the party opposed him"))
    [finding] = findings(amap)
    assert finding.code == "AM606"


# ---- AM605 out of range ----------------------------------------------------------------
def test_line_beyond_end_with_words_elsewhere(tmp_path):
    amap = write_map(tmp_path, claim_with_quote("s:90", "The Party opposed him"))
    [finding] = findings(amap)
    assert finding.code == "AM605"
    assert "(8 lines)" in finding.message
    assert finding.data["suggested_locator"] == "s:6"


def test_range_end_beyond_end_without_words(tmp_path):
    amap = write_map(tmp_path, claim_with_quote("s:7-12", "nothing like this at all, really"))
    [finding] = findings(amap)
    assert finding.code == "AM605"
    assert "not in the text either" in finding.message


# ---- AM603 unreadable, AM604 no text --------------------------------------------------------
def test_missing_file_reported_once_per_source(tmp_path):
    body = claim_with_quote("s:1", "The") + 'claim C2 by v: "p"\n  quote s:2 "never"\n'
    amap = write_map(tmp_path, body, text=None, text_path="nowhere/src.txt")
    [finding] = findings(amap)
    assert finding.code == "AM603"
    assert "does not exist" in finding.message
    assert "2 quotes" in finding.message
    assert finding.location.line == 1  # the source


def test_missing_file_reported_without_quotes(tmp_path):
    [finding] = findings(write_map(tmp_path, 'claim C1 by v: "p"\n', text=None, text_path="gone.txt"))
    assert finding.code == "AM603" and "unchecked" not in finding.message


def test_file_not_utf8(tmp_path):
    (tmp_path / "src.txt").write_bytes(b"caf\xe9 au lait\n")
    amap = write_map(tmp_path, claim_with_quote("s:1", "au lait"), text=None)
    [finding] = findings(amap)
    assert finding.code == "AM603"
    assert "UTF-8" in finding.message


def test_directory_instead_of_file(tmp_path):
    (tmp_path / "src.txt").mkdir()
    amap = write_map(tmp_path, claim_with_quote("s:1", "x"), text=None)
    assert codes(amap) == ["AM603"]


def test_source_without_text_is_info_once(tmp_path):
    body = claim_with_quote("s:1", "The") + 'claim C2 by v: "p"\n  quote s:2 "never"\n'
    amap = write_map(tmp_path, body, text_path=None)
    [finding] = findings(amap)
    assert finding.code == "AM604"
    assert finding.severity == argmap.Severity.INFO
    assert finding.data["unchecked"] == 2


def test_source_without_text_and_without_quotes_is_silent(tmp_path):
    assert codes(write_map(tmp_path, 'claim C1 by v: "p"\n', text_path=None)) == []


def test_text_path_relative_to_declaring_file(tmp_path):
    """A source declared in an included file resolves its text next to that file."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "texts").mkdir()
    (tmp_path / "sub" / "texts" / "a.txt").write_text("First line.\nSecond line.\n", encoding="utf-8")
    (tmp_path / "sub" / "part.argmap").write_text('source s "A"\n  text "texts/a.txt"\n', encoding="utf-8")
    (tmp_path / "top.argmap").write_text(
        'include "sub/part.argmap"\nvoice v "V" in s\nclaim C1 by v: "p"\n  quote s:2 "Second line."\n',
        encoding="utf-8",
    )
    assert codes(argmap.load(tmp_path / "top.argmap")) == []


# ---- devices --------------------------------------------------------------------------
def test_device_span_at_its_line(tmp_path):
    body = 'claim C1 by v: "p"\ndevice epithet "secret ballots" in C1\n  at s:5\n'
    assert codes(write_map(tmp_path, body)) == []


def test_device_span_elsewhere(tmp_path):
    body = 'claim C1 by v: "p"\ndevice epithet "secret ballots" in C1\n  at s:2\n'
    [finding] = findings(write_map(tmp_path, body))
    assert finding.code == "AM602"
    assert "epithet device on C1" in finding.message


def test_device_without_at_is_not_checked(tmp_path):
    body = 'claim C1 by v: "p"\ndevice epithet "no such words" in C1\n'
    assert codes(write_map(tmp_path, body)) == []


# ---- caching and the API ---------------------------------------------------------------
def test_each_text_file_is_read_once(tmp_path, monkeypatch):
    body = "".join(f'claim C{i} by v: "p"\n  quote s:6 "The Party opposed him"\n' for i in range(5))
    amap = write_map(tmp_path, body)
    reads = []
    original = q._read
    monkeypatch.setattr(q, "_read", lambda path: reads.append(path) or original(path))
    assert codes(amap) == []
    assert len(reads) == 1


def test_source_text_lines_and_find():
    text = q.SourceText("alpha beta\ngamma-\ndelta\n")
    assert text.line_count == 3
    [span] = text.find(["beta gammadelta"])
    assert (span.first_line, span.last_line) == (1, 3)


def test_quotes_in_example_map_are_checked():
    root = Path(__file__).resolve().parent.parent
    results = q.check_quotes(argmap.load(root / "examples" / "socrates.argmap"))
    assert results and all(r.status in (q.OK, q.ELSEWHERE) for r in results)
