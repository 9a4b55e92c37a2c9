"""AM6xx: sources and quotes. Every verbatim quote and device span is checked against its source text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from argmap.analysis import quotes as q
from argmap.diagnostics import Diagnostic, Related, Severity
from argmap.loader import display_path
from argmap.model import word_location
from argmap.rules import CheckContext, checker, rule

NOT_FOUND = rule(
    "AM601", "quote-not-found", Severity.ERROR, "A quote (or device span) that is not in the source text.",
    what="The words of a `quote` line, or the span of a `device` with `at`, appear nowhere in the source's text "
         "file. argmap shows the most similar text it found, its line, and the first words that differ.\n\n"
         "How quotes are compared. The text file (UTF-8, path relative to the map file that declares the "
         "source) and the quote are both normalised: Unicode NFC; typographic quotes (‘ ’ ‚ ‛ “ ” „ ‟ « » ‹ ›, "
         "the backtick, and two apostrophes in a row) become straight ones; every dash (hyphen, en and em "
         "dash, minus) becomes `-`, a run of dashes one dash, with no spaces around it; a dash between two "
         "letters is ignored, so `post-revolutionary`, `postrevolutionary` and a word broken across a line end "
         "(`bu-` / `reaucracy`) all match; soft hyphens and zero-width characters are removed (a soft hyphen at "
         "a line end joins the word); every run of spaces and line ends is one space. Nothing else is forgiven: "
         "letters, digits, punctuation and word order must be as in the text, and case must match (a match "
         "that ignores case is AM606). `...` or `…` in a quote marks omitted words: the parts must appear in "
         "order, each gap at most 1,000 characters. A quote is at its locator when its first word is on the "
         "stated line, or within the stated range (`furr:67-69`); it may run on past the line.",
    why="A verbatim quote that the text does not contain is a misquotation: the claim's paraphrase may rest on "
        "words the author never wrote. Readers and reviewers trust quotes to be exact.",
    example='source furr "Stalin and the Struggle for Democratic Reform"\n  text "sources/furr.txt"\n'
            'voice furr "Grover Furr" author in furr\n'
            'claim C1 by furr: "The draft constitution was approved."\n'
            '  quote furr:191 "approved the draft of the constitution"   # the text: "the draft of the new '
            'Constitution"',
    fix="Copy the words exactly from the line shown (mark omissions with `...`), or correct the locator.",
)
ELSEWHERE = rule(
    "AM602", "quote-elsewhere", Severity.WARNING, "A quote that is in the source, but not at the stated line.",
    what="The quoted words (or device span) are in the source text, but not on the line or within the line "
         "range the locator gives. The finding names the line where they are.",
    why="A reader who follows the locator will not find the words; line numbers are how a map stays checkable.",
    example='quote furr:67 "approved the draft of the constitution"   # the words are on line 212',
    fix="Use the suggested locator (`furr:212`).",
)
UNREADABLE = rule(
    "AM603", "source-text-unreadable", Severity.ERROR, "A source's text file is missing, unreadable or not UTF-8.",
    what="The `text` path of a source names a file that does not exist, cannot be read, or is not UTF-8. The path "
         "is taken relative to the map file that declares the source. Reported once per source, whether or not "
         "quotes cite it, with the number of quotes left unchecked.",
    why="None of the quotes bound to that source can be checked.",
    example='source furr "Stalin and the Struggle for Democratic Reform"\n  text "sources/fur.txt"   # typo',
    fix="Correct the path (relative to the map file), or save the text as UTF-8.",
)
NO_TEXT = rule(
    "AM604", "source-without-text", Severity.INFO, "Quotes cite a source that has no text file.",
    what="Quotes or device spans are bound to a source that has no `text` path, so argmap cannot check them. "
         "Reported once per source, with the number of quotes left unchecked.",
    why="Unchecked quotes are the ones that drift from the original; a text file makes them verifiable.",
    example='source furr "Stalin and the Struggle for Democratic Reform"\n'
            'voice furr "Grover Furr" author in furr\n'
            'claim C1 by furr: "..."\n  quote furr:11 "This article outlines"',
    fix='Add `text "sources/furr.txt"` under the source, with the source text saved as UTF-8.',
)
OUT_OF_RANGE = rule(
    "AM605", "line-out-of-range", Severity.ERROR, "A locator points past the end of the source text.",
    what="The line (or the end of the range) of a quote or device locator is larger than the number of lines in "
         "the source's text file. If the words are elsewhere in the file, the finding names the line.",
    why="The locator cannot be right: usually a typo, or a map written against another edition of the text.",
    example='quote furr:9120 "approved the draft"   # the file has 895 lines',
    fix="Correct the line number (argmap suggests one when it finds the words).",
)
CASE = rule(
    "AM606", "quote-case-differs", Severity.WARNING, "A quote that matches the source only when letter case is ignored.",
    what="The quoted words are in the source text, but with other capitals (`constitution` for `Constitution`). "
         "Quote matching is otherwise case-sensitive.",
    why="A verbatim quote keeps the author's capitals; a change often marks a quote retyped from memory. A "
        "capital added at the start of a quote is conventionally written `[T]he`.",
    example='quote furr:191 "the new constitution"   # the text has "the new Constitution"',
    fix="Copy the capitals from the text; suppress with `# noqa: AM606` where the change is deliberate.",
)

_STATUS_RULES = {q.NOWHERE: NOT_FOUND, q.ELSEWHERE: ELSEWHERE, q.OUT_OF_RANGE: OUT_OF_RANGE, q.CASE: CASE}


def quote_results(ctx: CheckContext) -> list[q.QuoteResult]:
    """The quote check for the map of ``ctx``, computed once; each source file is read once per check."""
    cache = ctx.memo("quotes.texts", q.TextCache)
    return ctx.memo("quotes.results", lambda: q.check_quotes(ctx.map, cache))


def _what(citation: q.Citation) -> str:
    if citation.kind == "quote":
        return f"quote in {citation.owner}"
    return f"span of the {citation.kind} device on {citation.owner}"


def _shorten(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _lines(spans: tuple[q.Span, ...]) -> str:
    shown = [s.locator_lines for s in spans[:3]]
    more = f" and {len(spans) - 3} more places" if len(spans) > 3 else ""
    word = "line" if len(spans) == 1 and spans[0].first_line == spans[0].last_line else "lines"
    return f"{word} {', '.join(shown)}{more}"


def _locator(result: q.QuoteResult, span: q.Span) -> str:
    return f"{result.citation.at.source}:{span.locator_lines}"


def _base_data(result: q.QuoteResult) -> dict:
    citation = result.citation
    data = {
        "id": citation.owner,
        "kind": citation.kind,
        "source": citation.at.source,
        "locator": str(citation.at),
    }
    if result.path is not None:
        data["path"] = display_path(Path(result.path))
    if result.found:
        data["found_lines"] = [[s.first_line, s.last_line] for s in result.found]
        data["suggested_locator"] = _locator(result, result.found[0])
    if result.nearest is not None:
        data["nearest"] = {
            "text": result.nearest.text,
            "line": result.nearest.span.first_line,
            "last_line": result.nearest.span.last_line,
            "similarity": round(result.nearest.ratio, 3),
        }
    return data


def _nearest_words(result: q.QuoteResult) -> tuple[str, str | None]:
    """The message tail describing the nearest text, and a suggestion."""
    near = result.nearest
    if near is None:
        return "; nothing similar is in the text", "check the quote against the source, or the `text` path"
    where = f"line {near.span.locator_lines}" if near.span.first_line == near.span.last_line \
        else f"lines {near.span.locator_lines}"
    tail = f"; nearest text, {where} ({near.ratio:.0%} similar): \"{_shorten(near.text)}\""
    if near.quote_has and near.text_has:
        tail += (f" (the quote has \"{_shorten(near.quote_has, 40)}\" where the text has "
                 f"\"{_shorten(near.text_has, 40)}\")")
    elif near.quote_has:
        tail += f" (the quote adds \"{_shorten(near.quote_has, 40)}\")"
    elif near.text_has:
        tail += f" (the quote leaves out \"{_shorten(near.text_has, 40)}\")"
    return tail, f"copy the words exactly from {where} of {result.citation.at.source}"


def _diagnostic(result: q.QuoteResult) -> Diagnostic | None:
    citation = result.citation
    # A wrong locator is reported under the locator, words not in the text under the quoted words.
    location = word_location(citation.element, "at")
    words_location = word_location(citation.element, "text" if citation.kind == "quote" else "span")
    what = _what(citation)
    data = _base_data(result)
    if result.status == q.ELSEWHERE:
        first = result.found[0]
        return ELSEWHERE.at(
            location,
            f"{what} is not at {citation.at}; found at {_lines(result.found)}",
            suggestion=f"change the locator to `{_locator(result, first)}`",
            data=data,
        )
    if result.status == q.CASE:
        first = result.found[0]
        placed = citation.at.line <= first.first_line <= citation.at.last_line
        where = "" if placed else f" (at {_lines(result.found)}, not {citation.at})"
        return CASE.at(
            words_location,
            f"{what} matches {citation.at.source} only if letter case is ignored{where}",
            suggestion="copy the capitals from the text"
            + ("" if placed else f" and change the locator to `{_locator(result, first)}`"),
            data=data,
        )
    if result.status == q.OUT_OF_RANGE:
        shown = data.get("path", citation.at.source)
        message = f"{what}: {citation.at} is past the end of {shown} ({result.line_count} lines)"
        if result.found:
            return OUT_OF_RANGE.at(location, message + f"; the words are at {_lines(result.found)}",
                                   suggestion=f"change the locator to `{_locator(result, result.found[0])}`",
                                   data=data)
        tail, suggestion = _nearest_words(result)
        return OUT_OF_RANGE.at(location, message + "; the words are not in the text either" + tail,
                               suggestion=suggestion, data=data)
    if result.status == q.NOWHERE:
        tail, suggestion = _nearest_words(result)
        shown = data.get("path", citation.at.source)
        return NOT_FOUND.at(words_location, f"{what} is not in {citation.at.source} ({shown}){tail}",
                            suggestion=suggestion, data=data)
    return None


@checker(NOT_FOUND, ELSEWHERE, OUT_OF_RANGE, CASE)
def check_quote_text(ctx: CheckContext) -> Iterator[Diagnostic]:
    for result in quote_results(ctx):
        diagnostic = _diagnostic(result)
        if diagnostic is not None:
            yield diagnostic


@checker(UNREADABLE, NO_TEXT)
def check_source_texts(ctx: CheckContext) -> Iterator[Diagnostic]:
    amap = ctx.map
    cited: dict[str, list[q.QuoteResult]] = defaultdict(list)
    for result in quote_results(ctx):
        if result.source is not None:
            cited[result.source.id].append(result)
    cache = ctx.memo("quotes.texts", q.TextCache)
    for source in amap.sources:
        if amap.source(source.id) is not source:
            continue  # a duplicate id (AM102)
        results = cited.get(source.id, [])
        count = len(results)
        noun = "quote" if count == 1 else "quotes"
        related = [Related(location=r.citation.element.location, message=f"unchecked {_what(r.citation)}")
                   for r in results[:5] if r.citation.element.location is not None]
        path = q.text_path(source, amap)
        if path is None:
            if count:
                yield NO_TEXT.at(
                    source.location,
                    f"source {source.id} has no text file, so {count} {noun} bound to it cannot be checked",
                    suggestion=f'add `text "sources/{source.id}.txt"` under the source (path relative to this file)',
                    related=related,
                    data={"id": source.id, "unchecked": count},
                )
            continue
        problem = cache.get(path)
        if not isinstance(problem, str):
            continue
        shown = display_path(path)
        left = f"; {count} {noun} left unchecked" if count else ""
        yield UNREADABLE.at(
            source.location,
            f"the text of source {source.id} ({source.text_path}) cannot be used: {problem}{left}",
            suggestion=f"looked for {shown}; the path is relative to the file that declares the source",
            related=related,
            data={"id": source.id, "path": shown, "problem": problem, "unchecked": count},
        )
