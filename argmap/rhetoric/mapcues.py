"""Rhetorical cues of an argument map: its claims' texts, its quotes, and the source texts it binds.

A source text bound with ``text "..."`` is analysed whole. Its author voice is the map's voice with role
``author`` in that source; voices detected in the text ("Muxin again:") become the map's voice whose name
contains the detected name. A cue that falls inside a quote of a claim (same lines, same words) belongs to
that claim and to the claim's voice, so its ``device`` line names the claim. Quotes whose source text is
not available are analysed on their own, as the claim's voice. Claim paraphrases are analysed too (context
``paraphrase``: the words are the map writer's, attributed to the claim's voice).

Each voice's words count once in its profile: a paraphrase whose voice's own words are read (the claim has
quotes, or its voice speaks in, or belongs to, a source text that was read) and a quote repeated word for
word by another claim are tagged ``not profiled``; their cues are listed but neither they nor their words
enter the rates. Only a paraphrase that is all the map has of its voice's words is profiled.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

import attrs

from argmap.analysis.quotes import normalise, split_ellipses, text_path
from argmap.model import ArgumentMap, Claim, Device, Evidence, Quote, Source, Voice
from argmap.rhetoric.detector import Cue, TextAnalysis, analyse
from argmap.rhetoric.lexicon import tokenize
from argmap.rhetoric.layout import TextLayout
from argmap.rhetoric.voices import QUOTED, VoiceMap


# Context tags of map cues. A claim's text is the map writer's paraphrase; where the voice's own words are
# read (the claim's quotes, or a source text the voice speaks in) the paraphrase restates them, so its cues
# are listed but left out of profiles and word counts: each voice's words are counted once.
PARAPHRASE = "paraphrase"
REPEATED_QUOTE = "repeated quote"
NOT_PROFILED = "not profiled"


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


# A quote, the claim or evidence it belongs to, and its words normalised (computed once, not once per cue).
_BoundQuote = tuple[Quote, "Claim | Evidence", str]


def _quote_index(amap: ArgumentMap) -> dict[str, list[_BoundQuote]]:
    out: dict[str, list[_BoundQuote]] = {}
    for owner in list(amap.claims) + list(amap.evidence):
        for quote in owner.quotes:
            out.setdefault(quote.at.source, []).append((quote, owner, normalise(quote.text)))
    return out


def _owner_of(cue: Cue, quotes: list[_BoundQuote]) -> tuple[Quote, Claim | Evidence] | None:
    words = normalise(cue.text)
    if not words:
        return None
    for quote, owner, quoted_words in quotes:
        if quote.at.line - 1 <= cue.line <= quote.at.last_line + 1 and words in quoted_words:
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
        voice_of = _voice_matcher(amap, source, author)
        result: TextAnalysis = analyse(text, path=str(path), author=author, source=source.id, voice_of=voice_of)
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
        _move_quoted_words(words, text, quotes, author, voice_of)
    # Voices whose own words were read in a source text: the map's paraphrases of them restate those words.
    read_voices = {voice for voice, count in words.items() if count}
    seen_quotes: set[tuple[str, int, str]] = set()
    for owner in list(amap.claims) + list(amap.evidence):
        for quote in owner.quotes:
            if quote.at.source in analysed_sources:
                continue
            key = (quote.at.source, quote.at.line, normalise(quote.text))
            repeated = key in seen_quotes  # two claims quoting the same words: the words are spoken once
            seen_quotes.add(key)
            cues.extend(_analyse_piece(quote.text, owner, words, quote=quote,
                                       extra_context=(REPEATED_QUOTE, NOT_PROFILED) if repeated else ()))
    placer = _MapPlacer(texts)
    cues = [placer.place(cue) for cue in cues]
    voices = {voice.id: voice for voice in amap.voices}
    for claim in amap.claims:
        voice = voices.get(claim.voice)
        restates = bool(claim.quotes) or claim.voice in read_voices or (
            voice is not None and voice.source in analysed_sources)
        cues.extend(placer.place(cue) for cue in _analyse_piece(claim.text, claim, words, paraphrase=True,
                                                                extra_context=(NOT_PROFILED,) if restates else ()))
    # In reading order: by file, then line and column (a map cue's offsets count from the file's start only
    # when its words were found in the file).
    cues.sort(key=lambda c: (c.path or "", c.line, c.column, c.start, c.end, c.category))
    return MapAnalysis(cues=tuple(cues), words_by_voice=words, devices=tuple(amap.devices), texts=texts,
                       problems=tuple(problems))


class _MapPlacer:
    """Puts a cue found in a claim's text or a quote at its own words in the map file, not at the claim's
    first column: ``start``/``end`` become offsets into the file, ``line``/``column`` the words' place, and
    the file's text goes into ``texts`` so the cue is shown with its line and a caret."""

    def __init__(self, texts: dict[str, str]):
        self.texts = texts
        self._files: dict[str, str | None] = {}
        self._starts: dict[str, list[int]] = {}

    def _file(self, path: str) -> str | None:
        if path not in self._files:
            try:
                with open(path, encoding="utf-8") as handle:  # universal newlines, like every text here
                    self._files[path] = handle.read()
            except (OSError, UnicodeDecodeError):
                self._files[path] = None
            text = self._files[path]
            if text is not None:
                self._starts[path] = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        return self._files[path]

    def place(self, cue: Cue) -> Cue:
        if cue.start >= cue.end or not cue.path or not cue.path.endswith(MAP_FILE_SUFFIXES):
            return cue
        text = self._file(cue.path)
        starts = self._starts.get(cue.path)
        if text is None or not starts or not 0 < cue.line <= len(starts):
            return cue
        element = starts[cue.line - 1] + cue.column - 1
        line_end = starts[cue.line] if cue.line < len(starts) else len(text)
        # The words start after the string's opening quote on the element's line (an .argmap claim or quote,
        # a JSON "text" value); in Argdown ("[T]: Socrates is mortal.") right after the element's start.
        opening = min((i for i in (text.find(q, element, line_end) for q in '"\u201c') if i != -1), default=-1)
        if text.startswith('"text"', opening):
            opening = text.find('"', opening + len('"text"') + 1, line_end)
        origin = opening + 1 if opening != -1 else element
        limit = origin + 2 * cue.end + 300  # within the element's own words, never a later claim's
        found = text.find(cue.text, origin + cue.start, limit)
        if found == -1:  # escapes or a folded long string moved the words: search from the string's start
            found = text.find(cue.text, origin, limit)
        if found == -1:
            return cue
        line = bisect.bisect_right(starts, found)
        end = found + len(cue.text)
        end_line = bisect.bisect_right(starts, max(found, end - 1))
        self.texts.setdefault(cue.path, text)
        return _shift(cue, start=found, end=end, line=line, column=found - starts[line - 1] + 1,
                      end_line=end_line, end_column=end - starts[end_line - 1] + 1)


MAP_FILE_SUFFIXES = (".argmap", ".argdown", ".ad", ".json")


def _count_words(words: dict[str, int], result: TextAnalysis) -> None:
    for voice, count in result.voice_words.items():
        words[voice] = words.get(voice, 0) + count


def _move_quoted_words(words: dict[str, int], text: str, quotes: list[_BoundQuote], author: str,
                       voice_of: Callable[[tuple[str, ...]], str]) -> None:
    """Words a claim quotes from a read text are its voice's, as the cues in them are (``_owner_of``): move
    them from the voice the text's layout gave them. A quote is moved once, by the first claim or evidence
    quoting it, and only when it stands where its locator says (as a cue in it would be found)."""
    layout = TextLayout(text)
    voice_map = VoiceMap(layout, author=author)
    starts = layout.line_starts
    moved: set[tuple[int, str]] = set()
    for quote, owner, quoted_words in quotes:
        key = (quote.at.line, quoted_words)
        if key in moved or not 0 < quote.at.line <= len(starts):
            continue
        first = starts[max(quote.at.line - 2, 0)]
        last = quote.at.last_line + 1
        window = normalise(text[first:starts[last] if last < len(starts) else len(text)])
        parts = split_ellipses(quote.text)
        if not parts or not all(part in window for part in parts):
            continue
        moved.add(key)
        spoken_by = voice_of(voice_map.block_path(starts[quote.at.line - 1]))
        count = min(len(tokenize(quote.text)), words.get(spoken_by, 0))
        if spoken_by == owner.voice or not count:
            continue
        words[spoken_by] -= count
        words[owner.voice] = words.get(owner.voice, 0) + count


def _analyse_piece(text: str, owner: Claim | Evidence, words: dict[str, int], *, quote: Quote | None = None,
                   paraphrase: bool = False, extra_context: tuple[str, ...] = ()) -> Iterable[Cue]:
    """Cues of one quote or claim text, placed at its line; its words count for the owner's voice unless
    ``extra_context`` says the words are counted elsewhere (NOT_PROFILED)."""
    location = quote.location if quote is not None and quote.location else owner.location
    # A quote or claim text is prose, never a heading: a short fragment without final punctuation ("They
    # clearly lied") would otherwise be read as a title and lose its cues.
    result = analyse(text, path=location.path if location else None, author=owner.voice,
                     voice_of=lambda p: owner.voice if len(p) == 1 else p[-1], fragment=True)
    if NOT_PROFILED not in extra_context:
        words[owner.voice] = words.get(owner.voice, 0) + result.words
    line = location.line if location else 1
    column = location.column if location else 1
    for cue in result.cues:
        if cue.end > len(text):  # a span running into the added full stop
            cue = _shift(cue, end=len(text), text=text[cue.start:])
        yield _shift(
            cue, line=line, end_line=line, column=column, end_column=column + 1, target=owner.id,
            context=cue.context + ((PARAPHRASE,) if paraphrase else ("quote",)) + extra_context,
            source=quote.at.source if quote is not None else None,
            source_line=quote.at.line if quote is not None else None,
        )


# ---- reading a claim's cues (rules AM501-AM504) -----------------------------------------------------------
# A lexicon finds words; whether the words do what a rule asks about depends on how they stand in the
# sentence. These tests are small, documented heuristics (docs/rhetoric.md, "Cross rules with the map").

def claim_pieces(claim: Claim) -> list[tuple[str, Quote | None]]:
    """The words AM5xx read for a claim: its quotes (the author's own words), or its text when it has none.

    A claim's text is the map writer's paraphrase: a booster or hedge there may be the writer's, not the
    author's, so it counts only when the claim has no quote to read instead.
    """
    if claim.quotes:
        return [(quote.text, quote) for quote in claim.quotes]
    return [(claim.text, None)]


# "clearly stated" says how plainly something was put (manner), "or indeed any" adds a case (= "even"):
# neither stresses the claim's certainty.
MANNER_VERBS = frozenset("stated states state said says written wrote expressed declared defined specified "
                         "spelled spelt marked labelled labeled worded formulated visible seen".split())


def booster_asserts(cue: Cue, text: str) -> bool:
    """Whether a booster cue stresses the certainty of the claim in ``text``: not "clearly" as a manner adverb
    of a saying verb ("statutes clearly stated"), not "indeed" after "or"/"and" ("or indeed any struggles")."""
    entry = cue.entry.lower()
    tokens = tokenize(text)
    first = next((i for i, t in enumerate(tokens) if t.start >= cue.start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.end >= cue.end), len(tokens) - 1)
    if entry == "clearly" and last + 1 < len(tokens) and tokens[last + 1].norm in MANNER_VERBS:
        return False
    if entry == "indeed" and first > 0 and tokens[first - 1].norm in ("or", "and"):
        return False
    return True


# Shields in the sense of Prince, Frader & Bosk (1982): words that lower the speaker's commitment to the
# proposition. The other hedge entries are approximators ("roughly", "virtually", "more than 96%", "at least
# one-sixth") or content words ("ostensibly elected", "basically the old Politburo"): they change what is
# said, not how surely it is said, and do not make a premise tentative. Every entry here is in hedge.lex.
EPISTEMIC_HEDGES = frozenset({
    "perhaps", "maybe", "possibly", "possible that", "it is possible", "probably", "probable", "likely",
    "unlikely", "most likely", "probably not", "apparently", "seemingly", "seem", "seems", "seemed", "seem to",
    "appear to", "appears to", "appeared to", "it appears", "arguably", "presumably", "conceivably",
    "plausibly", "plausible", "suggest that", "suggests that", "suggested that", "suggesting that", "i think",
    "i believe", "i suspect", "i guess", "i suppose", "we think", "we believe", "in my view", "in my opinion",
    "in our view", "to my mind", "from my point of view", "imo", "imho", "my guess", "uncertain whether",
    "uncertain that", "is uncertain", "remains uncertain", "was uncertain", "unclear whether", "unclear that",
    "is unclear", "remains unclear", "was unclear", "it is unclear",
    "it is doubtful", "doubtful whether", "doubtful that", "not certain", "not sure", "not clear",
    "i don't know", "we don't know", "we cannot be certain", "we can't be certain", "reportedly", "allegedly",
    "may have", "may have been", "could have been",
})
COORDINATORS = frozenset({"and", "or", "nor"})
EMPHATIC_BEFORE_MODAL = frozenset({"possibly", "conceivably"})
ABILITY_MODALS = frozenset({"can", "could", "can't", "couldn't"})
CONJUNCT_MAX_WORDS = 4  # "and probably Stalin himself," : a hedge this close to a comma qualifies one conjunct
# A quotation closed by a comma, "!" or "?" runs on into its reporting tag ('...for it," suggests Goldman');
# one closed by a full stop ends a sentence, and a hedge after it starts a new one.
_CLOSED_QUOTE = re.compile(r"[,!?]\s*[\"'”’]\s*$")
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]")


def is_epistemic_hedge(cue: Cue) -> bool:
    """A hedge that withholds commitment ("probably", "it seems", "I think"), not an approximator."""
    return cue.category == "hedge" and cue.entry.lower().replace("’", "'") in EPISTEMIC_HEDGES


def hedge_scope(cue: Cue, text: str) -> str | None:
    """Why a hedge in ``text`` does not govern the whole claim, or None when it does.

    "reporting tag": it follows a closing quotation mark ('..." suggests Goldman'), so it is the reporter's
    word about the quoted speech. "conjunct": it follows "and"/"or"/"nor" and only a few words stand before
    the next comma or the end ("Neither Trotsky, nor Lenin, and probably Stalin himself, thought..."), so it
    qualifies one member of a coordination, not the main clause. "emphasis": "possibly" before "can"/"could"
    in an "as ... as" frame ("as soon as they possibly could") stresses, it does not doubt.
    """
    before = text[:cue.start]
    if _CLOSED_QUOTE.search(before):
        return "reporting tag"
    tokens = tokenize(text)
    first = next((i for i, t in enumerate(tokens) if t.start >= cue.start), len(tokens))
    if cue.entry.lower() in EMPHATIC_BEFORE_MODAL and first + 1 < len(tokens) \
            and tokens[first + 1].norm in ABILITY_MODALS and "as" in {t.norm for t in tokens[max(0, first - 4):first]}:
        return "emphasis"
    previous = tokenize(before)[-1:]
    if previous and previous[0].norm in COORDINATORS:
        after = text[cue.end:]
        stop = _CLAUSE_END.search(after)
        if len(tokenize(after[:stop.start()] if stop else after)) <= CONJUNCT_MAX_WORDS:
            return "conjunct"
    return None


# Authority cues: the entry says which kind of appeal it is.
ATTRIBUTORS = frozenset({"according to", "as reported by", "as seen in"})
# Person nouns that appeal only when the people are cited as saying or showing something ("experts say"),
# not when they are criticised or merely mentioned ("scholars have ignored", "the 'Red vs expert' contradiction").
AUTHORITY_NOUNS = frozenset({"experts", "expert", "scholars", "specialist", "specialists"})
# Evidence named as a thing; it backs the claim only when the claim is said to rest on it or it shows something.
EVIDENCE_NOUNS = frozenset({"archival documents", "archival evidence"})
REPORTING_VERBS = frozenset(
    "say says said agree agrees agreed write writes wrote show shows showed shown prove proves proved proven "
    "confirm confirms confirmed demonstrate demonstrates demonstrated establish establishes established "
    "conclude concludes concluded note notes noted acknowledge acknowledges acknowledged accept accepts "
    "accepted recognise recognises recognised recognize recognizes recognized believe believes believed "
    "think thinks hold holds maintain maintains argue argues argued report reports reported estimate "
    "estimates estimated find finds found tell tells told reveal reveals revealed insist insists insisted "
    "explain explains explained warn warns warned".split()
)
# Words that may stand between an authority noun and its verb ("experts have long said", "scholars now agree").
_BETWEEN = frozenset("have has had all now long generally widely mostly largely do does did also will would "
                     "themselves".split())
BASIS_WORDS = frozenset("based basis rests rest resting relies rely relying drawn drawing grounded".split())
# What "according to" introduces when it is not an authority: a rule or document that prescribes, a
# criterion ("according to status"), or a relative or anaphoric word ("a decree according to which").
NOT_AN_AUTHORITY = frozenset(
    "which whom whose this that it these those him her them constitution constitutions law laws statute statutes "
    "rule rules charter decree decrees resolution resolutions plan plans programme program regulation "
    "regulations treaty theses directive directives order orders instructions agreement schedule principle "
    "principles custom tradition status rank need needs ability merit size".split()
)
_ATTRIBUTOR_LOOKAHEAD = 4


def authority_backs_claim(cue: Cue, text: str, holder_names: Iterable[str] = ()) -> bool:
    """Whether an authority-appeal cue invokes the authority as backing for the claim in ``text``.

    Attributors ("according to X") back the claim unless X is a rule, a criterion or a relative word, or
    names the claim's own holder (``holder_names``: then "according to" is the report frame, not an appeal).
    Person nouns ("scholars") back it only as the subject of a reporting verb; named evidence
    ("archival documents") only when the claim is said to rest on it or it shows something. Other entries
    carry their verb or credential ("documents prove", "historians agree", "Academy of Sciences").
    """
    entry = cue.entry.lower()
    tokens = tokenize(text)
    first = next((i for i, t in enumerate(tokens) if t.start >= cue.start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.end >= cue.end), len(tokens) - 1)
    after = _same_clause(tokens, text, last + 1, 1)
    if entry in ATTRIBUTORS:
        source = _until_comma(after[:_ATTRIBUTOR_LOOKAHEAD], text)  # "according to X, ..." : X
        if any(t.norm in NOT_AN_AUTHORITY for t in source):
            return False
        return not any(_names(t.norm, holder_names) for t in source)
    if entry in AUTHORITY_NOUNS:
        for token in after[:4]:
            if token.norm in REPORTING_VERBS:
                return True
            if token.norm not in _BETWEEN:
                break
        before = _same_clause(tokens, text, first - 1, -1)[:2]
        # passive: "as shown by historians"
        return len(before) == 2 and before[0].norm == "by" and before[1].norm in REPORTING_VERBS
    if entry in EVIDENCE_NOUNS:
        before = _same_clause(tokens, text, first - 1, -1)[:6]
        return (any(t.norm in BASIS_WORDS for t in before)
                or any(t.norm in REPORTING_VERBS for t in after[:3]))
    return True


def _until_comma(tokens: list, text: str) -> list:
    """The leading tokens of ``tokens`` (consecutive, left to right) before the first comma between two."""
    out = tokens[:1]
    for previous, token in zip(tokens, tokens[1:]):
        if "," in text[previous.end:token.start]:
            break
        out.append(token)
    return out


def _same_clause(tokens: list, text: str, index: int, step: int) -> list:
    """Tokens from ``index`` on in direction ``step`` (1 or -1), up to a sentence or clause break."""
    out = []
    previous = None
    while 0 <= index < len(tokens):
        token = tokens[index]
        if previous is not None:
            gap = text[previous.end:token.start] if step == 1 else text[token.end:previous.start]
            if re.search(r"[.;:!?]", gap):
                break
        out.append(token)
        previous = token
        index += step
    return out


_NAME_STOPWORDS = frozenset("and the of for with from other spelled called known".split())


def voice_name_words(voice: Voice | None) -> tuple[str, ...]:
    """Lower-cased words that name a voice in a text: its name's capitalised words, and longer common words
    ("historians", "sceptics") that say what the voice is."""
    if voice is None:
        return ()
    words = []
    for word in re.findall(r"[^\W\d_]+", voice.name):
        lower = word.lower()
        if lower in _NAME_STOPWORDS:
            continue
        if (word[0].isupper() and len(word) >= 3) or len(word) >= 5:
            words.append(lower)
    return tuple(sorted(set(words)))


def _names(norm: str, names: Iterable[str]) -> bool:
    """Whether a token names one of ``names``: the same word, or (four letters on) one begins the other
    ("Khrushchev's", "Khrushchevite")."""
    norm = re.sub(r"'s$", "", norm)
    return any(norm == n or (len(n) >= 4 and norm.startswith(n)) or (len(norm) >= 5 and n.startswith(norm))
               for n in names)


EPITHET_REACH = 5  # words between an epithet and the name it is aimed at ("Muxin, that upstart jackal")
# An epithet after these words is a label someone else gives ("his portrait of Stalin as a tyrant").
LABELLING_WORDS = frozenset("as called call calls calling labelled labeled branded dubbed portrayed portrays "
                            "depicted depicts painted paints termed".split())


def epithet_aimed_at(cue: Cue, text: str, names: Iterable[str]) -> bool:
    """Whether the epithet in ``text`` is aimed at someone ``names`` names: a name word stands within
    EPITHET_REACH words of it in the same clause, and it is not a label quoted or reported ("Stalin as
    betrayer", "calls him a traitor")."""
    names = tuple(names)
    if not names:
        return False
    tokens = tokenize(text)
    first = next((i for i, t in enumerate(tokens) if t.start >= cue.start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.end >= cue.end), len(tokens) - 1)
    before = _same_clause(tokens, text, first - 1, -1)
    if any(t.norm in LABELLING_WORDS for t in before[:4]):
        return False
    after = _same_clause(tokens, text, last + 1, 1)
    near = before[:EPITHET_REACH] + after[:EPITHET_REACH] + tokens[first:last + 1]
    return any(_names(t.norm, names) for t in near)
