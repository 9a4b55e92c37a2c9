"""A grouped bar chart of rhetorical profiles (SVG written by hand; PNG through resvg).

One group of bars per measure (hedges, boosters, emotive words, rhetorical questions, epithets per 1,000
words), one bar per voice or text, in the Okabe-Ito colour-blind-safe palette, with the value over each bar
and a legend. The SVG is deterministic: same profiles, same bytes.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from argmap.rhetoric.profile import RATE_COLUMNS, VoiceProfile

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
MAX_SERIES = len(PALETTE)


def profile_chart_svg(profiles: list[VoiceProfile], *, title: str = "Rhetorical profile") -> str:
    """The chart as SVG text. At most eight voices are drawn (the largest), so colours stay distinct."""
    measured = [p for p in profiles if p.words]
    series = measured[:MAX_SERIES]
    groups = [title_ for title_, _ in RATE_COLUMNS]
    values = [[p.per_1000(cat) or 0.0 for _, cat in RATE_COLUMNS] for p in series]
    top, steps = _axis(max([v for row in values for v in row] + [1.0]))
    bar, gap = 18, 26
    group_width = max(1, len(series)) * bar + gap
    left, right, upper, plot_h = 56, 24, 56, 260
    legend_lines = [profile.label + _legend_extra(profile) for profile in series]
    left_out = len(measured) - len(series)
    if left_out:  # the table lists them; the chart says it does not
        legend_lines.append(f"(+{left_out} smaller voice{'s' if left_out != 1 else ''} not drawn; see the table)")
    legend_h = 22 * len(legend_lines) + 10
    # Wide enough for the bars, the title (16 px bold) and the legend lines (12 px): DejaVu Sans runs about
    # 0.62 em a character, so no text runs off the right edge.
    width = max(520, left + right + group_width * len(groups), left + right + round(len(title) * 16 * 0.65),
                *(left + 18 + right + round(len(line) * 12 * 0.62) for line in legend_lines))
    height = upper + plot_h + 40 + legend_h
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="{left}" y="24" font-size="16" font-weight="bold">{escape(title)}</text>',
        f'<text x="{left}" y="42" fill="#555555">cues per 1,000 words</text>',
    ]
    base = upper + plot_h
    for step in range(steps + 1):
        value = top * step / steps
        y = base - plot_h * step / steps
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#dddddd"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#555555">{_tick(value)}</text>')
    for g, group in enumerate(groups):
        # Groups share the plot's whole width (it may be wider than the bars need, for a long title).
        slot = (width - left - right) / len(groups)
        x0 = left + g * slot + (slot - len(series) * bar) / 2
        for s, row in enumerate(values):
            h = plot_h * row[g] / top
            x = x0 + s * bar
            out.append(f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{bar - 2}" height="{h:.1f}" '
                       f'fill="{PALETTE[s]}"><title>{escape(series[s].label)}: {row[g]:.2f} {group} per 1,000 words'
                       '</title></rect>')
            # Every bar is labelled, 0 too: a voice with no such cue is then told apart from a missing bar.
            out.append(f'<text x="{x + (bar - 2) / 2:.1f}" y="{base - h - 3:.1f}" text-anchor="middle" '
                       f'font-size="9" fill="{"#333333" if row[g] else "#999999"}">{_fmt(row[g])}</text>')
        center = x0 + len(series) * bar / 2
        out.append(f'<text x="{center:.1f}" y="{base + 18}" text-anchor="middle">{escape(group)}</text>')
    out.append(f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="#333333"/>')
    y = base + 40
    for s, line in enumerate(legend_lines):
        if s < len(series):
            out.append(f'<rect x="{left}" y="{y - 11}" width="12" height="12" fill="{PALETTE[s]}"/>')
        colour = "#000000" if s < len(series) else "#555555"
        out.append(f'<text x="{left + 18}" y="{y}" fill="{colour}">{escape(line)}</text>')
        y += 22
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _legend_extra(profile: VoiceProfile) -> str:
    ratio = profile.booster_hedge_ratio
    return f" — {profile.words:,} words" + (f", boosters/hedges {ratio:.2f}" if ratio is not None else "")


AXIS_STEPS = (0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
HEADROOM = 1.08  # room over the tallest bar for its value label


def _axis(value: float) -> tuple[float, int]:
    """The axis top and its number of steps: the lowest top over ``value`` (with headroom) made of 3 to 8
    round steps (0.25, 0.5, 1, 2, 2.5, 5, 10...), so ticks are exact and a 10.4 does not get an axis to 20."""
    wanted = value * HEADROOM
    best: tuple[float, float, int] | None = None
    for step in AXIS_STEPS:
        count = max(3, math.ceil(wanted / step - 1e-9))
        if count > 8:
            continue
        candidate = (count * step, -step, count)  # lowest top; on a tie the rounder (larger) step
        if best is None or candidate < best:
            best = candidate
    if best is None:  # beyond 8,000 per 1,000 words cannot happen; keep the axis sane anyway
        return float(math.ceil(wanted)), 4
    return best[0], best[2]


def _tick(value: float) -> str:
    """An axis label, exact: 0.25 and 3.75 are written as such, not rounded to 0.2 and 3.8."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def svg_to_png(svg: str, *, dpi: int = 144) -> bytes:
    """Rasterise the chart with resvg (no system install needed)."""
    import resvg_py

    return bytes(resvg_py.svg_to_bytes(svg_string=svg, dpi=dpi, background="#ffffff"))


def _fmt(value: float) -> str:
    """A bar's label with the tables' one decimal ("12.5", not "12"); a bar of nothing is "0"."""
    return "0" if value == 0 else f"{value:.1f}"
