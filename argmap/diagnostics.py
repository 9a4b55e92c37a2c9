"""Diagnostics: what argmap reports, and the one exception type the API raises.

A Diagnostic keeps its structured fields (code, location, ``data`` such as a
claim id or a cycle) apart from its prose, so that JSON and SARIF can carry
both. The checker never prints: reporters in :mod:`argmap.report` do.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from argmap.model import Location


class Severity(enum.IntEnum):
    """How serious a finding is. ``error`` and ``warning`` make ``argmap check`` exit 1."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]


@attrs.frozen(slots=True, kw_only=True)
class Related:
    """Another place that a diagnostic points at (the first definition of a duplicate id...)."""

    location: Location
    message: str


@attrs.frozen(slots=True, kw_only=True)
class Diagnostic:
    """One finding: code and name of the rule, severity, message and where it is."""

    code: str
    name: str
    severity: Severity
    message: str
    location: Location | None = None
    end_column: int | None = None
    suggestion: str | None = None
    related: tuple[Related, ...] = ()
    data: dict[str, Any] = attrs.field(factory=dict, eq=False)

    @property
    def path(self) -> str | None:
        return self.location.path if self.location else None

    @property
    def line(self) -> int:
        return self.location.line if self.location else 1

    @property
    def column(self) -> int:
        return self.location.column if self.location else 1

    def sort_key(self) -> tuple:
        location = self.location
        if location is None:
            return ("", 1, 1, self.code, self.message)
        return (location.path or "", location.line, location.column, self.code, self.message)

    def __str__(self) -> str:
        where = str(self.location) if self.location else "<map>"
        return f"{where}: {self.severity} {self.code} {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (the ``diagnostics`` items of ``argmap check --format json``)."""
        out: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
        }
        if self.end_column is not None:
            out["end_column"] = self.end_column
        if self.suggestion:
            out["suggestion"] = self.suggestion
        if self.related:
            out["related"] = [
                {"message": r.message, "path": r.location.path, "line": r.location.line, "column": r.location.column}
                for r in self.related
            ]
        if self.data:
            out["data"] = self.data
        return out


class ArgmapError(Exception):
    """Raised by :func:`argmap.parse` and :func:`argmap.load` when a map cannot be read.

    ``diagnostics`` lists every problem found (syntax errors, missing or cyclic
    includes, unreadable files), each with its location. ``sources`` maps each
    path to its text, so a reporter can show the offending line.
    """

    def __init__(self, diagnostics: list[Diagnostic], sources: dict[str, str] | None = None):
        self.diagnostics = sorted(diagnostics, key=Diagnostic.sort_key)
        self.sources = sources or {}
        first = self.diagnostics[0] if self.diagnostics else None
        super().__init__(str(first) if first else "invalid argument map")
