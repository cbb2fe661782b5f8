"""UI translations: source strings are Polish; English comes from resources/translations/*.qm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator.resources import resource_path

TRANSLATIONS_DIR = resource_path("translations")
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own (buttons of standard dialogs) and our translators for `language`; replaces earlier ones."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Polish))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    if language != "pl":
        ours = QTranslator(app)
        if ours.load(f"facilitator_{language}", str(TRANSLATIONS_DIR)):
            app.installTranslator(ours)
            _installed.append(ours)
    return list(_installed)
