"""`python -m tools.screenshots.meeting OUTDIR`: PNGs of every page with the sample meeting, offscreen, for docs and review."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import make_application

    return make_application([sys.argv[0]])


def shoot(outdir: Path) -> list[Path]:
    """Open a temporary database with the sample meeting and save a PNG of each window and page."""
    app = _app()
    from facilitator import operations
    from facilitator.meetingfile import import_data
    from facilitator.sample import load_sample
    from facilitator.store import open_database
    from ui.meeting_window import MeetingWindow
    from ui.start_window import StartWindow

    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = outdir / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "screenshots.sqlite")
        import_data(engine, [load_sample()])
        meeting_id = operations.list_meetings(engine)[0].id
        start = StartWindow(engine)
        start.resize(1100, 700)
        start.show()
        save(start, "start-window")
        window = MeetingWindow(engine, meeting_id)
        window.resize(1280, 800)
        window.show()
        names = ["meeting-details", "meeting-attendance", "meeting-notes", "meeting-summary"]
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            save(window, names[index] if index < len(names) else f"meeting-page-{index + 1}")
        notes = window.notes
        window.tabs.setCurrentWidget(notes)
        notes.toggle_projector()
        projector = notes.projector
        projector.resize(1280, 800)
        save(projector, "projector")
        projector.close()
        window.close()
        start.close()
        engine.dispose()
    return written


def main(argv: list[str]) -> int:
    """Entry point; the output folder is the only argument."""
    if len(argv) != 1:
        print("usage: python -m tools.screenshots.meeting OUTDIR", file=sys.stderr)
        return 2
    for path in shoot(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
