"""Checking verbatim quotes and device spans against the source texts they cite.

A quote ``quote furr:212 "..."`` (on a claim or evidence) and a device with
``at furr:212`` promise that the words stand in the text file of source
``furr`` at line 212. This module reads each source text once, normalises it,
and says for every quote whether that is so, where else the words are, or
what the nearest text is.

Normalisation (applied to the source text and to the quote alike; rule
AM601 in docs/rules.md gives the reasons):

* Unicode NFC; soft hyphens and zero-width characters are removed (a soft
  hyphen at a line end also joins the word across the line break);
* typographic quotes (‘ ’ ‚ ‛ “ ” „ ‟ « » ‹ › and the backtick) become ``'`` or
  ``"``; two apostrophes in a row become ``"``;
* every dash (hyphen, en and em dash, minus, ...) becomes ``-``; a run of dashes
  is one dash, and spaces around a dash are dropped;
* a dash between two letters is dropped, so ``post-revolutionary``,
  ``postrevolutionary`` and a word broken across a line end
  (``bu-`` / ``reaucracy``) all read the same;
* every run of whitespace (line ends included) is one space.

Matching is case-sensitive (a verbatim quote keeps the author's capitals); a
quote that matches only when case is ignored is reported as such. An ellipsis
(``...`` or ``…``) inside a quote marks omitted words: the parts must appear in
order, each gap at most :data:`MAX_GAP` characters.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from argmap.model import ArgumentMap, Claim, Device, Evidence, Locator, Quote, Source

MAX_GAP = 1000  # normalised characters an ellipsis may stand for
NEAREST_MIN_RATIO = 0.5  # below this similarity the nearest text is not worth showing

_APOSTROPHES = "\u2018\u2019\u201a\u201b\u2039\u203a`"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_EXTRA_DASHES = "\u2212\u2e3a\u2e3b\ufe63\uff0d"  # minus signs and others outside category Pd
_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.\s?\.\s?\.(?:\s?\.)*)\s*")
_WORD = re.compile(r"\w+")


def _char_class(char: str) -> str | None:
    """The normalised form of one character ('' to drop it), or None to keep it as it is."""
    if char in _INVISIBLE:
        return ""
    if char in _APOSTROPHES:
        return "'"
    if char in _DOUBLE_QUOTES:
        return '"'
    if char == "-" or char in _EXTRA_DASHES or unicodedata.category(char) == "Pd":
        return "-"
    if char.isspace():
        return " "
    return None


_CHAR_CACHE: dict[str, str | None] = {}


def _normalise_with_origins(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` (see the module docstring) and give each output character its offset in ``text``."""
    chars: list[str] = []
    origins: list[int] = []
    joining = False  # after a soft hyphen: the word goes on past any line break
    for offset, char in enumerate(text):
        if char == "\u00ad":
            joining = True
            continue
        mapped = _CHAR_CACHE.get(char, 0)
        if mapped == 0:
            mapped = _CHAR_CACHE[char] = _char_class(char)
        if mapped is None:
            mapped = char
        elif mapped == "":
            continue
        if mapped == " ":
            if joining or not chars or chars[-1] == " " or chars[-1] == "-":
                continue
        joining = False
        if mapped == "-":
            if chars and chars[-1] == " ":
                chars.pop()
                origins.pop()
            if chars and chars[-1] == "-":
                continue
        elif mapped == "'" and chars and chars[-1] == "'":
            chars[-1] = '"'
            continue
        chars.append(mapped)
        origins.append(offset)
    if chars and chars[-1] == " ":
        chars.pop()
        origins.pop()
    # A dash between two letters is dropped: hyphenation and line-end word breaks read alike.
    keep = [
        not (c == "-" and 0 < i < len(chars) - 1 and chars[i - 1].isalpha() and chars[i + 1].isalpha())
        for i, c in enumerate(chars)
    ]
    if not all(keep):
        chars = [c for c, k in zip(chars, keep) if k]
        origins = [o for o, k in zip(origins, keep) if k]
    return "".join(chars), origins


def normalise(text: str) -> str:
    """``text`` as the quote checker compares it (NFC, straight quotes, one kind of dash, single spaces)."""
    return _normalise_with_origins(unicodedata.normalize("NFC", text))[0]


def _fold(text: str) -> str:
    """Lower case with the length kept, so positions in the folded text are positions in the original."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def split_ellipses(quote_text: str) -> list[str]:
    """The parts of a quote between ellipses (leading and trailing ellipses dropped), normalised."""
    parts = [normalise(p) for p in _ELLIPSIS.split(quote_text)]
    return [p for p in parts if p]


@attrs.frozen(slots=True)
class Span:
    """A stretch of the normalised source text and the source lines it covers."""

    start: int
    end: int
    first_line: int
    last_line: int

    @property
    def locator_lines(self) -> str:
        """``212`` or ``212-213``, as a locator writes them."""
        return str(self.first_line) if self.first_line == self.last_line else f"{self.first_line}-{self.last_line}"


@attrs.frozen(slots=True)
class Nearest:
    """The text most like a quote that is not in the source: where, how similar, the first difference."""

    span: Span
    text: str
    ratio: float
    quote_has: str | None = None
    text_has: str | None = None


class SourceText:
    """One source file's text, normalised and indexed once for every quote that cites it."""

    def __init__(self, text: str, path: str = "<text>"):
        text = unicodedata.normalize("NFC", text)
        if text.startswith("\ufeff"):
            text = text[1:]
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.path = path
        self.text = text
        self.lines = text.split("\n")
        if len(self.lines) > 1 and self.lines[-1] == "":
            self.lines.pop()  # a final newline ends the last line; it does not start another
        self.line_starts: list[int] = []
        position = 0
        for line in self.lines:
            self.line_starts.append(position)
            position += len(line) + 1
        self.normal, self._origins = _normalise_with_origins(text)
        self.folded = _fold(self.normal)
        self._words: list[tuple[int, int]] | None = None
        self._postings: dict[str, list[int]] | None = None

    @classmethod
    def read(cls, path: str | Path) -> SourceText:
        """Read a UTF-8 file (a byte-order mark is allowed). Raises OSError or UnicodeDecodeError."""
        data = Path(path).read_bytes()
        return cls(data.decode("utf-8"), str(path))

    @property
    def line_count(self) -> int:
        return len(self.lines) if self.text else 0

    def line_at(self, index: int) -> int:
        """The 1-based source line of the normalised character at ``index``."""
        if not self._origins:
            return 1
        index = min(max(index, 0), len(self._origins) - 1)
        return bisect.bisect_right(self.line_starts, self._origins[index])

    def span(self, start: int, end: int) -> Span:
        """The Span for normalised characters ``start:end``."""
        return Span(start, end, self.line_at(start), self.line_at(max(start, end - 1)))

    def line_range_offsets(self, first: int, last: int) -> tuple[int, int]:
        """Normalised offsets [start, end) of the text on lines ``first`` to ``last``."""
        starts = self.line_starts
        lo = starts[first - 1] if 0 < first <= len(starts) else (len(self.text) if first > len(starts) else 0)
        hi = starts[last] if last < len(starts) else len(self.text)
        return bisect.bisect_left(self._origins, lo), bisect.bisect_left(self._origins, hi)

    # ---- exact search -----------------------------------------------------------
    def find(self, parts: list[str], *, ignore_case: bool = False) -> list[Span]:
        """Every place where the parts of a quote stand in order (each gap ≤ MAX_GAP), as Spans."""
        if not parts:
            return []
        haystack = self.folded if ignore_case else self.normal
        if ignore_case:
            parts = [_fold(p) for p in parts]
        found: list[Span] = []
        start = haystack.find(parts[0])
        while start != -1:
            end = start + len(parts[0])
            for part in parts[1:]:
                nxt = haystack.find(part, end, end + MAX_GAP + len(part) + 1)
                if nxt == -1:
                    break
                end = nxt + len(part)
            else:
                found.append(self.span(start, end))
            start = haystack.find(parts[0], start + 1)
        return found

    # ---- nearest text -----------------------------------------------------------
    def _index_words(self) -> None:
        words = [(m.start(), m.end()) for m in _WORD.finditer(self.folded)]
        postings: dict[str, list[int]] = {}
        for number, (start, end) in enumerate(words):
            postings.setdefault(self.folded[start:end], []).append(number)
        self._words, self._postings = words, postings

    def nearest(self, quote: str, near_line: int | None = None, candidates: int = 6) -> Nearest | None:
        """The stretch of text most like ``quote`` (normalised), found by word voting, then scored by difflib.

        Each word of the quote votes for the alignments (source word index minus
        quote word index) where it occurs. The best-voted alignments, and the
        stated line, give candidate windows; each is trimmed to the words it
        shares with the quote and scored by difflib's similarity ratio. The cost
        is proportional to the occurrences of the quote's words, not to the size
        of the text.
        """
        if self._postings is None:
            self._index_words()
        assert self._words is not None and self._postings is not None
        words = self._words
        quote_folded = _fold(quote)
        quote_words = _WORD.findall(quote_folded)
        if not words or not quote_words:
            return None
        total = len(words)
        frequent = max(200, total // 20)
        votes: Counter[int] = Counter()
        for position, word in enumerate(quote_words):
            occurrences = self._postings.get(word, ())
            if len(occurrences) > frequent:
                continue  # a very common word says little about where the quote is
            for occurrence in occurrences:
                votes[occurrence - position] += 1
        diagonals = [d for d, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:candidates]]
        if near_line is not None and 0 < near_line <= len(self.line_starts):
            lo, _ = self.line_range_offsets(near_line, near_line)
            diagonals.append(_first_word_at(words, lo))
        width = len(quote_words)
        scorer = difflib.SequenceMatcher(None, autojunk=False)
        scorer.set_seq2(quote_folded)
        best: tuple[float, int, int, int] | None = None
        seen: set[tuple[int, int]] = set()
        for diagonal in diagonals:
            first = min(max(diagonal - 3, 0), total - 1)
            last = min(diagonal + width + 3, total) - 1
            start, end = self._trim(quote_words, first, last)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            scorer.set_seq1(self.folded[start:end])
            ratio = scorer.ratio()
            distance = abs(self.line_at(start) - near_line) if near_line else 0
            candidate = (ratio, -distance, -start, end)
            if best is None or candidate > best:
                best = candidate
        if best is None:
            return None
        ratio, _, negative_start, end = best
        start = -negative_start
        text = self.normal[start:end]
        quote_has, text_has = _first_difference(quote, text)
        return Nearest(span=self.span(start, end), text=text, ratio=ratio, quote_has=quote_has, text_has=text_has)

    def _trim(self, quote_words: list[str], first: int, last: int) -> tuple[int, int]:
        """Character offsets of source words ``first..last``, narrowed to the first and last word shared with
        the quote (word-level difflib, cheap), keeping punctuation that hugs the last kept word."""
        assert self._words is not None
        window = self._words[first:last + 1]
        texts = [self.folded[a:b] for a, b in window]
        blocks = [b for b in difflib.SequenceMatcher(None, quote_words, texts, autojunk=False).get_matching_blocks()
                  if b.size]
        if blocks:
            # Keep as many words around the shared ones as the quote has there, so that a changed first or
            # last word shows up as a difference rather than vanishing from the window.
            before = blocks[0].a
            after = len(quote_words) - (blocks[-1].a + blocks[-1].size)
            low = max(blocks[0].b - before, 0)
            high = min(blocks[-1].b + blocks[-1].size + after, len(window))
            window = window[low:high]
        start, end = window[0][0], window[-1][1]
        limit = len(self.folded)
        while end < limit and not self.folded[end].isspace() and not self.folded[end].isalnum():
            end += 1
        return start, end


def _first_word_at(words: list[tuple[int, int]], offset: int) -> int:
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi) // 2
        if words[mid][0] < offset:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, len(words) - 1)


def _first_difference(quote: str, text: str) -> tuple[str | None, str | None]:
    """The first words where the quote and the text part ways: (quote's words, text's words)."""
    quote_words, text_words = quote.split(" "), text.split(" ")
    matcher = difflib.SequenceMatcher(None, quote_words, text_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            return " ".join(quote_words[i1:i2]) or None, " ".join(text_words[j1:j2]) or None
    return None, None


# ---- checking a map ---------------------------------------------------------------

OK = "ok"
ELSEWHERE = "elsewhere"  # the words are in the text, but not at the stated lines
CASE = "case"  # the words are there only when letter case is ignored
NOWHERE = "nowhere"
OUT_OF_RANGE = "out-of-range"  # the stated line is past the end of the file
NO_TEXT = "no-text"  # the source has no `text` path
UNREADABLE = "unreadable"  # the text file is missing, unreadable or not UTF-8
UNKNOWN_SOURCE = "unknown-source"  # the locator names no source (AM101 reports it)
EMPTY = "empty"  # nothing to look for (AM111 reports it)


@attrs.frozen(slots=True, kw_only=True)
class Citation:
    """One quote or device span and the locator it claims."""

    owner: str  # id of the claim or evidence, or of the device's target
    text: str
    at: Locator
    kind: str  # "quote" or the device category
    element: Quote | Device


@attrs.frozen(slots=True, kw_only=True)
class QuoteResult:
    """What the check found for one citation."""

    citation: Citation
    status: str
    source: Source | None = None
    path: str | None = None  # the resolved text path
    found: tuple[Span, ...] = ()  # where the words are (for ELSEWHERE, CASE, OUT_OF_RANGE)
    nearest: Nearest | None = None
    line_count: int | None = None
    problem: str | None = None  # why the text could not be read (UNREADABLE)


def citations(amap: ArgumentMap) -> Iterator[Citation]:
    """Every quote (of claims and evidence) and every device span with ``at``, in map order."""
    owners: Iterable[Claim | Evidence] = (*amap.claims, *amap.evidence)
    for owner in owners:
        for quote in owner.quotes:
            yield Citation(owner=owner.id, text=quote.text, at=quote.at, kind="quote", element=quote)
    for device in amap.devices:
        if device.at is not None:
            yield Citation(owner=device.target, text=device.span, at=device.at, kind=device.category, element=device)


def text_path(source: Source, amap: ArgumentMap | None = None) -> Path | None:
    """Where a source's text file is: ``text`` taken relative to the file that declares the source."""
    if not source.text_path:
        return None
    path = Path(source.text_path).expanduser()
    if path.is_absolute():
        return path
    declared_in = source.location.path if source.location and source.location.path else None
    if declared_in is None and amap is not None and amap.path:
        declared_in = amap.path
    base = Path(declared_in).parent if declared_in else Path.cwd()
    return base / path


class TextCache:
    """Source texts read and indexed once per resolved path: either a SourceText or the reason it failed."""

    def __init__(self) -> None:
        self._texts: dict[str, SourceText | str] = {}

    def get(self, path: Path) -> SourceText | str:
        key = str(path.resolve()) if path.exists() else str(path)
        if key not in self._texts:
            self._texts[key] = _read(path)
        return self._texts[key]


def _read(path: Path) -> SourceText | str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return "the file does not exist"
    except IsADirectoryError:
        return "it is a directory, not a file"
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return f"it is not valid UTF-8 (byte 0x{data[exc.start]:02x} on line {line})"
    return SourceText(decoded, str(path))


def check_citation(citation: Citation, text: SourceText) -> tuple[str, tuple[Span, ...], Nearest | None]:
    """Status, places found and nearest text for one citation against a readable source text."""
    parts = split_ellipses(citation.text)
    if not parts:
        return EMPTY, (), None
    first, last = citation.at.line, citation.at.last_line
    beyond = first > text.line_count or last > text.line_count
    found = text.find(parts)
    if found:
        if not beyond and any(first <= s.first_line <= last for s in found):
            return OK, (), None
        return (OUT_OF_RANGE if beyond else ELSEWHERE), _nearest_first(found, first), None
    folded = text.find(parts, ignore_case=True)
    if folded:
        if beyond:
            return OUT_OF_RANGE, _nearest_first(folded, first), None
        return CASE, _nearest_first(folded, first), None
    longest_missing = max((p for p in parts if not text.find([p])), key=len, default=" ".join(parts))
    nearest = text.nearest(longest_missing, None if beyond else first)
    if nearest is not None and nearest.ratio < NEAREST_MIN_RATIO:
        nearest = None
    return (OUT_OF_RANGE if beyond else NOWHERE), (), nearest


def _nearest_first(spans: list[Span], line: int) -> tuple[Span, ...]:
    return tuple(sorted(spans, key=lambda s: (abs(s.first_line - line), s.first_line)))


def check_quotes(amap: ArgumentMap, cache: TextCache | None = None) -> list[QuoteResult]:
    """Check every quote and device span of ``amap`` against its source text; one result per citation."""
    cache = cache or TextCache()
    results: list[QuoteResult] = []
    for citation in citations(amap):
        source = amap.source(citation.at.source)
        if source is None:
            results.append(QuoteResult(citation=citation, status=UNKNOWN_SOURCE))
            continue
        path = text_path(source, amap)
        if path is None:
            results.append(QuoteResult(citation=citation, status=NO_TEXT, source=source))
            continue
        text = cache.get(path)
        if isinstance(text, str):
            results.append(QuoteResult(citation=citation, status=UNREADABLE, source=source, path=str(path),
                                       problem=text))
            continue
        status, found, nearest = check_citation(citation, text)
        results.append(QuoteResult(citation=citation, status=status, source=source, path=str(path), found=found,
                                   nearest=nearest, line_count=text.line_count))
    return results


__all__ = [
    "Citation",
    "Nearest",
    "QuoteResult",
    "SourceText",
    "Span",
    "TextCache",
    "check_citation",
    "check_quotes",
    "citations",
    "normalise",
    "split_ellipses",
    "text_path",
]
