"""Szczegóły: the meeting's header fields and agenda, committed as you type (no Save button)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from facilitator.operations import OperationError, get_meeting, list_meetings
from ui.pages.agenda import AgendaEditor
from ui.pages.fields import FieldBinding, count_value, expand_time_digits, required_value, time_value
from ui.widgets.date_edit import DateEdit

# field, label (with mnemonic), undo text; in page order (the tab order follows it).
LINE_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("DetailsPage", "&Tytuł"), QT_TRANSLATE_NOOP("DetailsPage", "Zmiana tytułu")),
    ("series", QT_TRANSLATE_NOOP("DetailsPage", "Seria konsultac&ji"),
     QT_TRANSLATE_NOOP("DetailsPage", "Zmiana serii")),
    ("audience", QT_TRANSLATE_NOOP("DetailsPage", "Adresaci"), QT_TRANSLATE_NOOP("DetailsPage", "Zmiana adresatów")),
    ("organiser", QT_TRANSLATE_NOOP("DetailsPage", "&Organizator"),
     QT_TRANSLATE_NOOP("DetailsPage", "Zmiana organizatora")),
    # The heading over the model areas in the summary; worded from the organiser until the user writes one.
    ("group_heading", QT_TRANSLATE_NOOP("DetailsPage", "N&agłówek obszarów"),
     QT_TRANSLATE_NOOP("DetailsPage", "Zmiana nagłówka obszarów")),
    ("venue", QT_TRANSLATE_NOOP("DetailsPage", "&Miejsce"), QT_TRANSLATE_NOOP("DetailsPage", "Zmiana miejsca")),
)
PEOPLE_FIELDS = (
    ("facilitator", QT_TRANSLATE_NOOP("DetailsPage", "Prowad&zenie"),
     QT_TRANSLATE_NOOP("DetailsPage", "Zmiana prowadzącego")),
    ("author", QT_TRANSLATE_NOOP("DetailsPage", "Op&racowanie"), QT_TRANSLATE_NOOP("DetailsPage", "Zmiana autora")),
)
# "10:30", "9.05", or digits only as people type on a phone: "930", "1330" (checked by time_value).
TIME_RE = QRegularExpression(r"^(\d{1,4}|([01]?\d|2[0-3])?([:.]([0-5]\d?)?)?)$")


class DetailsPage(QWidget):
    """Every header field of the meeting plus the agenda; undo/redo refreshes them in place."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bindings: dict[str, FieldBinding] = {}
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label, undo in LINE_FIELDS:
            self._add(form, field, QLineEdit(self), label, undo, required_value if field == "title" else None)
        self._add_when(form)
        self._add(form, "purpose", self._purpose_edit(), QT_TRANSLATE_NOOP("DetailsPage", "Cel spotkan&ia"),
                  QT_TRANSLATE_NOOP("DetailsPage", "Zmiana celu spotkania"))
        for field, label, undo in PEOPLE_FIELDS:
            self._add(form, field, QLineEdit(self), label, undo)
        self._add_language_and_count(form)
        self.agenda = AgendaEditor(ctx, self)
        self._layout(form)
        self._series_completer()
        ctx.changed.connect(self._changed)
        self.reload()

    def _layout(self, form: QFormLayout) -> None:
        left = QWidget(self)
        left.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.agenda, 2)

    def _add(self, form: QFormLayout, field: str, widget: QWidget, label: str, undo: str, to_value=None) -> None:
        text = QCoreApplication.translate("DetailsPage", label)
        caption = QLabel(text, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        widget.setObjectName(f"field_{field}")
        self.widgets[field] = widget
        undo_text = QCoreApplication.translate("DetailsPage", undo)
        self.bindings[field] = FieldBinding(self.ctx, field, widget, undo_text, to_value, self)
        form.addRow(caption, widget)

    def _purpose_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        edit.setMaximumHeight(110)
        return edit

    def _add_when(self, form: QFormLayout) -> None:
        day = DateEdit(None, self)
        self._add(form, "date", day, QT_TRANSLATE_NOOP("DetailsPage", "&Data"),
                  QT_TRANSLATE_NOOP("DetailsPage", "Zmiana daty"))
        self.bindings["date"].fixup = DateEdit.finish  # '3.12.26' becomes a date before it is committed
        day.rejected.connect(self._date_rejected)
        for field, label, undo in (
            ("start", QT_TRANSLATE_NOOP("DetailsPage", "Początek (&GG:MM)"),
             QT_TRANSLATE_NOOP("DetailsPage", "Zmiana godziny rozpoczęcia")),
            ("end", QT_TRANSLATE_NOOP("DetailsPage", "&Koniec (GG:MM)"),
             QT_TRANSLATE_NOOP("DetailsPage", "Zmiana godziny zakończenia")),
        ):
            edit = QLineEdit(self)
            edit.setValidator(QRegularExpressionValidator(TIME_RE, edit))
            edit.setPlaceholderText(self.tr("GG:MM"))
            edit.setMaximumWidth(90)
            self._add(form, field, edit, label, undo, time_value)
            self.bindings[field].fixup = expand_time_digits
            self.bindings[field].invalid_message = (
                self.tr("Nie zapisano godziny rozpoczęcia: wpisz ją jako GG:MM, np. 10:00 albo 1000.")
                if field == "start" else
                self.tr("Nie zapisano godziny zakończenia: wpisz ją jako GG:MM, np. 13:30 albo 1330."))

    def _date_rejected(self, typed: str) -> None:
        """A half-typed date was left: the field shows the stored date again; say why."""
        self.ctx.error(self.tr("Nie zapisano daty „%1”: wpisz dzień, miesiąc i rok, np. 03.12.2026 albo 03122026. "
                               "Zostaje %2.").replace("%1", typed).replace("%2", self.widgets["date"].text()))

    def _add_language_and_count(self, form: QFormLayout) -> None:
        language = QComboBox(self)
        language.addItem(self.tr("polski"), "pl")
        language.addItem(self.tr("angielski"), "en")
        language.setMaximumWidth(160)
        self._add(form, "language", language, QT_TRANSLATE_NOOP("DetailsPage", "Jęz&yk dokumentu"),
                  QT_TRANSLATE_NOOP("DetailsPage", "Zmiana języka dokumentu"))
        count = QLineEdit(self)
        count.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,6}$"), count))
        count.setMaximumWidth(90)
        count.setToolTip(self.tr("Puste pole = liczba obecnych z listy obecności"))
        self._add(form, "attendance_count", count, QT_TRANSLATE_NOOP("DetailsPage", "Liczba uczestników"),
                  QT_TRANSLATE_NOOP("DetailsPage", "Zmiana liczby uczestników"), count_value)

    def _series_completer(self) -> None:
        names = sorted({m.series for m in list_meetings(self.ctx.engine) if m.series}, key=str.casefold)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.widgets["series"].setCompleter(completer)

    def reload(self) -> None:
        """Show what the store holds; fields being typed in keep the user's text."""
        try:
            meeting = get_meeting(self.ctx.engine, self.ctx.meeting_id)
        except OperationError:
            return  # deleted from the start window; the window is closing
        for field, binding in self.bindings.items():
            binding.load(getattr(meeting, field))
        has_areas = any(s.kind == "area" for s in meeting.sections)
        self.widgets["group_heading"].setEnabled(has_areas)
        self.widgets["group_heading"].setToolTip(
            self.tr("Nagłówek nad obszarami współpracy w podsumowaniu; dopóki go nie zmienisz, "
                    "wynika z organizatora i języka dokumentu.") if has_areas else
            self.tr("Spotkanie nie ma sekcji typu obszar współpracy."))
        counted = sum(1 for p in meeting.participants if p.present)
        self.widgets["attendance_count"].setPlaceholderText(self.tr("z listy: %n", "", counted))
        self.agenda.load(meeting.agenda)

    def _changed(self, changes) -> None:
        if any(c.entity in ("meeting", "agenda_item", "participant", "section") for c in changes):
            self.reload()

    def flush(self) -> None:
        """Commit every field with a pending edit (before undo, page switch or closing)."""
        for binding in self.bindings.values():
            if binding.pending():
                binding.commit()
