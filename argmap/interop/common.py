"""What the Argdown and AIF converters share: ids, schemes, warnings, a small YAML flow writer."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable

from argmap.diagnostics import ArgmapError, Diagnostic, Severity
from argmap.model import SCHEMES, Location

# Rule codes of the interop findings (registered with their documentation in argmap/rules/interop.py).
NOT_MAPPED = ("AM130", "import-not-mapped")
UNREADABLE = ("AM131", "import-unreadable")

_ID_RE = re.compile(r"[^\W\d]\w*(?:[.\-]\w+)*\Z")
_NON_WORD = re.compile(r"[^\w.]+|(?<=\.)\.+|(?<=-)\.|\.(?=-)")


def is_valid_id(text: str) -> bool:
    """True when ``text`` is usable as an argmap id as it stands."""
    return bool(_ID_RE.match(text))


def sanitise_id(text: str, fallback: str = "x") -> str:
    """An argmap id made from a title: words joined by ``-``, starting with a letter or ``_``.

    ``"Socrates is mortal"`` → ``Socrates-is-mortal``; ``"1. premise"`` → ``_1-premise``.
    The result depends on ``text`` only, so ids are deterministic.
    """
    text = unicodedata.normalize("NFC", text.strip())
    if is_valid_id(text):
        return text
    out = _NON_WORD.sub("-", text)
    out = re.sub(r"-{2,}", "-", out).strip("-.")
    out = re.sub(r"[.\-]{2,}", "-", out)
    if not out:
        return fallback
    if out[0].isdigit():
        out = "_" + out
    return out if is_valid_id(out) else fallback


def evidence_kind(raw: str) -> str:
    """An evidence kind argmap can write and read back: ``raw`` if it is id-like, else made into an id.

    ``"[1]"`` → ``_1``; text with nothing id-like left gives ``document``.
    """
    return raw if is_valid_id(raw) else sanitise_id(raw, "document")


class IdAllocator:
    """Hands out unique ids in one namespace: the wanted one, else ``wanted-2``, ``wanted-3``..."""

    def __init__(self, taken: Iterable[str] = ()):
        self.taken: set[str] = set(taken)
        # The number to try first, per prefix (numbered) or per wanted id (reserve): ids only ever get
        # taken, so numbers tried once stay taken, and a thousand `A`s cost linear time, not quadratic.
        self._next: dict[str, int] = {}
        self._next_suffix: dict[str, int] = {}

    def reserve(self, wanted: str) -> str:
        """The first free id among ``wanted``, ``wanted-2``, ``wanted-3``... (and mark it taken)."""
        candidate = wanted
        if candidate in self.taken:
            n = self._next_suffix.get(wanted, 2)
            while f"{wanted}-{n}" in self.taken:
                n += 1
            self._next_suffix[wanted] = n + 1
            candidate = f"{wanted}-{n}"
        self.taken.add(candidate)
        return candidate

    def numbered(self, prefix: str, start: int = 1) -> str:
        """The first free ``{prefix}{n}`` counting from ``start``."""
        n = max(start, self._next.get(prefix, start))
        while f"{prefix}{n}" in self.taken:
            n += 1
        self._next[prefix] = n + 1
        self.taken.add(f"{prefix}{n}")
        return f"{prefix}{n}"


# ---- schemes -------------------------------------------------------------------------
# AIF RA scheme names written on export, one per argmap scheme (Argdown export writes the scheme itself).
AIF_SCHEMES = {
    "deduction": "Deductive Inference",
    "causal": "Argument From Cause To Effect",
    "analogy": "Argument From Analogy",
    "example": "Argument From Example",
    "induction": "Inductive Inference",
    "authority": "Argument From Expert Opinion",
    "sign": "Argument From Sign",
    "from-silence": "Argument From Ignorance",
    "best-explanation": "Abductive Inference",
    "definition": "Argument From Verbal Classification",
    "practical": "Practical Reasoning",
}
DEFAULT_AIF_SCHEME = "Default Inference"
# Words in a scheme or inference-rule name → argmap scheme (first match wins; matched case-insensitively).
_SCHEME_WORDS: tuple[tuple[str, str], ...] = (
    ("modus ponens", "deduction"),
    ("modus tollens", "deduction"),
    ("syllogism", "deduction"),
    ("deduct", "deduction"),
    ("contraposition", "deduction"),
    ("reductio", "deduction"),
    ("expert opinion", "authority"),
    ("position to know", "authority"),
    ("witness testimony", "authority"),
    ("authority", "authority"),
    ("cause to effect", "causal"),
    ("correlation to cause", "causal"),
    ("causal", "causal"),
    ("cause", "causal"),
    ("analog", "analogy"),
    ("example", "example"),
    ("induct", "induction"),
    ("generali", "induction"),
    ("sign", "sign"),
    ("ignorance", "from-silence"),
    ("silence", "from-silence"),
    ("lack of evidence", "from-silence"),
    ("best explanation", "best-explanation"),
    ("abduct", "best-explanation"),
    ("verbal classification", "definition"),
    ("classification", "definition"),
    ("definition", "definition"),
    ("practical", "practical"),
    ("consequences", "practical"),
    ("means to end", "practical"),
)
_DEFAULT_NAMES = {"default inference", "default", "inference", ""}


def scheme_from_name(name: str | None) -> tuple[str | None, bool]:
    """The argmap scheme a scheme or rule name stands for, and whether the name was understood.

    ``("Argument From Expert Opinion")`` → ``("authority", True)``; ``"Default Inference"`` →
    ``(None, True)`` (no particular scheme); an unknown name → ``(None, False)``.
    """
    if name is None:
        return None, True
    lowered = " ".join(name.replace("-", " ").replace("_", " ").lower().split())
    if lowered in _DEFAULT_NAMES:
        return None, True
    for scheme in SCHEMES:
        if lowered == scheme.replace("-", " "):
            return scheme, True
    for words, scheme in _SCHEME_WORDS:
        if words in lowered:
            return scheme, True
    return None, False


# ---- findings ------------------------------------------------------------------------
def not_mapped(message: str, location: Location | None, suggestion: str | None = None) -> Diagnostic:
    """A warning: something in the foreign file that argmap keeps only in part, or not at all."""
    return Diagnostic(code=NOT_MAPPED[0], name=NOT_MAPPED[1], severity=Severity.WARNING, message=message,
                      location=location, suggestion=suggestion)


def unreadable(message: str, location: Location | None, suggestion: str | None = None) -> Diagnostic:
    """An error: the foreign file cannot be read as written."""
    return Diagnostic(code=UNREADABLE[0], name=UNREADABLE[1], severity=Severity.ERROR, message=message,
                      location=location, suggestion=suggestion)


def fail(message: str, location: Location | None, text: str | None, suggestion: str | None = None) -> ArgmapError:
    """An ArgmapError with one located diagnostic (and the text, so reporters can show the line)."""
    path = location.path if location and location.path else "<text>"
    return ArgmapError([unreadable(message, location, suggestion)], {path: text} if text is not None else None)


def parse_json(text: str, path: str | None) -> object:
    """JSON data, or an ArgmapError at the line and column where the JSON breaks."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise fail(f"not valid JSON: {exc.msg}", Location(path=path, line=exc.lineno, column=exc.colno), text,
                   "check the commas and brackets around this place") from None
    except RecursionError:
        raise fail("the JSON nests too deeply to be read", Location(path=path, line=1, column=1), text,
                   "an AIF or argmap JSON file nests a few levels deep; this is not one") from None


# ---- YAML flow values (Argdown data blocks and front matter) --------------------------
_PLAIN_SCALAR = re.compile(r"[^\W\d][\w.\-/ ]*\Z")
_YAML_UNSAFE = re.compile("[^\x09\x0A\x0D\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD"
                          "\U00010000-\U0010FFFF]")
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


def yaml_scalar(value: object) -> str:
    """A YAML flow scalar that also survives Argdown's lexer (no raw braces or `=` inside)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _PLAIN_SCALAR.match(text) and text.lower() not in _YAML_WORDS and not text.endswith(" ") \
            and ": " not in text and " #" not in text:
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    # JSON escapes are YAML double-quoted escapes; braces and `=` would end or break Argdown's data token,
    # and YAML refuses (or folds) some characters unless they are escaped.
    quoted = quoted.replace("{", "\\x7B").replace("}", "\\x7D").replace("=", "\\x3D")
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04X}" if ord(m.group()) < 0x10000
                            else f"\\U{ord(m.group()):08X}", quoted)


def yaml_flow(value: object) -> str:
    """A value (dict, list, scalar) as one line of YAML flow syntax, keys in the given order."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{yaml_scalar(k)}: {yaml_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(yaml_flow(v) for v in value) + "]"
    return yaml_scalar(value)
