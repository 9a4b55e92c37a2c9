"""The single-file HTML viewer: the diagram, search, a detail panel and the findings list.

Everything is inlined (SVG, CSS, JavaScript, data), so the file works from
``file://`` with no network access. User text reaches the page only as JSON
inside ``<script type="application/json">`` (with ``<``, ``>`` and ``&``
escaped, so no ``</script>`` can end it early) and is put on the page with
``textContent``, never as markup.
"""

from __future__ import annotations

import html
import json
import re
import shlex
from importlib import resources
from pathlib import Path
from typing import Any

from argmap.model import ArgumentMap, Claim, Evidence, Inference, Quote, Source
from argmap.render.dot import fills_for, svg_id
from argmap.render.findings import FindingLocator
from argmap.render.view import View

MAX_QUOTED_LINES = 8
MAX_LINE_CHARS = 400


def _asset(name: str) -> str:
    return resources.files("argmap.render").joinpath("assets", name).read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line separators left raw."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


class _SourceTexts:
    """Reads the text files of sources once, to show the lines a quote is bound to."""

    def __init__(self, amap: ArgumentMap):
        self.map = amap
        self.cache: dict[str, list[str] | None] = {}

    def _path(self, source: Source) -> Path | None:
        if not source.text_path:
            return None
        path = Path(source.text_path)
        if not path.is_absolute():
            base = source.location.path if source.location and source.location.path else self.map.path
            path = (Path(base).parent if base else Path(".")) / path
        return path

    def lines(self, source_id: str) -> list[str] | None:
        if source_id not in self.cache:
            source = self.map.source(source_id)
            path = self._path(source) if source is not None else None
            try:
                text = path.read_text(encoding="utf-8", errors="replace") if path is not None else None
            except OSError:
                text = None
            self.cache[source_id] = text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if text else None
        return self.cache[source_id]

    def quote(self, quote: Quote) -> dict[str, Any]:
        out: dict[str, Any] = {"at": str(quote.at), "text": quote.text}
        lines = self.lines(quote.at.source)
        if lines is not None:
            first, last = quote.at.line, min(quote.at.last_line, quote.at.line + MAX_QUOTED_LINES - 1)
            out["lines"] = [[n, _cut(lines[n - 1])] for n in range(first, last + 1) if 0 < n <= len(lines)]
        return out


def _cut(line: str) -> str:
    """A source line of at most MAX_LINE_CHARS characters, with an ellipsis when cut (it ended mid-word)."""
    return line if len(line) <= MAX_LINE_CHARS else line[:MAX_LINE_CHARS - 1] + "…"


def _where(element) -> str | None:
    location = getattr(element, "location", None)
    return str(location) if location is not None else None


class _Outgoing:
    """What each element supports and attacks, indexed once (scanning the map per element was quadratic)."""

    def __init__(self, amap: ArgumentMap):
        self.supports: dict[str, list[str]] = {}
        for inference in amap.inferences:
            for premise in dict.fromkeys(inference.premises):
                self.supports.setdefault(premise, []).append(inference.id)
        self.attacks: dict[str, list] = {}
        for attack in amap.attacks:
            self.attacks.setdefault(attack.attacker, []).append(attack)


def _element_data(amap: ArgumentMap, element, texts: _SourceTexts, outgoing: _Outgoing) -> dict[str, Any]:
    data: dict[str, Any] = {"id": element.id, "where": _where(element)}
    if isinstance(element, Claim):
        data.update(kind="claim", text=element.text, voice=element.voice, role=element.role, hedge=element.hedge,
                    tags=list(element.tags), note=element.note,
                    quotes=[texts.quote(q) for q in element.quotes],
                    devices=[{"category": d.category, "span": d.span, "note": d.note,
                              "at": str(d.at) if d.at else None} for d in amap.devices_in(element.id)],
                    same=list(amap.restated(element.id)))
    elif isinstance(element, Evidence):
        data.update(kind="evidence", text=element.citation or "", evidenceKind=element.kind, voice=element.voice,
                    citation=element.citation, tags=list(element.tags), note=element.note,
                    quotes=[texts.quote(q) for q in element.quotes])
    elif isinstance(element, Inference):
        data.update(kind="inference", text=element.warrant or "", voice=element.voice, scheme=element.scheme,
                    warrant=element.warrant, premises=list(element.premises), conclusion=element.conclusion,
                    tags=list(element.tags), note=element.note)
    data["supports"] = list(outgoing.supports.get(element.id, ()))
    data["supportedBy"] = [i.id for i in amap.inferences_to(element.id)]
    data["attacks"] = [{"id": a.id, "kind": a.kind, "target": a.target, "voice": a.voice}
                       for a in outgoing.attacks.get(element.id, ())]
    data["attackedBy"] = [{"id": a.id, "kind": a.kind, "attacker": a.attacker, "voice": a.voice}
                          for a in amap.attacks_on(element.id)]
    return {k: v for k, v in data.items() if v not in (None, [], "")}


def viewer_data(amap: ArgumentMap, view: View, diagnostics: list, direction: str = "TB") -> dict[str, Any]:
    """Everything the viewer shows besides the picture, as JSON-ready data."""
    texts = _SourceTexts(amap)
    outgoing = _Outgoing(amap)
    elements = {}
    for element in (*view.claims, *view.evidence, *view.inferences):
        elements[element.id] = _element_data(amap, element, texts, outgoing)
        elements[element.id]["svg"] = svg_id(element.id)
    for missing in view.missing:
        elements[missing] = {"id": missing, "kind": "missing", "svg": svg_id(missing),
                             "text": "referred to but not defined in this map"}
    # Elements a --focus or --voice view leaves out still open in the panel (marked "outside"),
    # so links, findings and search reach them; first definition of an id only, in map order.
    for element in (*amap.claims, *amap.evidence, *amap.inferences):
        if element.id not in elements:
            elements[element.id] = _element_data(amap, element, texts, outgoing)
            elements[element.id]["outside"] = True
    finder = FindingLocator(amap)
    findings = []
    for n, diagnostic in enumerate(diagnostics):
        involved = finder.involved(diagnostic)
        subjects = finder.subjects(diagnostic)
        ids = [i for i in dict.fromkeys([*subjects, *involved]) if i in elements]
        findings.append({
            "code": diagnostic.code, "name": diagnostic.name, "severity": str(diagnostic.severity),
            "message": diagnostic.message, "suggestion": diagnostic.suggestion,
            "where": str(diagnostic.location) if diagnostic.location else None, "ids": ids,
        })
        for element_id in ids:
            elements[element_id].setdefault("findings", []).append(n)
    # The fills the diagram gives the voices whose claims it draws; other voices get no swatch.
    fills = {voice: fill.css for voice, fill in fills_for(amap, view.claims).items()}
    voices = {v.id: {"name": v.name, "role": v.role, "source": v.source, "quotedBy": v.quoted_by,
                     "fill": fills.get(v.id)} for v in amap.voices}
    for element in elements.values():
        voice = element.get("voice")
        if voice and voice not in voices:
            voices[voice] = {"name": voice, "fill": fills.get(voice)}
    voices = {k: {f: x for f, x in v.items() if x is not None} for k, v in voices.items()}
    sources = {s.id: {"title": s.title, "authors": list(s.authors), "year": s.year, "url": s.url}
               for s in amap.sources}
    return {"title": Path(amap.path).name if amap.path else "argument map", "elements": elements,
            "direction": direction, "order": list(elements), "findings": findings, "voices": voices, "sources": sources,
            "command": "argmap render " + (shlex.quote(str(amap.path)) if amap.path else "MAP")}


_SVG_PROLOG = re.compile(r"\A.*?(?=<svg\b)", re.DOTALL)


def build_html(amap: ArgumentMap, view: View, svg: str, diagnostics: list, direction: str = "TB") -> str:
    """The whole viewer page as one string (``direction``: where the theses sit, TB top or LR left)."""
    data = viewer_data(amap, view, diagnostics, direction)
    inline_svg = _SVG_PROLOG.sub("", svg, count=1)  # no XML declaration or DOCTYPE inside HTML
    title = html.escape(f"argmap: {data['title']}")
    count = len(data["findings"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="argmap">
<title>{title}</title>
<style>
{_asset("viewer.css")}
</style>
</head>
<body>
<header id="am-bar">
  <h1 id="am-title">{title}</h1>
  <div id="am-search-box">
    <input id="am-search" type="search" placeholder="Search id or text ( / )" autocomplete="off"
           aria-label="Search claims, evidence and inferences by id or text">
    <ol id="am-results" hidden></ol>
  </div>
  <div id="am-zoom" role="group" aria-label="Zoom">
    <button type="button" id="am-zoom-in" title="Zoom in (+)">+</button>
    <button type="button" id="am-zoom-out" title="Zoom out (-)">−</button>
    <button type="button" id="am-zoom-fit" title="Fit the map (0)">Fit</button>
  </div>
</header>
<main id="am-main">
  <div id="am-canvas" tabindex="0" aria-label="Argument map: drag to pan, wheel to zoom, click a node or reach it with Tab">
    <div id="am-stage">
{inline_svg}
    </div>
  </div>
  <aside id="am-side">
    <section id="am-detail" aria-live="polite">
      <p class="am-hint">Click a node (or reach it with Tab or the arrow keys and press Enter) to read its full
      text, who says it, its quotes with their source lines, its evidence and the findings that concern it.
      Escape closes it.</p>
    </section>
    <section id="am-findings-box">
      <h2>Findings <span id="am-findings-count">({count})</span></h2>
      <ol id="am-findings"></ol>
    </section>
  </aside>
</main>
<script type="application/json" id="am-data">{script_json(data)}</script>
<script>
{_asset("viewer.js")}
</script>
</body>
</html>
"""
