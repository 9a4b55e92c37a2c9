"""Rhetoric analysis: cues of persuasion in texts and maps (DESIGN §6b).

Descriptive only: argmap reports cues (hedges, boosters, epithets, rhetorical questions...) with the voice
they belong to and a confidence measured on a gold set; it never calls a cue a fallacy. A person accepts a
cue by writing the ``device`` line argmap prints.

    >>> from argmap.rhetoric import detect
    >>> [c.category for c in detect("These upstart jackals will perhaps win.")]
    ['epithet', 'epithet', 'hedge']
"""

from argmap.rhetoric.detector import Cue, TextAnalysis, analyse, detect, measured_precision

__all__ = ["Cue", "TextAnalysis", "analyse", "detect", "measured_precision"]
