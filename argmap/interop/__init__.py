"""Interoperability: Argdown and AIF (Argument Interchange Format) import and export.

    >>> from argmap.interop import import_argdown, export_argdown
    >>> amap, warnings = import_argdown("[T]: Socrates is mortal.\\n  <+ [M]: All men are mortal.\\n")
    >>> [c.id for c in amap.claims]
    ['T', 'M']

Imported maps carry their AM130 warnings in ``map.parse_findings``, so ``argmap.check`` reports them.
The mapping in both directions, and what each direction loses, is documented in docs/interop.md.
"""

from argmap.interop.argdown_export import export_argdown
from argmap.interop.argdown_import import import_argdown

__all__ = ["export_argdown", "import_argdown"]
