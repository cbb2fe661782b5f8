"""UI translations: source strings are Polish; ui/data/translations/facilitator_en.qm holds the English texts and
facilitator_pl.qm the Polish plural forms of `%n` strings (see resources/translations/README.md)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from facilitator.resources import resource_path
from ui.settings import Settings

TRANSLATIONS_DIR = resource_path("translations", package="ui")
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own (buttons of standard dialogs) and our translators for `language`; replaces earlier ones."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Polish))
    for name, folders in qt_catalogues(language):
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)  # installed later = asked first: the supplement wins over qtbase
            _installed.append(translator)
    return list(_installed)


def qt_catalogues(language: str) -> list[tuple[str, tuple[str, ...]]]:
    """Catalogues to load, each with the folders to try: Qt's own, our supplement to it, then the app's.

    The app's catalogue is loaded for Polish too: the source texts are Polish, but a `%n` string needs the
    catalogue's three Polish forms (1 osoba, 2 osoby, 5 osób), which the source text alone cannot give.
    """
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)  # PySide6's, also inside the bundle
    ours = str(TRANSLATIONS_DIR)
    return [(f"qtbase_{language}", (qt_folder, ours)), (f"qtbase_extra_{language}", (ours,)),
            (f"facilitator_{language}", (ours,))]


def loaded_translation_files() -> list[str]:
    """The .qm files in use now (Qt's and ours), e.g. for the bundle's smoke test."""
    return [translator.filePath() for translator in _installed]


# The switch is labelled in both languages on purpose: whoever cannot read the current one still finds it.
LANGUAGE_MENU_TITLE = "Język / Language"
LANGUAGE_NAMES = {"pl": "Polski", "en": "English"}
RESTART_NOTICE = (
    "Język interfejsu zostanie zmieniony po ponownym uruchomieniu programu. Uruchomić ponownie teraz?\n\n"
    "The interface language will change when the program restarts. Restart now?"
)


def add_language_menu(window: QWidget, menu: QMenu) -> QMenu:
    """A 'Język / Language' submenu with Polski / English; the choice is stored and applies after a restart."""
    submenu = menu.addMenu(LANGUAGE_MENU_TITLE)
    group = QActionGroup(submenu)
    group.setExclusive(True)
    current = Settings().ui_language()
    for code, name in LANGUAGE_NAMES.items():
        action = submenu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
    group.triggered.connect(lambda action: choose_language(window, action.data()))
    return submenu


def choose_language(window: QWidget, language: str) -> bool:
    """Store the UI language; offer a restart (both languages). True when the app is restarting."""
    settings = Settings()
    if language == settings.ui_language():
        return False
    settings.language = language
    settings.sync()
    answer = QMessageBox.question(window, LANGUAGE_MENU_TITLE, RESTART_NOTICE,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes and restart()


def restart() -> bool:
    """Close every window (everything is saved as it is typed) and start the app again with the same arguments."""
    app = QApplication.instance()
    app.closeAllWindows()
    if any(w.isVisible() for w in app.topLevelWidgets() if w.isWindow() and not isinstance(w, QMenu)):
        return False  # a window refused to close: stay, the new language applies at the next start
    QProcess.startDetached(sys.executable, restart_arguments())
    app.quit()
    return True


def restart_arguments() -> list[str]:
    """How this process was started: the frozen app takes its own arguments, else `python -m ui ...`."""
    if getattr(sys, "frozen", False):
        return sys.argv[1:]
    return ["-m", "ui", *sys.argv[1:]]
