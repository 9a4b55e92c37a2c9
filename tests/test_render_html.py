"""The HTML viewer: self-contained, escaped, and working in a real headless browser."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

import argmap
from argmap.model import Claim, Voice
from argmap.render import to_html
from argmap.render.html import script_json

ROOT = Path(__file__).resolve().parent.parent
SOCRATES = ROOT / "examples" / "socrates.argmap"
REVIEW = ROOT / "tests" / "data" / "render" / "review.argmap"
XSS = "<script>alert(1)</script>"
CHROMIUM = os.environ.get("ARGMAP_CHROMIUM", "/usr/bin/chromium")
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync"]
NETWORK = re.compile(r"""<(script|img|iframe|audio|video|source|embed)[^>]*src=["']?(https?:)?//"""
                     r"""|<link[^>]*href=["']?(https?:)?//|url\(["']?(https?:)?//|@import""", re.I)


def xss_map():
    return argmap.ArgumentMap(
        voices=(Voice(id="evil", name="</script><img src=x onerror=alert(2)>"),),
        claims=(Claim(id="X1", text=XSS, voice="evil", role="thesis", hedge="</b>&amp;"),
                Claim(id="X2", text="Plain & simple “quoted” text\u2028with a line separator", voice="evil")),
    )


def _data(page: str) -> dict:
    raw = re.search(r'<script type="application/json" id="am-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(raw)


def test_html_is_self_contained():
    page = to_html(argmap.load(SOCRATES))
    assert page.startswith("<!DOCTYPE html>")
    assert not NETWORK.search(page)
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(
        'xmlns:xlink="http://www.w3.org/1999/xlink"', "")
    assert "<?xml" not in page and "<!DOCTYPE svg" not in page
    assert page.count("<script") == 2  # the data and the viewer, both inline


def test_user_strings_never_become_markup():
    page = to_html(xss_map())
    assert XSS not in page
    assert "<img src=x" not in page
    data_block = re.search(r'<script type="application/json" id="am-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    data = _data(page)
    assert data["elements"]["X1"]["text"] == XSS  # intact once parsed
    assert data["voices"]["evil"]["name"] == "</script><img src=x onerror=alert(2)>"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the SVG shows it as text


def test_script_json_escapes():
    text = script_json({"a": "</script>\u2028&"})
    assert text == '{"a":"\\u003c/script\\u003e\\u2028\\u0026"}'
    assert json.loads(text) == {"a": "</script>\u2028&"}


def test_viewer_data_has_quotes_evidence_and_findings():
    data = _data(to_html(argmap.load(SOCRATES)))
    t1 = data["elements"]["T1"]
    assert t1["quotes"][0]["at"] == "phaedo:3"
    assert t1["quotes"][0]["lines"][0][0] == 3  # the source line itself, read from the source text
    assert "Socrates is mortal" in t1["quotes"][0]["lines"][0][1]
    c2 = data["elements"]["C2"]
    assert set(c2["supportedBy"]) == {"I2", "I3"}
    assert data["elements"]["E1"]["citation"] == "Plato, Apology 17a"
    for finding in data["findings"]:
        assert {"code", "message", "severity", "ids"} <= set(finding)
        for element_id in finding["ids"]:
            assert data["elements"][element_id]["findings"]


def test_viewer_swatches_match_the_diagram_fills():
    lines = [f'voice v{n} "V{n}"' for n in range(9)] + [f'claim C{n} by v{n}: "c{n}"' for n in range(9)]
    data = _data(to_html(argmap.parse("\n".join(lines) + "\n")))
    fills = [data["voices"][f"v{n}"]["fill"] for n in range(9)]
    assert len(set(fills)) == 9
    assert sum(fill.startswith("linear-gradient(to right, #") for fill in fills) == 2  # the 8th and 9th voices


# ---- the browser ----------------------------------------------------------------------------------
def _browser():
    """A headless Debian chromium driven by playwright, or a skip saying what is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("no browser test: the playwright package is not installed (pip install playwright)")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"no browser test: no chromium at {CHROMIUM} (apt-get install -y chromium)")
    return sync_playwright


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _browser()
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield instance
        instance.close()


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    errors: list[str] = []
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    page.wait_for_selector("html[data-argmap-ready]", timeout=15000)
    return page, errors, dialogs, requests


def test_viewer_click_shows_the_full_text(browser, tmp_path):
    out = tmp_path / "socrates.html"
    argmap.render.render(argmap.load(SOCRATES), out, findings=True)
    page, errors, _, requests = _open(browser, out)
    page.click("#am-C3")
    detail = page.inner_text("#am-detail")
    assert page.inner_text("#am-detail-text") == \
        "Socrates ate, slept, aged and stood trial like any other Athenian."
    assert "phaedo:" in detail and "Quotes" in detail  # quotes with their source lines
    page.click("#am-E1")
    assert page.inner_text("#am-detail-text") == "Plato, Apology 17a"
    assert not errors, errors
    assert all(url.startswith("file://") for url in requests), requests  # nothing from the network
    page.close()


def test_viewer_search_zoom_and_findings(browser, tmp_path):
    out = tmp_path / "review.html"
    argmap.render.render(argmap.load(REVIEW), out)
    page, errors, _, _ = _open(browser, out)
    before = page.eval_on_selector("#am-stage", "e => e.style.transform")
    page.click("#am-zoom-in")
    assert page.eval_on_selector("#am-stage", "e => e.style.transform") != before
    page.fill("#am-search", "smokescreen")
    page.wait_for_selector("#am-results li")
    assert page.inner_text("#am-results li").startswith("R1")
    page.press("#am-search", "Enter")
    assert "smokescreen" in page.inner_text("#am-detail-text")
    page.click("#am-findings li")  # a finding highlights the nodes it concerns
    assert page.eval_on_selector_all("g.node.am-hl", "nodes => nodes.length") >= 1
    assert not errors, errors
    page.close()


def test_viewer_shows_script_as_text(browser, tmp_path):
    out = tmp_path / "xss.html"
    argmap.render.render(xss_map(), out)
    page, errors, dialogs, _ = _open(browser, out)
    page.click("#am-X1")
    assert page.inner_text("#am-detail-text") == XSS
    assert dialogs == [] and not errors, (dialogs, errors)
    page.close()


def test_viewer_survives_a_malformed_address(browser, tmp_path):
    # "#%E0" is not valid percent-encoding: decoding it used to stop the script before it was ready.
    out = tmp_path / "socrates.html"
    argmap.render.render(argmap.load(SOCRATES), out)
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(out.as_uri() + "#%E0")
    page.wait_for_selector("html[data-argmap-ready]", timeout=15000)
    page.click("#am-T1")
    assert page.inner_text("#am-detail-text") == "Socrates is mortal."
    assert not errors, errors
    page.close()


def test_a_long_source_line_is_cut_with_an_ellipsis(tmp_path):
    # 004's line 805 was shown cut at 400 characters ("In fact, Stali") with no sign that it went on.
    (tmp_path / "t.txt").write_text("word " * 200 + "\n", encoding="utf-8")
    (tmp_path / "m.argmap").write_text('source s "S"\n  text "t.txt"\nvoice v "V"\n  source s\n'
                                       'claim C1 by v: "word"\n  quote s:1 "word"\n', encoding="utf-8")
    (line,) = _data(to_html(argmap.load(tmp_path / "m.argmap")))["elements"]["C1"]["quotes"][0]["lines"]
    assert line[0] == 1 and len(line[1]) == 400 and line[1].endswith("word…")


def test_viewer_legend_voice_shows_its_claims(browser, tmp_path):
    out = tmp_path / "socrates.html"
    argmap.render.render(argmap.load(SOCRATES), out)
    page, errors, _, _ = _open(browser, out)
    page.click('g.am-legend-voice[data-voice="teacher"]')
    lit = page.eval_on_selector_all("g.node.am-hl", "nodes => nodes.map(n => n.id)")
    assert sorted(lit) == ["am-C1", "am-C2", "am-C3", "am-T1"]
    page.keyboard.press("Escape")
    assert page.eval_on_selector_all("g.node.am-hl", "nodes => nodes.length") == 0
    page.focus('g.am-legend-voice[data-voice="sceptic"]')
    page.keyboard.press("Enter")
    assert page.eval_on_selector_all("g.node.am-hl", "nodes => nodes.map(n => n.id)") == ["am-K1"]
    assert not errors, errors
    page.close()


# ---- keyboard access and elements outside a focused view -------------------------------------------
def test_viewer_data_carries_elements_outside_a_focus_view():
    amap = argmap.load(SOCRATES)
    data = _data(to_html(amap, focus="C3", depth=1))
    drawn = {i for i, e in data["elements"].items() if not e.get("outside")}
    assert drawn == {"C2", "K1", "I3", "C3"}
    t1 = data["elements"]["T1"]  # outside the view, yet carried with its text, voice, quotes and findings
    assert t1["outside"] is True and "svg" not in t1
    assert t1["text"] == "Socrates is mortal." and t1["voice"] == "teacher" and t1["quotes"]
    assert data["command"] == f"argmap render {amap.path}"
    assert {"T1", "C1", "E1", "I1", "I2", "C4"} <= set(data["elements"])
    assert data["order"][:4] == [i for i in data["order"] if i in drawn]  # the drawn ones first
    full = _data(to_html(amap))
    assert not any(e.get("outside") for e in full["elements"].values())


def test_viewer_html_is_deterministic():
    amap = argmap.load(SOCRATES)
    assert to_html(amap) == to_html(argmap.load(SOCRATES))
    assert to_html(amap, focus="C3", depth=1) == to_html(argmap.load(SOCRATES), focus="C3", depth=1)


def _reading_order(page) -> list[str]:
    """The node ids sorted as a reader would take them: by row (centre y), then left to right."""
    boxes = page.eval_on_selector_all(
        "g.node[tabindex]", "ns => ns.map(n => { const b = n.getBoundingClientRect();"
        " return [n.id, b.top + b.height / 2, b.left + b.width / 2]; })")
    return [box[0] for box in sorted(boxes, key=lambda b: (round(b[1]), b[2]))]


def _focused(page) -> str:
    return page.evaluate("document.activeElement.id")


def test_viewer_keyboard_walks_the_nodes_in_reading_order(browser, tmp_path):
    out = tmp_path / "socrates.html"
    argmap.render.render(argmap.load(SOCRATES), out)
    page, errors, _, _ = _open(browser, out)
    order = _reading_order(page)
    assert sorted(order) == sorted(f"am-{i}" for i in ("T1", "C1", "C2", "K1", "C3", "C4", "E1", "I1", "I2", "I3"))
    assert order[0] == "am-T1"  # the thesis is drawn at the top
    page.focus("#am-canvas")
    walked = []
    for _ in order:
        page.keyboard.press("Tab")
        walked.append(_focused(page))
    assert walked == order
    page.keyboard.press("Shift+Tab")
    assert _focused(page) == order[-2]
    # Each node is a button a screen reader announces with its id, voice and text.
    t1 = page.eval_on_selector("#am-T1", "n => [n.getAttribute('role'), n.getAttribute('aria-label')]")
    assert t1[0] == "button" and t1[1].startswith("Claim T1, thesis, voice A. Teacher: Socrates is mortal.")
    # Arrow keys: Up towards what a node supports, Down towards its reasons, Left/Right along the row.
    page.focus("#am-C2")
    page.keyboard.press("ArrowUp")
    assert _focused(page) == "am-I1"
    page.keyboard.press("ArrowUp")
    assert _focused(page) == "am-T1"
    page.keyboard.press("ArrowDown")
    assert _focused(page) == "am-I1"
    page.keyboard.press("ArrowRight")
    assert _focused(page) == order[order.index("am-I1") + 1]
    page.keyboard.press("Home")
    assert _focused(page) == order[0]
    assert not errors, errors
    page.close()


def test_viewer_arrows_follow_the_screen_when_theses_are_at_the_left(browser, tmp_path):
    out = tmp_path / "socrates-lr.html"
    argmap.render.render(argmap.load(SOCRATES), out, direction="LR")
    page, errors, _, _ = _open(browser, out)
    order = _reading_order(page)
    # Left goes towards what a node supports (the thesis is at the left), Right towards its reasons.
    page.focus("#am-C2")
    page.keyboard.press("ArrowLeft")
    assert _focused(page) == "am-I1"
    page.keyboard.press("ArrowLeft")
    assert _focused(page) == "am-T1"
    page.keyboard.press("ArrowRight")
    assert _focused(page) == "am-I1"
    # Up and Down move in reading order, across the argument.
    page.keyboard.press("ArrowDown")
    assert _focused(page) == order[order.index("am-I1") + 1]
    page.keyboard.press("ArrowUp")
    assert _focused(page) == "am-I1"
    assert not errors, errors
    page.close()


def test_viewer_arrows_follow_the_argument_in_a_wide_fan_drawn_top_down(browser, tmp_path):
    # Six inferences side by side under one thesis: the outer ones lie further across than down.
    lines = ['source s "S"', 'voice me "Me" author in s', 'claim T by me: "The thesis."']
    for k in range(6):
        lines += [f'claim P{k} by me: "Premise {k}."', f"infer I{k} by me (deduction): P{k} => T"]
    source = tmp_path / "fan.argmap"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "fan.html"
    argmap.render.render(argmap.load(source), out)
    page, errors, _, _ = _open(browser, out)
    page.focus("#am-I0")
    page.keyboard.press("ArrowDown")
    assert _focused(page) == "am-P0"
    page.keyboard.press("ArrowUp")
    assert _focused(page) == "am-I0"
    page.keyboard.press("ArrowUp")
    assert _focused(page) == "am-T"
    assert not errors, errors
    page.close()


def test_viewer_enter_opens_and_escape_closes(browser, tmp_path):
    out = tmp_path / "socrates.html"
    argmap.render.render(argmap.load(SOCRATES), out)
    page, errors, _, _ = _open(browser, out)
    page.focus("#am-canvas")
    for _ in range(3):
        page.keyboard.press("Tab")
    focused = _focused(page)
    assert focused.startswith("am-")
    page.keyboard.press("Enter")
    assert page.inner_text("#am-detail .am-id") == focused[3:]
    assert page.get_attribute(f"#{focused}", "aria-current") == "true"
    assert page.evaluate("location.hash") == "#" + focused[3:]
    page.keyboard.press("Escape")
    assert page.query_selector("#am-detail .am-hint") is not None
    assert page.query_selector("g.node.am-sel") is None
    assert page.evaluate("location.hash") == ""
    assert _focused(page) == focused  # the reader stays where they were
    # Escape from a link inside the panel brings focus back to the node the panel was about.
    page.focus("#am-C2")
    page.keyboard.press("Enter")
    page.focus("#am-detail button.am-link")
    page.keyboard.press("Escape")
    assert _focused(page) == "am-C2"
    assert not errors, errors
    page.close()


def test_viewer_focus_ring_is_visible(browser, tmp_path):
    image = pytest.importorskip("PIL.Image")
    import io

    out = tmp_path / "socrates.html"
    argmap.render.render(argmap.load(SOCRATES), out)
    page, errors, _, _ = _open(browser, out)
    page.click("#am-zoom-out")  # at any zoom the ring keeps its width on screen
    page.focus("#am-canvas")
    page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
    assert _focused(page) == "am-T1"
    outline = page.eval_on_selector("#am-T1", "n => { const s = getComputedStyle(n);"
                                    " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }")
    assert outline[0] == "solid" and outline[1] > 0
    box = page.eval_on_selector("#am-T1", "n => { const b = n.getBoundingClientRect();"
                                " return {x: b.left - 12, y: b.top - 12, width: b.width + 24, height: b.height + 24}; }")
    shot = image.open(io.BytesIO(page.screenshot(clip=box))).convert("RGB")
    rgb = shot.tobytes()
    amber = sum(1 for r, g, b in zip(rgb[0::3], rgb[1::3], rgb[2::3])
                if r > 200 and 130 < g < 190 and b < 60)  # #e69f00
    assert amber > 2 * (box["width"] + box["height"]), amber  # a ring all round, not a speck
    assert not errors, errors
    page.close()


def test_viewer_opens_an_element_outside_the_view(browser, tmp_path):
    out = tmp_path / "focus.html"
    argmap.render.render(argmap.load(SOCRATES), out, focus="C3", depth=1)
    page, errors, _, _ = _open(browser, out)
    assert page.query_selector("#am-T1") is None  # not drawn
    page.click("#am-C2")
    detail = page.inner_text("#am-detail")
    assert "(not shown)" not in detail and "I1 (outside the view)" in detail
    assert page.query_selector("#am-outside") is None  # C2 itself is drawn
    page.click("#am-detail button.am-link:text-is('I1')")
    assert page.inner_text("#am-detail .am-id") == "I1"
    note = page.inner_text("#am-outside")
    assert "Outside the drawn view" in note
    assert f"argmap render {argmap.load(SOCRATES).path} --focus I1 -o I1.html" in note.replace("\n", " ")
    page.click("#am-detail button.am-link:text-is('T1')")
    assert page.inner_text("#am-detail-text") == "Socrates is mortal."
    detail = page.inner_text("#am-detail")
    assert "by A. Teacher" in detail and "phaedo:3" in detail  # its voice and quote
    codes = page.evaluate("""() => { const d = JSON.parse(document.getElementById("am-data").textContent);
                                     return (d.elements.T1.findings || []).map(n => d.findings[n].code); }""")
    assert all(code in detail for code in codes)  # and the findings that concern it
    assert page.evaluate("location.hash") == "#T1"
    page.reload()
    page.wait_for_selector("html[data-argmap-ready]")
    assert page.inner_text("#am-detail-text") == "Socrates is mortal."  # map.html#T1 opens it too
    # Search finds it, marked as outside.
    page.fill("#am-search", "mortal")
    page.wait_for_selector("#am-results li")
    assert "(outside the view)" in page.inner_text("#am-results")
    assert not errors, errors
    page.close()
