"""argmap: argument mapping and rhetoric analysis.

    >>> import argmap
    >>> amap = argmap.load("examples/socrates.argmap")
    >>> report = argmap.check(amap)
"""
from argmap.diagnostics import ArgmapError, Diagnostic, Severity
from argmap.model import ArgumentMap
from argmap.parser import parse_text
from argmap.loader import load
from argmap.check import Config, Report, check

__version__ = "0.1.0"


def __getattr__(name: str):
    # argmap.render (the renderers) is imported on first use: it loads Graphviz compiled to WebAssembly.
    if name == "render":
        import importlib

        return importlib.import_module("argmap.render")
    raise AttributeError(f"module 'argmap' has no attribute {name!r}")


def parse(text: str, path: str | None = None) -> ArgumentMap:
    """Parse argmap text into a map. Includes are not followed (use :func:`load`).

    Raises :class:`ArgmapError` carrying every syntax error found.
    """
    return parse_text(text, path)


__all__ = ["ArgmapError", "ArgumentMap", "Config", "Diagnostic", "Report", "Severity", "check", "load", "parse",
           "__version__"]
