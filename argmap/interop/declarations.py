"""Sources, voices and devices as plain records: what Argdown's front matter and AIF's ``argmap``
object carry, since neither format has words for them."""

from __future__ import annotations

from typing import Any

from argmap.interop.common import IdAllocator, sanitise_id
from argmap.model import ArgumentMap, Device, Location, Locator, Source, Voice

SOURCE_KEYS = ("id", "title", "authors", "year", "text", "url", "cites", "note")
VOICE_KEYS = ("id", "name", "role", "source", "quoted_by", "note")
DEVICE_KEYS = ("category", "span", "target", "at", "note")


def _compact(record: dict) -> dict:
    return {k: v for k, v in record.items() if v is not None and v != []}


def declarations_to_records(amap: ArgumentMap) -> dict[str, list[dict]]:
    """``{"sources": [...], "voices": [...], "devices": [...]}`` (empty lists left out)."""
    block: dict[str, list[dict]] = {}
    if amap.sources:
        block["sources"] = [_compact({
            "id": s.id, "title": s.title, "authors": list(s.authors), "year": s.year, "text": s.text_path,
            "url": s.url, "cites": list(s.cites), "note": s.note}) for s in amap.sources]
    if amap.voices:
        block["voices"] = [_compact({
            "id": v.id, "name": v.name, "role": v.role, "source": v.source, "quoted_by": v.quoted_by,
            "note": v.note}) for v in amap.voices]
    if amap.devices:
        block["devices"] = [_compact({
            "category": d.category, "span": d.span, "target": d.target, "at": str(d.at) if d.at else None,
            "note": d.note}) for d in amap.devices]
    return block


def parse_locator(text: str) -> Locator | None:
    """``"furr:67"`` or ``"furr:67-69"`` as a Locator, or None when it is neither."""
    source, _, lines = text.rpartition(":")
    first, _, last = lines.partition("-")
    if not source or not first.strip().isdigit() or (last and not last.strip().isdigit()):
        return None
    return Locator(source=source.strip(), line=int(first), end_line=int(last) if last else None)


def declarations_from_records(block: Any, where: Location | None
                              ) -> tuple[list[Source], list[Voice], list[Device], list[str]]:
    """Rebuild sources, voices and devices from :func:`declarations_to_records` output.

    Returns them with a list of problems (unknown keys, malformed records) for the caller to
    report; a malformed record is skipped, never guessed at.
    """
    problems: list[str] = []
    if not isinstance(block, dict):
        return [], [], [], ["the argmap declarations must be a mapping with sources, voices and devices"]
    for key in sorted(set(map(str, block)) - {"sources", "voices", "devices", "version"}):
        problems.append(f"argmap declarations: `{key}` is not something argmap reads")

    def records(name: str, keys: tuple[str, ...]) -> list[dict]:
        value = block.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            problems.append(f"argmap declarations: `{name}` must be a list of mappings; it is skipped")
            return []
        for record in value:
            unknown = sorted(str(k) for k in record if k not in keys)
            if unknown:
                problems.append(f"argmap declarations: a {name[:-1]} has keys argmap does not read: "
                                + ", ".join(unknown))
        return value

    def text(value: Any) -> str | None:
        return None if value is None else str(value)

    def texts(value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        return tuple(str(v) for v in (value if isinstance(value, list) else [value]))

    sources, source_ids = [], IdAllocator()
    for record in records("sources", SOURCE_KEYS):
        year = record.get("year")
        sources.append(Source(
            id=source_ids.reserve(sanitise_id(str(record.get("id") or "source"), "source")),
            title=text(record.get("title")), authors=texts(record.get("authors")),
            year=year if isinstance(year, int) and not isinstance(year, bool) else None,
            text_path=text(record.get("text")), url=text(record.get("url")),
            cites=tuple(sanitise_id(c) for c in texts(record.get("cites"))), note=text(record.get("note")),
            location=where))
    voices, voice_ids = [], IdAllocator()
    for record in records("voices", VOICE_KEYS):
        name = text(record.get("name")) or str(record.get("id") or "voice")
        voices.append(Voice(
            id=voice_ids.reserve(sanitise_id(str(record.get("id") or name), "voice")), name=name,
            role=text(record.get("role")),
            source=sanitise_id(str(record["source"])) if record.get("source") else None,
            quoted_by=sanitise_id(str(record["quoted_by"])) if record.get("quoted_by") else None,
            note=text(record.get("note")), location=where))
    devices = []
    for record in records("devices", DEVICE_KEYS):
        at = parse_locator(str(record["at"])) if record.get("at") else None
        if record.get("at") and at is None:
            problems.append(f"argmap declarations: a device has a bad place `{record['at']}`; it is dropped")
        devices.append(Device(category=str(record.get("category", "")), span=str(record.get("span", "")),
                              target=sanitise_id(str(record.get("target", "")), "x"), at=at,
                              note=text(record.get("note")), location=where))
    return sources, voices, devices, problems
