"""AM130-AM131: importing Argdown and AIF files (argmap.interop). The import reports these itself;
here they are registered with their documentation, and AM130 findings reach `argmap check`."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.diagnostics import Diagnostic, Severity
from argmap.rules import CheckContext, checker, rule

NOT_MAPPED = rule(
    "AM130", "import-not-mapped", Severity.WARNING,
    "Something in an imported Argdown or AIF file that argmap keeps only in part, or not at all.",
    what="An Argdown or AIF element with no argmap counterpart: YAML data keys argmap does not read, "
         "an inference rule that is not one of argmap's schemes (kept in the note), a support relation aimed "
         "at a whole argument, a preference (PA) node, locutions worded differently from their proposition...",
    why="An import must never drop content in silence; each warning names what was kept, approximated or "
        "left out, at its line in the imported file (docs/interop.md lists the mapping).",
    example="[Tax]: Taxes should rise. {color: red}   # `color` is Argdown styling: not mapped",
    fix="Usually nothing: read the warning, and move what matters into the argmap file after importing "
        "(a scheme, a voice). Write `argmap import FILE -o FILE.argmap` and edit the result.",
)
UNREADABLE = rule(
    "AM131", "import-unreadable", Severity.ERROR, "An Argdown or AIF file that cannot be read as written.",
    what="Argdown text the Argdown grammar does not accept (an unclosed `{` data block, a relation with "
         "nothing above it, a reconstruction without a conclusion, data that is not YAML), or JSON that is "
         "not valid or not an AIF map.",
    why="A file that cannot be read cannot be checked or drawn; argmap points at the place with file:line:col.",
    example="(1) [P]: Premises come first.\n----\n# the conclusion `(2) ...` is missing",
    fix="Follow the suggestion under the caret; here: add the conclusion `(2) [C]: ...` after the `----` line.",
)


@checker(NOT_MAPPED)
def check_import_findings(ctx: CheckContext) -> Iterator[Diagnostic]:
    yield from (d for d in ctx.map.parse_findings if d.code == NOT_MAPPED.code)
