"""An official's afternoon in the real GUI, as a new user would spend it, with a screenshot after each step.

Starts the app offscreen on a fresh database (and fresh settings), imports 24 meeting files from three series
(statements drawn from tests/data/paraphrases.txt, variant area titles, one series spelled with a trailing space)
through File → Import a folder, merges two series by renaming one in the series dialog, corrects the recurring
groups by hand (a statement dragged into a group, two groups merged, one split, a heading renamed, a group moved
to another area), records the office's positions and justifications, and writes the consolidated and the
consultation report as PDF, DOCX and XLSX from the report dialogs. Every step goes through the widgets: menu
actions, the app's own file dialogs answered by typing, keys and clicks by QTest.

Run from a checkout (tools/ is not shipped): ``python -m tools.afternoon /work/afternoon-shots``; then look at
every PNG, and at every PDF page (``pdftoppm -png -r 60 FILE.pdf PREFIX``, done here when pdftoppm is found).
The meeting files it imports are made by tools/afternoon_files.py.
"""

from __future__ import annotations

import faulthandler
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from tools.afternoon_files import SERIES, meeting_files


class Afternoon:
    """One run: the app, its start window, the screenshots folder and the numbered steps."""

    def __init__(self, out: Path, work: Path) -> None:
        from facilitator.store import open_database
        from ui.app import make_application
        from ui.start_window import StartWindow

        self.out, self.work = out, work
        self.app = make_application(sys.argv[:1])
        self.engine = open_database(work / "urzad.sqlite")
        self.window = StartWindow(self.engine)
        self.window.resize(1200, 760)
        self.window.show()
        self.step = 0
        self.notes: list[str] = []
        self.pump()

    # -- basics

    def pump(self, seconds: float = 0.05) -> None:
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.01)

    def wait(self, predicate: Callable[[], bool], what: str, timeout: float = 120.0) -> None:
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + timeout
        while not predicate():
            QApplication.processEvents()
            if time.monotonic() > end:
                modal = QApplication.activeModalWidget()
                if modal is not None:
                    self.shot(modal, "stuck", f"{type(modal).__name__} open while waiting for {what}")
                raise TimeoutError(f"waited too long for: {what}")
            time.sleep(0.02)
        self.pump()

    def shot(self, widget, name: str, note: str = "") -> Path:
        """Save the widget (a window or dialog) as NN-name.png."""
        self.pump(0.2)
        self.step += 1
        path = self.out / f"{self.step:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        self.notes.append(f"{path.name}: {note}")
        print(path, "—", note, flush=True)
        return path

    def keys(self, widget, *keys, modifier=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        for key in keys:
            QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)
        self.pump()

    def type_text(self, widget, text: str) -> None:
        """Type like a user: QTest types ASCII; Polish letters arrive as input-method text (what an IME sends)."""
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        for char in text:
            if char.isascii():
                QTest.keyClicks(widget, char)
            else:
                event = QInputMethodEvent()
                event.setCommitString(char)
                QApplication.sendEvent(widget, event)
        self.pump()

    def click(self, button) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        assert button.isEnabled(), f"the button {button.text()!r} is disabled"
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self.pump()

    def answer_file_dialog(self, path: Path, shot: str | None = None) -> None:
        """When the app's file dialog opens: (screenshot it,) type the path into its name field and press Enter."""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

        tries = [0]

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QFileDialog):
                tries[0] += 1
                if tries[0] % 100 == 0:
                    print("waiting for a file dialog; open:", dialog, QApplication.topLevelWidgets()[:3], flush=True)
                QTimer.singleShot(50, answer)
                return
            if shot:
                self.shot(dialog, shot, "the app's own file dialog")
            self.pump(0.3)  # the dialog has listed its folder (and chosen a file of it) before the name is typed
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            edit.selectAll()
            self.type_text(edit, str(path))
            if edit.completer() is not None:  # a file named alike was offered: the typed name is meant
                edit.completer().popup().hide()
            edit.setText(str(path))
            self.keys(edit, Qt.Key.Key_Return)
            QTimer.singleShot(300, refuse_questions)

        def refuse_questions() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                self.shot(box, "unexpected-question", box.text())
                box.reject()
            elif isinstance(box, QFileDialog):
                self.shot(box, "file-dialog-still-open", box.findChild(QLineEdit, "fileNameEdit").text())
                box.reject()

        QTimer.singleShot(0, answer)

    def menu_action(self, action) -> None:
        """Choose a menu entry as a click on it would (offscreen menus cannot be opened by hand)."""
        assert action.isEnabled(), action.text()
        action.trigger()
        self.pump()

    # -- the afternoon

    def start(self) -> None:
        self.shot(self.window, "start-empty", "the start window on a fresh database")

    def import_folder(self, folder: Path) -> None:
        from ui.officials import workers

        officials = self.window.officials
        self.answer_file_dialog(folder, "import-folder-dialog")
        self.menu_action(officials.import_folder_action)
        self.wait(lambda: officials.import_dialog is not None, "the import preview")
        dialog = officials.import_dialog
        dialog.resize(1180, 820)
        self.wait(lambda: not dialog.busy, "the files checked")
        self.shot(dialog, "import-preview", dialog.heading.text() + " / " + dialog.status.text())
        self.click(dialog.import_button)
        self.wait(lambda: not dialog.busy, "the import")
        self.shot(dialog, "import-done", dialog.status.text())
        if dialog.isVisible():
            self.click(dialog.cancel_button)
        workers.wait_all()
        self.pump(0.5)
        self.shot(self.window, "start-after-import", "the meetings listed after the import")

    def merge_series(self, old: str, new: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLineEdit

        officials = self.window.officials
        self.menu_action(officials.series_action)
        dialog = officials.series_dialog
        self.shot(dialog, "series-before", "; ".join(f"{n} ({c})" for n, c in dialog.rows()))
        dialog.table.setFocus()
        row = dialog.row_of(old)
        assert row >= 0, (old, dialog.rows())
        self.keys(dialog.table, Qt.Key.Key_Home)
        for _ in range(row):
            self.keys(dialog.table, Qt.Key.Key_Down)
        self.keys(dialog.table, Qt.Key.Key_F2)
        editor = dialog.table.findChild(QLineEdit)
        editor.selectAll()
        self.type_text(editor, new)
        self.shot(dialog, "series-renaming", f"typing the new name over {old!r}")
        self.keys(editor, Qt.Key.Key_Return)
        self.shot(dialog, "series-merged", dialog.status.text() + " — " + "; ".join(
            f"{n} ({c})" for n, c in dialog.rows()))
        self.click(dialog.close_button)

    def recurring(self) -> None:
        from PySide6.QtCore import Qt

        officials = self.window.officials
        self.menu_action(officials.recurring_action)
        dialog = officials.recurring_dialog
        dialog.resize(1240, 820)
        self.wait(lambda: not dialog.busy, "the groups")
        if dialog.series_combo.findData(SERIES[0]) >= 0:
            dialog.series_combo.setFocus()
            dialog.series_combo.setCurrentIndex(dialog.series_combo.findData(SERIES[0]))
            self.wait(lambda: not dialog.busy, "the groups of the series")
        self.select_row(dialog, 0)
        self.shot(dialog, "recurring-opened", dialog.status.text())
        self.drag_single_into_group(dialog)
        self.merge_two_groups(dialog)
        self.split_group(dialog)
        self.rename_heading(dialog, "Brak lokali i miejsc spotkań dla organizacji")
        self.move_group(dialog)
        self.keys(dialog, Qt.Key.Key_Escape)

    def select_row(self, dialog, row: int, extend: bool = False) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        rect = dialog.table.visualRect(dialog.table.model().index(row, 0))
        dialog.table.scrollTo(dialog.table.model().index(row, 0))
        rect = dialog.table.visualRect(dialog.table.model().index(row, 0))
        modifier = Qt.KeyboardModifier.ControlModifier if extend else Qt.KeyboardModifier.NoModifier
        QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
        self.pump()

    def first_row(self, dialog, *fragments: str) -> int:
        """The row of the first group found by the first fragment that finds one."""
        for fragment in fragments:
            try:
                return self.row_of(dialog, fragment)
            except StopIteration:
                continue
        return 0

    def row_of(self, dialog, fragment: str) -> int:
        from facilitator.textfold import fold

        return next(r for r, g in enumerate(dialog.groups) if fold(fragment) in fold(g.heading + " " + " ".join(
            m.text for m in g.members)))

    def drop(self, view, mime, point) -> None:
        """A drag entering, moving over and dropped on the view (what Qt's drag manager delivers)."""
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
        from PySide6.QtWidgets import QApplication

        args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            enter, move = QDragEnterEvent(point, *args), QDragMoveEvent(point, *args)
        QApplication.sendEvent(view.viewport(), enter)
        QApplication.sendEvent(view.viewport(), move)
        view.dropEvent(QDropEvent(QPointF(point), *args))
        self.pump()

    def drag_single_into_group(self, dialog) -> None:
        target = self.first_row(dialog, "Brak lokali", "lokal")
        self.select_row(dialog, target)
        dialog.singles_filter.setFocus()
        self.type_text(dialog.singles_filter, "pomieszcze")
        self.pump(0.4)
        if not dialog.singles_list.count():
            dialog.singles_filter.clear()
            self.pump(0.4)
        item = dialog.singles_list.item(0)
        text = item.text().split("\n")[0]
        self.shot(dialog, "recurring-before-drag", f"dragging {text!r} onto the group {dialog.groups[target].heading!r}")
        point = dialog.table.visualRect(dialog.table.model().index(target, 0)).center()
        self.drop(dialog.table, dialog.singles_list.mimeData([item]), point)
        self.wait(lambda: not dialog.busy, "regrouping")
        self.shot(dialog, "recurring-dragged", dialog.status.text())

    def merge_two_groups(self, dialog) -> None:
        about = [r for r, g in enumerate(dialog.groups) if "konkurs" in g.heading.lower()]
        first = about[0]
        second = about[1] if len(about) > 1 else next(r for r in range(len(dialog.groups)) if r != first and any(
            w in dialog.groups[r].heading.lower() for w in ("informacj", "ogłosze", "termin")))
        self.select_row(dialog, first)
        self.select_row(dialog, second, extend=True)
        self.shot(dialog, "recurring-two-chosen", f"{dialog.groups[first].heading!r} + {dialog.groups[second].heading!r}")
        self.click(dialog.merge_button)
        self.wait(lambda: not dialog.busy, "regrouping")
        self.shot(dialog, "recurring-merged", dialog.status.text())

    def split_group(self, dialog) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        group = dialog.current_group()
        assert group is not None and len(group.members) > 2
        last = dialog.members.item(dialog.members.count() - 1)
        rect = dialog.members.visualItemRect(last)
        check = dialog.members.style().subElementRect(  # the tick box of the last member, clicked
            dialog.members.style().SubElement.SE_ItemViewItemCheckIndicator, _item_option(dialog.members, last),
            dialog.members)
        point = rect.topLeft() + check.center() if check.isValid() else rect.center()
        QTest.mouseClick(dialog.members.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        self.pump()
        if last.checkState() != Qt.CheckState.Checked:  # the click landed beside the box: tick with the space bar
            dialog.members.setCurrentItem(last)
            self.keys(dialog.members, Qt.Key.Key_Space)
        self.shot(dialog, "recurring-split-ticked", f"ticked: {last.text().splitlines()[0]!r}")
        self.click(dialog.split_button)
        self.wait(lambda: not dialog.busy, "regrouping")
        self.shot(dialog, "recurring-split", dialog.status.text())

    def rename_heading(self, dialog, heading: str) -> None:
        from PySide6.QtCore import Qt

        self.select_row(dialog, self.first_row(dialog, "Brak lokali", "lokal"))
        dialog.heading_edit.setFocus()
        dialog.heading_edit.selectAll()
        self.type_text(dialog.heading_edit, heading)
        self.keys(dialog.heading_edit, Qt.Key.Key_Return)
        self.wait(lambda: not dialog.busy, "regrouping")
        self.shot(dialog, "recurring-renamed", dialog.status.text())

    def move_group(self, dialog) -> None:
        row = self.row_of(dialog, "Brak lokali i miejsc")
        self.select_row(dialog, row)
        combo = dialog.area_combo
        current = combo.currentIndex()
        combo.setFocus()
        target = (current + 1) % combo.count()
        combo.setCurrentIndex(target)
        self.pump()
        self.click(dialog.move_button)
        self.wait(lambda: not dialog.busy, "regrouping")
        self.shot(dialog, "recurring-moved", dialog.status.text())

    def positions(self) -> None:
        from PySide6.QtCore import Qt

        officials = self.window.officials
        self.menu_action(officials.consultation_action)
        dialog = officials.consultation_dialog
        dialog.resize(1240, 820)
        self.wait(lambda: not dialog.busy, "the remarks")
        self.shot(dialog, "positions-opened", dialog.status.text())
        answers = ((Qt.Key.Key_2, ("Program przewiduje przegląd lokali miejskich; pierwszeństwo mają organizacje "
                                   "bez siedziby."), "§ 5 ust. 2"),
                   (Qt.Key.Key_1, "Ogłoszenia o konkursach będą publikowane 30 dni przed terminem.", "§ 8 ust. 1"),
                   (Qt.Key.Key_3, "Zadanie nie należy do gminy; uwagę przekazano wojewodzie.", ""))
        for row, (key, justification, paragraph) in enumerate(answers):
            if row == 0:  # the group renamed and moved in the recurring window: found by its heading
                dialog.text_filter.setFocus()
                self.type_text(dialog.text_filter, "miejsc spotkań")
                self.pump(0.4)
                self.shot(dialog, "positions-found-renamed-group", dialog.status.text())
            dialog.table.setFocus()
            dialog.table.selectRow(0 if row == 0 else row)
            self.keys(dialog.table, key)
            self.wait(lambda: not dialog.busy, "the answer")
            dialog.paragraph_edit.setFocus()
            dialog.paragraph_edit.selectAll()
            self.type_text(dialog.paragraph_edit, paragraph)
            dialog.justification_edit.setFocus()
            self.type_text(dialog.justification_edit, justification)
            self.keys(dialog.justification_edit, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
            self.shot(dialog, f"positions-answered-{row + 1}", dialog.status.text())
            if row == 0:
                dialog.text_filter.clear()
                self.pump(0.4)
        dialog.show_combo.setFocus()
        dialog.show_combo.setCurrentIndex(dialog.show_combo.findData("none"))
        self.pump(0.3)
        self.shot(dialog, "positions-unanswered", "Pokaż: bez stanowiska — " + dialog.status.text())
        dialog.show_combo.setCurrentIndex(0)
        self.pump(0.3)
        for fmt in ("pdf", "docx", "xlsx"):
            target = self.out / f"raport-z-konsultacji.{fmt}"
            self.answer_file_dialog(target, "consultation-save-dialog" if fmt == "pdf" else None)
            self.click(dialog.export_button)
            self.wait(lambda target=target: dialog.export_worker is None and dialog.written == target,
                      f"the {fmt} report", 60)
            self.shot(dialog, f"positions-exported-{fmt}", dialog.status.text())
        self.keys(dialog, Qt.Key.Key_Escape)

    def search(self) -> None:
        officials = self.window.officials
        self.menu_action(officials.search_action)
        window = officials.search_window
        window.resize(1240, 760)
        self.wait(lambda: not window.busy, "the search")
        window.query.setFocus()
        self.type_text(window.query, "wojewodzie")
        self.wait(lambda: not window.busy and window.model.rowCount() > 0, "a justification found", 20)
        self.shot(window, "search-justification", window.count_label.text())
        window.query.clear()
        window.position_combo.setFocus()
        window.position_combo.setCurrentIndex(window.position_combo.findData("none"))
        self.pump(0.5)
        self.wait(lambda: not window.busy, "the search")
        self.shot(window, "search-unanswered", window.count_label.text())
        window.close()

    def consolidated(self) -> None:
        from PySide6.QtCore import Qt

        officials = self.window.officials
        self.menu_action(officials.report_action)
        dialog = officials.report_dialog
        self.shot(dialog, "report-opened", "the consolidated report dialog as it opens")
        dialog.series_combo.setCurrentIndex(max(0, dialog.series_combo.findData(SERIES[0])))
        for fmt in ("pdf", "docx", "xlsx"):
            dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
            dialog.path_edit.setFocus()
            dialog.path_edit.selectAll()
            self.type_text(dialog.path_edit, str(self.out / f"raport-zbiorczy.{fmt}"))
            self.click(dialog.generate_button)
            self.wait(lambda: not dialog.busy, f"the {fmt} report")
            self.shot(dialog, f"report-written-{fmt}", dialog.status.text())
        self.keys(dialog, Qt.Key.Key_Escape)

    def finish(self) -> None:
        from ui.officials import workers

        workers.wait_all()
        self.shot(self.window, "start-at-the-end", "the start window at the end of the afternoon")
        self.window.close()
        self.engine.dispose()


def _item_option(view, item):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualItemRect(item)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return option


def render_pdfs(out: Path) -> list[Path]:
    """Every page of every PDF written, as PNG at 60 dpi (pdftoppm), to look at."""
    if shutil.which("pdftoppm") is None:
        return []
    pages = []
    for pdf in sorted(out.glob("*.pdf")):
        prefix = out / "pdf" / pdf.stem
        prefix.parent.mkdir(exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(prefix)], check=True)
        pages.extend(sorted(prefix.parent.glob(f"{pdf.stem}-*.png")))
    return pages


def main(argv: list[str]) -> int:
    """Entry point: the only argument is the folder for the screenshots and reports."""
    if len(argv) != 1:
        print("usage: python -m tools.afternoon OUTDIR", file=sys.stderr)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.png"), *out.glob("*.pdf"), *out.glob("*.docx"), *out.glob("*.xlsx")]:
        old.unlink()
    shutil.rmtree(out / "pdf", ignore_errors=True)
    faulthandler.register(signal.SIGUSR1)  # `kill -USR1 PID` prints where a stuck run waits
    work = Path(tempfile.mkdtemp(prefix="afternoon-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # a new user: no settings from an earlier run
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["HOME"] = str(work)
    try:
        folder = work / "od facylitatorów"
        meeting_files(folder)
        day = Afternoon(out, work)
        day.start()
        day.import_folder(folder)
        day.merge_series(SERIES[2], SERIES[0])
        day.recurring()
        day.positions()
        day.search()
        day.consolidated()
        day.finish()
        (out / "steps.txt").write_text("\n".join(day.notes) + "\n", encoding="utf-8")
        for page in render_pdfs(out):
            print(page)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
