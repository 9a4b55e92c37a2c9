"""Finding rhetorical cues in a plain text.

:func:`detect` runs every category's finder over a text, then weighs each candidate in its context: a cue in
the notes or bibliography, in a citation or in a title is dropped (a rhetorical question in a title is kept,
lowered); a negated cue ("not clear that") is dropped; a cue inside a question or inside another voice's
short quoted term is lowered. What is left carries the voice it belongs to and a confidence: the precision
measured for its category on the held-out gold set (precision.json), times the context factor.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Callable, Iterable
from importlib import resources

import attrs

from argmap.model import CUE_CATEGORIES
from argmap.rhetoric.layout import TextLayout
from argmap.rhetoric.lexicon import TOKEN_RE, PhraseMatcher, Token, load_lexicon, tokenize
from argmap.rhetoric.voices import AUTHOR, VoiceMap, voice_label

LEXICON_CATEGORIES = tuple(c for c in CUE_CATEGORIES if c not in ("rhetorical-question", "repetition", "hated-comparison"))
# Categories whose cue a preceding negation cancels ("not clear that", "not very").
NEGATABLE = frozenset({
    "booster", "hedge", "attitude-marker", "intensifier", "authority-appeal", "popularity-appeal",
    "sweeping-generalisation",
})
# Loaded words keep their colour under negation ("he wasn't an outright parasite"): lowered, not dropped.
NEGATION_LOWERS = frozenset({"emotive-language", "epithet"})
NEGATION_FACTOR = 0.6
# Categories that a question weakens (a booster in a question asserts nothing).
# Below SHOWN_WEIGHT: on the gold set such cues were mostly not the writer's stance but part of the question.
# (Sweeping words keep their force in a question: "Is it possible to win when every individual ...?")
QUESTION_WEAKENS = frozenset({"booster", "hedge", "attitude-marker", "intensifier"})
NEGATORS = frozenset({"not", "no", "never", "cannot", "hardly", "without"})
EMOTIVE_THRESHOLD = 2.5  # |VADER valence| at or above which a word counts as emotive
QUESTION_FACTOR = 0.45
RUN_ALONE_FACTOR = 0.45
QUOTED_TERM_FACTOR = 0.5
TITLE_FACTOR = 0.6
DENSE_QUOTES_PER_1000 = 6.0  # above this many short quoted terms per 1,000 words, scare-quote cues are lowered
DENSE_QUOTES_FACTOR = 0.4
DENSE_QUOTES_MIN = 10
DEFAULT_PRECISION = 0.5
SHOWN_WEIGHT = 0.5  # cues whose context weight is below this are hidden unless asked for (--all)


@attrs.frozen(slots=True, kw_only=True)
class Cue:
    """One rhetorical cue: what category, where exactly, which words matched, whose voice, how sure."""

    category: str
    start: int
    end: int
    text: str
    entry: str
    line: int
    column: int
    end_line: int
    end_column: int
    voice: str = AUTHOR
    voice_path: tuple[str, ...] = (AUTHOR,)
    confidence: float = DEFAULT_PRECISION
    weight: float = 1.0
    context: tuple[str, ...] = ()
    lexicon_list: str | None = None
    path: str | None = None
    source: str | None = None
    source_line: int | None = None  # the line in the source text, when the cue was found in a quote
    target: str | None = None

    def sort_key(self) -> tuple:
        return (self.path or "", self.start, self.end, self.category)

    def device_line(self) -> str:
        """A ``device`` line to paste into a map (``at`` follows when the cue comes from a source text)."""
        from argmap.writer import quote_text

        head = f"device {self.category} {quote_text(self.text)} in {self.target or 'CLAIM'}"
        if self.source:
            head += f"\n  at {self.source}:{self.source_line or self.line}"
        return head

    def to_dict(self) -> dict:
        """A JSON-ready dictionary (the ``cues`` items of ``argmap rhetoric --format json``)."""
        return {
            "category": self.category,
            "text": self.text,
            "entry": self.entry,
            "list": self.lexicon_list,
            "start": self.start,
            "end": self.end,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "voice": self.voice,
            "voice_path": list(self.voice_path),
            "confidence": round(self.confidence, 3),
            "weight": round(self.weight, 3),
            "context": list(self.context),
            "source": self.source,
            "target": self.target,
            "device": self.device_line(),
        }


@attrs.define(slots=True)
class Candidate:
    """A cue before its context is weighed."""

    category: str
    start: int
    end: int
    entry: str
    lexicon_list: str | None = None
    first_token: int | None = None
    factor: float = 1.0
    flags: list[str] = attrs.field(factory=list)


# ---- data ---------------------------------------------------------------------------
@functools.cache
def measured_precision() -> dict[str, float]:
    """Precision per category measured on the held-out gold set (written by benchmarks/eval_rhetoric.py)."""
    try:
        data = json.loads(resources.files("argmap.rhetoric").joinpath("precision.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return {k: float(v["confidence"]) for k, v in data.get("categories", {}).items()}


@functools.cache
def _matcher() -> PhraseMatcher:
    return PhraseMatcher([load_lexicon(name) for name in LEXICON_CATEGORIES])


@functools.cache
def _hated_matcher() -> tuple[PhraseMatcher, PhraseMatcher]:
    return PhraseMatcher([load_lexicon("hated-figures")]), PhraseMatcher([load_lexicon("comparison-phrases")])


@functools.cache
def _vader() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lexicon = SentimentIntensityAnalyzer().lexicon
    stops = {e.words[0] for e in load_lexicon("emotive-language").entries if e.stop and len(e.words) == 1}
    return {w: v for w, v in lexicon.items() if abs(v) >= EMOTIVE_THRESHOLD and w.isalpha() and w not in stops}


# ---- finders ------------------------------------------------------------------------
def _lexicon_candidates(tokens: list[Token], text: str) -> Iterable[Candidate]:
    for match in _matcher().find(tokens, text):
        entry = match.entry
        first = tokens[match.first]
        if entry.category in ("self-mention", "reader-engagement") and first.text.isupper() and len(first.text) > 1:
            continue  # "US" is a country, "WE" a heading
        if entry.raw == "I" and not _pronoun_i(tokens, match.first):
            continue
        if not _sense_fits(entry, tokens, match, text):
            continue
        yield Candidate(entry.category, match.start, match.end, entry.raw, entry.list_name, match.first)


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "of"})
_IRREGULAR_PARTICIPLES = frozenset(
    "been had done made said gone known seen taken led left felt met paid sent spent won lost thought brought "
    "fought sought held told set put run begun become come kept meant understood stood heard found got built "
    "taught caught bought read given written shown driven chosen spoken broken forgotten fallen risen grown drawn "
    "thrown born borne sworn torn worn hidden beaten forbidden proven entitled".split())


def _participle(token: Token) -> bool:
    """A past participle, roughly: a regular "-ed" form or a known irregular one ("known", not "children")."""
    return token.norm in _IRREGULAR_PARTICIPLES or (token.norm.endswith("ed") and len(token.norm) > 3)
# "fairly held", "fairly entitled": the manner ("justly"), not the degree ("fairly limited")
_DONE_FAIRLY = frozenset(
    "held made won elected entitled treated tried judged paid earned distributed opened divided shared chosen "
    "conducted represented stated described compensated considered rewarded taxed governed".split())
_NOT_A_DEGREE_HEAD = frozenset("and or but in to with by for on at as than of from among between across under over".split())
_NO_DOUBT_NOUNS = frozenset({"doubt", "question", "mistake", "mistaking", "denying", "dispute", "disputing",
                             "uncertainty", "misunderstanding", "such"})
_KNOWING_VERBS = frozenset({"recognize", "recognise", "recognized", "recognised", "see", "understand", "know", "show",
                            "shows", "showed", "shown", "demonstrate", "demonstrates", "demonstrated", "indicate",
                            "indicates", "prove", "proves", "proved", "need", "needs", "is", "are", "was", "were"})
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "your", "my"})
_HACK_BEFORE = frozenset({"party", "political", "partisan", "paid", "corporate", "union", "media", "hired"})
_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_HAVE_FORMS = frozenset({"has", "have", "had", "having"})
_MODALS = frozenset({"may", "might", "will", "would", "can", "could", "shall", "should", "must"})
_IN_FORCE_BEFORE = frozenset({"remain", "remains", "remained", "continue", "continues", "continued", "go", "goes",
                              "went", "put", "still", "now", "already", "currently", "future", "force"})
_ANIMAL_INSULTS = frozenset({"dog", "dogs", "pig", "pigs", "rat", "rats", "snake*", "swine"})
_INSULTING_BEFORE_ANIMAL = frozenset({"rabid", "dirty", "filthy", "lying", "running", "blood", "yellow", "stinking",
                                      "capitalist", "imperialist", "fascist", "you", "mad", "sneaky"})
_AS_A_WHOLE = frozenset({"generally", "in general"})  # "democracy generally." = democracy as a whole


def _sense_fits(entry, tokens: list[Token], match, text: str) -> bool:
    """Whether a matched entry is used in the sense its category means (a few ambiguous words only)."""
    nxt = tokens[match.last] if match.last < len(tokens) else None
    prev = tokens[match.first - 1].norm if match.first else ""  # the word before the match
    if entry.category == "self-mention" and entry.words[0] == "the":
        # "the writer Konstantin Simonov" names someone else
        return not (nxt is not None and nxt.text[:1].isupper() and not text[match.end:nxt.start].strip(" ,"))
    if entry.category == "booster" and entry.raw == "really":
        # "a really mass party", "the really dangerous days": degree, not certainty
        return prev not in _DETERMINERS
    if entry.category == "booster" and entry.raw == "sure":
        # "we must be sure that every group ...", "as sure of the strength", "self-contained and sure": a duty to
        # make certain, a comparison, a quality; not the writer's certainty
        before = [t.norm for t in tokens[max(0, match.first - 2):match.first]]
        concessive = before == ["to", "be"] and text[match.end:match.end + 1] in (",", ";", ".")  # "To be sure, ..."
        return concessive or not (before[-1:] in (["as"], ["and"], ["so"])
                                  or before in (["must", "be"], ["to", "be"], ["should", "be"]))
    if entry.category == "booster" and entry.raw == "clearly":
        # "to clearly state", "be clearly brought", "clearly and honestly expressed", "more directly or
        # clearly": the manner of seeing or saying, not certainty
        # ("has clearly passed", "are clearly numbered", "we clearly recognize that" are certainty)
        if nxt is not None and nxt.norm in _KNOWING_VERBS:
            return True
        if prev in _BE_FORMS - {"be", "being"} | _HAVE_FORMS:
            return True
        manner_next = nxt is not None and nxt.norm in ("and", "or", "than")
        return not (manner_next or prev in _MODALS | {"to", "be", "or", "and"})
    if entry.category == "booster" and entry.raw == "there can be no":
        # "there can be no settled conditions": a strong negation; certainty only of doubt or question
        return nxt is not None and nxt.norm in _NO_DOUBT_NOUNS
    if entry.category == "booster" and entry.raw == "no doubt":
        # "That no doubt might be left with the enemy": a purpose clause, not "Kentucky no doubt will cooperate"
        return not (prev == "that" and nxt is not None and nxt.norm in _MODALS)
    if entry.category == "hedge" and entry.raw == "may have":
        # the modal perfect ("may have known"), not possession ("may have its special interests")
        return nxt is not None and _participle(nxt)
    if entry.category == "hedge" and entry.raw in _AS_A_WHOLE:
        last = tokens[match.last - 1]
        if last.text == "General" and nxt is not None and nxt.text[:1].isupper():
            return False  # "in General Eisenhower": a rank
        clause_ends = text[match.end:match.end + 1] in (".", ";", ":", ")")
        coordinated = nxt is not None and nxt.norm in ("and", "or") and nxt.start - match.end <= 1
        return not (clause_ends or coordinated)  # "our armed forces generally and ...": as a whole
    if entry.category == "hedge" and entry.raw == "usually":
        # "such articles as are most usually shipped", "less gratifying than it has usually been": a comparison
        # with what is habitual, not a claim softened
        before = [t.norm for t in tokens[max(0, match.first - 4):match.first]]
        return not (before[-1:] == ["most"] or "than" in before)
    if entry.category == "hedge" and entry.raw == "essentially":
        return not (nxt is not None and nxt.norm == "to")  # "contribute essentially to": substantially
    if entry.category == "epithet" and entry.raw in _ANIMAL_INSULTS:
        # "this rabid blood dog", "you dirty rat"; not "the dog tags", "pig iron"
        before = {t.norm for t in tokens[max(0, match.first - 2):match.first]}
        return not before.isdisjoint(_INSULTING_BEFORE_ANIMAL) or not before.isdisjoint(_derogatory_words())
    if entry.category == "hedge" and entry.raw == "tend to":
        # "tend to the wounded": care for; "which may tend to facilitate": serve to, not "usually"
        return not ((nxt is not None and nxt.norm in _DETERMINERS | _POSSESSIVES) or prev in _MODALS)
    if entry.category == "hedge" and entry.raw == "in effect":
        # "remain in effect", "future in effect": in force, not "virtually"
        if prev in _IN_FORCE_BEFORE:
            return False
        # "the law is in effect." / "... is in effect until May": in force; "is in effect a tax": virtually
        ends = nxt is None or bool(re.match(r"\s*[.;:,)?!]", text[match.end:match.end + 2])) or nxt.norm in _NOT_A_DEGREE_HEAD | {"until", "since"}
        return not (prev in ("be", "been", "is", "are", "was", "were") and ends)
    if entry.category == "hedge" and entry.raw in ("seemed", "seem", "could have been"):
        before = [t.norm for t in tokens[max(0, match.first - 2):match.first]]
        # "would have seemed incredible", "what could have been a crash": counterfactual, not tentative
        return not (before == ["would", "have"] or (entry.raw == "could have been" and before[-1:] == ["what"]))
    if entry.category == "hedge" and entry.raw in ("it is possible", "possible"):
        return not (nxt is not None and nxt.norm == "to")  # "it is possible to allot lands": feasible, not maybe
    if entry.category == "hedge" and entry.raw == "practically":
        # "Practically it is immaterial whether ...": in practice, not "almost"
        between = text[tokens[match.first - 1].end:match.start] if match.first else ""
        sentence_start = not match.first or "\n\n" in between or between.strip(" \t\n\"'“‘(")[-1:] in (".", "!", "?", ";", ":")
        return not (sentence_start and nxt is not None and (text[match.end:nxt.start].strip() == ","
                                                             or nxt.norm in ("it", "we", "they", "there", "the", "this")))
    if entry.category == "epithet" and entry.raw in ("hack", "hacks"):
        # "a party hack", "political hacks"; not "hack our elections", "a hack by a foreign government",
        # "Russian hacks of our elections"
        return prev in _HACK_BEFORE and not (nxt is not None and nxt.norm in ("of", "into", "on", "by"))
    if entry.category == "epithet" and entry.raw in ("butcher", "butchers"):
        # "the butcher of Baghdad", "bloodthirsty butchers"; not "butchers and bakers"
        return (nxt is not None and nxt.norm == "of") or prev in _INSULTING_BEFORE_ANIMAL or prev in _derogatory_words()
    if entry.category == "epithet" and entry.raw == "retarded":
        # "endangered or retarded by violent struggles", "has retarded the execution", "claims retarded this
        # operation": the verb "slowed", which is what the word means in most of the texts argmap reads
        # "the mentally retarded": the clinical term of its time, not the slur
        return not (prev in _BE_FORMS | _HAVE_FORMS | {"or", "and", "greatly", "much", "seriously", "mentally"}
                    or (nxt is not None and nxt.norm in _DETERMINERS | _POSSESSIVES | {"by", "its"}))
    if entry.category == "epithet" and entry.raw in ("parasite", "parasites"):
        # "rest on its laurels and parasite off the Country": the verb; "a parasite on the State": the label
        return not (nxt is not None and nxt.norm in ("off", "on", "upon") and prev not in _DETERMINERS | {"such", "outright"})
    if entry.category == "epithet" and entry.raw == "barons":
        return prev not in ("feudal", "medieval")  # history, not a sneer
    if entry.category == "hedge" and entry.raw == "fairly":
        # "distributing abundance fairly", "participating fairly and fully": justly, not "rather"
        # "fairly made", "fairly held", "fairly entitled": a participle follows the manner adverb
        return (nxt is not None and nxt.start - match.end <= 1 and nxt.norm not in _NOT_A_DEGREE_HEAD
                and nxt.norm not in _DONE_FAIRLY)
    return True


def _pronoun_i(tokens: list[Token], index: int) -> bool:
    """"I" the pronoun, not the numeral of "World War I" or "Part I"."""
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    prev = tokens[index - 1] if index else None
    if nxt is None:
        return False
    if prev is not None and prev.text[:1].isupper() and prev.end + 1 == tokens[index].start and not nxt.text[:1].islower():
        return False
    return nxt.text[:1].islower() or nxt.norm in {"i"}


@functools.cache
def _derogatory_words() -> frozenset[str]:
    """The one-word entries of derogatory-modifiers.lex ("ruthless butcher", "vicious dogs" are name-calling)."""
    return frozenset(e.words[0] for e in load_lexicon("derogatory-modifiers").entries if len(e.words) == 1)


@functools.cache
def _epithet_phrase_matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    return PhraseMatcher([load_lexicon("derogatory-modifiers")]), PhraseMatcher([load_lexicon("group-nouns")])


_CLAUSE_END = re.compile(r"\s*[.;:!?)]")
_JOINED = re.compile(r"\s*(?:,\s*|\s(?:and|or)\s+)(?:the\s+\w+|\w+\s*[.;:!?)])")


def _adjective_stands_alone(text: str, end: int) -> bool:
    """Whether an adjective after "the" ends its noun phrase: "the designing." or "the unprincipled and
    ambitious." or "the greedy and the reckless", not "the designing and construction of vessels" nor "the
    twisted and burned wreckage" nor "the notorious, long-running dispute"."""
    return end >= len(text) or bool(_CLAUSE_END.match(text, end) or _JOINED.match(text, end))


def _epithet_phrase_candidates(tokens: list[Token], text: str) -> Iterable[Candidate]:
    """Name-calling built from a derogatory modifier and a word for a group: "corrupt careerists", "the
    parasitic Nomenklatura", "a power-seeking minority" (one more modifier may sit between them)."""
    modifiers, nouns = _epithet_phrase_matchers()
    noun_at = {match.first: match for match in nouns.find(tokens, text)}
    found = list(modifiers.find(tokens, text))
    modifier_at = {match.first: match for match in found}
    covered = -1  # the end of the last phrase: "parasitic, exploitative stratum" is one epithet, not two
    for match in found:
        if match.start < covered:
            continue
        if match.first and tokens[match.first - 1].norm == "the" and match.last not in modifier_at and \
                _adjective_stands_alone(text, match.end):
            # the adjective as a noun for people: "the unprincipled and ambitious.", "the designing"
            yield Candidate("epithet", tokens[match.first - 1].start, match.end, f"the + {match.entry.raw}",
                            "derogatory-modifiers", match.first - 1)
            covered = match.end
            continue
        for gap in (0, 1):
            between = modifier_at.get(match.last) if gap else None
            if gap and between is None:
                break  # only another derogatory modifier may stand between ("corrupt and bureaucrats" is not one)
            noun = noun_at.get(between.last if between else match.last)
            if noun is not None and "\n" not in text[match.start:noun.end] and \
                    not re.search(r"[.;:!?]", text[match.end:noun.start]):
                yield Candidate("epithet", match.start, noun.end, f"{match.entry.raw} + {noun.entry.raw}",
                                "derogatory-modifiers", match.first)
                covered = noun.end
                break


# "the masters of Germany", "the lords of the Japanese Navy", "the vassal of the German Government": rulers named as its owners or
# another's servants. A capitalised name must follow ("masters of their craft" is praise).
_MASTERS_OF = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:\w+\s+)?"
                         r"(?:masters|vassals?|lords)\s+of\s+(?:the\s+)?([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*")
# Titles and praise: "the lords of the Admiralty", "the masters of American Literature".
_MASTERS_OF_TITLES = frozenset(
    "admiralty treasury arts art science sciences literature ceremonies music craft trade law laws rolls "
    "household horse bedchamber council".split())


def _epithet_pattern_candidates(text: str) -> Iterable[Candidate]:
    for m in _MASTERS_OF.finditer(text):
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", m.group())}
        if words & _MASTERS_OF_TITLES:
            continue
        yield Candidate("epithet", m.start(), m.end(), "masters/lords/vassal of + name", "pattern")


def _emotive_candidates(tokens: list[Token]) -> Iterable[Candidate]:
    vader = _vader()
    for index, token in enumerate(tokens):
        valence = vader.get(token.norm)
        if valence is not None:
            yield Candidate("emotive-language", token.start, token.end, f"vader:{token.norm} ({valence:+.1f})",
                            "vader", index)


def _hated_candidates(tokens: list[Token], text: str) -> Iterable[Candidate]:
    figures, comparisons = _hated_matcher()
    phrase_ends: dict[int, tuple[int, str]] = {}
    for match in comparisons.find(tokens, text):
        phrase_ends[match.last] = (match.first, match.entry.raw)
    for match in figures.find(tokens, text):
        first = match.first
        # allow one article between the phrase and the name ("like a Hitler")
        for gap in (0, 1):
            begin = phrase_ends.get(first - gap)
            if begin and (gap == 0 or tokens[first - 1].norm in {"a", "an", "the", "some"}):
                start_token = begin[0]
                if text[tokens[start_token].start:match.end].count("\n"):
                    continue
                yield Candidate("hated-comparison", tokens[start_token].start, match.end,
                                f"{begin[1]} + {match.entry.raw}", "comparison-phrases", start_token)
                break


_GENUINE_QUESTION = re.compile(
    r"^\W*+(?:so,?\s+)?(?:do you (?:agree|think|know|have)|does anyone|can (?:anyone|someone|you) (?:tell|explain|help|"
    r"recommend|point)|could (?:anyone|someone|you)|what do you think|any (?:thoughts|ideas)|has anyone|is there anyone|"
    r"would you|did you)\b|"
    # a guest called out from the gallery: "Shawn, where are you?", "Saria, how are you?", "Where are you, JoJo?"
    r"^\W*+(?:(?-i:[A-Z])\w*,\s+)?(?:where are you|how are you(?: doing)?)(?: tonight| now)?"
    r"(?:,\s*(?-i:[A-Z])[\w'’-]*)?\W*$",
    re.I,
)
_NEGATIVE_INTERROGATIVE = re.compile(
    r"^\W*+(?:(?:but|and|so|now|then|well|folks|look)[,\s]+)?(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|"
    r"wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t|haven['’]t|hasn['’]t|is it not|was it not|do we not|are we not|"
    r"who would|who could|who can|who in their right mind|how could|how can anyone|what kind of|why would|why should|"
    r"is there any|can anyone seriously|does anyone really|what else|who else|is it possible|how else|"
    r"(?:really,?\s+)?what is there (?:actually |really )?to|need (?:i|we)|where is it written|what are we waiting for|"
    r"remember|you know (?:what|who|why|how)|why is it that|how is (?:that|this|it) fair|"
    r"who (?:of (?:us|them|you) )?(?:does|did|will|would|can|could|shall|is|was) not|can you believe|"
    r"why would (?:anybody|anyone|any)|"
    r"(?:will|would|shall|can|could|does|do|did|is|are|was|were|must|should|has|have|may|might) not|"
    # a statement spoken as a question: "You guys don't want another tax cut?", "You want to show our strength?"
    r"(?:oh,?\s+|so,?\s+|and\s+)?(?:you|you guys|they)\s+(?:don['’]t|do not|want|really|are not|aren['’]t|"
    r"['’]re not|won['’]t|can['’]t))\b",
    re.I,
)
# The same, after an opening clause ("If, then, ... , is it not just that ...?", "can not the North decide?").
_INNER_NEGATIVE = re.compile(
    r"\b(?:is|are|was|were|do|does|did|can|could|will|would|shall|should|may|might|must|has|have)\s+"
    r"(?:it|we|they|you|he|she|i|this|that|there)\s+not\b|"
    r"\b(?:do|does|did|can|could|would|will)\s+(?:you|anyone|anybody|we|they)\s+really\s+"
    r"(?:think|believe|want|expect|need)\b|"
    r"\b(?:can|will|shall|would|could|do|does|did|is|are|has|have)\s*not\s+(?:the|we|they|you|it|our|this)\b|"
    r"\b(?:is|are|was|were|ca|wo|do|does|did|would|could|should|has|have)n['’]t\s+(?:it|we|they|you|he|she|there)\b|"
    r"\bwhy\s+not\b|\bcan you believe\b",
    re.I)
# A tag question asks for assent, not an answer: "..., right?", "Right, Marco?", "..., huh?"
_TAG_QUESTION = re.compile(
    r"(?:,\s*|^\W*)(?:right|huh|correct|isn['’]t (?:it|that)|don['’]t you think|wouldn['’]t you say)"
    r"(?:,\s*(?-i:[A-Z])[\w'’-]*)?\s*\?\W*$", re.I)
# A question that draws a conclusion: "Is it true, then, that ...?", "Is there, then, any other mode ...?"
_CONCLUDING = re.compile(r",\s*then\s*,", re.I)
_ANSWER = re.compile(
    r"^\W*(?:because|nothing|no[.,!]|yes[.,!]|of course|obviously|that['’]s right|well,|the answer|simple|it is clear|"
    r"clearly|none|never|not at all|hardly|certainly|surely|exactly|no one|nobody)",
    re.I,
)
# Signs that a question really asks: a turn in a transcribed dialogue ("Stalin: Who?"), an alternative
# question ("Did this reflect X? Or Y?"), a question the writer then admits not to know the answer to, or one
# the writer introduces as something they want to know.
# A speaker's name: one to three capitalised words ("Stalin", "Comrade Stalin", "Kravtsov"), then a colon.
_SPEAKER_TURN = re.compile(r"[A-Z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,2}:\s")
_SPEAKER_TURN_LINE = re.compile(r"^[A-Z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,2}:\s", re.M)
_ALTERNATIVE = re.compile(r"^\W*or\b", re.I)
_NOT_KNOWN = re.compile(
    r"^\W*(?:but\s+)?(?:we|i) (?:do not|don['’]t|cannot|can['’]t|still do not|still don['’]t) (?:know|say|be (?:sure|certain))|"
    r"^\W*(?:it is|it['’]s) (?:not|un)(?:clear| known|known)|^\W*no one knows|^\W*nobody knows", re.I)
_WANT_TO_KNOW = re.compile(
    r"\b(?:i|we) (?:still )?(?:have a problem understanding|do not understand|don['’]t understand|wonder|am curious|"
    r"would like to know|want to know)\b|\b(?:fair|reasonable|natural|important) to ask\b|"
    r"\b(?:we|one) (?:must|may|might|should|can) ask\b|\b(?:raises?|poses?|pose) (?:the |a |some |several )?questions?\b|"
    r"\bquestions? (?:about|remains?|arises?)\b", re.I)
_RHETORICAL_SAID = re.compile(r"\bquestions?\b[^.?!]{0,40}\b(?:are|is) rhetorical\b", re.I)


def _question_candidates(layout: TextLayout) -> Iterable[Candidate]:
    text = layout.text
    sentences = layout.sentences
    said_rhetorical: dict[int, bool] = {}  # paragraph → whether it calls its questions rhetorical (read once)
    opening_questions = _paragraph_opening_questions(layout)
    is_question = [text[a:b].rstrip("\"”’')] *").endswith("?") for a, b in sentences]
    paragraph_of = [layout.paragraph_at(a) for a, _ in sentences]
    runs = _question_runs(is_question, paragraph_of)
    asks: dict[tuple[int, int], bool] = {}  # run -> whether its questions really ask (computed once per run)
    dialogue = _is_dialogue(text)
    lower_seen: dict[str, bool] = {}  # word -> whether the text writes it in lower case (a word, not a name)
    for index, (start, end) in enumerate(sentences):
        if not is_question[index]:
            continue
        if layout.in_notes(start, end) or layout.in_citation(start, end):
            continue
        if _GENUINE_QUESTION.search(text[start:end]) or _called_by_name(text[start:end], text, lower_seen):
            continue
        if dialogue and _SPEAKER_TURN.match(text, text.rfind("\n", 0, start) + 1):
            continue  # a turn in a transcribed dialogue ("Stalin: Who?") asks the other speaker
        paragraph = paragraph_of[index]
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        same_paragraph = following is not None and paragraph_of[index + 1] == paragraph
        words = len(text[start:end].split())
        strong = []  # signs that outweigh the signs of a real question
        reasons = []
        if _NEGATIVE_INTERROGATIVE.search(text[start:end]) or _INNER_NEGATIVE.search(text[start:end]):
            strong.append("negative or loaded interrogative")
        elif _TAG_QUESTION.search(text[start:end].rstrip("\"”’')] *")):
            strong.append("tag question")
        elif _CONCLUDING.search(text[start:end]):
            reasons.append("a question that draws a conclusion")
        if following is not None:
            next_text = text[following[0]:following[1]]
            if not is_question[index + 1] and _ANSWER.search(next_text) and (
                same_paragraph or paragraph_of[index + 1] == paragraph + 1
            ):
                strong.append("answered by the writer")
        if words <= 5 and same_paragraph and not is_question[index + 1]:
            reasons.append("short question the writer goes on from")
        elif words <= 2 and following is not None:
            reasons.append("one-word question")
        first, last = runs[index]
        if first != last and (same_paragraph or words > 8):
            neighbours = [n for n in (index - 1, index + 1) if first <= n <= last]
            opening = _opening(text, (start, end))
            if any(_opening(text, sentences[n]) == opening for n in neighbours):
                strong.append("one of a run of parallel questions")
            else:
                reasons.append("one of a run of questions")
        if (paragraph in opening_questions and index == opening_questions[paragraph][0] and any(
                opening_questions.get(paragraph + step, (None, None))[1] == opening_questions[paragraph][1]
                for step in (-1, 1))):
            strong.append("paragraphs open with parallel questions")
        if paragraph not in said_rhetorical:
            para_span = layout.paragraphs[paragraph]
            said_rhetorical[paragraph] = bool(_RHETORICAL_SAID.search(text[para_span[0]:para_span[1]]))
        if said_rhetorical[paragraph]:
            strong.append("the text calls it rhetorical")
        if layout.in_title(start, end):
            reasons.append("question as a heading")
        if not strong:
            if (first, last) not in asks:
                asks[first, last] = _asks_really(text, sentences, first, last)
            if asks[first, last]:
                continue
        reasons = strong + reasons
        if reasons:
            # A run of varied questions alone is how scholars pose open questions: shown only with --all.
            factor = RUN_ALONE_FACTOR if reasons == ["one of a run of questions"] else 1.0
            yield Candidate("rhetorical-question", start, end, "; ".join(reasons), "pattern", factor=factor)


_NOT_A_NAME = frozenset(
    "why what how who whom where when which really right seriously huh understand anyone anybody anything yes no "
    "okay ok so and or well sure true agreed correct again more next then now see remember".split())


def _called_by_name(question: str, text: str, lower_seen: dict[str, bool]) -> bool:
    """A person called by name ("Pat?"): one or two capitalised words that the text never writes in lower case
    ("Impossible?", "Socialism?" are words, asked for effect) and that are no interrogative ("Why?", "Right?")."""
    words = TOKEN_RE.findall(question)
    if not (1 <= len(words) <= 2 and all(w[:1].isupper() for w in words) and words[0].lower() not in _NOT_A_NAME
            and question.rstrip("\"”’')] *").endswith("?")):
        return False
    word = words[0].lower()
    if word not in lower_seen:  # once per word: a text of many one-word questions stays linear
        lower_seen[word] = re.search(r"\b" + re.escape(word) + r"\b", text) is not None
    return not lower_seen[word]


def _question_runs(is_question: list[bool], paragraph_of: list[int]) -> list[tuple[int, int]]:
    """For each sentence, the first and last index of the run of consecutive questions of its paragraph that
    it belongs to (itself alone when it is not in one): one pass, so a paragraph of questions stays linear."""
    runs = [(i, i) for i in range(len(is_question))]
    index = 0
    while index < len(is_question):
        if not is_question[index]:
            index += 1
            continue
        end = index
        while end + 1 < len(is_question) and is_question[end + 1] and paragraph_of[end + 1] == paragraph_of[index]:
            end += 1
        for member in range(index, end + 1):
            runs[member] = (index, end)
        index = end + 1
    return runs


def _paragraph_opening_questions(layout: TextLayout) -> dict[int, tuple[int, tuple[str, ...]]]:
    """Paragraph number -> (sentence index, first two words) of its first sentence, for paragraphs that open
    with a question ("Shall we say to the farmer ...?" / "Shall we say to the home owners ...?": anaphora
    across paragraphs)."""
    text = layout.text
    out: dict[int, tuple[int, tuple[str, ...]]] = {}
    seen: set[int] = set()
    for index, (start, end) in enumerate(layout.sentences):
        paragraph = layout.paragraph_at(start)
        if paragraph in seen:
            continue
        seen.add(paragraph)
        if text[start:end].rstrip("\"”’')] *").endswith("?"):
            out[paragraph] = (index, _opening(text, (start, end)))
    return out


_LIST_OPENERS = frozenset("and but or so first second third fourth fifth finally lastly then now again also".split())


def _opening(text: str, sentence: tuple[int, int]) -> tuple[str, ...]:
    """The first two words of a sentence, lower-cased: "Have you built...?" and "Have you improved...?" share
    theirs (anaphora, a device), "What is...?" and "What are...?" do not (an inquiry)."""
    words = [w.lower() for w in TOKEN_RE.findall(text, sentence[0], sentence[1])[:6]]
    while len(words) > 2 and words[0] in _LIST_OPENERS:
        words.pop(0)  # "First, how do we ...?" / "Second, how do we ...?" open alike
    return tuple(words[:2])


def _asks_really(text: str, sentences: list[tuple[int, int]], first: int, last: int) -> bool:
    """Whether the run of questions ``sentences[first..last]`` really asks: an alternative question, a run
    followed by an admission of not knowing, or one the writer introduces as wanting an answer."""
    if first != last and any(_ALTERNATIVE.search(text[sentences[i][0]:sentences[i][1]])
                             for i in range(first + 1, last + 1)):
        return True
    if last + 1 < len(sentences) and _NOT_KNOWN.search(text[sentences[last + 1][0]:sentences[last + 1][1]]):
        return True
    if first and _WANT_TO_KNOW.search(text[sentences[first - 1][0]:sentences[first - 1][1]]):
        return True
    return bool(_WANT_TO_KNOW.search(text[sentences[first][0]:sentences[first][1]]))


def _is_dialogue(text: str) -> bool:
    """A transcript: at least two lines open with a speaker's name and a colon ("Stalin: Who?")."""
    return len(_SPEAKER_TURN_LINE.findall(text, 0, 1_000_000)) >= 2


_MENTION_BEFORE = re.compile(
    r"(?:called|call|calls|termed|term|terms|word|words|phrase|titled|title|entitled|named|means|meaning|translated|"
    r"translation|known as|dubbed|label|labelled|labeled|slogan|book|article|essay|chapter|section|headline|"
    r"as|i\.e\.|or|literally)\W{0,3}$",
    re.I,
)


def _scare_quote_candidates(layout: TextLayout, tokens: list[Token]) -> tuple[list[Candidate], float]:
    """Short quoted terms used at a distance, and "so-called" (found by the lexicon). Returns the candidates and
    how many short quoted terms the text has per 1,000 words (a quotation-heavy text lowers them all, except
    terms it puts in quotation marks again and again: "enemies", "enemies", "enemies")."""
    text = layout.text
    out = []
    terms = 0
    for quote in layout.quotations:
        if not 1 <= quote.words <= 3:
            continue
        terms += 1
        inner = text[quote.inner_start:quote.inner_end].strip(" ,.;:!?")
        if not inner or not inner[0].isalpha():
            continue
        words = inner.split()
        if len(words) == 3 and all(w[:1].isupper() for w in words if len(w) > 3):
            continue  # a title ("Stalin as Democrat")
        before = text[max(0, quote.start - 30):quote.start]
        if _MENTION_BEFORE.search(before.rstrip()) or re.search(r"(?:\*|--|—|–|\()\s*$", before):
            continue
        if re.match(r"^\s*(?:\)|--)", text[quote.end:quote.end + 4]):
            continue  # a gloss: "*glasnost'* ("openness")"
        if layout.in_title(quote.start, quote.end):
            continue
        out.append(Candidate("scare-quotes", quote.start, quote.end, "quoted term", "pattern"))
    # A handful of quoted terms says nothing about a text's habits; density counts from ten on.
    per_1000 = terms * 1000 / max(1, len(tokens)) if terms >= DENSE_QUOTES_MIN else 0.0
    if per_1000 > DENSE_QUOTES_PER_1000:
        seen: dict[str, int] = {}
        for candidate in out:
            key = text[candidate.start + 1:candidate.end - 1].strip(" ,.;:!?").lower()
            seen[key] = seen.get(key, 0) + 1
        for candidate in out:
            key = text[candidate.start + 1:candidate.end - 1].strip(" ,.;:!?").lower()
            if seen[key] >= 2:
                candidate.flags.append("quoted again and again")
    return out, per_1000


_EXCLAMATION_END = re.compile(r"!+[\"”’')\]]*$")
_ALL_CAPS = re.compile(r"\b[A-Z]{4,}(?:[ \-][A-Z]{2,}){1,}\b")


def _slogan_candidates(layout: TextLayout) -> Iterable[Candidate]:
    text = layout.text
    for start, end in layout.sentences:
        sentence = text[start:end]
        if _EXCLAMATION_END.search(sentence.rstrip("*_ ")) and len(sentence.split()) >= 2:
            # An exclamation inside quotation marks is the quoted voice's: start the span inside them.
            mark = start + sentence.rstrip("*_ \"”’')]").rfind("!")
            for quote in layout.quotations_around(mark, mark + 1)[-1:]:
                start = max(start, quote.inner_start)
                end = min(end, quote.inner_end)
            yield Candidate("slogan", start, end, "exclamation", "pattern")
    for m in _ALL_CAPS.finditer(text):
        yield Candidate("slogan", m.start(), m.end(), "capitals", "pattern")


_STOPWORDS = frozenset(
    "the a an and or but of to in on at by for with from as is was are were be been it its this that these those "
    "he she they we you i his her their our my your there here then than so if not no".split()
)
_EPIZEUXIS = re.compile(r"\b([^\W\d_]{3,})(,?\s+)\1\b", re.I)


def _repetition_candidates(layout: TextLayout, tokens: list[Token]) -> Iterable[Candidate]:
    text = layout.text
    for m in _EPIZEUXIS.finditer(text):
        if m.group(1).lower() in {"that", "had", "the", "and"}:
            continue
        yield Candidate("repetition", m.start(), m.end(), "word repeated", "pattern")
    # Anaphora: neighbouring sentences of one paragraph opening with the same words.
    sentences = layout.sentences
    openings: list[tuple[int, list[Token]]] = []
    for start, end in sentences:
        lo = _token_index(tokens, start)
        openings.append((layout.paragraph_at(start), [t for t in tokens[lo:lo + 4] if t.start < end]))
    seen: set[tuple[int, int]] = set()
    for index in range(len(sentences)):
        paragraph, opening = openings[index]
        if len(opening) < 1:
            continue
        group = [index]
        shared = len(opening)
        for other in range(index + 1, min(len(sentences), index + 4)):
            para2, opening2 = openings[other]
            if para2 != paragraph:
                break
            common = 0
            for a, b in zip(opening, opening2):
                if a.norm != b.norm:
                    break
                common += 1
            if common == 0:
                break
            group.append(other)
            shared = min(shared, common)
        if len(group) < 2:
            continue
        words = [t.norm for t in opening[:shared]]
        content = [w for w in words if w not in _STOPWORDS]
        if not ((len(group) >= 2 and shared >= 3) or (len(group) >= 3 and shared >= 2 and content)
                or (len(group) >= 3 and content) or (len(group) >= 2 and shared >= 2 and len(content) >= 2)):
            continue
        for member in group:
            first = openings[member][1][0]
            last = openings[member][1][shared - 1]
            key = (first.start, last.end)
            if key not in seen:
                seen.add(key)
                yield Candidate("repetition", first.start, last.end, "sentences open alike: " + " ".join(words),
                                "pattern")
    # Parallel phrases in one sentence: "smart enough, wise enough", "for free education, for free medicine".
    for start, end in sentences:
        lo, hi = _token_index(tokens, start), _token_index(tokens, end)
        window = tokens[lo:hi]
        positions: dict[str, list[int]] = {}
        for i, t in enumerate(window):
            if t.norm not in _STOPWORDS and len(t.norm) > 2:
                positions.setdefault(t.norm, []).append(i)
        for word, where in sorted(positions.items()):
            # ``where`` is in ascending order: an occurrence is close to another if a neighbour in the list is.
            close = [p for n, p in enumerate(where)
                     if (n and p - where[n - 1] <= 5) or (n + 1 < len(where) and where[n + 1] - p <= 5)]
            if len(close) < 2:
                continue
            # Each occurrence closes a phrase (a comma, "and" or "or" follows), or the word comes three times.
            ends = [p for p in close if text[window[p].end:window[p].end + 1] == "," or
                    (p + 1 < len(window) and window[p + 1].norm in ("and", "or"))]
            if len(close) >= 3 or len(ends) >= 2:
                for p in close:
                    yield Candidate("repetition", window[p].start, window[p].end, f"parallel phrases: {word}",
                                    "pattern")


def _token_index(tokens: list[Token], offset: int) -> int:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _so_called_extend(candidate: Candidate, layout: TextLayout, tokens: list[Token]) -> Candidate:
    """Stretch "so-called" over the term it qualifies (a following quotation, or the next two words)."""
    text = layout.text
    for quote in layout.quotations:
        if 0 <= quote.start - candidate.end <= 2:
            candidate.end = quote.end
            return candidate
    index = _token_index(tokens, candidate.end)
    if index < len(tokens) and tokens[index].start - candidate.end <= 2:
        last = tokens[min(index + 1, len(tokens) - 1)] if text[tokens[index].end:tokens[index].end + 1] in " -" else tokens[index]
        candidate.end = last.end if "\n" not in text[candidate.end:last.end] else tokens[index].end
    return candidate


# ---- context ------------------------------------------------------------------------
def _negated(tokens: list[Token], first: int | None, sentence_start: int) -> bool:
    if first is None:
        return False
    for token in tokens[max(0, first - 2):first]:
        if token.start < sentence_start:
            continue
        if token.norm in NEGATORS or token.norm.endswith("n't"):
            return True
    return False


@attrs.frozen(slots=True, kw_only=True)
class TextAnalysis:
    """Cues of one text with what was measured on the way (word count, quoted-term density)."""

    cues: tuple[Cue, ...]
    words: int
    quoted_terms_per_1000: float
    dropped: int
    voice_words: dict = attrs.field(factory=dict)


@functools.cache
def _entry_starts(categories: frozenset[str]) -> tuple[frozenset, frozenset, tuple[str, ...]]:
    """How entries of ``categories`` can start: a word that can start an entry alone (single words, and
    phrases whose second word is not a plain word), a pair of first words, and prefix stems."""
    heads, pairs, stems = set(), set(), set()
    for name in LEXICON_CATEGORIES:
        for entry in load_lexicon(name).entries:
            if entry.category not in categories or entry.stop:
                continue
            words = [w.lower().replace("’", "'") for w in entry.words]
            if words[0].endswith("*"):
                stems.add(words[0][:-1])
            elif len(words) == 1 or words[1].endswith("*") or words[1] == "{num}":
                heads.add(words[0])
            else:
                pairs.add((words[0], words[1]))
    return frozenset(heads), frozenset(pairs), tuple(sorted(stems))


def may_have_cues(text: str, categories: Iterable[str]) -> bool:
    """Whether ``text`` has a word (or pair of words) that can start a lexicon entry of ``categories``: a
    cheap test that lets callers skip :func:`analyse` on the many short texts (a map's claims) with no cue."""
    heads, pairs, stems = _entry_starts(frozenset(categories))
    lowered = text.lower()
    if "’" in lowered:
        lowered = lowered.replace("’", "'")
    words = TOKEN_RE.findall(lowered)  # set operations on the words run in C: a large map has thousands of claims
    if not heads.isdisjoint(words):
        return True
    if stems and any(word.startswith(stems) for word in words):
        return True
    return not pairs.isdisjoint(zip(words, words[1:]))


def analyse(
    text: str,
    *,
    path: str | None = None,
    author: str = AUTHOR,
    source: str | None = None,
    categories: Iterable[str] | None = None,
    voice_of: Callable[[tuple[str, ...]], str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    fragment: bool = False,
) -> TextAnalysis:
    """Find the cues of ``text``; see :func:`detect`. ``progress`` is called with how many finders are done
    and how many there are.
    ``fragment`` marks a piece of prose from a map (a claim's words, a quote): never a heading or a note."""
    wanted = set(categories) if categories is not None else set(CUE_CATEGORIES)
    layout = TextLayout(text, fragment=fragment)
    tokens = tokenize(text)
    voices = VoiceMap(layout, author=author)
    precision = measured_precision()
    # Each finder with the categories it can produce; finders whose categories are not wanted are
    # skipped (the map rules ask for four categories on thousands of short claims).
    steps: list[tuple[Callable[[], Iterable[Candidate]], frozenset[str] | None]] = [
        (lambda: _lexicon_candidates(tokens, text), None),
        (lambda: _emotive_candidates(tokens), frozenset({"emotive-language"})),
        (lambda: _epithet_phrase_candidates(tokens, text), frozenset({"epithet"})),
        (lambda: _epithet_pattern_candidates(text), frozenset({"epithet"})),
        (lambda: _hated_candidates(tokens, text), frozenset({"hated-comparison"})),
        (lambda: _question_candidates(layout), frozenset({"rhetorical-question"})),
        (lambda: _slogan_candidates(layout), frozenset({"slogan"})),
        (lambda: _repetition_candidates(layout, tokens), frozenset({"repetition"})),
    ]
    candidates: list[Candidate] = []
    for number, (step, produces) in enumerate(steps, 1):
        if produces is None or not wanted.isdisjoint(produces):
            candidates.extend(c for c in step() if c.category in wanted)
        if progress:
            progress(number, len(steps))
    scare, per_1000 = _scare_quote_candidates(layout, tokens)
    if "scare-quotes" in wanted:
        candidates.extend(scare)
    candidates = _merge_adjacent(sorted(candidates, key=lambda c: (c.start, c.end, c.category, c.entry)), text)
    candidates = _drop_nested(candidates)
    cues: list[Cue] = []
    dropped = 0
    seen: set[tuple[str, int, int]] = set()
    for candidate in candidates:
        if candidate.category == "scare-quotes" and candidate.lexicon_list != "pattern":
            candidate = _so_called_extend(candidate, layout, tokens)
        kept = _weigh(candidate, layout, tokens, per_1000)
        if not kept:
            dropped += 1
            continue
        key = (candidate.category, candidate.start, candidate.end)
        if key in seen:
            continue
        seen.add(key)
        voice_path, quotes = voices.path_at(candidate.start, candidate.end)
        if candidate.category == "scare-quotes" and quotes and quotes[-1].start == candidate.start - 1:
            voice_path = voice_path[:-1]
        if quotes and quotes[-1].is_term and candidate.category != "scare-quotes":
            candidate.factor *= QUOTED_TERM_FACTOR
            candidate.flags.append("quoted-term")
        elif len(voice_path) > 1:
            candidate.flags.append("quoted")
        line, column = layout.position(candidate.start)
        end_line, end_column = layout.position(max(candidate.start, candidate.end - 1))
        base = precision.get(candidate.category, DEFAULT_PRECISION)
        cues.append(Cue(
            category=candidate.category,
            start=candidate.start,
            end=candidate.end,
            text=text[candidate.start:candidate.end],
            entry=candidate.entry,
            lexicon_list=candidate.lexicon_list,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column + 1,
            voice=voice_of(voice_path) if voice_of else voice_label(voice_path),
            voice_path=voice_path,
            confidence=round(base * candidate.factor, 3),
            weight=round(candidate.factor, 3),
            context=tuple(candidate.flags),
            path=path,
            source=source,
        ))
    label = voice_of or voice_label
    voice_words: dict[str, int] = {}
    token_starts = [t.start for t in tokens]
    for block in voices.blocks:
        count = bisect.bisect_left(token_starts, block.end) - bisect.bisect_left(token_starts, block.start)
        name = label(block.path)
        voice_words[name] = voice_words.get(name, 0) + count
    return TextAnalysis(cues=tuple(cues), words=len(tokens), quoted_terms_per_1000=round(per_1000, 2),
                        dropped=dropped, voice_words=dict(sorted(voice_words.items())))


MERGED = frozenset({"epithet", "emotive-language"})


def _merge_adjacent(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Join neighbouring epithets (and emotive words) into one span: "upstart jackals", not two cues."""
    out: list[Candidate] = []
    last_of: dict[str, Candidate] = {}
    for candidate in candidates:
        previous = last_of.get(candidate.category)
        if (candidate.category in MERGED and previous is not None and previous.end <= candidate.start
                and candidate.start - previous.end <= 2 and not text[previous.end:candidate.start].strip(" -")):
            previous.end = candidate.end
            previous.entry = f"{previous.entry} + {candidate.entry}"
            continue
        out.append(candidate)
        last_of[candidate.category] = candidate
    return out


def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Drop an emotive word or epithet inside a longer cue of its category ("tortured" inside "tortured and
    shot"): one passage, one cue, so rates are not counted twice. The order of ``candidates`` is kept."""
    kept: set[int] = set()
    reach: dict[str, tuple[int, int]] = {}  # category -> (start, end) of the widest span seen so far
    for candidate in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if candidate.category not in MERGED:  # repetition marks each instance, however they nest
            kept.add(id(candidate))
            continue
        seen = reach.get(candidate.category)
        if seen and seen[0] <= candidate.start and candidate.end <= seen[1] and seen != (candidate.start, candidate.end):
            continue
        kept.add(id(candidate))
        if not seen or candidate.end > seen[1]:
            reach[candidate.category] = (candidate.start, candidate.end)
    return [c for c in candidates if id(c) in kept]


def _weigh(candidate: Candidate, layout: TextLayout, tokens: list[Token], quoted_per_1000: float) -> bool:
    """Apply the context rules; False drops the candidate."""
    start, end = candidate.start, candidate.end
    if layout.in_notes(start, end) or layout.in_citation(start, end):
        return False
    if layout.in_title(start, end):
        if candidate.category != "rhetorical-question":
            return False
        candidate.factor *= TITLE_FACTOR
        candidate.flags.append("title")
    sentence = layout.sentence_at(start)
    sentence_start = sentence[0] if sentence else start
    if candidate.category in NEGATABLE | NEGATION_LOWERS and _negated(tokens, candidate.first_token, sentence_start):
        if candidate.category in NEGATABLE:
            return False
        candidate.factor *= NEGATION_FACTOR
        candidate.flags.append("negated")
    if candidate.category in QUESTION_WEAKENS and sentence:
        tail = layout.text[sentence[0]:sentence[1]].rstrip("\"”’')] *")
        if tail.endswith("?"):
            candidate.factor *= QUESTION_FACTOR
            candidate.flags.append("question")
    if (candidate.category == "scare-quotes" and candidate.lexicon_list == "pattern"
            and quoted_per_1000 > DENSE_QUOTES_PER_1000):
        candidate.factor *= DENSE_QUOTES_FACTOR
        candidate.flags.append("quotation-heavy text")
    return True


def detect(text: str, **options) -> list[Cue]:
    """The rhetorical cues of a plain text, in text order. Options as for :func:`analyse`."""
    return list(analyse(text, **options).cues)
