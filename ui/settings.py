"""Typed user options with defaults over QSettings (Picard's config/options, in small)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from facilitator import APP_ID, APP_NAME

T = TypeVar("T")
LANGUAGES: tuple[str, ...] = ("pl", "en")
MAX_RECENT = 8


class Option(Generic[T]):
    """One setting: its key, default and type; read and written as an attribute of `Settings`."""

    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key, self.default, self.kind = key, default, kind

    def __get__(self, obj: Settings | None, owner: type) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
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

    language: str = Option("ui/language", "pl", str)  # type: ignore[assignment]
    last_export_folder: str = Option("paths/last_export_folder", "", str)  # type: ignore[assignment]
    last_import_folder: str = Option("paths/last_import_folder", "", str)  # type: ignore[assignment]
    recent_folders: list = Option("paths/recent_folders", [], list)  # type: ignore[assignment]
    start_geometry: QByteArray = Option("windows/start_geometry", QByteArray(), QByteArray)  # type: ignore[assignment]
    meeting_geometry: QByteArray = Option("windows/meeting_geometry", QByteArray(), QByteArray)  # type: ignore[assignment]
    summary_layout: str = Option("summary/layout", "grouped", str)  # type: ignore[assignment]
    summary_named: bool = Option("summary/named", False, bool)  # type: ignore[assignment]
    summary_attendance_annex: bool = Option("summary/attendance_annex", False, bool)  # type: ignore[assignment]
    signin_empty_rows: int = Option("signin/empty_rows", 20, int)  # type: ignore[assignment]
    # the similarity threshold last set in the recurring-statements window; the report dialog starts from it
    recurring_threshold: int = Option("officials/recurring_threshold", 60, int)  # type: ignore[assignment]

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

    def add_recent_folder(self, folder: str) -> None:
        """Remember a folder (most recent first) for file dialogs; also the last export folder."""
        folders = [folder, *(f for f in self.recent_folders if f != folder)][:MAX_RECENT]
        self.recent_folders = folders
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
