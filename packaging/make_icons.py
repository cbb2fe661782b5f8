"""Build-time icons: render the one SVG to PNG sizes (Qt), then pack them as ICO and ICNS (Pillow).

Usage: ``python packaging/make_icons.py [OUT_DIR]`` (default ``build/icons``). The bundle spec runs it, so the
Windows ``.exe``, the macOS ``.app`` and the Linux hicolor PNGs all come from the same drawing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def svg_source() -> Path:
    """The one icon drawing; it ships in the package because the app draws its window icon from it at run time."""
    return ROOT / "facilitator" / "data" / "icons" / "facilitator.svg"


def render_png(renderer: QSvgRenderer, size: int, path: Path) -> None:
    """Draw the SVG at exactly `size` pixels (no scaling of a smaller bitmap, so every size is sharp)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"cannot write {path}")


def make_icons(out: Path) -> dict[str, Path]:
    """Write facilitator-<size>.png, facilitator.ico and facilitator.icns into `out`; return the main paths."""
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg_source()))
    if not renderer.isValid():
        raise SystemExit(f"{svg_source()} is not a valid SVG")
    pngs = {size: out / f"facilitator-{size}.png" for size in PNG_SIZES}
    for size, path in pngs.items():
        render_png(renderer, size, path)
    largest = Image.open(pngs[1024]).convert("RGBA")
    ico = out / "facilitator.ico"
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    icns = out / "facilitator.icns"
    largest.save(icns, format="ICNS")
    return {"png": pngs[256], "ico": ico, "icns": icns}


if __name__ == "__main__":
    for kind, path in make_icons(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons").items():
        print(f"{kind}: {path}")
