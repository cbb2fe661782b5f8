"""Run by test_projector in its own process with two offscreen screens: F5 on Notatki, then type on; prints JSON."""

from __future__ import annotations

import json
import sys
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _wait(app: QApplication, condition, ms: int = 3000) -> bool:
    for _ in range(ms // 10):
        app.processEvents()
        if condition():
            return True
        QTest.qWait(10)
    return condition()


def main(db_path: str) -> None:
    app = QApplication(sys.argv[:1])
    from facilitator import operations
    from facilitator.store import open_database
    from ui.meeting_window import MeetingWindow
    from ui.projector import room_screen

    engine = open_database(db_path)
    meeting_id = operations.create_meeting(engine, date=date(2026, 12, 3), template=True, title="Zielonka")[0].id
    window = MeetingWindow(engine, meeting_id)
    laptop = QGuiApplication.screens()[0]
    window.setGeometry(laptop.availableGeometry().adjusted(20, 20, -20, -20))
    window.show()
    window.tabs.setCurrentWidget(window.notes)
    window.activateWindow()
    _wait(app, lambda: QApplication.focusWidget() is window.notes.capture.text_edit)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    projector = window.notes.projector
    _wait(app, lambda: projector.isVisible() and projector.isFullScreen())
    seen = {"screens": [s.name() for s in QGuiApplication.screens()],
            "chosen": room_screen(QGuiApplication.screens(), window.screen()).name(),
            "on": projector.screen().name(), "full_screen": projector.isFullScreen(),
            "geometry": list(projector.geometry().getRect()),
            "focus_in_capture_line": QApplication.focusWidget() is window.notes.capture.text_edit,
            "active_is_meeting_window": QApplication.activeWindow() is window}
    QTest.keyClicks(QApplication.focusWidget(), "Na drugim ekranie")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    seen["typed_reached_the_wall"] = _wait(app, lambda: "Na drugim ekranie" in projector.texts())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    seen["closed_by_f5"] = not projector.isVisible()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    _wait(app, projector.isVisible)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    seen["closed_by_esc"] = not projector.isVisible()
    print(json.dumps(seen))
    window.close()
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
