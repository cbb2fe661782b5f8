"""Help → Keyboard shortcuts (F1): the facilitator captures with the keyboard, so the keys must be findable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.kinds import KIND_STYLES, kind_label

_CONTEXT = "Shortcuts"

# (keys, what they do) after the six kinds; texts translated in context "Shortcuts".
GENERAL: tuple[tuple[str, str], ...] = (
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Zapisz wypowiedź i przejdź do następnej")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Wcięcie: podpunkt poprzedniej wypowiedzi / poziom wyżej")),
    ("Alt+Up / Alt+Down", QT_TRANSLATE_NOOP("Shortcuts", "Poprzednia / następna sekcja")),
    ("Alt+Shift+Up / Alt+Shift+Down", QT_TRANSLATE_NOOP("Shortcuts", "Przesuń wypowiedź (albo sekcję) w górę / w dół")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "Popraw treść zaznaczonej wypowiedzi")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "Tagi zaznaczonej wypowiedzi (po przecinku, z podpowiedziami)")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "Pełna treść zaznaczonej wypowiedzi (Esc: powrót)")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Usuń zaznaczone wypowiedzi (można cofnąć)")),
    ("Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "Mówca: wybierz osobę z listy obecności")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Wróć do pola nowej wypowiedzi")),
    ("Up", QT_TRANSLATE_NOOP("Shortcuts", "Z pola nowej wypowiedzi do listy wypowiedzi (na ostatnio dodanej)")),
    ("Esc / Enter", QT_TRANSLATE_NOOP("Shortcuts", "Z listy wypowiedzi z powrotem do pola nowej wypowiedzi")),
    ("F5", QT_TRANSLATE_NOOP("Shortcuts", "Widok dla uczestników (rzutnik): pokaż / zamknij")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Cofnij")),
    ("Ctrl+Shift+Z / Ctrl+Y", QT_TRANSLATE_NOOP("Shortcuts", "Ponów")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("Shortcuts", "Historia zmian")),
    ("Alt+1 … Alt+4", QT_TRANSLATE_NOOP("Shortcuts", "Strony: Szczegóły, Lista obecności, Notatki, Podsumowanie")),
    ("Ctrl+PgUp / Ctrl+PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Poprzednia / następna strona")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Zamknij okno spotkania")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "Ta lista skrótów")),
)


def shortcut_rows() -> list[tuple[str, str]]:
    """Every (keys, description) pair the dialog lists, kinds first, translated."""
    kinds = [(spec.shortcut, QCoreApplication.translate(_CONTEXT, "Rodzaj: %1").replace("%1", kind_label(kind)))
             for kind, spec in KIND_STYLES.items()]
    return kinds + [(keys, QCoreApplication.translate(_CONTEXT, text)) for keys, text in GENERAL]


def native_keys(keys: str) -> str:
    """Keys as this platform writes them (Ctrl → ⌘ on macOS); descriptive parts stay as they are."""
    parts = [part.strip() for part in keys.split("/")]
    shown = [QKeySequence(p).toString(QKeySequence.SequenceFormat.NativeText) or p if "…" not in p else p
             for p in parts]
    return " / ".join(shown)


class ShortcutsDialog(QDialog):
    """A read-only table of keys and what they do; Esc or Enter closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skróty klawiszowe"))
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Klawisze"), self.tr("Działanie")])
        self.table.setAccessibleName(self.windowTitle())
        for row, (keys, text) in enumerate(rows):
            for column, value in enumerate((native_keys(keys), text)):
                cell = QTableWidgetItem(value)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, cell)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def keys_listed(self) -> list[str]:
        """The keys column as shown (for tests and screen readers' summaries)."""
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]


def show_shortcuts(parent: QWidget | None) -> ShortcutsDialog:
    """Open the shortcuts overview (modal to its window)."""
    dialog = ShortcutsDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.exec()
    return dialog


def add_shortcuts_action(window: QWidget, menu: QMenu) -> QAction:
    """Help → Keyboard shortcuts with F1, added to the menu and to the window (works with the menu closed)."""
    action = QAction(QCoreApplication.translate(_CONTEXT, "&Skróty klawiszowe"), window)
    help_key = QKeySequence(QKeySequence.StandardKey.HelpContents)  # F1 on the desktops we ship to
    action.setShortcut(help_key if not help_key.isEmpty() else QKeySequence("F1"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: show_shortcuts(window))
    menu.addAction(action)
    window.addAction(action)
    return action
