"""The visual grammar of argmap diagrams: palette, fonts, shapes, line styles, text wrapping.

Everything a reader sees is decided here, so DOT, the HTML viewer and the
legend agree. Colours come from Paul Tol's colour-blind-safe schemes: the
"light" scheme for voice fills (made for cells carrying black text) and the
"vibrant" scheme for findings and attacks.
"""

from __future__ import annotations

import hashlib
import re
import textwrap

import attrs

# Paul Tol "light" without its pale grey (reserved for granted claims) and its olive (too dark
# behind black text, and too close to pear).
VOICE_FILLS = (
    "#77AADD",  # light blue
    "#EE8866",  # orange
    "#EEDD88",  # light yellow
    "#FFAABB",  # pink
    "#99DDFF",  # light cyan
    "#44BB99",  # mint
    "#BBCC33",  # pear
)
UNKNOWN_VOICE_FILL = "#FFFFFF"

INK = "#222222"            # text and ordinary outlines
META_INK = "#444444"       # the small line above a claim's text (id, voice, role)
SUPPORT_EDGE = "#555555"   # premise → inference → conclusion
GRANTED_FILL = "#DDDDDD"   # Tol light's pale grey: granted claims are muted
GRANTED_INK = "#555555"
EVIDENCE_FILL = "#FFFFFF"
INFERENCE_FILL = "#FFFFFF"
ATTACK = "#CC3311"         # Tol vibrant red: rebut, undercut, undermine
SAME = "#0077BB"           # Tol vibrant blue: restatements
UNSUPPORTED = "#EE7733"    # Tol vibrant orange: dashed border on unsupported claims
CYCLE = "#CC3311"          # cycles are drawn thick and red
OUT_FILL = "#F2F2F2"       # claims labelled OUT are faded and struck through
OUT_INK = "#999999"
FINDING_INK = "#AA3377"    # Tol purple: rule codes written on a node
MISSING_INK = "#888888"    # ids referred to but never defined

FONT = "DejaVu Sans"
# Graphviz (the WebAssembly build included) knows DejaVu Sans metrics, so boxes fit the text;
# the fallbacks are no wider, for viewers that lack the font.
SVG_FONT_STACK = "DejaVu Sans,Verdana,Bitstream Vera Sans,sans-serif"
FONT_SIZE = 11
META_SIZE = 8
INFERENCE_SIZE = 8
EDGE_LABEL_SIZE = 8
WRAP_WIDTH = 30            # characters per line of claim text: about 50 mm at 11 pt

# Graphviz measures a thesis's text at this size in the regular face, and the SVG draws it bold at
# FONT_SIZE. Bold DejaVu Sans runs 10-18 % wider than the regular face on the corpus's lines (median 13 %);
# measured at 12 pt the longest line of a thesis ran into its thick border.
THESIS_MEASURE_SIZE = 13
THESIS_PENWIDTH = "3"
FINDING_PENWIDTH = "2.5"


# How a line of a node label is drawn. Graphviz (its WebAssembly build has no HTML-like labels) lays
# out plain multi-line labels; the SVG is then finished by argmap.render.finish, which styles each
# line by the words of its role: "meta id" = small grey line whose first word is bold, and so on.
ROLE_STYLES: dict[str, dict[str, str]] = {
    "meta": {"font-size": f"{META_SIZE}.00", "fill": META_INK},
    "small": {"font-size": f"{META_SIZE}.00"},
    "body": {"font-size": f"{FONT_SIZE}.00"},
    "bold": {"font-weight": "bold"},
    "italic": {"font-style": "italic"},
    "strike": {"text-decoration": "line-through"},
    "faded": {"fill": OUT_INK},
    "finding": {"font-size": f"{META_SIZE}.00", "fill": FINDING_INK, "font-weight": "bold"},
}


def voice_fill(voice_id: str | None) -> str:
    """A voice's own colour: a stable hash of its id, so a voice keeps its colour in every file.

    A diagram uses it unless a voice drawn before it took it (see :func:`voice_fills`).
    """
    if not voice_id:
        return UNKNOWN_VOICE_FILL
    digest = hashlib.sha256(voice_id.encode("utf-8")).digest()
    return VOICE_FILLS[int.from_bytes(digest[:4], "big") % len(VOICE_FILLS)]


@attrs.frozen(slots=True)
class VoiceFill:
    """How a voice's claims are filled: a palette colour, solid or fading to white from left to right."""

    colour: str
    fading: bool = False

    @property
    def dot(self) -> str:
        """The Graphviz ``fillcolor``: two colours make a linear gradient."""
        return f"{self.colour}:{FADE_TO}" if self.fading else self.colour

    @property
    def css(self) -> str:
        """The same fill as a CSS ``background``."""
        return f"linear-gradient(to right, {self.colour}, {FADE_TO})" if self.fading else self.colour


FADE_TO = "#FFFFFF"
OTHER_VOICES = VoiceFill(UNKNOWN_VOICE_FILL)


def voice_fills(voices: list[str]) -> dict[str, VoiceFill]:
    """Fills for the voices of one diagram, most important first: no two share a fill while there are enough.

    Each voice takes its own colour (:func:`voice_fill`) if no voice before it took it, else the first free
    one; after the seven solid colours come the same seven fading to white; voices after those fourteen
    are white (their claims still name them on their first line).
    """
    fills: dict[str, VoiceFill] = {}
    free = [VoiceFill(c) for c in VOICE_FILLS] + [VoiceFill(c, fading=True) for c in VOICE_FILLS]
    for voice in voices:
        if voice in fills:
            continue
        if not free or not voice:
            fills[voice] = OTHER_VOICES
            continue
        tier = [f for f in free if f.fading == free[0].fading]
        own = next((f for f in tier if f.colour == voice_fill(voice)), tier[0])
        free.remove(own)
        fills[voice] = own
    return fills


_SPACE = re.compile(r"\s+")
# Characters XML (hence SVG) cannot carry; a map's text may contain them, a diagram shows U+FFFD instead.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """Text with the characters XML forbids (control characters, lone surrogates) replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def wrap(text: str, width: int = WRAP_WIDTH) -> list[str]:
    """Claim text as lines of at most ``width`` characters; blank lines separate paragraphs."""
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", clean(text).strip()):
        flat = _SPACE.sub(" ", paragraph).strip()
        if not flat:
            continue
        if lines:
            lines.append("")
        lines.extend(textwrap.wrap(flat, width=width, break_long_words=True, break_on_hyphens=True) or [""])
    return lines or [""]


def shorten(text: str, width: int) -> str:
    """One line of at most ``width`` characters, with an ellipsis when cut."""
    flat = _SPACE.sub(" ", clean(text)).strip()
    return flat if len(flat) <= width else flat[: max(1, width - 1)].rstrip() + "…"
