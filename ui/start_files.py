"""The start window's file actions: import and export meeting files, the sample meeting, About."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

from facilitator import operations
from ui.dialogs.confirm import show_error, show_info
from ui.settings import Settings
from ui.signals import bus

FILE_SUFFIX = ".json"


def file_name_for(title: str, day) -> str:
    """A safe default file name: '2018-06-15-podsumowanie-spotkania.json'."""
    slug = re.sub(r"[^\w]+", "-", title.casefold(), flags=re.UNICODE).strip("-")[:50] or "spotkanie"
    return f"{day.isoformat()}-{slug}{FILE_SUFFIX}"


class MeetingFiles(QObject):
    """Acts for a StartWindow (its parent): every message names the file, nothing half-imported."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def import_files(self) -> list[str]:
        """Pick meeting files and import them in one transaction; returns the imported meeting ids."""
        settings = Settings()
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Importuj pliki spotkań"),
                                                settings.import_folder(),
                                                self.tr("Pliki spotkań (*.json);;Wszystkie pliki (*)"))
        if not paths:
            return []
        settings.last_import_folder = str(Path(paths[0]).parent)
        return self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> list[str]:
        """Read every file first (one bad file stops the batch), then store them all at once."""
        from facilitator import meetingfile  # on first use: the format code (jsonschema) is not needed to start

        datas = []
        for path in paths:
            try:
                datas.append(meetingfile.load(path))
            except meetingfile.MeetingFileError as exc:
                error = exc if exc.file else exc.in_file(Path(path).name)
                show_error(self.window, self.tr("Nie zaimportowano niczego. Błąd w pliku: %1").replace("%1", str(error)))
                return []
        try:
            result = meetingfile.import_data(self.window.engine, datas)
        except meetingfile.MeetingFileError as exc:
            show_error(self.window, self.tr("Nie zaimportowano niczego: %1").replace("%1", str(exc)))
            return []
        bus().meetings_changed.emit()
        ids = [m.meeting_id for m in result.meetings]
        show_info(self.window, self.tr("Zaimportowano spotkania: %1 (nowe: %2, zaktualizowane: %3, bez zmian: %4).")
                  .replace("%1", str(len(ids))).replace("%2", str(result.count("new")))
                  .replace("%3", str(result.count("updated"))).replace("%4", str(result.count("unchanged"))))
        if ids:
            self.window.select(ids[0])
        return ids

    def export_current(self) -> str | None:
        """Write the selected meeting as a meeting file (to send to the coordinator)."""
        meeting_id = self.window.current_id()
        if not meeting_id:
            show_error(self.window, self.tr("Najpierw zaznacz spotkanie na liście."))
            return None
        settings = Settings()
        try:
            meeting = operations.get_meeting(self.window.engine, meeting_id)
        except operations.OperationError as exc:
            show_error(self.window, str(exc))
            return None
        from facilitator import meetingfile

        suggested = str(Path(settings.export_folder()) / file_name_for(meeting.title, meeting.date))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Eksportuj plik spotkania"), suggested,
                                              self.tr("Plik spotkania (*.json)"))
        if not path:
            return None
        if not path.lower().endswith(FILE_SUFFIX):
            path += FILE_SUFFIX
        from ui.export_progress import run_with_progress  # on first use: the start window shows without the renderers

        engine = self.window.engine

        def send(watch) -> None:
            data = meetingfile.dump(engine, meeting_id)
            watch.check()
            meetingfile.write(path, data)
            # What was sent is the common base of later merges: re-importing it after local edits is no conflict.
            meetingfile.record_base(engine, data)

        outcome = run_with_progress(self.window, send, (meetingfile.MeetingFileError, OSError))
        if outcome.cancelled:
            return None
        if outcome.error is not None:
            show_error(self.window, self.tr("Nie zapisano pliku %1: %2").replace("%1", path).replace("%2", outcome.error))
            return None
        settings.remember_export_folder(str(Path(path).parent))
        self.window.statusBar().showMessage(self.tr("Zapisano plik %1").replace("%1", path), 10000)
        return path

    def push_to_office(self):
        """Plik → Wyślij do bazy urzędu…: the selected meeting (or all) into the office database; the dialog."""
        from ui.dialogs.push import PushDialog

        selected = self.window.current_id()
        settings = Settings()  # URLs only, never a password
        url = settings.push_url or settings.office_url  # where meetings went last, else Plik → Połącz z bazą urzędu…
        dialog = PushDialog(self.window.engine, [selected] if selected else [], self.window, url=url)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_sample(self):
        """Import the sample meeting once (fixed ids) and open it; later calls just open it."""
        from facilitator import meetingfile
        from facilitator.sample import load_sample

        data = load_sample()
        try:
            plan = meetingfile.plan_import(self.window.engine, [data])
            meeting_id = plan.meetings[0].meeting_id
            if plan.meetings[0].status == "new":
                meetingfile.apply_import(self.window.engine, plan)
                bus().meetings_changed.emit()
        except meetingfile.MeetingFileError as exc:
            show_error(self.window, self.tr("Nie można otworzyć przykładowego spotkania: %1").replace("%1", str(exc)))
            return None
        return self.window.open_meeting(meeting_id)

    def about(self) -> None:
        """Help → O programie: version, licences, where the database and logs are."""
        from ui.dialogs.about import show_about

        show_about(self.window)
