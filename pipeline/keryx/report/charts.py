"""Bar charts drawn server-side as inline SVG: a report opens offline, with no charting script.

Two shapes cover the report: horizontal bars (top organisations, people, publishers) and
stacked columns (events per month, by type). A plotting library (matplotlib, ~40 MB) would
add a dependency for a few dozen lines of SVG; these charts are plain enough to write.
"""

from __future__ import annotations

from html import escape

# A colour-blind-safe qualitative palette (Okabe–Ito), then greys.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
           "#999999", "#666666")


def _truncate(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def hbar_chart(items: list[tuple[str, int]], *, title: str, unit: str = "", width: int = 560,
               label_chars: int = 34, links: list[str | None] | None = None) -> str:
    """Horizontal bars, largest first as given; each bar labelled with its value."""
    if not items:
        return f'<svg class="chart empty" role="img" viewBox="0 0 {width} 30"><title>{escape(title)}</title>' \
               f'<text x="4" y="20">no data</text></svg>'
    bar_h, gap, left, right = 18, 6, 230, 50
    height = len(items) * (bar_h + gap) + gap
    top = max(v for _, v in items) or 1
    scale = (width - left - right) / top
    parts = [f'<svg class="chart hbar" role="img" xmlns="http://www.w3.org/2000/svg" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = gap + i * (bar_h + gap)
        w = max(value * scale, 1)
        name = escape(_truncate(label, label_chars))
        bar = (f'<rect class="bar" x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{PALETTE[0]}">'
               f'<title>{escape(label)}: {value}{unit}</title></rect>')
        text = f'<text x="{left - 6}" y="{y + bar_h - 5}" text-anchor="end">{name}</text>'
        href = links[i] if links and i < len(links) else None
        if href:
            text = f'<a href="{escape(href)}">{text}</a>'
        parts.append(f'{text}{bar}<text x="{left + w + 4:.1f}" y="{y + bar_h - 5}">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def stacked_columns(categories: list[str], series: dict[str, list[int]], *, title: str,
                    width: int = 560, height: int = 260) -> str:
    """Columns per category (a month), stacked by series (an event type), with a legend."""
    if not categories or not series:
        return f'<svg class="chart empty" role="img" viewBox="0 0 {width} 30"><title>{escape(title)}</title>' \
               f'<text x="4" y="20">no data</text></svg>'
    legend_rows = (len(series) + 3) // 4
    left, right, top_pad, bottom = 34, 10, 10, 46 + 16 * legend_rows
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    totals = [sum(s[i] for s in series.values()) for i in range(len(categories))]
    top = max(totals) or 1
    step = plot_w / len(categories)
    col_w = max(min(step * 0.7, 40), 2)
    parts = [f'<svg class="chart columns" role="img" xmlns="http://www.w3.org/2000/svg" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}"><title>{escape(title)}</title>']
    for tick in sorted({0, top // 2, top}):  # y axis: 0, half, max
        y = top_pad + plot_h - tick / top * plot_h
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d9dee5"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')
    label_every = max(1, -(-len(categories) * 48 // int(plot_w)))  # a label needs ~48 px
    for i, cat in enumerate(categories):
        x = left + i * step + (step - col_w) / 2
        y = top_pad + plot_h
        for j, (name, values) in enumerate(series.items()):
            v = values[i]
            if not v:
                continue
            h = v / top * plot_h
            y -= h
            parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{col_w:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(cat)} · {escape(name)}: {v}</title></rect>')
        if i % label_every == 0:
            cx = x + col_w / 2
            parts.append(f'<text x="{cx:.1f}" y="{top_pad + plot_h + 14}" text-anchor="middle">{escape(cat)}</text>')
    for j, name in enumerate(series):
        lx = left + (j % 4) * (plot_w / 4)
        ly = top_pad + plot_h + 32 + 16 * (j // 4)
        parts.append(f'<rect x="{lx:.1f}" y="{ly - 9}" width="10" height="10" fill="{PALETTE[j % len(PALETTE)]}"/>'
                     f'<text x="{lx + 14:.1f}" y="{ly}">{escape(_truncate(name, 18))}</text>')
    parts.append("</svg>")
    return "".join(parts)
