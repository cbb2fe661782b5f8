"""Help → O programie: version, licences, and the database and log paths as text the user can copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from facilitator import __version__
from ui.dialogs.about import AboutDialog


def _about_from_help_menu(qtbot, window, menu) -> AboutDialog:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == "O programie")
    action.trigger()
    dialog = window.findChild(AboutDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_start_window_about_shows_version_licences_and_copyable_paths(qtbot, engine, db_path):
    from ui.crash import log_path
    from ui.start_window import StartWindow

    window = StartWindow(engine)
    qtbot.addWidget(window)
    window.show()
    dialog = _about_from_help_menu(qtbot, window, window.menus["help"])
    fields = dialog.fields
    assert fields["version"].text() == __version__
    assert "MIT" in fields["licence"].text()
    assert "DejaVu" in fields["fonts"].text() and "Bitstream Vera" in fields["fonts"].text()
    licence_file = fields["fonts_licence"].text()
    assert "Bitstream" in Path(licence_file).read_text(encoding="utf-8")  # the path shown is the real licence
    assert fields["database"].text() == str(db_path)  # the database this window works on, not a guess
    assert fields["logs"].text() == str(log_path())
    for field in fields.values():
        assert isinstance(field, QLineEdit) and field.isReadOnly()
    # The user selects a path with the keyboard and copies it.
    field = fields["database"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == str(db_path)
    # "Kopiuj wszystko" puts every line on the clipboard, e.g. for a problem report.
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert str(db_path) in copied and str(log_path()) in copied and __version__ in copied
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_meeting_window_help_menu_has_about(qtbot, engine, meeting_id, db_path):
    from ui.meeting_window import MeetingWindow

    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    window.show()
    dialog = _about_from_help_menu(qtbot, window, window.help_menu)
    assert dialog.fields["database"].text() == str(db_path)


def test_about_in_english(qtbot, engine):
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translators

    app = QApplication.instance()
    install_translators(app, "en")
    try:
        dialog = AboutDialog(None)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "About Facilitator"
        assert dialog.copy_button.text() == "&Copy all"
        assert "Database: " in dialog.text() and "Error log: " in dialog.text()
    finally:
        install_translators(app, "pl")
