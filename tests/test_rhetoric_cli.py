"""``argmap rhetoric`` on texts and maps, in three formats, with profiles, charts and comparisons."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from argmap.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = ROOT / "examples" / "sources" / "000_c63bc6b84c1d038b.txt"
SEED_001 = ROOT / "examples" / "sources" / "001_796af24f27a72c3f.txt"
runner = CliRunner()


def run(*args):
    result = runner.invoke(main, ["rhetoric", *map(str, args)], catch_exceptions=False)
    return result.exit_code, result.output


def test_json_has_cues_with_spans_and_devices():
    code, out = run(SEED_001, "--format", "json")
    assert code == 0
    document = json.loads(out)
    jackals = [c for c in document["cues"] if "jackal" in c["text"]]
    assert jackals
    cue = jackals[0]
    text = SEED_001.read_text(encoding="utf-8")
    assert text[cue["start"]:cue["end"]] == cue["text"]
    assert cue["voice"] == "Comrade Artem" and 0 < cue["confidence"] <= 1
    assert cue["device"].startswith('device epithet "') and "\n  at t001_796af24f27a72c3f:" in cue["device"]


def test_text_output_shows_line_caret_and_device():
    code, out = run(SEED_000, "--category", "hedge")
    assert code == 0
    assert "000_c63bc6b84c1d038b.txt:" in out and "hedge" in out and "^" in out
    assert "= device: device hedge" in out


def test_sarif_output():
    code, out = run(SEED_000, "--format", "sarif")
    log = json.loads(out)
    assert code == 0 and log["version"] == "2.1.0"
    result = log["runs"][0]["results"][0]
    assert result["ruleId"].startswith("rhetoric/") and result["level"] == "note"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_map_cues_name_their_claims():
    code, out = run(ROOT / "examples" / "socrates.argmap", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["devices"] and document["devices"][0]["category"] == "epithet"
    targeted = [c for c in document["cues"] if c["target"]]
    assert targeted and all(" in " + c["target"] in c["device"] for c in targeted)


def test_profile_and_chart(tmp_path):
    svg, png = tmp_path / "p.svg", tmp_path / "p.png"
    code, out = run(SEED_001, "--quiet", "--profile", "--chart", svg)
    assert code == 0 and "hedges/1k" in out and "Comrade Artem" in out
    assert svg.read_text(encoding="utf-8").startswith("<svg") and "Comrade Artem" in svg.read_text(encoding="utf-8")
    code, _ = run(SEED_001, "--quiet", "--chart", png)
    assert code == 0 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_compare_two_texts_side_by_side():
    code, out = run("--compare", SEED_000, SEED_001, "--format", "json")
    assert code == 0
    profiles = json.loads(out)["profiles"]
    assert [p["voice"] for p in profiles] == [SEED_000.stem, SEED_001.stem]
    assert all("hedges" in p["per_1000_words"] for p in profiles)


def test_chart_is_deterministic(tmp_path):
    a, b = tmp_path / "a.svg", tmp_path / "b.svg"
    run("--compare", SEED_000, SEED_001, "--chart", a)
    run("--compare", SEED_000, SEED_001, "--chart", b)
    assert a.read_bytes() == b.read_bytes()


def test_bad_input_exits_2_without_traceback(tmp_path):
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\xff\xfe\x00broken")
    code, out = run(binary)
    assert code == 2 and "not UTF-8" in out and "Traceback" not in out
    assert run(tmp_path / "missing.txt")[0] == 2
    assert run(SEED_000, SEED_001)[0] == 2  # two paths need --compare
    assert run(SEED_000, "--chart", tmp_path / "x.gif")[0] == 2


def test_chart_errors_come_before_the_work_and_never_as_a_traceback(tmp_path):
    code, out = run(SEED_000, "--chart", tmp_path / "x.gif")
    assert code == 2 and "cue" not in out  # refused before anything is analysed or printed
    code, out = run(SEED_000, "-q", "--chart", tmp_path / "missing" / "chart.svg")
    assert code == 2 and "cannot write" in out and "internal error" not in out


def test_brackets_in_texts_and_paths_are_not_markup(tmp_path):
    # Rich markup in user text once crashed the device check ("[/sic]") and hid "[x]" in file names.
    text = tmp_path / "t[x].txt"
    text.write_text("He is a traitor [sic] and a [bold]jackal[/bold]!\n", encoding="utf-8")
    amap = tmp_path / "m.argmap"
    amap.write_text('source s "S"\n  text "t[x].txt"\nvoice v "V" author in s\n'
                    'claim C1 by v: "He is a traitor."\n  quote s:1 "He is a traitor [sic]"\n'
                    'device epithet "traitor [/sic]" in C1\n', encoding="utf-8")
    code, out = run(amap, "--profile")
    assert code == 0 and "device epithet “traitor [/sic]” in C1" in out
    code, out = run(text, "-q")
    assert code == 0 and "in " + str(text) in out.replace("\n", "")


def test_voice_by_name_or_id_and_unknown_voice_is_an_error():
    furr = ROOT / "examples" / "004-furr.argmap"
    code, by_id = run(furr, "-q", "--voice", "furr")
    assert code == 0 and not by_id.startswith("0 cues")
    assert run(furr, "-q", "--voice", "Grover Furr") == (code, by_id)  # the voice's name means the same voice
    code, out = run(SEED_001, "-q", "--voice", "comrade artem")
    assert code == 0 and not out.startswith("0 cues")
    code, out = run(SEED_001, "-q", "--voice", "nobody")
    assert code == 2 and "no voice 'nobody'" in out and "Comrade Artem" in out  # not a silent "0 cues"


def test_profile_says_which_voices_it_leaves_out(tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("Clearly this is a short text!\n", encoding="utf-8")
    code, out = run(short, "-q", "--profile")
    assert code == 0 and "1 voice with fewer than 40 words left out" in out  # not an unexplained empty table


def test_source_id_must_be_an_id():
    code, out = run(SEED_000, "-q", "--source-id", "my source")
    assert code == 2 and "not an argmap id" in out  # `at my source:12` would not read back
    assert run(SEED_000, "-q", "--source-id", "fee-2019")[0] == 0


def test_source_id_from_a_file_name_is_always_an_id():
    from argmap.cli.rhetoric import _source_id
    from argmap.parser import is_id

    for name in ("my  notes.txt", "a.-b.txt", "2020 report.txt", "___.txt", SEED_001.name):
        assert is_id(_source_id(Path(name))), name
    assert _source_id(SEED_001) == "t001_796af24f27a72c3f"


def test_chart_ticks_are_exact_and_long_titles_fit():
    import re

    from argmap.rhetoric.chart import profile_chart_svg
    from argmap.rhetoric.profile import VoiceProfile

    title = "Rhetorical profile by voice: 002_2a316a821f2e14aa.txt"
    svg = profile_chart_svg([VoiceProfile(label="author", words=1000, counts={"hedge": 4})], title=title)
    ticks = re.findall(r'text-anchor="end" fill="#555555">([^<]*)<', svg)
    assert ticks == ["0", "1", "2", "3", "4", "5"]  # were 0, 1.2, 2.5, 3.8, 5 (1.25 and 3.75 rounded)
    width = int(re.search(r'<svg [^>]*width="(\d+)"', svg).group(1))
    assert width >= 56 + len(title) * 16 * 0.62  # the title no longer runs off the right edge


def test_compare_with_a_voice_profiles_that_voice_alone():
    code, out = run("--compare", SEED_001, SEED_000, "--voice", "Comrade Artem", "--format", "json")
    assert code == 0
    profiles = json.loads(out)["profiles"]
    assert [p["voice"] for p in profiles] == [f"{SEED_001.stem}: Comrade Artem"]  # 000 has no such voice
    _, by_voice = run(SEED_001, "--profile", "--format", "json")
    artem = next(p for p in json.loads(by_voice)["profiles"] if p["voice"] == "Comrade Artem")
    assert profiles[0]["words"] == artem["words"]
    assert profiles[0]["per_1000_words"] == artem["per_1000_words"]
