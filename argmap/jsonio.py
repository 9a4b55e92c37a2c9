"""JSON export and import of the whole model (schema: docs/schema.json, described in docs/json.md).

``to_dict``/``from_dict`` are exact inverses: ``from_dict(to_dict(m)) == m``,
locations included.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from argmap.model import (
    ATTACK_KINDS,
    ROLES,
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
from argmap.parser import is_id

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


# Fields the language writes as bare ids (argmap fmt, import), and fields with a fixed vocabulary: a value
# outside them could not be written back as argmap text, or would break the analyses that read it.
_ID_FIELDS = {"id", "voice", "attacker", "target", "conclusion", "scheme", "left", "right", "category", "source",
              "quoted_by", "premises", "cites", "tags"}
_ID_FIELDS_OF = {Evidence: {"kind"}, Voice: {"role"}}
_VOCABULARY = {(Attack, "kind"): ATTACK_KINDS, (Claim, "role"): ROLES}


def _value(cls: type, field: attrs.Attribute, value: Any, where: str) -> Any:
    """A JSON value checked against the type of the model field it fills."""
    name, annotation = field.name, str(field.type)
    if value is None:
        if annotation.endswith("| None"):
            return None
        raise JSONFormatError(f"{where}.{name}: must not be null")
    base = annotation.removesuffix(" | None")
    if name in _NESTED:
        return _decode(_NESTED[name], value, f"{where}.{name}")
    if base.startswith("tuple["):
        if not isinstance(value, list):
            raise JSONFormatError(f"{where}.{name}: expected a list")
        if name == "quotes":
            return tuple(_decode(Quote, q, f"{where}.quotes[{i}]") for i, q in enumerate(value))
        if not all(isinstance(v, str) for v in value):
            raise JSONFormatError(f"{where}.{name}: expected a list of strings")
        items = tuple(value)
    elif base == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise JSONFormatError(f"{where}.{name}: expected an integer")
        return value
    elif not isinstance(value, str):
        raise JSONFormatError(f"{where}.{name}: expected a string")
    else:
        items = (value,)
    known = _VOCABULARY.get((cls, name))
    for item in items:
        if known is not None and item not in known:
            raise JSONFormatError(f"{where}.{name}: {item!r} is not one of {', '.join(known)}")
        if known is None and (name in _ID_FIELDS or name in _ID_FIELDS_OF.get(cls, ())) and not is_id(item):
            raise JSONFormatError(f"{where}.{name}: {item!r} is not an id (a letter or _, then letters, digits, _; "
                                  f"- and . inside)")
    return value if isinstance(value, str) else items


def _decode(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise JSONFormatError(f"{where}: expected an object for {cls.__name__}")
    fields = {f.name: f for f in attrs.fields(cls) if f.init}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in fields:
            raise JSONFormatError(f"{where}: unknown field {key!r} for {cls.__name__}")
        kwargs[key] = _value(cls, fields[key], value, where)
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
    path, files = data.get("path"), data.get("files") or []
    if path is not None and not isinstance(path, str):
        raise JSONFormatError("path: expected a string")
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise JSONFormatError("files: expected a list of strings")
    return ArgumentMap(path=path, files=tuple(files), **fields)


def loads(text: str) -> ArgumentMap:
    """Parse a JSON export back into a map."""
    try:
        return from_dict(json.loads(text))
    except json.JSONDecodeError as exc:
        raise JSONFormatError(f"line {exc.lineno} column {exc.colno}: {exc.msg}") from None
