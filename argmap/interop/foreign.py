"""Loading a file in a foreign format by its extension (or a named format), for the CLI and the API.

``.argdown`` and ``.ad`` are Argdown; ``.json`` is either argmap's own JSON export (it has
``"argmap": 1`` at the top) or an AIF map (it has ``"nodes"``), told apart by looking inside.
"""

from __future__ import annotations

from pathlib import Path

from argmap import jsonio
from argmap.diagnostics import ArgmapError
from argmap.interop.aif import import_aif
from argmap.interop.argdown_import import import_argdown
from argmap.interop.common import parse_json, unreadable
from argmap.loader import display_path, read_text
from argmap.model import ArgumentMap, Location

FORMATS = ("argdown", "aif")
SUFFIXES = {".argdown": "argdown", ".ad": "argdown", ".json": "json"}


def format_for(path: str | Path) -> str | None:
    """The format a file's extension names: ``argdown``, ``json`` (AIF or argmap JSON), or None."""
    return SUFFIXES.get(Path(path).suffix.lower())


def load_foreign(path: str | Path, fmt: str | None = None) -> ArgumentMap:
    """Read an Argdown file, an AIF JSON file or an argmap JSON export into a map.

    ``fmt`` is ``argdown``, ``aif`` or None (from the extension; JSON is looked into). Import
    warnings are in ``map.parse_findings``. Raises ArgmapError with located diagnostics.
    """
    path = Path(path)
    shown = display_path(path)
    text = read_text(path, shown)
    fmt = fmt or format_for(path)
    if fmt == "argdown":
        return import_argdown(text, shown)[0]
    if fmt in ("aif", "json"):
        data = parse_json(text, shown)
        if fmt == "json" and isinstance(data, dict) and data.get("argmap") == jsonio.FORMAT_VERSION:
            try:
                return jsonio.from_dict(data)
            except jsonio.JSONFormatError as exc:
                raise ArgmapError([unreadable(f"not a valid argmap JSON export: {exc}",
                                              Location(path=shown, line=1, column=1))], {shown: text}) from None
        if fmt == "json" and not (isinstance(data, dict) and ("nodes" in data or "AIF" in data)):
            raise ArgmapError([unreadable(
                "this JSON is neither an AIF map (it has no \"nodes\") nor an argmap JSON export "
                "(it has no \"argmap\": 1)", Location(path=shown, line=1, column=1))], {shown: text})
        # From the text (not the data parsed above): warnings then point at the line of each node.
        return import_aif(text, shown)[0]
    raise ArgmapError([unreadable(f"argmap cannot tell the format of {shown}",
                                  Location(path=shown, line=1, column=1),
                                  "name the format: --from argdown or --from aif")])


# Extension → loader (path -> ArgumentMap), registered by argmap.cli.common for `check`, `render`...
LOADERS = {suffix: load_foreign for suffix in SUFFIXES}
