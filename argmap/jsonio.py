"""JSON export and import of the whole model (schema: docs/schema.json, described in docs/json.md).

``to_dict``/``from_dict`` are exact inverses: ``from_dict(to_dict(m)) == m``,
locations included.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from argmap.model import (
    ArgumentMap,
    Attack,
    Claim,
    Comment,
    Device,
    Evidence,
    Include,
    Inference,
    Location,
    Locator,
    Quote,
    Restatement,
    Source,
    Voice,
)

FORMAT_VERSION = 1

# Top-level list → element class, in the order the export writes them.
LISTS: dict[str, type] = {
    "sources": Source,
    "voices": Voice,
    "claims": Claim,
    "evidence": Evidence,
    "inferences": Inference,
    "attacks": Attack,
    "restatements": Restatement,
    "devices": Device,
    "includes": Include,
    "comments": Comment,
}
_NESTED: dict[str, type] = {"location": Location, "at": Locator}


class JSONFormatError(ValueError):
    """A JSON document that is not an argmap export."""


def _encode(value: Any) -> Any:
    if attrs.has(type(value)):
        return {
            f.name: _encode(getattr(value, f.name))
            for f in attrs.fields(type(value))
            if f.init and not f.name.startswith("_")
        }
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def to_dict(amap: ArgumentMap) -> dict[str, Any]:
    """The map as JSON-ready data: ``{"argmap": 1, "path", "files", "sources": [...], ...}``."""
    out: dict[str, Any] = {"argmap": FORMAT_VERSION, "path": amap.path, "files": list(amap.files)}
    for name in LISTS:
        out[name] = [_encode(e) for e in getattr(amap, name)]
    return out


def dumps(amap: ArgumentMap) -> str:
    """The JSON export as text (UTF-8 friendly, indented, keys in a fixed order)."""
    return json.dumps(to_dict(amap), ensure_ascii=False, indent=2) + "\n"


def _decode(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise JSONFormatError(f"{where}: expected an object for {cls.__name__}")
    kwargs: dict[str, Any] = {}
    names = {f.name for f in attrs.fields(cls) if f.init}
    for key, value in data.items():
        if key not in names:
            raise JSONFormatError(f"{where}: unknown field {key!r} for {cls.__name__}")
        if value is None:
            kwargs[key] = None
        elif key in _NESTED:
            kwargs[key] = _decode(_NESTED[key], value, f"{where}.{key}")
        elif key == "quotes":
            kwargs[key] = tuple(_decode(Quote, q, f"{where}.quotes[{i}]") for i, q in enumerate(value))
        elif isinstance(value, list):
            kwargs[key] = tuple(value)
        else:
            kwargs[key] = value
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise JSONFormatError(f"{where}: {exc}") from None


def from_dict(data: dict[str, Any]) -> ArgumentMap:
    """Rebuild a map from :func:`to_dict` output. Raises JSONFormatError on anything else."""
    if not isinstance(data, dict) or data.get("argmap") != FORMAT_VERSION:
        raise JSONFormatError(f'not an argmap JSON export (expected "argmap": {FORMAT_VERSION})')
    fields: dict[str, Any] = {}
    for name, cls in LISTS.items():
        items = data.get(name, [])
        if not isinstance(items, list):
            raise JSONFormatError(f"{name}: expected a list")
        fields[name] = [_decode(cls, item, f"{name}[{i}]") for i, item in enumerate(items)]
    return ArgumentMap(path=data.get("path"), files=tuple(data.get("files") or ()), **fields)


def loads(text: str) -> ArgumentMap:
    """Parse a JSON export back into a map."""
    try:
        return from_dict(json.loads(text))
    except json.JSONDecodeError as exc:
        raise JSONFormatError(f"line {exc.lineno} column {exc.colno}: {exc.msg}") from None
