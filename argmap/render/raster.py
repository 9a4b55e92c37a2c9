"""SVG → PNG (resvg) and SVG → PDF (cairosvg, else the system Graphviz), byte for byte reproducible.

PDF writers stamp the time of writing into the file; argmap removes it so the
same map always gives the same bytes.
"""

from __future__ import annotations

import io
import re

from argmap.render.svg import RenderError, run_system_dot, system_dot

PNG_DPI = 144  # twice the SVG point size: sharp on screens and in slides
# Big maps are drawn smaller rather than as images no viewer opens (and that take minutes to encode).
PNG_MAX_PIXELS = 24_000_000
PNG_MAX_SIDE = 16_000
# Acrobat and many viewers cannot show pages over 200 inches; bigger diagrams are scaled to fit.
PDF_MAX_SIDE_PT = 14_400

# Below this resolution the 11 pt text of a claim is under 9 pixels high: the PNG cannot be read.
LEGIBLE_DPI = 60

_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')


def svg_size(svg: str) -> tuple[float, float] | None:
    """The (width, height) in points of a Graphviz SVG, or None."""
    match = _SIZE.search(svg)
    return (float(match.group(1)), float(match.group(2))) if match else None


def png_dpi(svg: str, dpi: float = PNG_DPI) -> float:
    """``dpi``, lowered when the image would pass PNG_MAX_PIXELS or PNG_MAX_SIDE."""
    size = svg_size(svg)
    if not size or not all(size):
        return dpi
    width, height = size
    by_area = 72 * (PNG_MAX_PIXELS / (width * height)) ** 0.5
    by_side = 72 * PNG_MAX_SIDE / max(width, height)
    return round(min(dpi, by_area, by_side), 2)


def svg_to_png(svg: str, *, dpi: float = PNG_DPI) -> bytes:
    """Rasterise SVG with resvg (white background); Graphviz sizes are in points, so ``dpi`` sets the scale.

    Diagrams that would exceed PNG_MAX_PIXELS or PNG_MAX_SIDE are drawn at a lower resolution.
    """
    try:
        import resvg_py
    except ImportError:
        raise RenderError("PNG needs resvg: pip install resvg-py") from None
    try:
        return bytes(resvg_py.svg_to_bytes(svg_string=svg, dpi=png_dpi(svg, dpi), background="#ffffff"))
    except ValueError as exc:
        raise RenderError(f"resvg could not draw the SVG: {exc}") from None


def _cairosvg_pdf(svg: str) -> bytes:
    import cairocffi
    import cairosvg.surface

    class _UndatedPDF(cairocffi.PDFSurface):
        """cairo's PDF surface without a creation date."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.set_metadata(cairocffi.PDF_METADATA_CREATE_DATE, "")
            self.set_metadata(cairocffi.PDF_METADATA_CREATOR, "argmap")

    class _Surface(cairosvg.surface.PDFSurface):
        surface_class = _UndatedPDF

    size = svg_size(svg)
    scale = min(1.0, PDF_MAX_SIDE_PT / max(size)) if size and max(size) > 0 else 1.0
    out = io.BytesIO()
    _Surface.convert(bytestring=svg.encode("utf-8"), write_to=out, unsafe=False, scale=scale)
    return out.getvalue()


_PDF_DATE = re.compile(rb"/(?:CreationDate|ModDate)\s*\((D:[^)]*)\)")


def undate_pdf(pdf: bytes) -> bytes:
    """Replace PDF date stamps by a fixed date of the same length (cross-reference offsets stay valid)."""

    def fixed(match: re.Match) -> bytes:
        stamp = match.group(1)
        digits = iter(b"20000101000000")
        same = bytes(next(digits, ord("0")) if 48 <= c <= 57 else c for c in stamp)
        return match.group(0).replace(stamp, same)

    return _PDF_DATE.sub(fixed, pdf)


def svg_to_pdf(svg: str, dot_source: str | None = None) -> bytes:
    """Vector PDF through cairosvg (needs the cairo library) or, failing that, the system Graphviz."""
    reason = ""
    try:
        return undate_pdf(_cairosvg_pdf(svg))
    except ImportError as exc:
        reason = str(exc)
    except OSError as exc:  # cairocffi cannot find libcairo
        reason = str(exc)
    if dot_source is not None and system_dot():
        return undate_pdf(run_system_dot(dot_source, "pdf"))
    raise RenderError(
        "PDF needs cairosvg and the cairo library (pip install cairosvg; Debian/Ubuntu: apt-get install libcairo2) "
        f"or Graphviz (apt-get install graphviz) [{reason.splitlines()[0] if reason else 'not found'}]; "
        "PNG and SVG work without them")
