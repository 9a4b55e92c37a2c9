"""Finishing Graphviz SVG: per-line text styles, a font stack, and the legend.

Graphviz lays out plain labels; here each label line gets the style of its
role (small grey meta line with a bold id, bold thesis, italic reported claim,
struck-through OUT claim...), and a legend is drawn to the right of the
diagram. Works the same on the SVG of the system ``dot`` and of the
WebAssembly build, since both write one ``<text>`` per label line.
"""

from __future__ import annotations

import html
import re

from argmap.render import style
from argmap.render.dot import Drawing

_FONT_ATTRIBUTE = re.compile(r'font-family="' + re.escape(style.FONT) + r'[^"]*"')
_COMMENT = re.compile(r"<!--.*?-->\n?", re.DOTALL)
_TOKEN = re.compile(r"<g\b[^>]*>|<text\b([^>]*)>(.*?)</text>", re.DOTALL)
_ATTRIBUTE = re.compile(r'\s([\w:-]+)="([^"]*)"')
_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"\s+viewBox="([\d.\s-]+)"')


def _xml(value: str) -> str:
    return html.escape(value, quote=True)


def tidy(svg: str) -> str:
    """A font stack with fallbacks, and no generator comments (they differ between Graphviz builds)."""
    svg = _FONT_ATTRIBUTE.sub(f'font-family="{style.SVG_FONT_STACK}"', svg)
    return _COMMENT.sub("", svg)


def _styled_text(attributes: str, content: str, role: str) -> str:
    """A ``<text>`` element restyled for its role."""
    attrs = dict(_ATTRIBUTE.findall(" " + attributes))
    words = role.split()
    for word in words:
        attrs.update(style.ROLE_STYLES.get(word, {}))
    raw = html.unescape(content)
    if "id" in words and raw.strip():
        head, _, tail = raw.partition(" ")
        body = f'<tspan font-weight="bold">{_xml(head)}</tspan>' + (_xml(" " + tail) if tail else "")
    else:
        body = _xml(raw)
    rendered = " ".join(f'{key}="{value}"' for key, value in attrs.items())
    return f"<text {rendered}>{body}</text>"


def restyle(svg: str, line_roles: dict[str, tuple[str, ...]]) -> str:
    """Apply each node's line roles to its ``<text>`` elements, in order."""
    out: list[str] = []
    position = 0
    roles: tuple[str, ...] = ()
    index = 0
    for match in _TOKEN.finditer(svg):
        out.append(svg[position:match.start()])
        position = match.end()
        token = match.group(0)
        if token.startswith("<g"):
            attrs = dict(_ATTRIBUTE.findall(token))
            classes = attrs.get("class", "").split()
            if classes:  # node, edge, cluster or graph; the <a> wrappers Graphviz adds have no class
                roles = line_roles.get(html.unescape(attrs.get("id", "")), ()) if "node" in classes else ()
                index = 0
            out.append(token)
            continue
        if index < len(roles):
            out.append(_styled_text(match.group(1), match.group(2), roles[index]))
        else:
            out.append(token)
        index += 1
    out.append(svg[position:])
    return "".join(out)


# ---- legend -------------------------------------------------------------------
_LEGEND_FONT = style.META_SIZE
_ROW = 15.0
_SWATCH_W, _SWATCH_H = 26.0, 11.0


def _text_width(value: str, size: float) -> float:
    # DejaVu Sans averages about 0.6 em per character; generous so labels never overflow the frame.
    return len(value) * size * 0.62


def _legend_rows(drawing: Drawing) -> list[tuple[str, object, str]]:
    """(kind, parameter, words) rows of the legend: the voices, then only the symbols the diagram draws."""
    rows: list[tuple[str, object, str]] = [("voice", entry.fill, entry.name) for entry in drawing.voices]
    symbols = [
        ("thesis", "box", "thesis", "thesis"),
        ("granted", "box", "granted", "granted (conceded)"),
        ("reported", "box", "reported", "reported view (italic)"),
        ("evidence", "note", "", "evidence, with its citation"),
        ("inference", "ellipse", "", "inference, with its scheme"),
        ("support", "line", "support", "premise → inference → conclusion"),
        ("attack", "line", "attack", "rebuts / undermines"),
        ("undercut", "line", "undercut", "undercuts an inference"),
        ("same", "line", "same", "same claim (restatement)"),
        ("missing", "box", "missing", "not defined in this map"),
    ]
    if drawing.findings:
        symbols += [
            ("unsupported", "box", "unsupported", "weak support (AM2xx: unsupported, isolated...)"),
            ("cycle", "box", "cycle", "circular support (AM3xx)"),
            ("out", "box", "out", "OUT: defeated by an attack (AM4xx)"),
            ("code", "code", "", "rule codes of findings (notes: code only)"),
        ]
    shown = drawing.shown
    rows += [(kind, parameter, words) for key, kind, parameter, words in symbols if shown is None or key in shown]
    return rows


def _swatch(kind: str, parameter, x: float, y: float, number: int = 0) -> str:
    """The SVG of one legend symbol with its top-left corner at (x, y); ``number`` makes ids unique."""
    w, h = _SWATCH_W, _SWATCH_H
    if kind == "voice":
        fill, gradient = parameter.colour, ""
        if parameter.fading:
            fill = f"url(#am-legend-fade-{number})"
            gradient = (f'<linearGradient id="am-legend-fade-{number}" x1="0" y1="0" x2="1" y2="0">'
                        f'<stop offset="0" stop-color="{parameter.colour}"/>'
                        f'<stop offset="1" stop-color="{style.FADE_TO}"/></linearGradient>')
        return (f'{gradient}<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="3" fill="{fill}" '
                f'stroke="{style.INK}" stroke-width="0.8"/>')
    if kind == "box":
        fill, stroke, width, dash, extra = "#ffffff", style.INK, 0.8, "", ""
        if parameter == "thesis":
            width = 2.5
        elif parameter == "granted":
            fill, stroke = style.GRANTED_FILL, style.GRANTED_INK
        elif parameter == "reported":
            extra = (f'<text x="{x + w / 2}" y="{y + h - 2.5}" text-anchor="middle" font-family="{style.SVG_FONT_STACK}" '
                     f'font-size="{_LEGEND_FONT - 1}" font-style="italic" fill="{style.INK}">abc</text>')
        elif parameter == "unsupported":
            stroke, width, dash = style.UNSUPPORTED, 2.0, ' stroke-dasharray="4,2"'
        elif parameter == "cycle":
            stroke, width = style.CYCLE, 2.0
        elif parameter == "missing":
            stroke, dash = style.MISSING_INK, ' stroke-dasharray="4,2"'
        elif parameter == "out":
            fill, stroke = style.OUT_FILL, style.OUT_INK
            extra = (f'<text x="{x + w / 2}" y="{y + h - 2.5}" text-anchor="middle" font-family="{style.SVG_FONT_STACK}" '
                     f'font-size="{_LEGEND_FONT - 1}" text-decoration="line-through" fill="{style.OUT_INK}">abc</text>')
        return (f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="3" fill="{fill}" stroke="{stroke}" '
                f'stroke-width="{width}"{dash}/>' + extra)
    if kind == "note":
        fold = 4
        points = f"{x},{y} {x + w - fold},{y} {x + w},{y + fold} {x + w},{y + h} {x},{y + h}"
        return (f'<polygon points="{points}" fill="{style.EVIDENCE_FILL}" stroke="{style.INK}" stroke-width="0.8"/>'
                f'<polyline points="{x + w - fold},{y} {x + w - fold},{y + fold} {x + w},{y + fold}" fill="none" '
                f'stroke="{style.INK}" stroke-width="0.8"/>')
    if kind == "ellipse":
        return (f'<ellipse cx="{x + w / 2}" cy="{y + h / 2}" rx="{w / 2 - 2}" ry="{h / 2}" fill="{style.INFERENCE_FILL}" '
                f'stroke="{style.SUPPORT_EDGE}" stroke-width="0.8"/>')
    if kind == "line":
        colour = {"support": style.SUPPORT_EDGE, "attack": style.ATTACK, "undercut": style.ATTACK,
                  "same": style.SAME}[parameter]
        dash = ' stroke-dasharray="4,2"' if parameter in ("undercut", "same") else ""
        mid = y + h / 2
        head = (f'<polygon points="{x + w},{mid} {x + w - 6},{mid - 3} {x + w - 6},{mid + 3}" fill="{colour}" '
                f'stroke="{colour}"/>')
        tail = (f'<polygon points="{x},{mid} {x + 6},{mid - 3} {x + 6},{mid + 3}" fill="{colour}" stroke="{colour}"/>'
                if parameter == "same" else "")
        start = x + 6 if parameter == "same" else x
        return (f'<line x1="{start}" y1="{mid}" x2="{x + w - 6}" y2="{mid}" stroke="{colour}" stroke-width="1.4"'
                f'{dash}/>' + head + tail)
    if kind == "code":
        return (f'<text x="{x + w / 2}" y="{y + h - 2}" text-anchor="middle" font-family="{style.SVG_FONT_STACK}" '
                f'font-size="{_LEGEND_FONT}" font-weight="bold" fill="{style.FINDING_INK}">AM</text>')
    return ""


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def add_legend(svg: str, drawing: Drawing) -> str:
    """Draw the legend to the right of the diagram, widening the canvas to make room."""
    match = _SIZE.search(svg)
    if match is None:
        return svg
    width, height = float(match.group(1)), float(match.group(2))
    rows = _legend_rows(drawing)
    if not rows:  # an empty map: nothing to explain
        return svg
    pad = 8.0
    text_w = max(_text_width(words, _LEGEND_FONT) for _, _, words in rows)
    box_w = pad * 3 + _SWATCH_W + text_w
    box_h = pad * 2 + _ROW * (len(rows) + 1)
    left = width + 4
    top = 10.0
    parts = [f'<g id="am-legend" class="am-legend" transform="translate({_number(left)},{_number(top)})">',
             f'<rect x="0" y="0" width="{_number(box_w)}" height="{_number(box_h)}" rx="4" fill="#ffffff" '
             f'stroke="#bbbbbb" stroke-width="0.8"/>',
             f'<text x="{pad}" y="{pad + 9}" font-family="{style.SVG_FONT_STACK}" font-size="{_LEGEND_FONT + 1}" '
             f'font-weight="bold" fill="{style.INK}">Legend</text>']
    for n, (kind, parameter, words) in enumerate(rows, start=1):
        y = pad + _ROW * n + 2
        # A voice's row names its voice, so that the HTML viewer can show that voice's claims on a click.
        voice = drawing.voices[n - 1].voice if kind == "voice" else None
        if voice is not None:
            parts.append(f'<g class="am-legend-voice" data-voice="{_xml(voice)}">'
                         f'<rect x="0" y="{_number(y - 2)}" width="{_number(box_w)}" height="{_number(_ROW)}" '
                         f'fill="#ffffff" fill-opacity="0"/>')
        parts.append(_swatch(kind, parameter, pad, y, n))
        parts.append(f'<text x="{_number(pad * 2 + _SWATCH_W)}" y="{_number(y + _SWATCH_H - 2)}" '
                     f'font-family="{style.SVG_FONT_STACK}" font-size="{_LEGEND_FONT}" fill="{style.INK}">'
                     f'{_xml(words)}</text>')
        if voice is not None:
            parts.append("</g>")
    parts.append("</g>\n")
    new_width = width + 4 + box_w + 10
    new_height = max(height, top + box_h + 10)
    header = f'<svg width="{_number(new_width)}pt" height="{_number(new_height)}pt"\n viewBox="0.00 0.00 ' \
             f'{new_width:.2f} {new_height:.2f}"'
    svg = svg[:match.start()] + header + svg[match.end():]
    # A white ground under the legend, then the legend, both after the graph group.
    ground = (f'<rect x="{_number(width)}" y="0" width="{_number(new_width - width)}" height="{_number(new_height)}" '
              f'fill="#ffffff"/>\n')
    ground_under = ""
    if new_height > height:
        ground_under = (f'<rect x="0" y="{_number(height)}" width="{_number(width)}" '
                        f'height="{_number(new_height - height)}" fill="#ffffff"/>\n')
    closing = svg.rindex("</svg>")
    return svg[:closing] + ground + ground_under + "".join(parts) + svg[closing:]


def finish(svg: str, drawing: Drawing) -> str:
    """Graphviz SVG → argmap SVG: styled label lines, portable fonts, legend."""
    svg = restyle(tidy(svg), drawing.line_roles)
    if drawing.legend:
        svg = add_legend(svg, drawing)
    return svg
