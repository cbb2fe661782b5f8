"""Typed user options with defaults over QSettings (Picard's config/options, in small)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from facilitator import APP_ID, APP_NAME
from facilitator.kinds import DEFAULT_THRESHOLD

T = TypeVar("T")
LANGUAGES: tuple[str, ...] = ("pl", "en")


class Option(Generic[T]):
    """One setting: its key, default and type; read and written as an attribute of `Settings`."""

    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key, self.default, self.kind = key, default, kind

    @overload
    def __get__(self, obj: None, owner: type) -> Option[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> T | Option[T]:
        if obj is None:
            return self
        return _convert(obj.qsettings.value(self.key, self.default), self.kind, self.default)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, value)


def _convert(value: Any, kind: type, default: Any) -> Any:
    """QSettings hands back strings from INI/registry: turn them into the option's type, else the default."""
    try:
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        if kind is list:
            if value in (None, ""):
                return []
            return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
        if kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value or b"")
        return kind(value)
    except (TypeError, ValueError):
        return default


class Settings:
    """The app's options; one instance per use is cheap (QSettings caches the file)."""

    language = Option[str]("ui/language", "pl", str)
    last_export_folder = Option[str]("paths/last_export_folder", "", str)
    last_import_folder = Option[str]("paths/last_import_folder", "", str)
    start_geometry = Option[QByteArray]("windows/start_geometry", QByteArray(), QByteArray)
    meeting_geometry = Option[QByteArray]("windows/meeting_geometry", QByteArray(), QByteArray)
    summary_layout = Option[str]("summary/layout", "grouped", str)
    summary_named = Option[bool]("summary/named", False, bool)
    summary_attendance_annex = Option[bool]("summary/attendance_annex", False, bool)
    signin_empty_rows = Option[int]("signin/empty_rows", 20, int)
    # the similarity threshold last set in the recurring-statements window; the report dialog starts from it
    recurring_threshold = Option[int]("officials/recurring_threshold", DEFAULT_THRESHOLD, int)
    # "compare across areas" in the recurring-statements window; the report dialog starts from it as well
    recurring_across_areas = Option[bool]("officials/recurring_across_areas", False, bool)
    # the office database (Plik → Połącz z bazą urzędu…): its URL only, never a password; "" = the local database
    office_url = Option[str]("office/url", "", str)
    # where Plik → Wyślij do bazy urzędu… last sent meetings (URL without a password, or a file); its next default
    push_url = Option[str]("office/push_url", "", str)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_ID)

    def ui_language(self) -> str:
        """The chosen UI language, Polish unless a supported other one was chosen."""
        return self.language if self.language in LANGUAGES else "pl"

    def export_folder(self) -> str:
        """Where a save dialog starts: the last folder used while it exists, else Documents (never the cwd)."""
        return _existing(self.last_export_folder) or documents_folder()

    def import_folder(self) -> str:
        """Where an open dialog starts: the last import folder while it exists, else Documents (never the cwd)."""
        return _existing(self.last_import_folder) or documents_folder()

    def remember_export_folder(self, folder: str) -> None:
        """The folder a file was just written to: the next save dialog starts there."""
        self.last_export_folder = folder

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes lazily)."""
        self.qsettings.sync()


def documents_folder() -> str:
    """The user's Documents folder (the home folder when the system names none that exists)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return _existing(documents) or str(Path.home())


def _existing(folder: str) -> str:
    """The folder when it is an existing directory, else "" (a dialog given a missing folder opens the cwd)."""
    return folder if folder and Path(folder).is_dir() else ""
