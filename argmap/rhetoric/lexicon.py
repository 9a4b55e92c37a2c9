"""Lexicons: the curated phrase lists shipped in ``argmap/rhetoric/lexicons`` and a fast token matcher.

Each ``.lex`` file declares its lists (``@list NAME: provenance``) and groups entries under ``== NAME``
headings, so every entry knows where it came from. Matching works on tokens, not on one big regular
expression: the text is tokenised once, and each token looks up the phrases that start with it, which keeps
a megabyte of text well under a second.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources

import attrs

# Words, numbers, and words with inner apostrophes ("don't", "Stalin’s"); hyphens split tokens.
TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred "
    "hundreds thousand thousands million millions billion billions dozen dozens".split()
)


class Token:
    """One word of a text: its offsets, its text and its lower-cased, apostrophe-normalised form."""

    __slots__ = ("start", "end", "text", "norm")

    def __init__(self, start: int, end: int, text: str, norm: str):
        self.start = start
        self.end = end
        self.text = text
        self.norm = norm

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def tokenize(text: str) -> list[Token]:
    """Every word token of ``text`` with its character offsets."""
    return [Token(m.start(), m.end(), m.group(), m.group().lower().replace("’", "'")) for m in TOKEN_RE.finditer(text)]


@attrs.frozen(slots=True)
class Entry:
    """One lexicon entry: its words (``*`` suffix = prefix match, ``{NUM}`` = a number), list and flags."""

    category: str
    words: tuple[str, ...]
    raw: str
    list_name: str
    case_sensitive: bool = False
    stop: bool = False


@attrs.frozen(slots=True)
class Lexicon:
    """A category's entries and the provenance of each of its lists."""

    category: str
    entries: tuple[Entry, ...]
    provenance: dict = attrs.field(factory=dict, hash=False)

    def __len__(self) -> int:
        return len(self.entries)


def _entry_words(phrase: str) -> tuple[str, ...]:
    out = []
    for part in re.findall(r"\{NUM\}|[^\W_]+(?:['’][^\W_]+)*\*?", phrase):
        out.append(part if part == "{NUM}" else part.replace("’", "'"))
    return tuple(out)


def parse_lexicon(category: str, text: str) -> Lexicon:
    """Read one ``.lex`` file's text (see lexicons/README.md for the syntax)."""
    provenance: dict[str, str] = {}
    entries: list[Entry] = []
    current = None
    for number, raw_line in enumerate(text.splitlines(), 1):
        line = raw_line.split(" #", 1)[0].rstrip() if not raw_line.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        if line.startswith("@list"):
            name, _, what = line.partition(":")
            key = name.split()[1]
            provenance[key] = (provenance.get(key, "") + " " + what.strip()).strip()
            continue
        if line.startswith("== "):
            current = line[3:].strip()
            if current not in provenance:
                raise ValueError(f"{category}.lex:{number}: list {current!r} has no @list provenance line")
            continue
        if current is None:
            raise ValueError(f"{category}.lex:{number}: entry before any '== LIST' heading")
        phrase = line.strip()
        stop = phrase.startswith("-")
        phrase = phrase.lstrip("-")
        case_sensitive = phrase.startswith("!")
        phrase = phrase.lstrip("!")
        words = _entry_words(phrase)
        if not words:
            continue
        if not case_sensitive:
            words = tuple(w if w == "{NUM}" else w.lower() for w in words)
        entries.append(Entry(category, words, phrase, current, case_sensitive, stop))
    return Lexicon(category, tuple(entries), provenance)


@functools.cache
def load_lexicon(name: str) -> Lexicon:
    """The lexicon ``lexicons/<name>.lex`` shipped with argmap."""
    text = resources.files("argmap.rhetoric").joinpath("lexicons", f"{name}.lex").read_text(encoding="utf-8")
    return parse_lexicon(name, text)


def lexicon_names() -> list[str]:
    """Names of every shipped lexicon file, sorted."""
    folder = resources.files("argmap.rhetoric").joinpath("lexicons")
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".lex"))


@attrs.frozen(slots=True)
class Match:
    """A lexicon entry found in a text: token index range and character span."""

    entry: Entry
    first: int
    last: int  # exclusive
    start: int
    end: int


def _is_number(token: Token) -> bool:
    return token.norm[:1].isdigit() or token.norm in NUMBER_WORDS


class PhraseMatcher:
    """Finds the entries of several lexicons in a token list, longest match first, per category.

    Entries are indexed by their first word, and multi-word entries also by their first two words, so a
    common word such as "the" only tries the few phrases that continue with the next token.
    """

    def __init__(self, lexicons: list[Lexicon]):
        self._single: dict[str, list[tuple[Entry, tuple]]] = {}
        self._pair: dict[tuple[str, str], list[tuple[Entry, tuple]]] = {}
        self._loose: dict[str, list[tuple[Entry, tuple]]] = {}  # second word is a prefix or a number
        self._prefix: dict[str, list[tuple[Entry, tuple]]] = {}
        lengths = set()
        for lexicon in lexicons:
            for entry in lexicon.entries:
                compiled = tuple(self._compile(w, entry.case_sensitive) for w in entry.words)
                head = entry.words[0]
                if head == "{NUM}":
                    raise ValueError(f"{entry.category}: an entry cannot start with {{NUM}} ({entry.raw})")
                if head.endswith("*"):
                    self._prefix.setdefault(head[:-1].lower(), []).append((entry, compiled))
                    lengths.add(len(head) - 1)
                elif len(compiled) == 1:
                    self._single.setdefault(head.lower(), []).append((entry, compiled))
                elif compiled[1][0] in (0, 1):
                    self._pair.setdefault((head.lower(), compiled[1][1].lower()), []).append((entry, compiled))
                else:
                    self._loose.setdefault(head.lower(), []).append((entry, compiled))
        self._prefix_lengths = sorted(lengths)
        self._prefix_cache: dict[str, list[tuple[Entry, tuple]]] = {}

    @staticmethod
    def _compile(word: str, case_sensitive: bool) -> tuple[int, str]:
        """(kind, value): 0 exact lower-case, 1 exact with case, 2 prefix lower-case, 3 prefix with case, 4 number."""
        if word == "{NUM}":
            return 4, ""
        if word.endswith("*"):
            return (3, word[:-1]) if case_sensitive else (2, word[:-1].lower())
        return (1, word) if case_sensitive else (0, word.lower())

    @staticmethod
    def _word_matches(compiled: tuple[int, str], token: Token) -> bool:
        kind, value = compiled
        if kind == 0:
            return token.norm == value
        if kind == 1:
            return token.text.replace("’", "'") == value
        if kind == 2:
            return token.norm.startswith(value)
        if kind == 3:
            return token.text.startswith(value)
        return _is_number(token)

    def _prefixed(self, norm: str) -> list[tuple[Entry, tuple]]:
        cached = self._prefix_cache.get(norm)
        if cached is None:
            cached = []
            for length in self._prefix_lengths:
                if len(norm) < length:
                    break
                cached.extend(self._prefix.get(norm[:length], ()))
            self._prefix_cache[norm] = cached
        return cached

    def find(self, tokens: list[Token], text: str) -> Iterator[Match]:
        """Matches in text order; within a category a match hides shorter ones it overlaps, and stop entries
        hide what they cover."""
        blocked_until: dict[str, int] = {}
        n = len(tokens)
        single, pair, loose = self._single, self._pair, self._loose
        has_prefix = bool(self._prefix)
        for i in range(n):
            norm = tokens[i].norm
            groups = []
            bucket = single.get(norm)
            if bucket:
                groups.append(bucket)
            if i + 1 < n:
                bucket = pair.get((norm, tokens[i + 1].norm))
                if bucket:
                    groups.append(bucket)
            bucket = loose.get(norm)
            if bucket:
                groups.append(bucket)
            if has_prefix:
                bucket = self._prefixed(norm)
                if bucket:
                    groups.append(bucket)
            if not groups:
                continue
            best: dict[str, Entry] = {}
            for group in groups:
                for entry, compiled in group:
                    category = entry.category
                    if blocked_until.get(category, -1) > i:
                        continue
                    length = len(compiled)
                    current = best.get(category)
                    if current is not None and (len(current.words), current.stop) >= (length, entry.stop):
                        continue
                    if i + length > n:
                        continue
                    if not all(self._word_matches(compiled[k], tokens[i + k]) for k in range(length)):
                        continue
                    # Tokens of a phrase must stand in one paragraph.
                    if length > 1 and "\n\n" in text[tokens[i].start:tokens[i + length - 1].end]:
                        continue
                    best[category] = entry
            for category, entry in sorted(best.items()):
                last = i + len(entry.words)
                blocked_until[category] = last
                if entry.stop:
                    continue
                yield Match(entry, i, last, tokens[i].start, tokens[last - 1].end)
