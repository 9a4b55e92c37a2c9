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


@attrs.frozen(slots=True)
class Token:
    """One word of a text: its offsets, its text and its lower-cased, apostrophe-normalised form."""

    start: int
    end: int
    text: str
    norm: str


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
    """Finds the entries of several lexicons in a token list, longest match first, per category."""

    def __init__(self, lexicons: list[Lexicon]):
        self._exact: dict[str, list[Entry]] = {}
        self._prefix: dict[str, list[Entry]] = {}
        self._prefix_lengths: set[int] = set()
        for lexicon in lexicons:
            for entry in lexicon.entries:
                head = entry.words[0]
                key = head if entry.case_sensitive else head.lower()
                if head.endswith("*"):
                    self._prefix.setdefault(key[:-1].lower(), []).append(entry)
                    self._prefix_lengths.add(len(key) - 1)
                else:
                    self._exact.setdefault(key.lower(), []).append(entry)
        for bucket in list(self._exact.values()) + list(self._prefix.values()):
            bucket.sort(key=lambda e: (-len(e.words), e.raw))

    @staticmethod
    def _word_matches(word: str, token: Token, case_sensitive: bool) -> bool:
        if word == "{NUM}":
            return _is_number(token)
        if word.endswith("*"):
            stem = word[:-1]
            return token.text.startswith(stem) if case_sensitive else token.norm.startswith(stem)
        return token.text.replace("’", "'") == word if case_sensitive else token.norm == word

    def _candidates(self, token: Token) -> list[Entry]:
        found = list(self._exact.get(token.norm, ()))
        for length in self._prefix_lengths:
            if len(token.norm) >= length:
                found.extend(self._prefix.get(token.norm[:length], ()))
        return found

    def find(self, tokens: list[Token], text: str) -> Iterator[Match]:
        """Matches in text order; within a category a match hides shorter ones it overlaps, and stop entries
        hide what they cover."""
        blocked_until: dict[str, int] = {}
        n = len(tokens)
        for i in range(n):
            candidates = self._candidates(tokens[i])
            if not candidates:
                continue
            best: dict[str, Entry] = {}
            for entry in candidates:
                if blocked_until.get(entry.category, -1) > i:
                    continue
                length = len(entry.words)
                if i + length > n:
                    continue
                if not all(self._word_matches(w, tokens[i + k], entry.case_sensitive) for k, w in enumerate(entry.words)):
                    continue
                # Tokens of a phrase must be close together (no line break between paragraphs).
                if length > 1 and "\n\n" in text[tokens[i].start:tokens[i + length - 1].end]:
                    continue
                current = best.get(entry.category)
                if current is None or length > len(current.words) or (length == len(current.words) and entry.stop):
                    best[entry.category] = entry
            for category, entry in sorted(best.items()):
                last = i + len(entry.words)
                blocked_until[category] = last
                if entry.stop:
                    continue
                yield Match(entry, i, last, tokens[i].start, tokens[last - 1].end)
