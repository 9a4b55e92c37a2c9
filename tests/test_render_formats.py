"""SVG, PNG, PDF and the CLI: valid output, magic bytes, byte-identical renders, errors without tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import pytest
from click.testing import CliRunner

import argmap
import argmap.render
from argmap.cli import main
from argmap.render import TooLargeError, render, render_bytes, to_svg
from argmap.render.raster import undate_pdf

ROOT = Path(__file__).resolve().parent.parent
SOCRATES = ROOT / "examples" / "socrates.argmap"
REVIEW = ROOT / "tests" / "data" / "render" / "review.argmap"


@pytest.fixture(scope="module")
def socrates():
    return argmap.load(SOCRATES)


@pytest.fixture(scope="module")
def review():
    return argmap.load(REVIEW)


def test_svg_is_xml_with_every_claim_id(review):
    svg = to_svg(review, findings=True)
    document = xml.dom.minidom.parseString(svg.encode("utf-8"))
    ids = {g.getAttribute("id") for g in document.getElementsByTagName("g")}
    titles = {t.firstChild.nodeValue for t in document.getElementsByTagName("title") if t.firstChild}
    for claim in review.claims:
        assert f"am-{claim.id}" in ids
        assert claim.id in titles
    assert "am-legend" in ids
    assert "<!--" not in svg  # no generator comments (they differ between Graphviz builds)


def test_svg_lines_are_styled(socrates):
    svg = to_svg(socrates)
    assert '<tspan font-weight="bold">T1</tspan>' in svg  # bold id in the small meta line
    assert 'font-style="italic"' in svg  # the reported claim C4 and the hedge of K1
    assert 'font-family="DejaVu Sans,Verdana' in svg


@pytest.mark.parametrize("fmt", ["dot", "svg", "png", "pdf", "html"])
def test_render_twice_gives_the_same_bytes(socrates, fmt):
    first = render_bytes(socrates, fmt, findings=True)
    second = render_bytes(argmap.load(SOCRATES), fmt, findings=True)
    assert first == second


def test_magic_bytes(socrates):
    assert render_bytes(socrates, "png").startswith(b"\x89PNG\r\n\x1a\n")
    pdf = render_bytes(socrates, "pdf")
    assert pdf.startswith(b"%PDF-")
    assert b"/CreationDate" not in pdf and b"/ModDate" not in pdf


def test_pdf_dates_are_fixed_in_place():
    stamped = b"%PDF-1.5\n<< /CreationDate (D:20261202060153+01'00') /ModDate (D:20261202060153Z) >>\nxref"
    fixed = undate_pdf(stamped)
    assert len(fixed) == len(stamped)  # cross-reference offsets stay valid
    assert b"D:20000101000000+00'00'" in fixed and b"D:20000101000000Z" in fixed


def test_render_writes_only_the_target(tmp_path, socrates):
    for fmt in ("dot", "svg", "png", "pdf", "html"):
        render(socrates, tmp_path / f"map.{fmt}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.dot", "map.html", "map.pdf", "map.png", "map.svg"]
    render(socrates, tmp_path / "picture", format="svg")
    assert (tmp_path / "picture").read_text(encoding="utf-8").startswith("<?xml")


def test_module_is_callable(tmp_path, socrates):
    argmap.render(socrates, tmp_path / "m.svg")
    assert (tmp_path / "m.svg").exists()


def test_model_methods(socrates):
    assert socrates.to_dot().startswith("digraph argmap {")
    assert socrates.to_dot(focus="T1", depth=0).count("[label=") == 1
    assert socrates.to_svg().lstrip().startswith("<?xml")
    assert socrates._repr_svg_() == socrates.to_svg()


def test_size_guard(socrates):
    with pytest.raises(TooLargeError, match="--focus ID --depth N or --voice NAME"):
        to_svg(socrates, max_nodes=3)
    assert to_svg(socrates, focus="T1", depth=0, max_nodes=3)
    assert to_svg(socrates, max_nodes=0)  # 0: no limit
    big = argmap.render.RenderOptions(max_nodes=3)
    assert argmap.render.to_dot(socrates, big)  # DOT is cheap: no limit


def test_repr_svg_gives_none_when_too_big(monkeypatch, socrates):
    def too_big(amap, *args, **kwargs):
        raise TooLargeError("too big")

    monkeypatch.setattr(argmap.render, "to_svg", too_big)
    assert socrates._repr_svg_() is None  # Jupyter then shows the plain repr instead of hanging


# ---- the command line -----------------------------------------------------------------------------
def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_renders_each_format(tmp_path):
    for fmt in ("dot", "svg", "png", "pdf", "html"):
        out = tmp_path / f"m.{fmt}"
        result = run("render", str(SOCRATES), "-o", str(out), "--findings")
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    assert len(list(tmp_path.iterdir())) == 5


def test_cli_options(tmp_path):
    out = tmp_path / "focus.dot"
    result = run("render", str(REVIEW), "-o", str(out), "--focus", "T1", "--depth", "1", "--direction", "LR",
                 "--cluster", "voice", "--no-legend")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "rankdir=RL" in text and "cluster_" in text and "E2" not in text
    result = run("render", str(REVIEW), "-o", str(tmp_path / "v.dot"), "--voice", "roe")
    assert result.exit_code == 0
    assert "T1 [" not in (tmp_path / "v.dot").read_text(encoding="utf-8")


def test_cli_stdout_needs_a_format():
    result = run("render", str(SOCRATES), "-f", "dot", "-o", "-")
    assert result.exit_code == 0 and result.output.startswith("digraph argmap {")
    result = run("render", str(SOCRATES))
    assert result.exit_code == 2 and "-o OUT" in result.output


@pytest.mark.parametrize("args, message", [
    (["-o", "x.jpg"], "cannot tell the format"),
    (["-o", "x.svg", "--focus", "T11"], "did you mean 'T1'"),
    (["-o", "x.svg", "--voice", "nobody"], "no voice 'nobody'"),
    (["-o", "x.svg", "--max-nodes", "2"], "--focus ID --depth N"),
    (["-o", "x.svg", "--direction", "XY"], "XY"),
    (["-o", "x.svg", "-f", "png"], "names a .svg file but --format is png"),  # PNG bytes in a .svg file
])
def test_cli_errors_exit_2_and_write_nothing(tmp_path, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    result = CliRunner().invoke(main, ["render", str(SOCRATES), *args])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not result.exception or isinstance(result.exception, SystemExit)
    assert list(tmp_path.iterdir()) == []


def test_cli_bad_map_exits_2(tmp_path):
    bad = tmp_path / "bad.argmap"
    bad.write_text('claim C1 by: "broken"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(bad), "-o", str(tmp_path / "out.svg")])
    assert result.exit_code == 2
    assert "bad.argmap:1:" in result.output
    assert not (tmp_path / "out.svg").exists()


def test_cli_never_replaces_a_file_of_the_map(tmp_path):
    main_file = tmp_path / "m.argmap"
    part = tmp_path / "part.argmap"
    part.write_text('voice v "V"\nclaim C1 by v: "x"\n', encoding="utf-8")
    main_file.write_text('include "part.argmap"\n', encoding="utf-8")
    for target in (main_file, part):
        result = CliRunner().invoke(main, ["render", str(main_file), "-f", "svg", "-o", str(target)])
        assert result.exit_code == 2 and "would replace a file of the map" in result.output
    assert main_file.read_text(encoding="utf-8") == 'include "part.argmap"\n'
    assert part.read_text(encoding="utf-8").startswith("voice v")


def test_cli_replaces_an_existing_target(tmp_path):
    out = tmp_path / "m.dot"
    out.write_text("old", encoding="utf-8")
    assert run("render", str(SOCRATES), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("digraph")


def test_cli_without_system_dot_and_same_bytes_across_processes(tmp_path):
    env = dict(os.environ, ARGMAP_GRAPHVIZ="wasm")
    outputs = []
    for n in range(2):
        out = tmp_path / f"m{n}.svg"
        subprocess.run([sys.executable, "-c", "from argmap.cli import run; run()", "render", str(SOCRATES),
                        "-o", str(out)], check=True, env=env, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_cli_says_when_a_png_is_too_small_to_read(tmp_path, monkeypatch):
    # 004's whole map came out as a 9,937-pixel PNG at 35 dpi, its text 5 pixels high, without a word.
    import argmap.cli.render as render_cli

    out = tmp_path / "m.png"
    result = run("render", str(SOCRATES), "-o", str(out))
    assert result.exit_code == 0 and "note:" not in result.output
    monkeypatch.setattr(render_cli, "LEGIBLE_DPI", 1000)  # socrates at 144 dpi stands in for a huge map
    result = run("render", str(SOCRATES), "-o", str(out))
    assert result.exit_code == 0
    assert "PNG is drawn at 144 dpi" in result.output
    assert "--focus ID --depth 1 (theses: T1)" in result.output and ".html" in result.output
    result = run("render", str(SOCRATES), "-o", str(out), "--focus", "T1", "--depth", "2")
    assert "a smaller --depth than 2" in result.output
