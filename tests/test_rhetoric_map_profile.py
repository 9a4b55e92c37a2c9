"""Map profiles count each voice's words and cues once (docs/rhetoric.md, "Profile and chart")."""

from __future__ import annotations

from pathlib import Path

from argmap import parse
from argmap.rhetoric.mapcues import NOT_PROFILED, PARAPHRASE, analyse_map
from argmap.rhetoric.profile import build_profiles, whole_text_profile

TEXT = (
    "The blogger writes at some length here, and perhaps he is right about the plenum and its votes.\n"
    "\n"
    "Muxin puts it like this:\n"
    "\n"
    "They were clearly upstart jackals, and perhaps worse than that, in every single district of the land.\n"
)


def write_map(tmp_path: Path, claims: str) -> Path:
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "m.argmap"
    path.write_text('source s "S"\n  text "t.txt"\nvoice blogger "The blogger" author in s\n'
                    'voice muxin "Yuri Muxin" historian in s\n'
                    'voice reader "A reader" in elsewhere\nsource elsewhere "Letters"\n' + claims, encoding="utf-8")
    return path


def profile_of(tmp_path: Path, claims: str) -> dict:
    path = write_map(tmp_path, claims)
    amap = parse(path.read_text(encoding="utf-8"), path=str(path))
    result = analyse_map(amap)
    return result, {p.label: p for p in build_profiles(result.cues, result.words_by_voice, amap=amap)}


def test_a_paraphrase_of_quoted_words_is_listed_but_not_counted_twice(tmp_path):
    # The paraphrase repeats the quote's "clearly" and "perhaps": once counted in the text, they were
    # counted again in the claim text (with none of its words), inflating the rates.
    claims = ('claim C1 by muxin: "They were clearly jackals, and perhaps worse."\n'
              '  quote s:5 "They were clearly upstart jackals, and perhaps worse than that"\n')
    result, profiles = profile_of(tmp_path, claims)
    paraphrased = [c for c in result.cues if PARAPHRASE in c.context]
    assert {c.category for c in paraphrased} >= {"booster", "hedge"}
    assert all(NOT_PROFILED in c.context and c.target == "C1" for c in paraphrased)
    muxin = profiles["muxin"]
    assert muxin.counts["booster"] == 1 and muxin.counts["hedge"] == 1
    assert sum(result.words_by_voice.values()) == len(TEXT.split())  # every word of the text once, no more
    whole = whole_text_profile("m", result.cues, sum(result.words_by_voice.values()))
    assert whole.counts["booster"] == 1 and whole.counts["hedge"] == 2


def test_a_paraphrase_of_a_voice_that_speaks_in_a_read_text_is_not_counted(tmp_path):
    claims = 'claim C1 by blogger: "The blogger is perhaps clearly right."\n'
    result, profiles = profile_of(tmp_path, claims)
    assert profiles["blogger"].counts.get("booster", 0) == 0 and profiles["blogger"].counts["hedge"] == 1


def test_a_paraphrase_that_is_all_the_map_has_of_a_voice_counts_with_its_words(tmp_path):
    claims = 'claim C1 by reader: "Clearly the plenum was rigged by upstart jackals."\n'
    result, profiles = profile_of(tmp_path, claims)
    reader = profiles["reader"]
    assert reader.words == 8 and reader.counts["booster"] == 1  # was: cues counted, words not ("-" rates)
    cue = next(c for c in result.cues if c.category == "booster" and c.voice == "reader")
    assert cue.context[-1] == PARAPHRASE and NOT_PROFILED not in cue.context


def test_quoted_words_move_to_the_quoting_voice(tmp_path):
    # The text's layout gives line 1 to the blogger; a claim by Muxin quoting it makes those words Muxin's,
    # as it makes the cues in them Muxin's.
    claims = ('claim C1 by muxin: "He may be right."\n'
              '  quote s:1 "perhaps he is right about the plenum"\n')
    result, profiles = profile_of(tmp_path, claims)
    hedge = next(c for c in result.cues if c.category == "hedge" and c.line == 1 and NOT_PROFILED not in c.context)
    assert hedge.voice == "muxin" and hedge.target == "C1"
    # line 1 (18 words) less the quote's 7, plus the 5 of "Muxin puts it like this:"; Muxin's 17 plus the 7
    assert result.words_by_voice["blogger"] == 18 - 7 + 5
    assert profiles["muxin"].words == 17 + 7


def test_a_quote_two_claims_share_counts_once(tmp_path):
    claims = ('claim C1 by reader: "A."\n  quote elsewhere:3 "They clearly lied"\n'
              'claim C2 by reader: "B."\n  quote elsewhere:3 "They clearly lied"\n')
    result, profiles = profile_of(tmp_path, claims)
    assert profiles["reader"].counts["booster"] == 1 and profiles["reader"].words == 3
    boosters = [c for c in result.cues if c.category == "booster" and c.voice == "reader"]
    assert [c.target for c in boosters] == ["C1", "C2"]  # both listed, each naming its claim


def test_a_short_quote_without_final_punctuation_is_not_a_heading(tmp_path):
    # "They clearly lied" on its own line read as a title, and titles lose their cues.
    claims = 'claim C1 by reader: "A."\n  quote elsewhere:3 "They clearly lied"\n'
    result, _ = profile_of(tmp_path, claims)
    booster = [c for c in result.cues if c.category == "booster" and c.voice == "reader"]
    assert [(c.text, c.target) for c in booster] == [("clearly", "C1")]


def test_the_summary_says_how_many_cues_the_profile_leaves_out(tmp_path):
    from click.testing import CliRunner

    from argmap.cli import main

    path = write_map(tmp_path, 'claim C1 by muxin: "They were clearly jackals."\n'
                               '  quote s:5 "They were clearly upstart jackals"\n')
    result = CliRunner().invoke(main, ["rhetoric", str(path), "-q", "--profile"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "of them in paraphrases or repeated quotes of words read elsewhere, not profiled" in result.output


def test_map_cues_point_at_their_words_in_the_map_file_in_reading_order(tmp_path):
    # They pointed at the claim's first column (every cue of a claim at the same place, with no line shown)
    # and were sorted by their offset inside the claim text, so line 9 came before line 8.
    claims = ('claim C1 by reader: "It was, in fact, a rigged vote."\n'
              'claim C2 by reader: "Clearly rigged."\n')
    path = write_map(tmp_path, claims)
    result, _ = profile_of(tmp_path, claims)
    text = path.read_text(encoding="utf-8")
    mine = [c for c in result.cues if c.target in ("C1", "C2")]
    assert [(c.text, c.line) for c in mine] == [("in fact", 7), ("Clearly", 8)]
    for cue in mine:
        assert text[cue.start:cue.end] == cue.text
        assert text.split("\n")[cue.line - 1][cue.column - 1:cue.end_column - 1] == cue.text
    assert str(path) in result.texts  # so the CLI shows the map line with a caret


def test_chart_bar_labels_keep_the_tables_decimal():
    from argmap.rhetoric.chart import _fmt

    assert [_fmt(v) for v in (0.0, 0.45, 9.96, 12.5, 13.9)] == ["0", "0.5", "10.0", "12.5", "13.9"]
