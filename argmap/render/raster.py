"""SVG → PNG (resvg) and SVG → PDF (cairosvg, else the system Graphviz), byte for byte reproducible.

PDF writers stamp the time of writing into the file; argmap removes it so the
same map always gives the same bytes.
"""

from __future__ import annotations

import io
import re

from argmap.render.svg import RenderError, run_system_dot, system_dot

PNG_DPI = 144  # twice the SVG point size: sharp on screens and in slides


def svg_to_png(svg: str, *, dpi: int = PNG_DPI) -> bytes:
    """Rasterise SVG with resvg (white background); Graphviz sizes are in points, so ``dpi`` sets the scale."""
    try:
        import resvg_py
    except ImportError:
        raise RenderError("PNG needs resvg: pip install resvg-py") from None
    try:
        return bytes(resvg_py.svg_to_bytes(svg_string=svg, dpi=dpi, background="#ffffff"))
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

    out = io.BytesIO()
    _Surface.convert(bytestring=svg.encode("utf-8"), write_to=out, unsafe=False)
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
