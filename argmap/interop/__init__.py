"""Interoperability: Argdown and AIF (Argument Interchange Format) import and export.

    >>> from argmap.interop import import_argdown, export_argdown
    >>> amap, warnings = import_argdown("[T]: Socrates is mortal.\\n  <+ [M]: All men are mortal.\\n")
    >>> [c.id for c in amap.claims]
    ['T', 'M']

Imported maps carry their AM130 warnings in ``map.parse_findings``, so :func:`argmap.check`
reports them; input that cannot be read raises :class:`argmap.ArgmapError` (AM131) with
file:line:col. The mapping in both directions, and what each direction loses, is in docs/interop.md.
"""

from __future__ import annotations

from argmap.interop.aif import export_aif, import_aif, to_aif
from argmap.interop.argdown_export import export_argdown
from argmap.interop.argdown_import import import_argdown
from argmap.interop.foreign import FORMATS, LOADERS, format_for, load_foreign

__all__ = ["FORMATS", "LOADERS", "export_aif", "export_argdown", "format_for", "import_aif", "import_argdown",
           "load_foreign", "to_aif"]
