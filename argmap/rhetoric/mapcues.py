"""Rhetorical cues of an argument map: its claims' texts, its quotes, and the source texts it binds.

A source text bound with ``text "..."`` is analysed whole. Its author voice is the map's voice with role
``author`` in that source; voices detected in the text ("Muxin again:") become the map's voice whose name
contains the detected name. A cue that falls inside a quote of a claim (same lines, same words) belongs to
that claim and to the claim's voice, so its ``device`` line names the claim. Quotes whose source text is
not available are analysed on their own, as the claim's voice. Claim paraphrases are analysed too (context
``paraphrase``: the words are the map writer's, attributed to the claim's voice).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import attrs

from argmap.analysis.quotes import normalise, text_path
from argmap.model import ArgumentMap, Claim, Device, Evidence, Quote, Source, Voice
from argmap.rhetoric.detector import Cue, TextAnalysis, analyse
from argmap.rhetoric.voices import QUOTED


@attrs.frozen(slots=True, kw_only=True)
class MapAnalysis:
    """Cues of a map, the words analysed per voice, and the devices a person annotated."""

    cues: tuple[Cue, ...]
    words_by_voice: dict[str, int]
    devices: tuple[Device, ...]
    texts: dict[str, str]  # path -> text, for showing source lines
    problems: tuple[str, ...] = ()


def _author_of(amap: ArgumentMap, source: Source) -> str:
    authors = [v for v in amap.voices if v.source == source.id and v.role == "author"]
    return authors[0].id if authors else source.id


def _voice_matcher(amap: ArgumentMap, source: Source, author: str) -> Callable[[tuple[str, ...]], str]:
    # Voices of this source first, then the rest (a quoted post may be declared as a source of its own).
    voices = sorted(amap.voices, key=lambda v: (v.source != source.id, v.id))

    def match(name: str) -> Voice | None:
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", name) if len(w) > 2]
        if not words:
            return None
        found = [v for v in voices if words[-1] in f"{v.name} {v.id}".lower()]
        # Prefer a voice named by all the words, then one that speaks (not a mere opponent), then the shortest name.
        found.sort(key=lambda v: (not all(w in v.name.lower() for w in words), v.role == "opponent",
                                  v.source != source.id, len(v.name), v.id))
        return found[0] if found else None

    def voice_of(path: tuple[str, ...]) -> str:
        for name in reversed(path):
            if name == author:
                return author
            if name == QUOTED:
                continue
            found = match(name)
            return found.id if found else name
        return author

    return voice_of


def _quote_index(amap: ArgumentMap) -> dict[str, list[tuple[Quote, Claim | Evidence]]]:
    out: dict[str, list[tuple[Quote, Claim | Evidence]]] = {}
    for owner in list(amap.claims) + list(amap.evidence):
        for quote in owner.quotes:
            out.setdefault(quote.at.source, []).append((quote, owner))
    return out


def _owner_of(cue: Cue, quotes: list[tuple[Quote, Claim | Evidence]]) -> tuple[Quote, Claim | Evidence] | None:
    words = normalise(cue.text)
    for quote, owner in quotes:
        if quote.at.line - 1 <= cue.line <= quote.at.last_line + 1 and words and words in normalise(quote.text):
            return quote, owner
    return None


def _shift(cue: Cue, **changes) -> Cue:
    return attrs.evolve(cue, **changes)


def analyse_map(amap: ArgumentMap, *, progress: Callable[[str], None] | None = None) -> MapAnalysis:
    """Every cue of the map: bound source texts first, then quotes with no readable text, then paraphrases."""
    cues: list[Cue] = []
    words: dict[str, int] = {}
    texts: dict[str, str] = {}
    problems: list[str] = []
    quotes_by_source = _quote_index(amap)
    analysed_sources: set[str] = set()
    for source in sorted(amap.sources, key=lambda s: s.id):
        path = text_path(source, amap)
        if path is None:
            continue
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"source {source.id}: cannot read {path}: {exc.__class__.__name__}")
            continue
        if progress:
            progress(f"source {source.id}")
        author = _author_of(amap, source)
        result: TextAnalysis = analyse(text, path=str(path), author=author, source=source.id,
                                       voice_of=_voice_matcher(amap, source, author))
        analysed_sources.add(source.id)
        texts[str(path)] = text
        quotes = quotes_by_source.get(source.id, [])
        for cue in result.cues:
            owner = _owner_of(cue, quotes)
            if owner is not None:
                quote, element = owner
                cue = _shift(cue, target=element.id, voice=element.voice)
            cues.append(cue)
        _count_words(words, result)
    for owner in list(amap.claims) + list(amap.evidence):
        for quote in owner.quotes:
            if quote.at.source in analysed_sources:
                continue
            cues.extend(_analyse_piece(quote.text, owner, words, quote=quote))
    for claim in amap.claims:
        cues.extend(_analyse_piece(claim.text, claim, words, paraphrase=True))
    cues.sort(key=Cue.sort_key)
    return MapAnalysis(cues=tuple(cues), words_by_voice=words, devices=tuple(amap.devices), texts=texts,
                       problems=tuple(problems))


def _count_words(words: dict[str, int], result: TextAnalysis) -> None:
    for voice, count in result.voice_words.items():
        words[voice] = words.get(voice, 0) + count


def _analyse_piece(text: str, owner: Claim | Evidence, words: dict[str, int], *, quote: Quote | None = None,
                   paraphrase: bool = False) -> Iterable[Cue]:
    location = quote.location if quote is not None and quote.location else owner.location
    result = analyse(text, path=location.path if location else None, author=owner.voice,
                     voice_of=lambda p: owner.voice if len(p) == 1 else p[-1])
    if not paraphrase:
        words[owner.voice] = words.get(owner.voice, 0) + result.words
    line = location.line if location else 1
    column = location.column if location else 1
    for cue in result.cues:
        yield _shift(
            cue, line=line, end_line=line, column=column, end_column=column + 1, target=owner.id,
            context=cue.context + (("paraphrase",) if paraphrase else ("quote",)),
            source=quote.at.source if quote is not None else None,
            source_line=quote.at.line if quote is not None else None,
        )
