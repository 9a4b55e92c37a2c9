"""Who speaks where in a plain text: the author, block quotations and the voices quoted inside them.

The rules are the ones a reader uses: a paragraph introduced by "X writes:" (or "Muxin again:", "A Russian
historian puts it like this:") is X's; a forum line "X wrote:" or "Quote:" opens a quoted post; markdown ``>``
lines are a block quote; a paragraph saying "That text is a post from ... Comrade Artem" hands the paragraphs
above it to Artem; "Extracts from ... by Jerry Hough" does the same for the quotation above. Quotation marks
inside any of these open one more layer, attributed to the name before them ("Trotsky commented: “...”") or
to an unnamed quoted voice. A voice is a path: ``("author", "Yuri Muxin", "quoted")``.
"""

from __future__ import annotations

import bisect
import re

import attrs

from argmap.rhetoric.layout import TextLayout

AUTHOR = "author"
QUOTED = "quoted"

_NAME = r"(?:[A-Z][\w’'.\-]*\.?\s+){0,3}[A-Z][\w’'\-]*"
_NAME_STOP = {
    "The", "A", "An", "In", "From", "Here", "This", "That", "These", "Those", "Again", "As", "So", "For", "But",
    "And", "I", "We", "It", "He", "She", "They", "If", "When", "Then", "Now", "Let", "Also", "Thus", "Following",
    "On", "At", "By", "With", "Like", "Our", "My", "His", "Her", "Their", "Its", "Today", "Notice", "Recall",
    "Remember", "Moreover", "However", "Yet", "Still", "Only", "After", "Before", "Under", "Telegram", "Post",
    "To", "Perhaps", "Note", "Additional", "Notes", "Very", "Most", "Some", "Many", "Such", "What", "Who", "Why",
}
_SAYING = (
    r"again|writes|wrote|write|says|said|say|explains|explained|describes|described|puts|put|notes|noted|argues|"
    r"argued|states|stated|commented|comments|continues|continued|recalls|recalled|gives|gave|asserts|asserted|"
    r"emphasi[sz]es|adds|added|declares|declared|tells|told|ends|concludes|replied|answered|summari[sz]es|observes|"
    r"observed|claims|claimed|insists|insisted|remarks|remarked"
)
_INTRO_CUE = re.compile(
    rf"\b(?:{_SAYING}|as follows|the following|these words|this way|like this|likes this|block quote|according to|"
    r"quote|quoted|quoting|excerpt|extract|passage|summary here|fragment)\b",
    re.I,
)
_NOT_A_QUOTE_INTRO = re.compile(r"\b(?:screen ?shot|image|photo|picture|chart|table|figure|video|map|graph)\b", re.I)
_SELF_QUOTE = re.compile(r"\b(?:of mine|my own|I wrote|I said|my (?:last|earlier|previous) (?:post|article|essay))\b", re.I)
_FORUM_WROTE = re.compile(r"^\s*(?:Quote from\s+)?(?P<name>.{1,60}?)\s+(?:wrote|said|writes|posted)\s*:\s*$")
_FORUM_QUOTE = re.compile(r"^\s*\[?quote(?:[:=][^\]]*)?\]?\s*:?\s*$", re.I)
_RETRO = re.compile(
    r"^\s*(?:That|This|The above|The preceding|Above is (?:a|an|the)) (?:text|post|passage|quote|quotation|excerpt|"
    r"piece|message|extract)\b[^.\n]{0,120}?\b(?:who goes by|from|by|written by|of)\s+(?P<name>(?:[A-Z][\w’'.\-]*\s?){1,4})",
)
_EXTRACTS = re.compile(
    r"^\s*(?:Extracts?|Excerpts?|Taken|Quoted|Source)\b[^\n]{0,200}?\bby\s+(?P<name>(?:[A-Z][\w’'.\-]*\s?){1,4})\s*$"
)
_ROLE_NOUN = re.compile(
    r"\b(?:A|An|One|Another)\s+(?:[A-Z][\w\-]*\s+)?(?:historian|writer|scholar|author|commentator|journalist|"
    r"researcher|user|poster|member|reader|blogger)\b",
    re.I,
)
_PRONOUNS = {"he", "she", "they", "him", "her"}
# A speaker's turn in an interview or a transcript: "Howard: A new constitution is being..."
_TURN = re.compile(rf"^(?P<name>{_NAME}):\s+\S")
# Words before a colon that label a paragraph rather than name who speaks in it.
_NOT_SPEAKERS = {"Question", "Answer", "Note", "Notes", "Update", "Edit", "Source", "Sources", "Quote", "Summary",
                 "Example", "Conclusion", "Introduction", "PS", "P.S.", "Addendum", "Correction", "Warning", "Tldr",
                 "TLDR", "Translation", "Link", "Links", "See", "Result", "Results", "Part", "Chapter", "Section"}


@attrs.frozen(slots=True)
class VoiceBlock:
    """A stretch of paragraphs spoken by one voice path."""

    start: int
    end: int
    path: tuple[str, ...]


def clean_name(name: str) -> str:
    """Trim a detected name ("Comrade Artem." -> "Comrade Artem")."""
    name = re.sub(r"\s+", " ", name).strip(" .,:;’'")
    name = re.sub(r"[’']s$", "", name)
    words = name.split()
    while words and words[0] in _NAME_STOP:
        words = words[1:]
    return " ".join(words)


def _last_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return parts[-1] if parts else text


def name_in_intro(intro: str, previous: str | None, previous_source: str | None = None) -> str | None:
    """The speaker named in a quotation's introduction, or ``previous`` for "he"/"again", or
    ``previous_source`` (the author of the last passage quoted, default ``previous``) for "the same essay"."""
    sentence = _last_sentence(intro)
    role = _ROLE_NOUN.search(sentence)
    if role:
        words = role.group(0).split()
        return " ".join([words[0].lower()] + [w if w[:1].isupper() and i < len(words) - 2 else w.lower()
                                              for i, w in enumerate(words[1:])])
    match = re.search(rf"({_NAME})\s+(?:{_SAYING})\b", sentence)
    if match:
        name = clean_name(match.group(1))
        if name and name.split()[0].lower() not in _PRONOUNS:
            return name
    if re.search(rf"\b(?:he|she|they)\s+(?:{_SAYING})\b|\bsame (?:essay|book|source|author|article|paper|text)\b|"
                 r"\bagain\b", sentence, re.I):
        names = [clean_name(m.group(0)) for m in re.finditer(_NAME, sentence)]
        names = [n for n in names if n]
        if names:
            return names[0]
        if previous_source and re.search(r"\bsame (?:essay|book|source|author|article|paper|text)\b", sentence, re.I):
            return previous_source
        return previous
    for m in re.finditer(_NAME, sentence):
        name = clean_name(m.group(0))
        if name:
            return name
    return previous


class VoiceMap:
    """Voice paths over a text: paragraph blocks first, quotation layers on top."""

    def __init__(self, layout: TextLayout, author: str = AUTHOR):
        self.layout = layout
        self.author = author
        self.blocks = self._attribute_paragraphs()
        self._block_starts = [b.start for b in self.blocks]
        self._quote_voice: dict[int, str] = {}

    # ---- paragraphs ---------------------------------------------------------
    def _attribute_paragraphs(self) -> list[VoiceBlock]:
        layout = self.layout
        text = layout.text
        paragraphs = layout.paragraphs
        voices: list[str | None] = [None] * len(paragraphs)  # None = the author
        titles = {s for s, _ in layout.titles}
        previous_name: str | None = None
        # The last voice introduced for a passage that is not one quoted utterance (“...”): "the same essay
        # quoted above" means that passage's author, not a speaker it quoted since.
        previous_source: str | None = None
        pending: str | None = None  # voice of the next paragraph, set by an introduction
        in_dialogue = False  # after an introduction, "Howard: ..." / "Stalin: ..." turns are their speakers'
        segment_start = 0  # first paragraph a retrospective attribution may reach back to
        for index, (start, end) in enumerate(paragraphs):
            line = text[start:end]
            stripped = line.strip()
            # "Extracts from ... by X" is a line of its own, but a short line joins the next one into a paragraph.
            retro = _RETRO.match(stripped) or _EXTRACTS.match(stripped.split("\n", 1)[0])
            if retro and index > segment_start:
                name = clean_name(retro.group("name"))
                if name:
                    for earlier in range(segment_start, index):
                        if voices[earlier] is None and paragraphs[earlier][0] not in titles:
                            voices[earlier] = name
                    previous_name = name
                    segment_start = index + 1
                    pending = None
                    continue
            if start in titles:
                segment_start = index + 1
                pending = None
                continue
            if stripped.startswith(">"):
                voices[index] = pending or previous_name or QUOTED
                continue
            turn = _TURN.match(stripped)
            speaker = clean_name(turn.group("name")) if turn else ""
            if speaker and speaker.split()[0] not in _NOT_SPEAKERS and (pending is not None or in_dialogue):
                voices[index] = speaker
                pending = None
                in_dialogue = True
                continue
            in_dialogue = False
            if pending is not None:
                voices[index] = pending
                if not stripped.startswith(("“", '"', "«", "„")):
                    previous_source = pending
                pending = None
                # A quotation broken over several paragraphs continues while they start in lower case.
                continue
            if index and voices[index - 1] is not None and stripped[:1].islower():
                voices[index] = voices[index - 1]
                continue
            forum = _FORUM_WROTE.match(stripped)
            if forum:
                pending = clean_name(forum.group("name")) or QUOTED
                previous_name = pending
                continue
            if _FORUM_QUOTE.match(stripped):
                pending = QUOTED
                continue
            if stripped.endswith(":") and not _NOT_A_QUOTE_INTRO.search(_last_sentence(stripped)):
                sentence = _last_sentence(stripped)
                if _SELF_QUOTE.search(sentence):
                    continue
                if _INTRO_CUE.search(sentence) or re.match(rf"^{_NAME}\s+again:$", sentence):
                    name = name_in_intro(stripped, previous_name, previous_source) or QUOTED
                    pending = name
                    previous_name = name
        blocks = []
        for (start, end), voice in zip(paragraphs, voices):
            path = (self.author,) if voice is None else (self.author, voice)
            if blocks and blocks[-1].path == path:
                blocks[-1] = VoiceBlock(blocks[-1].start, end, path)
            else:
                blocks.append(VoiceBlock(start, end, path))
        return blocks

    def block_path(self, offset: int) -> tuple[str, ...]:
        """The voice path of the paragraph holding ``offset``."""
        index = bisect.bisect_right(self._block_starts, offset) - 1
        if index >= 0 and self.blocks[index].start <= offset <= self.blocks[index].end:
            return self.blocks[index].path
        return (self.author,)

    # ---- quotations ---------------------------------------------------------
    def _quotation_voice(self, quote) -> str:
        cached = self._quote_voice.get(quote.start)
        if cached is not None:
            return cached
        text = self.layout.text
        para = self.layout.paragraphs[self.layout.paragraph_at(quote.start)]
        before = text[max(para[0], quote.start - 160):quote.start]
        voice = QUOTED
        if quote.words > 4:
            match = re.search(rf"({_NAME})[^.“”\"]{{0,60}}?\b(?:{_SAYING})\b[^.“”\"]{{0,40}}[:,]?\s*$", before)
            if match is None:
                match = re.search(rf"({_NAME})\s*:\s*$", before)
            if match:
                name = clean_name(match.group(1))
                if name and name.split()[0].lower() not in _PRONOUNS:
                    voice = name
        self._quote_voice[quote.start] = voice
        return voice

    def path_at(self, start: int, end: int) -> tuple[tuple[str, ...], list]:
        """Voice path of the span and the quotations around it (outermost first)."""
        path = self.block_path(start)
        quotes = self.layout.quotations_around(start, end)
        for quote in quotes:
            path = path + (self._quotation_voice(quote),)
        return path, quotes


def voice_label(path: tuple[str, ...]) -> str:
    """The voice a cue belongs to: the innermost named layer (``("author", "Muxin", "quoted")`` -> "Muxin › quoted")."""
    inner = path[-1]
    if inner == QUOTED and len(path) > 1:
        return f"{path[-2]} › {QUOTED}"
    return inner


def name_aliases(names) -> dict[str, str]:
    """Short names that stand for a fuller one found in the same text: ``{"Zhukov": "Yuri Zhukov"}``.

    A text names a person in full once ("Yuri Zhukov describes...") and by surname after ("Zhukov again:");
    both are one voice. A name maps only when exactly one fuller name ends with it ("Medvedev" stays as it is
    next to "Roy Medvedev" and "Zhores Medvedev"). Labels with a quoted layer ("Zhukov › quoted") map too.
    """
    heads = sorted({name.split(" › ")[0] for name in names} - {AUTHOR, QUOTED})
    full: dict[str, list[str]] = {}
    for name in heads:
        words = name.split()
        if len(words) > 1:
            full.setdefault(words[-1], []).append(name)
    aliases = {}
    for name in names:
        head, sep, rest = name.partition(" › ")
        longer = full.get(head, []) if " " not in head else []
        if len(longer) == 1:
            aliases[name] = longer[0] + sep + rest
    return aliases
