"""``argmap rhetoric`` on every input it accepts: maps in other formats, and input it must refuse."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from argmap.cli import main

ROOT = Path(__file__).resolve().parent.parent
SOCRATES = ROOT / "examples" / "socrates.argmap"
runner = CliRunner()


def run(*args):
    result = runner.invoke(main, ["rhetoric", *map(str, args)], catch_exceptions=False)
    return result.exit_code, result.output


def export(tmp_path: Path, fmt: str, name: str) -> Path:
    out = tmp_path / name
    result = runner.invoke(main, ["export", str(SOCRATES), "--to", fmt, "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def test_map_exports_are_read_as_maps_not_prose(tmp_path):
    # They were read as prose: the JSON export gave 335 "scare-quotes" (its keys and strings).
    code, out = run(SOCRATES, "--format", "json")
    expected = sorted((c["category"], c["text"]) for c in json.loads(out)["cues"])
    for fmt, name in (("json", "socrates.json"), ("aif", "socrates.aif.json"), ("argdown", "socrates.argdown")):
        path = export(tmp_path, fmt, name)
        code, out = run(path, "--format", "json")
        assert code == 0, out
        cues = json.loads(out)["cues"]
        assert cues and not any(c["category"] == "scare-quotes" for c in cues), fmt
        assert all(c["target"] for c in cues if "paraphrase" in c["context"]), fmt
        if fmt == "json":  # the export keeps the sources, so the same cues as the .argmap
            assert sorted((c["category"], c["text"]) for c in cues) == expected


def test_a_json_file_that_is_no_map_is_refused_with_its_place(tmp_path):
    other = tmp_path / "other.json"
    other.write_text('{"a": 1}\n', encoding="utf-8")
    code, out = run(other)
    assert code == 2 and "other.json:1:1" in out and "neither an AIF map" in out and "Traceback" not in out
    broken = tmp_path / "broken.json"
    broken.write_text('{"a": 1,\n "b": }\n', encoding="utf-8")
    code, out = run(broken)
    assert code == 2 and "broken.json:2:7" in out and "not valid JSON" in out


def test_plain_texts_stay_prose(tmp_path):
    for name in ("notes.txt", "notes.md", "NOTES"):
        text = tmp_path / name
        text.write_text("Clearly, these upstart jackals are traitors!\n", encoding="utf-8")
        code, out = run(text, "--format", "json")
        assert code == 0 and {c["category"] for c in json.loads(out)["cues"]} >= {"booster", "epithet"}, name


def chart(profiles, title="t"):
    from argmap.rhetoric.chart import profile_chart_svg

    return profile_chart_svg(profiles, title=title)


def test_chart_axis_fits_the_tallest_bar():
    import re

    from argmap.rhetoric.profile import VoiceProfile

    # 10.4 emotive words per 1,000 got an axis to 20: half the plot empty.
    svg = chart([VoiceProfile(label="a", words=1000, counts={"emotive-language": 10.4})])
    ticks = re.findall(r'text-anchor="end" fill="#555555">([^<]*)<', svg)
    assert ticks == ["0", "2", "4", "6", "8", "10", "12"]


def test_chart_labels_zero_bars_and_says_which_voices_it_leaves_out():
    from argmap.rhetoric.profile import VoiceProfile

    profiles = [VoiceProfile(label=f"v{i}", words=1000 - i, counts={"hedge": 2}) for i in range(10)]
    svg = chart(profiles)
    assert svg.count('fill="#999999">0</text>') == 8 * 4  # 8 voices drawn, 4 measures at 0 each
    assert "(+2 smaller voices not drawn; see the table)" in svg
    import xml.dom.minidom

    xml.dom.minidom.parseString(svg)  # well-formed


def test_compare_of_many_texts_has_a_short_title(tmp_path):
    texts = []
    for i in range(3):
        path = tmp_path / f"text_number_{i}_with_a_long_name.txt"
        path.write_text("Clearly this is perhaps a text. " * 20, encoding="utf-8")
        texts.append(path)
    out = tmp_path / "c.svg"
    code, printed = run("--compare", *texts, "--chart", out)
    assert code == 0 and "Rhetorical profile: 3 texts compared" in out.read_text(encoding="utf-8")
    code, printed = run("--compare", *texts[:2], "--chart", out)
    assert "text_number_0_with_a_long_name vs text_number_1_with_a_long_name" in out.read_text(encoding="utf-8")


def test_a_binary_file_that_happens_to_be_utf8_is_refused(tmp_path):
    binary = tmp_path / "data.txt"
    binary.write_bytes(b"a\nbc\x00\x01\x02")
    code, out = run(binary)
    assert code == 2 and "data.txt:2:3: error: a binary file, not text" in out and "cue" not in out


def test_an_empty_text_has_no_empty_profile_table(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, out = run(empty, "--profile")
    assert code == 0 and "0 cues in" in out and "no words to profile" in out and "hedges/1k" not in out
