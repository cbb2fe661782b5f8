"""A desktop program's look: readable under the system's dark palette, sharp at 150 % scaling, its own icon."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from facilitator import operations
from tests.ui.capture_helpers import make_meeting, make_page
from ui.kinds import KIND_STYLES
from ui.models.items_model import COL_KIND, COL_TEXT

ROOT = Path(__file__).resolve().parents[2]
# What a dark desktop theme (GNOME/KDE dark, Windows dark mode) hands Qt.
DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#e8e8e8", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#8ab4f8",
}


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, computed here independently of the app's helper."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def pixels(image: QImage, rect) -> list[QColor]:
    ratio = image.devicePixelRatio()
    left, top = int(rect.left() * ratio), int(rect.top() * ratio)
    right, bottom = int(rect.right() * ratio), int(rect.bottom() * ratio)
    return [image.pixelColor(x, y) for x in range(max(left, 0), min(right, image.width()))
            for y in range(max(top, 0), min(bottom, image.height()))]


def dominant(colours: list[QColor]) -> QColor:
    return QColor(Counter(c.rgb() for c in colours).most_common(1)[0][0])


def badge_contrast(image: QImage, rect, background: QColor) -> tuple[QColor, float]:
    """The badge's fill (the commonest colour unlike the row) and its label's contrast, read inside the badge only."""
    ratio = image.devicePixelRatio()
    points = [(x, y) for x in range(int(rect.left() * ratio), min(int(rect.right() * ratio), image.width()))
              for y in range(int(rect.top() * ratio), min(int(rect.bottom() * ratio), image.height()))]
    fill = dominant([c for c in (image.pixelColor(x, y) for x, y in points) if contrast(c, background) > 1.5])
    inside = [(x, y) for x, y in points if image.pixelColor(x, y).rgb() == fill.rgb()]
    xs, ys = [x for x, _ in inside], [y for _, y in inside]
    label = [image.pixelColor(x, y) for x in range(min(xs), max(xs) + 1) for y in range(min(ys), max(ys) + 1)]
    return fill, strongest_contrast(label, fill)


def strongest_contrast(colours: list[QColor], against: QColor) -> float:
    """The text's contrast: glyph cores are the pixels farthest from the background (edges are antialiased)."""
    return max(contrast(c, against) for c in colours)


@pytest.fixture
def dark_palette(qapp):
    before = qapp.palette()
    palette = QPalette(before)
    for role, colour in DARK.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


def _notes_with_every_kind(qtbot, engine):
    meeting_id = make_meeting(engine)
    section_id = operations.get_meeting(engine, meeting_id).sections[0].id
    for kind in KIND_STYLES:
        operations.add_item(engine, section_id=section_id, kind=kind, text=f"Zażółć gęślą jaźń — {kind}")
    _ctx, page = make_page(qtbot, engine, meeting_id)
    model = page.outline.model()
    qtbot.waitUntil(lambda: model.rowCount() == len(KIND_STYLES), timeout=3000)
    return page, model


def test_dark_palette_outline_text_and_kind_badges_stay_readable(qtbot, engine, dark_palette):
    page, model = _notes_with_every_kind(qtbot, engine)
    page.outline.clearSelection()
    image = page.outline.viewport().grab().toImage()
    background = dominant(pixels(image, page.outline.viewport().rect()))
    assert luminance(background) < 0.05, "the outline follows the dark palette (no light background of its own)"
    for row in range(model.rowCount()):
        kind = model.index(row, COL_KIND).data()
        text_rect = page.outline.visualRect(model.index(row, COL_TEXT))
        assert strongest_contrast(pixels(image, text_rect), background) >= 7, f"statement text, row {row}"
        fill, ratio = badge_contrast(image, page.outline.visualRect(model.index(row, COL_KIND)), background)
        assert ratio >= 4.5, f"badge '{kind}': {fill.name()} with its white label"


def test_dark_palette_statement_detail_uses_readable_kind_colours(qtbot, engine, dark_palette):
    page, model = _notes_with_every_kind(qtbot, engine)
    base = page.detail.palette().base().color()
    for row in range(model.rowCount()):
        page.outline.setCurrentIndex(model.index(row, COL_TEXT))
        qtbot.waitUntil(lambda: "Zażółć" in page.detail.toPlainText(), timeout=2000)
        used = set()
        block = page.detail.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                brush = fragment.charFormat().foreground()
                colour = brush.color() if brush.style().value else page.detail.palette().text().color()
                used.add((colour.name(), fragment.text()))
                fragments += 1
            block = block.next()
        for colour, text in used:
            assert contrast(QColor(colour), base) >= 4.5, f"'{text}' in {colour} on {base.name()}"
        page.detail.document().clear()


def test_light_palette_badges_keep_contrast(qtbot, engine):
    page, model = _notes_with_every_kind(qtbot, engine)
    page.outline.clearSelection()
    image = page.outline.viewport().grab().toImage()
    background = dominant(pixels(image, page.outline.viewport().rect()))
    for row in range(model.rowCount()):
        fill, ratio = badge_contrast(image, page.outline.visualRect(model.index(row, COL_KIND)), background)
        assert ratio >= 4.5, f"badge {fill.name()}"


HIGH_DPI_SCRIPT = r"""
import json, sys
from ui.app import make_application
from ui.kinds import kind_icon
app = make_application([])
from PySide6.QtCore import QSize
from ui.start_window import StartWindow
from facilitator.store import open_database
window = StartWindow(open_database(sys.argv[1]))
window.show()
app.processEvents()
grab = window.grab()
app_icon = window.windowIcon().pixmap(QSize(32, 32), window.devicePixelRatio())
kind = kind_icon("strength", 16).pixmap(QSize(16, 16), window.devicePixelRatio())
print(json.dumps({"ratio": window.devicePixelRatio(), "grab_ratio": grab.devicePixelRatio(),
                  "grab": [grab.width(), grab.height()], "logical": [window.width(), window.height()],
                  "app_icon": [app_icon.width(), app_icon.devicePixelRatio()],
                  "kind_icon": [kind.width(), kind.devicePixelRatio()]}))
"""


def test_high_dpi_150_percent_draws_icons_at_device_resolution(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / ".config")}
    done = subprocess.run([sys.executable, "-c", HIGH_DPI_SCRIPT, str(tmp_path / "db.sqlite")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ratio"] == 1.5 and result["grab_ratio"] == 1.5
    assert result["grab"] == [round(1.5 * result["logical"][0]), round(1.5 * result["logical"][1])]
    # Drawn for 48 device pixels, not a 32-pixel bitmap stretched (blurry): the window icon and the kind icons.
    assert result["app_icon"] == [48, 1.5]
    assert result["kind_icon"] == [24, 1.5]
