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
