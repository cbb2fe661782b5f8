"""The report's bar chart with category labels at the meeting file's limit: three lines at most, in linear time.

A 100,000-character section title used to be wrapped at every width from its length down (quadratic: the
report of a file at the limits did not finish in 10 minutes). Time is measured in benchmarks/bench_limits.py;
here, the amount of text handed to the line wrapper is counted: it must not grow with the label.
"""

from __future__ import annotations

import textwrap

from PIL import Image, ImageDraw

from facilitator.report import chart

WORDS = "Rewitalizacja śródmieścia wymaga konsultacji z mieszkańcami "


def _wrapped_chars(monkeypatch, label: str) -> tuple[list[str], int]:
    seen: list[int] = []
    real = textwrap.wrap

    def counting(text, *args, **kwargs):
        seen.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(chart.textwrap, "wrap", counting)
    font = chart._font(28)
    lines = chart._wrap(ImageDraw.Draw(Image.new("RGB", (1, 1))), label, font, 512)
    monkeypatch.undo()
    return lines, sum(seen)


def test_a_100000_character_label_is_wrapped_with_the_same_work_as_a_1000_character_one(monkeypatch):
    short_lines, short_work = _wrapped_chars(monkeypatch, (WORDS * 20)[:1000])
    long_lines, long_work = _wrapped_chars(monkeypatch, (WORDS * 2000)[:100_000])
    assert long_work == short_work
    assert long_lines == short_lines and len(long_lines) == 3 and long_lines[-1].endswith("…")
    assert long_lines[0].startswith("Rewitalizacja")


def test_an_unbroken_100000_character_label_fits_the_label_column(monkeypatch):
    lines, work = _wrapped_chars(monkeypatch, "ż" * 100_000)
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    assert len(lines) == 3 and lines[-1].endswith("…") and work < 20_000
    assert all(probe.textlength(line, font=chart._font(28)) <= 512 for line in lines[:2])


def test_a_short_label_is_wrapped_as_before():
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    assert chart._wrap(probe, "Tworzenie polityk publicznych", chart._font(28), 512) == [
        "Tworzenie polityk publicznych"]
    assert chart.bar_chart(["Źródła finansowania " * 5000], [chart.Series("Mocne strony", (3,))]).startswith(
        b"\x89PNG")
