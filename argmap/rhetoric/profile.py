"""Per-voice rhetorical profiles: how often each voice hedges, boosts, uses emotive words, asks questions.

Rates are per 1,000 words the voice speaks. Only cues shown by default count (context weight >= 0.5), and
in a map each voice's words and cues count once (paraphrases of words read elsewhere are left out). A
map's annotated ``device`` lines are counted next to the detected cues, per the voice of the claim they mark.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import attrs

from argmap.model import ArgumentMap, Device
from argmap.rhetoric.detector import SHOWN_WEIGHT, Cue
from argmap.rhetoric.mapcues import NOT_PROFILED

# (column title, category) of the per-1,000-word rates a profile shows; the chart draws the same ones.
RATE_COLUMNS = (
    ("hedges", "hedge"),
    ("boosters", "booster"),
    ("emotive", "emotive-language"),
    ("questions", "rhetorical-question"),
    ("epithets", "epithet"),
)


def profiled(cue: Cue) -> bool:
    """Whether a cue counts in rates: shown by default, and not a map paraphrase (or repeated quote) of words
    counted elsewhere (``not profiled``, see argmap.rhetoric.mapcues)."""
    return cue.weight >= SHOWN_WEIGHT and NOT_PROFILED not in cue.context


@attrs.frozen(slots=True, kw_only=True)
class VoiceProfile:
    """One voice's (or one text's) counts and rates."""

    label: str
    words: int
    counts: dict = attrs.field(factory=dict, hash=False)
    devices: dict = attrs.field(factory=dict, hash=False)

    def per_1000(self, category: str) -> float | None:
        """Cues of ``category`` per 1,000 words, or None when the voice's words are unknown."""
        if not self.words:
            return None
        return 1000 * self.counts.get(category, 0) / self.words

    @property
    def booster_hedge_ratio(self) -> float | None:
        """Boosters per hedge (None when there is no hedge)."""
        hedges = self.counts.get("hedge", 0)
        return self.counts.get("booster", 0) / hedges if hedges else None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_dict(self) -> dict:
        out = {
            "voice": self.label,
            "words": self.words,
            "cues": self.total,
            "counts": dict(sorted(self.counts.items())),
            "per_1000_words": {
                title: (None if self.per_1000(cat) is None else round(self.per_1000(cat), 2))
                for title, cat in RATE_COLUMNS
            },
            "booster_hedge_ratio": None if self.booster_hedge_ratio is None else round(self.booster_hedge_ratio, 2),
        }
        if self.devices:
            out["annotated_devices"] = dict(sorted(self.devices.items()))
        return out


def build_profiles(
    cues: Iterable[Cue],
    words_by_voice: dict[str, int],
    *,
    devices: Iterable[Device] = (),
    amap: ArgumentMap | None = None,
    prefix: str = "",
    min_words: int = 0,
) -> list[VoiceProfile]:
    """One profile per voice, largest voice first. Voices with fewer than ``min_words`` words are left out
    unless they have annotated devices."""
    counts: dict[str, Counter] = {}
    for cue in cues:
        if not profiled(cue):
            continue
        counts.setdefault(cue.voice, Counter())[cue.category] += 1
    device_counts: dict[str, Counter] = {}
    for device in devices:
        claim = amap.get(device.target) if amap is not None else None
        voice = getattr(claim, "voice", None) or device.target
        device_counts.setdefault(voice, Counter())[device.category] += 1
    voices = set(words_by_voice) | set(counts) | set(device_counts)
    profiles = []
    for voice in voices:
        words = words_by_voice.get(voice, 0)
        if words < min_words and voice not in device_counts:
            continue
        profiles.append(VoiceProfile(label=prefix + voice, words=words, counts=dict(counts.get(voice, {})),
                                     devices=dict(device_counts.get(voice, {}))))
    profiles.sort(key=lambda p: (-p.words, p.label))
    return profiles


def whole_text_profile(label: str, cues: Iterable[Cue], words: int, devices: Iterable[Device] = ()) -> VoiceProfile:
    """One profile for a whole text or map, all voices together (for ``--compare``)."""
    counts = Counter(c.category for c in cues if profiled(c))
    return VoiceProfile(label=label, words=words, counts=dict(counts),
                        devices=dict(Counter(d.category for d in devices)))
