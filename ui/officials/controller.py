"""The officials' entries on the start window: import (menu and drag-and-drop), search, recurring, tags, report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QWidget

from ui.settings import Settings

IMPORT_SHORTCUT = QKeySequence("Ctrl+I")


def dropped_paths(mime) -> list[str]:
    """Local files and folders carried by a drag (anything else is ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class Officials(QObject):
    """Owns the officials' windows of one start window and opens each once."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.engine = window.engine
        self.import_dialog = None
        self.search_window = None
        self.recurring_dialog = None
        self.tags_dialog = None
        self.series_dialog = None
        self.report_dialog = None
        self.consultation_dialog = None

    def _parent(self) -> QWidget:
        return self.window

    # ---- import ----------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        """File → Import: pick meeting files, then the preview."""
        settings = Settings()
        paths, _filter = QFileDialog.getOpenFileNames(
            self._parent(), self.tr("Importuj spotkania"), settings.import_folder(),
            self.tr("Pliki spotkań (*.json);;Wszystkie pliki (*)"))
        if paths:
            settings.last_import_folder = str(Path(paths[0]).parent)
            self.open_import(paths)

    def choose_folder(self) -> None:
        """File → Import a folder: every meeting file in it."""
        settings = Settings()
        folder = QFileDialog.getExistingDirectory(self._parent(), self.tr("Importuj folder ze spotkaniami"),
                                                  settings.import_folder())
        if folder:
            settings.last_import_folder = folder
            self.open_import([folder])

    def open_import(self, paths: list[str]):
        """The preview dialog for these files and folders (nothing is stored before Import)."""
        from ui.officials.import_dialog import ImportDialog

        dialog = ImportDialog(self.engine, self._parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _r: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.load(paths)
        dialog.open()
        return dialog

    # ---- the other windows ------------------------------------------------------------------------------

    def _show(self, attribute: str, factory):
        widget = getattr(self, attribute)
        if widget is None:
            widget = factory()
            setattr(self, attribute, widget)
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def open_search(self):
        """Search across all meetings."""
        from ui.officials.search_window import SearchWindow

        return self._show("search_window", lambda: SearchWindow(self.engine, self._parent()))

    def open_recurring(self):
        """Statements that recur across meetings."""
        from ui.officials.recurring_dialog import RecurringDialog

        return self._show("recurring_dialog", lambda: RecurringDialog(self.engine, self._parent()))

    def open_tags(self):
        """The tag manager."""
        from ui.officials.tags_dialog import TagsDialog

        return self._show("tags_dialog", lambda: TagsDialog(self.engine, self._parent()))

    def open_series(self):
        """Meeting series: rename, merge."""
        from ui.officials.series_dialog import SeriesDialog

        return self._show("series_dialog", lambda: SeriesDialog(self.engine, self._parent()))

    def open_report(self):
        """The consolidated report."""
        from ui.officials.report_dialog import ReportDialog

        return self._show("report_dialog", lambda: ReportDialog(self.engine, self._parent()))

    def open_consultation(self):
        """The office's positions on each remark, and the consultation report."""
        from ui.officials.consultation_dialog import ConsultationDialog

        return self._show("consultation_dialog", lambda: ConsultationDialog(self.engine, self._parent()))

    # ---- drag and drop ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files or folders dropped on the start window go to the import preview."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and dropped_paths(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and (paths := dropped_paths(event.mimeData())):
            event.acceptProposedAction()
            self.open_import(paths)
            return True
        return super().eventFilter(watched, event)


def _find_action(menu: QMenu, shortcut: QKeySequence):
    for action in menu.actions():
        if action.shortcut() == shortcut:
            return action
    return None


def install_on(window: QMainWindow) -> Officials:
    """Add the officials' actions to the window's menus and accept dropped meeting files."""
    officials = Officials(window)
    translate = QCoreApplication.translate  # module-level code: the context is spelt out ("Officials")
    menus = getattr(window, "menus", {})
    file_menu = menus.get("file") or window.menuBar().addMenu(translate("Officials", "&Plik"))
    existing = _find_action(file_menu, IMPORT_SHORTCUT)
    if existing is not None:  # the start window's own import now goes through the preview
        existing.triggered.disconnect()
        existing.triggered.connect(officials.choose_files)
        officials.import_action = existing
    else:
        officials.import_action = QAction(translate("Officials", "&Importuj spotkania…"), window)
        officials.import_action.setShortcut(IMPORT_SHORTCUT)
        officials.import_action.triggered.connect(officials.choose_files)
        file_menu.insertAction(file_menu.actions()[0] if file_menu.actions() else None, officials.import_action)
    officials.import_folder_action = QAction(translate("Officials", "Importuj &folder ze spotkaniami…"), window)
    officials.import_folder_action.triggered.connect(officials.choose_folder)
    actions = file_menu.actions()
    after = actions.index(officials.import_action) + 1
    file_menu.insertAction(actions[after] if after < len(actions) else None, officials.import_folder_action)
    menu = QMenu(translate("Officials", "&Urzędnik"), window)
    help_menu = menus.get("help")
    window.menuBar().insertMenu(help_menu.menuAction(), menu) if help_menu else window.menuBar().addMenu(menu)
    if isinstance(menus, dict):
        menus["officials"] = menu
    officials.search_action = menu.addAction(translate("Officials", "&Szukaj we wszystkich spotkaniach…"), officials.open_search)
    officials.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    officials.recurring_action = menu.addAction(translate("Officials", "&Powtarzające się wypowiedzi…"), officials.open_recurring)
    officials.tags_action = menu.addAction(translate("Officials", "&Tagi…"), officials.open_tags)
    officials.series_action = menu.addAction(translate("Officials", "S&erie konsultacji…"), officials.open_series)
    officials.report_action = menu.addAction(translate("Officials", "&Raport zbiorczy…"), officials.open_report)
    officials.report_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    officials.consultation_action = menu.addAction(translate("Officials", "Stanowiska &urzędu…"), officials.open_consultation)
    window.setAcceptDrops(True)
    window.installEventFilter(officials)
    window.officials = officials
    return officials
