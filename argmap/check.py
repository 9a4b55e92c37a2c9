"""Running the rule catalogue on a map: selection, configuration, inline suppression."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from argmap.diagnostics import Diagnostic, Severity
from argmap.gcpause import paused_gc
from argmap.model import ArgumentMap, WordLocation, word_location
from argmap.rules import CheckContext, CHECKERS, load_all

import tomllib

# `# noqa`, or `# noqa: AM201, AM3` (codes or prefixes, separated by commas or spaces); words after the codes
# are a reason (`# noqa: AM208 one witness is enough`), not more codes.
_NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Za-z]+\d+(?:[\s,]+[A-Za-z]+\d+)*))?", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Config:
    """Which rules run and how severe they are: from ``[tool.argmap]`` and the command line.

    ``select``/``ignore`` hold codes or prefixes (``AM2``, ``AM205``); ``severity``
    overrides a rule's default (``{"AM205": "info"}``).
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = attrs.field(factory=dict)
    options: dict[str, Any] = attrs.field(factory=dict)

    def enabled(self, code: str) -> bool:
        """Whether a rule runs: selected (or nothing selected) and not ignored; the longer prefix wins."""
        selected = max((len(p) for p in self.select if code.startswith(p)), default=None)
        if self.select and selected is None:
            return False
        ignored = max((len(p) for p in self.ignore if code.startswith(p)), default=None)
        return ignored is None or (selected is not None and selected > ignored)

    def merged(self, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> Config:
        """Command-line selection on top of this configuration (CLI select replaces, ignore adds)."""
        return attrs.evolve(
            self,
            select=tuple(select) or self.select,
            ignore=self.ignore + tuple(ignore),
        )


#: Settings of ``[tool.argmap]`` that rules read through ``CheckContext.options`` (a rule reading a new one adds
#: it here, so that a misspelt setting is reported instead of silently ignored).
RULE_OPTIONS = {"preferred-cutoff": "undecided arguments per component for preferred extensions (AM402)"}


class ConfigError(ValueError):
    """A ``[tool.argmap]`` table that cannot be used."""


def find_config(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above ``start`` that has a ``[tool.argmap]`` table."""
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    for candidate in (directory, *directory.parents):
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if "argmap" in data.get("tool", {}):
                return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Read ``[tool.argmap]`` from a pyproject.toml (an empty Config when ``path`` is None)."""
    if path is None:
        return Config()
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("argmap", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read [tool.argmap]: {exc}") from None

    def codes(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: [tool.argmap] {key} must be a list of rule codes or prefixes")
        return tuple(v.strip().upper() for v in value)

    severities = {}
    table_of_severities = table.get("severity") or {}
    if not isinstance(table_of_severities, dict):
        raise ConfigError(f'{path}: [tool.argmap] severity must be a table of codes: severity.AM205 = "info"')
    for code, word in table_of_severities.items():
        try:
            severities[code.upper()] = Severity.parse(str(word))
        except KeyError:
            raise ConfigError(f"{path}: [tool.argmap.severity] {code} = {word!r}: use error, warning or info") \
                from None
    known = {"select", "ignore", "severity"}
    unknown = sorted(k for k in table if k not in known and k not in RULE_OPTIONS)
    if unknown:
        raise ConfigError(f"{path}: [tool.argmap] has no setting {', '.join(unknown)}; the settings are "
                          f"{', '.join(sorted(known | set(RULE_OPTIONS)))}")
    options = {k: v for k, v in table.items() if k not in known}
    return Config(select=codes("select"), ignore=codes("ignore"), severity=severities, options=options)


@attrs.frozen(kw_only=True)
class Report:
    """The findings of one check run, sorted by file, line and column."""

    map: ArgumentMap
    diagnostics: tuple[Diagnostic, ...]

    def __iter__(self):
        return iter(self.diagnostics)

    def __len__(self) -> int:
        return len(self.diagnostics)

    def by_code(self, prefix: str) -> list[Diagnostic]:
        """Diagnostics whose code starts with ``prefix``."""
        return [d for d in self.diagnostics if d.code.startswith(prefix)]

    @property
    def exit_code(self) -> int:
        """0 when nothing at warning or above was found, else 1."""
        return 1 if any(d.severity >= Severity.WARNING for d in self.diagnostics) else 0


def suppressed_lines(amap: ArgumentMap) -> dict[tuple[str | None, int], frozenset[str] | None]:
    """``# noqa`` comments: (path, line) → codes silenced there (None: every code)."""
    out: dict[tuple[str | None, int], frozenset[str] | None] = {}
    for comment in amap.comments:
        match = _NOQA.search(comment.text)
        if match and comment.location is not None:
            key = (comment.location.path, comment.location.line)
            codes = match.group("codes")
            out[key] = None if not codes else frozenset(c.upper() for c in re.split(r"[\s,]+", codes) if c)
    return out


def _is_suppressed(diagnostic: Diagnostic, noqa: dict) -> bool:
    if diagnostic.location is None:
        return False
    key = (diagnostic.location.path, diagnostic.location.line)
    if key not in noqa:
        return False
    codes = noqa[key]
    return codes is None or any(diagnostic.code.startswith(c) for c in codes)


def check(
    amap: ArgumentMap,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    config: Config | None = None,
) -> Report:
    """Run every enabled rule on ``amap`` and return the findings.

    ``select``/``ignore`` take codes or prefixes and add to ``config``.
    """
    load_all()
    config = (config or Config()).merged(tuple(s.upper() for s in select), tuple(i.upper() for i in ignore))
    context = CheckContext(amap, options=config.options)
    noqa = suppressed_lines(amap)
    found: dict[tuple, Diagnostic] = {}
    enabled: dict[str, bool] = {}  # per code: checkers report thousands of findings of a few codes
    with paused_gc():
        for registered in CHECKERS:
            if not any(config.enabled(r.code) for r in registered.rules):
                continue
            _collect(registered.function(context), config, noqa, enabled, found)
    return Report(map=amap, diagnostics=tuple(sorted(_underline_ids(amap, found.values()), key=Diagnostic.sort_key)))


def _underline_ids(amap: ArgumentMap, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """A finding about a whole element points at the element's id: give it the id's end column, so that the
    caret line underlines the id and SARIF has a region, as findings about one word have."""
    diagnostics = list(diagnostics)
    if all(d.end_column is not None or d.location is None for d in diagnostics):
        return diagnostics
    id_ends: dict[tuple, int] = {}
    for element in amap.elements():
        location = getattr(element, "location", None)
        if location is not None:
            where = word_location(element, "id")
            if isinstance(where, WordLocation) and where.end_column is not None:
                id_ends[(location.path, location.line, location.column)] = where.end_column
    out = []
    for d in diagnostics:
        if d.end_column is None and d.location is not None:
            end = id_ends.get((d.location.path, d.location.line, d.location.column))
            if end is not None:
                d = attrs.evolve(d, end_column=end)
        out.append(d)
    return out


def _collect(diagnostics: Iterable[Diagnostic], config: Config, noqa: dict, enabled: dict[str, bool],
             found: dict[tuple, Diagnostic]) -> None:
    """Keep the enabled, unsuppressed diagnostics (severity overridden by config), once each."""
    for diagnostic in diagnostics:
        code = diagnostic.code
        if code not in enabled:
            enabled[code] = config.enabled(code)
        if not enabled[code] or (noqa and _is_suppressed(diagnostic, noqa)):
            continue
        if code in config.severity:
            diagnostic = attrs.evolve(diagnostic, severity=config.severity[code])
        found.setdefault(diagnostic.sort_key(), diagnostic)
