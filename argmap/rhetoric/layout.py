"""The layout of a plain text: lines, paragraphs, sentences, titles, notes, citations and quotations.

Cue detection asks this layout where a cue stands: in a title, in the notes or bibliography, inside a
citation, inside quotation marks (and whose), inside a question. Sentences come from pysbd where a paragraph
holds abbreviations or initials, and from a simple punctuation rule elsewhere (pysbd alone would take ten
seconds per megabyte).
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

import attrs

_NOTES_HEADING = re.compile(
    r"^\s*(?:#+\s*)?\**(notes|endnotes|footnotes|bibliography|references|works cited|sources|literature)\**\s*:?\s*$",
    re.I,
)
_PART_TITLE = re.compile(r"\((?:part|chapter|section)\s+\w+\)\s*$|^\s*(?:part|chapter)\s+\w+\s*$", re.I)
# "(Stalin, Report to 17th P.C.; Zhukov, *Inoy* 124)", "(Simonov, 244-5)", "[1](#)", "[12]".
_CITATION = re.compile(
    r"\((?:see |cf\. )?[A-Z][\w'’.\-]*(?:\s[A-Z&][\w'’.\-]*)?(?:,|\s\*|\s\d)[^()\n]{0,200}\)"
    r"|\((?:ibid|op\. cit|loc\. cit)[^()\n]{0,120}\)"
    r"|\[\d{1,3}\]\(#?[^)\s]*\)|\[\d{1,3}\]|https?://\S+|\]\([^)\s]*\)",
    re.I,
)
_ABBREV_HINT = re.compile(
    r"\b(?:[A-Z]\.|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Sgt|vs|etc|e\.g|i\.e|cf|pp?|vol|no|ed|eds|ibid|op|Inc|Ltd|Co|"
    r"[A-Z][a-z]{0,3}\.[A-Z])\.",
)
_SIMPLE_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9А-Я])")
# Words before a full stop that do not end a sentence (initials, titles, citations' "p.", "cf.").
_NO_BOUNDARY_BEFORE = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Sgt|vs|etc|cf|pp?|vol|no|ed|eds|ibid|op|Inc|Ltd|Co|"
    r"approx|ca|fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\.[A-Za-z])\.$"
)
PYSBD_MAX_CHARS = 200_000  # longer texts use the rule splitter: pysbd takes about 15 s per megabyte
_OPENERS = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"'}


@attrs.frozen(slots=True)
class Quotation:
    """Text inside quotation marks: the marks' span, the inner span, nesting depth and word count."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    depth: int
    words: int

    @property
    def is_term(self) -> bool:
        """A short quoted term (a title, a translation, a scare quote) rather than quoted speech."""
        return self.words <= 4


class TextLayout:
    """Lazily computed structure of one text; every offset is a Python ``str`` index into ``text``."""

    def __init__(self, text: str, *, sentence_splitter: str = "auto", fragment: bool = False):
        self.text = text
        self.sentence_splitter = sentence_splitter
        # A fragment (a claim's words, a quote) is prose: it has no headings, notes or bibliography.
        self.fragment = fragment

    # ---- positions ----------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of a character offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end == -1 else self.text[start:end]

    # ---- paragraphs ---------------------------------------------------------
    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Paragraph spans. A run of non-blank lines is one paragraph when it is hard-wrapped prose (short lines
        that mostly end mid-sentence); otherwise (forum posts, converted web pages) each line is a paragraph."""
        out = []
        run: list[tuple[int, int]] = []
        starts = self.line_starts
        for i, start in enumerate(starts + [len(self.text) + 1]):
            if i < len(starts):
                end = starts[i + 1] - 1 if i + 1 < len(starts) else len(self.text)
                if self.text[start:end].strip():
                    run.append((start, end))
                    continue
            if run:
                out.extend(self._split_run(run))
                run = []
        return out

    def _split_run(self, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if len(run) == 1:
            return run
        inner = run[:-1]
        short = all(e - s <= 120 for s, e in inner)
        open_ended = sum(1 for s, e in inner if self.text[s:e].rstrip()[-1:] not in ".!?:\"”")
        if short and open_ended * 2 >= len(inner):
            return [(run[0][0], run[-1][1])]
        return run

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p[0] for p in self.paragraphs]

    def paragraph_at(self, offset: int) -> int:
        """Index into :attr:`paragraphs` of the paragraph holding ``offset`` (or the one before it)."""
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    @cached_property
    def titles(self) -> list[tuple[int, int]]:
        """Paragraphs that are headings: markdown ``#`` lines, bold lines, short lines without final punctuation."""
        out = []
        if self.fragment:
            return out
        paragraphs = self.paragraphs
        for index, (start, end) in enumerate(paragraphs):
            line = self.text[start:end].strip()
            if "\n" in line or re.match(r"^[\w.’'\- ]{1,30}:\s", line):
                continue  # wrapped prose; a speaker's turn ("Stalin: Who else...?")
            if line.startswith("#") or (line.startswith("**") and line.endswith("**")):
                out.append((start, end))
                continue
            words = line.split()
            if not words or len(words) > 14 or line[-1] in ".,;:!\"”’)" or line.endswith("wrote:"):
                continue
            if line[-1] == "?" and len(words) > 10:
                continue
            capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
            next_long = index + 1 < len(paragraphs) and paragraphs[index + 1][1] - paragraphs[index + 1][0] > 80
            if capitalised >= max(1, len(words) * 0.5) or next_long or len(words) <= 6:
                out.append((start, end))
        return out

    @cached_property
    def notes(self) -> list[tuple[int, int]]:
        """Notes and bibliography sections: from their heading to the next part title (or the end)."""
        out = []
        if self.fragment:
            return out
        paragraphs = self.paragraphs
        first_line = self.text[paragraphs[0][0]:paragraphs[0][1]].strip() if paragraphs else ""
        title_stem = re.sub(r"\s*\(.*$", "", first_line)[:30]
        index = 0
        while index < len(paragraphs):
            start, end = paragraphs[index]
            if _NOTES_HEADING.match(self.text[start:end]):
                stop = len(self.text)
                for later in range(index + 1, len(paragraphs)):
                    s, e = paragraphs[later]
                    line = self.text[s:e].strip()
                    if _PART_TITLE.search(line) or (title_stem and len(title_stem) > 10 and line.startswith(title_stem)):
                        stop = s
                        index = later - 1
                        break
                else:
                    index = len(paragraphs)
                out.append((start, stop))
            index += 1
        return out

    @cached_property
    def citations(self) -> list[tuple[int, int]]:
        """Parenthetical references, footnote markers, link targets and URLs."""
        return [(m.start(), m.end()) for m in _CITATION.finditer(self.text)]

    # ---- sentences ----------------------------------------------------------
    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans, paragraph by paragraph (leading and trailing blanks trimmed)."""
        out: list[tuple[int, int]] = []
        segmenter = None
        for start, end in self.paragraphs:
            chunk = self.text[start:end]
            use_pysbd = self.sentence_splitter == "pysbd" or (
                self.sentence_splitter == "auto" and len(self.text) <= PYSBD_MAX_CHARS
                and _ABBREV_HINT.search(chunk) is not None
            )
            if use_pysbd:
                if segmenter is None:
                    import pysbd

                    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
                pieces = [(s.start, s.end) for s in segmenter.segment(chunk)]
            else:
                pieces = []
                last = 0
                for m in _SIMPLE_BOUNDARY.finditer(chunk):
                    before = chunk[max(last, m.start() - 12):m.start() + 1]
                    if chunk[m.start()] == "." and _NO_BOUNDARY_BEFORE.search(before):
                        continue
                    cut = m.end()
                    pieces.append((last, cut))
                    last = cut
                pieces.append((last, len(chunk)))
            for a, b in pieces:
                piece = chunk[a:b]
                lead = len(piece) - len(piece.lstrip())
                trail = len(piece) - len(piece.rstrip())
                if b - trail > a + lead:
                    out.append((start + a + lead, start + b - trail))
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s[0] for s in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        """The sentence span holding ``offset``."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and self.sentences[index][0] <= offset < self.sentences[index][1] + 1:
            return self.sentences[index]
        return None

    # ---- quotations ---------------------------------------------------------
    @cached_property
    def quotations(self) -> list[Quotation]:
        """Quoted passages, nested ones included; an opening mark with no closing one before a blank line is
        ignored (a stray mark must not swallow the rest of the text)."""
        text = self.text
        out: list[Quotation] = []
        stack: list[tuple[str, int]] = []  # (expected closer, offset of the opening mark)
        n = len(text)
        for i, ch in enumerate(text):
            if ch == "\n" and i + 1 < n and text[i + 1] == "\n":
                stack.clear()
                continue
            if ch not in "“”«»„‘’\"'":
                continue
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            # Closing the innermost open quotation?
            if stack and ch == stack[-1][0]:
                opener_at = stack[-1][1]
                apostrophe = ch in "’'" and after.isalpha()
                straight_opening = ch in "\"'" and (before.isspace() or before in "([—–-") and not after.isspace()
                if not apostrophe and not straight_opening and i - opener_at <= 8000:
                    stack.pop()
                    inner = text[opener_at + 1:i]
                    out.append(Quotation(opener_at, i + 1, opener_at + 1, i, len(stack), len(inner.split())))
                    continue
            if ch in _OPENERS:
                if ch in "'‘\"" and not (before.isspace() or before in "([—–-/“‘\"'*" or i == 0):
                    continue
                if after.isspace():
                    continue
                if ch == "'" and not after.isalpha():
                    continue
                if len(stack) < 4:
                    stack.append((_OPENERS[ch], i))
        out.sort(key=lambda q: (q.start, -q.end))
        return out

    @cached_property
    def _quotation_starts(self) -> list[int]:
        return [q.start for q in self.quotations]

    def quotations_around(self, start: int, end: int) -> list[Quotation]:
        """Quotations whose inner text contains ``start:end``, outermost first."""
        found = []
        index = bisect.bisect_right(self._quotation_starts, start)
        for q in self.quotations[max(0, index - 200):index]:
            if q.inner_start <= start and end <= q.inner_end:
                found.append(q)
        return sorted(found, key=lambda q: q.depth)

    # ---- regions ------------------------------------------------------------
    @cached_property
    def _span_starts(self) -> dict[str, list[int]]:
        return {name: [s for s, _ in getattr(self, name)] for name in ("titles", "notes", "citations")}

    def _inside(self, name: str, start: int, end: int) -> bool:
        spans = getattr(self, name)
        index = bisect.bisect_right(self._span_starts[name], start) - 1
        return index >= 0 and spans[index][0] <= start and end <= spans[index][1]

    def in_title(self, start: int, end: int) -> bool:
        return self._inside("titles", start, end)

    def in_notes(self, start: int, end: int) -> bool:
        return self._inside("notes", start, end)

    def in_citation(self, start: int, end: int) -> bool:
        return self._inside("citations", start, end)
