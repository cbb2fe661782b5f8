"""Help → Keyboard shortcuts (F1): the facilitator captures with the keyboard, so the keys must be findable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
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

from ui.kinds import kind_label

# What a binding does is said where it is made (`describe`, with a constant marked in context "Shortcuts");
# the keys come from the binding itself.
KIND_KEY = QT_TRANSLATE_NOOP("Shortcuts", "Rodzaj: %1")

# Keys the capture widgets handle in their key events (not bindings a window can list): (keys, what they do).
KEY_EVENTS: tuple[tuple[str, str], ...] = (
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Zapisz wypowiedź i przejdź do następnej")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Wcięcie: podpunkt poprzedniej wypowiedzi / poziom wyżej")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "Popraw treść zaznaczonej wypowiedzi")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Usuń zaznaczone wypowiedzi (można cofnąć)")),
    ("Up", QT_TRANSLATE_NOOP("Shortcuts", "Z pola nowej wypowiedzi do listy wypowiedzi (na ostatnio dodanej)")),
)


def describe(shortcut: QShortcut, text: str) -> QShortcut:
    """Say what a binding does (one of the constants above): the help dialog (F1) lists it from there."""
    shortcut.setWhatsThis(QCoreApplication.translate("Shortcuts", text))
    return shortcut


def kind_description(kind: str) -> str:
    """'Rodzaj: Mocna strona' for Ctrl+1 and so on."""
    return QCoreApplication.translate("Shortcuts", KIND_KEY).replace("%1", kind_label(kind))


def installed_bindings(window: QWidget) -> list[tuple[list[QKeySequence], str]]:
    """Every QShortcut and QAction with keys in the window, page shortcuts first: (keys, what they do)."""
    found: dict[str, list[QKeySequence]] = {}
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty():
            found.setdefault(shortcut.whatsThis(), []).append(shortcut.key())
    for action in window.findChildren(QAction):
        keys = [key for key in action.shortcuts() if not key.isEmpty()]
        if keys:
            found.setdefault(action.text().split("\t")[0].replace("&", ""), []).extend(keys)
    return [(keys, text) for text, keys in found.items()]


def shortcut_rows(window: QWidget | None, key_events: bool = False) -> list[tuple[str, str]]:
    """The dialog's rows as shown: keys in this platform's words (Ctrl → ⌘ on macOS), what they do, translated."""
    rows = [(native_keys(keys), QCoreApplication.translate("Shortcuts", text)) for keys, text in KEY_EVENTS] \
        if key_events else []
    for keys, text in installed_bindings(window) if window is not None else []:
        shown = list(dict.fromkeys(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys))
        rows.append((" / ".join(shown), text))
    return rows


def native_keys(keys: str) -> str:
    """Keys as this platform writes them (Ctrl → ⌘ on macOS); descriptive parts stay as they are."""
    parts = [part.strip() for part in keys.split("/")]
    shown = [QKeySequence(p).toString(QKeySequence.SequenceFormat.NativeText) or p if "…" not in p else p
             for p in parts]
    return " / ".join(shown)


class ShortcutsDialog(QDialog):
    """A read-only table of keys and what they do; Esc or Enter closes it."""

    def __init__(self, parent: QWidget | None = None, key_events: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skróty klawiszowe"))
        rows = shortcut_rows(parent.window() if parent is not None else None, key_events)
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


def show_shortcuts(parent: QWidget | None, key_events: bool = False) -> ShortcutsDialog:
    """Open the shortcuts overview of this window's bindings (modal to it)."""
    dialog = ShortcutsDialog(parent, key_events)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.exec()
    return dialog


def add_shortcuts_action(window: QWidget, menu: QMenu, key_events: bool = False) -> QAction:
    """Help → Keyboard shortcuts with F1, added to the menu and to the window (works with the menu closed).

    `key_events`: also list the capture keys handled in key events (the meeting window).
    """
    action = QAction(QCoreApplication.translate("Shortcuts", "&Skróty klawiszowe"), window)
    help_key = QKeySequence(QKeySequence.StandardKey.HelpContents)  # F1 on the desktops we ship to
    action.setShortcut(help_key if not help_key.isEmpty() else QKeySequence("F1"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: show_shortcuts(window, key_events))
    menu.addAction(action)
    window.addAction(action)
    return action
