"""Bar charts as PNG (Pillow), so DOCX and PDF reports embed the same picture without a plotting library."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from facilitator.resources import resource_path

PALETTE = ("#2e7d32", "#c62828", "#1565c0", "#ef6c00", "#6a1b9a", "#00838f")
_INK = "#212121"
_GRID = "#d9d9d9"


@dataclass(frozen=True)
class Series:
    """One coloured set of bars, e.g. 'Mocne strony' with one value per category."""

    label: str
    values: tuple[int, ...]
    color: str = ""


@lru_cache(maxsize=16)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    path = resource_path("fonts", name)
    if not path.exists():
        path = resource_path("fonts", "DejaVuSans.ttf")
    return ImageFont.truetype(str(path), size)


def _wrap(draw: ImageDraw.ImageDraw, label: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Wrap a category label to the label column; very long words are cut with an ellipsis.

    Linear in the label: no glyph is narrower than a quarter of the font size, so no line is longer than
    `widest` characters, and three lines of `chars` (plus one character) say all a chart shows of a label.
    """
    label = " ".join(label.split())
    widest = 4 * width // max(1, font.size) + 1
    for chars in range(min(max(8, len(label)), widest), 4, -1):
        lines = textwrap.wrap(label[: 3 * (chars + 1) + 1], chars, break_long_words=True) or [""]
        if all(draw.textlength(line, font=font) <= width for line in lines):
            return lines[:3] if len(lines) <= 3 else [*lines[:2], lines[2][: max(1, chars - 1)] + "…"]
    return [label[:4] + "…"]


def _nice_max(value: int) -> int:
    """An axis end at a round number above the largest bar."""
    if value <= 5:
        return max(value, 1)
    step = 10 ** (len(str(value)) - 1)
    for mult in (1, 2, 2.5, 5, 10):
        if value <= mult * step:
            return int(mult * step)
    return value


def _ticks(top: int) -> list[int]:
    step = max(1, top // 5)
    return list(range(0, top + 1, step))


def bar_chart(categories: Sequence[str], series: Sequence[Series], *, title: str = "", width: int = 1600,
              scale: int = 2) -> bytes:
    """Horizontal grouped bars, one row per category (long Polish area names stay readable); PNG bytes."""
    pad, bar, gap = 24 * scale, 22 * scale, 18 * scale
    label_font, small, title_font = _font(14 * scale), _font(12 * scale), _font(17 * scale, bold=True)
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    label_w = int(width * 0.32)
    wrapped = [_wrap(probe, c, label_font, label_w) for c in categories]
    line_h = int(label_font.size * 1.25)
    rows_h = [max(len(series) * bar, len(lines) * line_h) for lines in wrapped]
    title_h = int(title_font.size * 1.6) if title else 0
    legend_h = int(small.size * 2.2)
    axis_h = int(small.size * 2)
    height = pad * 2 + title_h + legend_h + sum(rows_h) + gap * len(categories) + axis_h
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    y = pad
    if title:
        draw.text((pad, y), title, font=title_font, fill=_INK)
        y += title_h
    colors = [s.color or PALETTE[i % len(PALETTE)] for i, s in enumerate(series)]
    x = pad + label_w + pad
    for s, color in zip(series, colors):
        draw.rectangle((x, y + 2 * scale, x + small.size, y + 2 * scale + small.size), fill=color)
        draw.text((x + small.size + 6 * scale, y), s.label, font=small, fill=_INK)
        x += small.size + 6 * scale + int(draw.textlength(s.label, font=small)) + 3 * pad // 2
    y += legend_h
    left = pad + label_w + pad
    right = width - pad - int(small.size * 3)
    top_value = _nice_max(max((v for s in series for v in s.values), default=0))
    plot_top, plot_bottom = y, y + sum(rows_h) + gap * len(categories)
    for tick in _ticks(top_value):
        tx = left + (right - left) * tick / top_value
        draw.line((tx, plot_top, tx, plot_bottom), fill=_GRID, width=scale)
        text = str(tick)
        draw.text((tx - draw.textlength(text, font=small) / 2, plot_bottom + 4 * scale), text, font=small, fill=_INK)
    for index, (lines, row_h) in enumerate(zip(wrapped, rows_h)):
        y += gap // 2
        text_y = y + (row_h - len(lines) * line_h) / 2
        for line in lines:
            draw.text((pad + label_w - draw.textlength(line, font=label_font), text_y), line, font=label_font,
                      fill=_INK)
            text_y += line_h
        bar_y = y + (row_h - len(series) * bar) / 2
        for s, color in zip(series, colors):
            value = s.values[index] if index < len(s.values) else 0
            end = left + (right - left) * value / top_value
            draw.rectangle((left, bar_y + scale, max(left + scale, end), bar_y + bar - scale), fill=color)
            draw.text((end + 4 * scale, bar_y + (bar - small.size) / 2 - scale), str(value), font=small, fill=_INK)
            bar_y += bar
        y += row_h + gap - gap // 2
    draw.line((left, plot_top, left, plot_bottom), fill=_INK, width=scale)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
