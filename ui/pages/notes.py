"""Notatki: live capture of what is said, section by section, keyboard first, every statement saved at once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from facilitator import operations
from facilitator.operations import CAPTURE_SLOT, capture_reads
from ui.dialogs import shortcuts as keys_help
from ui.dialogs.shortcuts import kind_description
from ui.kinds import KIND_STYLES, section_kind_label
from ui.models.items_model import COL_TEXT, ItemsModel, Node
from ui.models.sections_model import SectionsModel
from ui.pages.notes_recovery import DraftRecovery, RecoveryNotice
from ui.projector import ProjectorWindow
from ui.widgets.capture_line import CaptureLine
from ui.widgets.clocks import CaptureClocks, ElapsedClock
from ui.widgets.outline import OutlineView
from ui.widgets.outline_extras import OutlineExtras
from ui.widgets.sections_panel import SectionsPanel

# What these keys do, listed by the help dialog (F1) from the bindings themselves.
SECTION_STEP = QT_TRANSLATE_NOOP("Shortcuts", "Poprzednia / następna sekcja")
MOVE = QT_TRANSLATE_NOOP("Shortcuts", "Przesuń wypowiedź (albo sekcję) w górę / w dół")
SPEAKER = QT_TRANSLATE_NOOP("Shortcuts", "Mówca: wybierz osobę z listy obecności")
BACK_TO_CAPTURE = QT_TRANSLATE_NOOP("Shortcuts", "Wróć do pola nowej wypowiedzi")
PROJECTOR = QT_TRANSLATE_NOOP("Shortcuts", "Widok dla uczestników (rzutnik): pokaż / zamknij")
TAGS = QT_TRANSLATE_NOOP("Shortcuts", "Tagi zaznaczonej wypowiedzi (po przecinku, z podpowiedziami)")
DETAIL = QT_TRANSLATE_NOOP("Shortcuts", "Pełna treść zaznaczonej wypowiedzi (Esc: powrót)")
OUTLINE_TO_CAPTURE = QT_TRANSLATE_NOOP("Shortcuts", "Z listy wypowiedzi z powrotem do pola nowej wypowiedzi")


class NotesPage(QWidget):
    """Sections on the left, the chosen section's outline on the right, the capture line below it."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._section_id: str | None = None
        self._own = False
        self._inserted: str | None = None
        self.projector: ProjectorWindow | None = None
        self.sections_model = SectionsModel(self)
        self.items_model = ItemsModel(self)
        self._build()
        self._connect()
        self._install_shortcuts()
        self.reload()
        self.recovery = DraftRecovery(self)
        self.recovery.restore()

    # ---- layout -------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.sections_panel = SectionsPanel(self.sections_model, self)
        self.section_title = QLabel(self)
        self.section_title.setWordWrap(True)
        self.section_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.section_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.section_title.setFont(font)
        self.meeting_clock = ElapsedClock(self.tr("Spotkanie"), self)
        self.agenda_combo = QComboBox(self)
        self.agenda_combo.setAccessibleName(self.tr("Bieżący punkt programu"))
        self.agenda_combo.setMinimumContentsLength(24)
        self.agenda_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agenda_clock = ElapsedClock(self.tr("Punkt"), self)
        self.clocks = CaptureClocks(self.ctx, self.meeting_clock, self.agenda_combo, self.agenda_clock)
        self.outline = OutlineView(self.items_model, self)
        self.capture = CaptureLine(self)
        self.extras = OutlineExtras(self.outline, self.items_model, self.capture, self)
        self.notice = RecoveryNotice(self)
        self.tag_completer, self.detail = self.extras.tag_completer, self.extras.detail
        top = QHBoxLayout()
        top.addWidget(self.section_title, 1)
        top.addWidget(self.meeting_clock)
        top.addSpacing(12)
        top.addWidget(self.agenda_combo)
        top.addWidget(self.agenda_clock)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self._outline_and_detail(right), 1)
        column.addWidget(self.notice)
        column.addWidget(self.capture)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sections_panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.setFocusProxy(self.capture)

    def _outline_and_detail(self, parent: QWidget) -> QSplitter:
        """The outline above, the selected statement in full below (the outline elides long text)."""
        splitter = QSplitter(Qt.Orientation.Vertical, parent)
        splitter.addWidget(self.outline)
        splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([520, 130])
        return splitter

    def _connect(self) -> None:
        self.ctx.changed.connect(self._on_changed)
        self.capture.submitted.connect(self.add_item)
        self.capture.text_edit.edit_requested.connect(self.extras.edit_text)
        self.capture.text_edit.outline_requested.connect(self.focus_outline)
        self.sections_panel.view.selectionModel().currentChanged.connect(self._on_section_chosen)
        self.sections_panel.add_requested.connect(self.add_section)
        self.sections_panel.delete_requested.connect(self.delete_section)
        self.sections_model.rename_requested.connect(self._rename_section)
        self.sections_model.move_requested.connect(self._move_section_to)
        self.items_model.edit_requested.connect(self._edit_item)
        self.items_model.move_requested.connect(self._move_item_to)
        self.outline.indent_requested.connect(self.indent_selected)
        self.outline.delete_requested.connect(self.delete_selected)

    def _install_shortcuts(self) -> None:
        """The page's keys; each says what it does, and the help dialog (F1) lists them from there."""
        self._shortcuts = []
        for kind, spec in KIND_STYLES.items():
            shortcut = QShortcut(QKeySequence(spec.shortcut), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.choose_kind(k))
            shortcut.setWhatsThis(kind_description(kind))
            self._shortcuts.append(shortcut)
        bindings = [
            ("Alt+Up", lambda: self.step_section(-1), SECTION_STEP),
            ("Alt+Down", lambda: self.step_section(+1), SECTION_STEP),
            ("Alt+Shift+Up", lambda: self.move_focused(-1), MOVE),
            ("Alt+Shift+Down", lambda: self.move_focused(+1), MOVE),
            ("Ctrl+M", self.capture.speaker_edit.setFocus, SPEAKER),
            ("Ctrl+L", self.capture.text_edit.setFocus, BACK_TO_CAPTURE),
            ("F5", self.toggle_projector, PROJECTOR),
            ("Ctrl+T", self.extras.edit_tags, TAGS),
            ("Ctrl+D", self.detail.setFocus, DETAIL),
        ]
        for keys, slot, text in bindings:
            shortcut = keys_help.describe(QShortcut(QKeySequence(keys), self), text)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        for keys in ("Esc", "Return", "Enter"):  # only on the outline itself: an open editor keeps its keys
            shortcut = keys_help.describe(QShortcut(QKeySequence(keys), self.outline), OUTLINE_TO_CAPTURE)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.capture.text_edit.setFocus)
            self._shortcuts.append(shortcut)

    # ---- loading ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read everything the page shows from the database (start, undo/redo, external changes)."""
        self.clocks.load()
        speakers = capture_reads.speakers(self.ctx.engine, self.ctx.meeting_id)
        self.capture.speaker_completer.set_people(speakers)
        self.items_model.set_speakers(speakers)
        self._load_sections()
        self._load_items()

    def _load_sections(self) -> None:
        wanted = self._section_id
        view = self.sections_panel.view
        view.selectionModel().blockSignals(True)
        self.sections_model.set_rows(capture_reads.section_rows(self.ctx.engine, self.ctx.meeting_id))
        row = self.sections_model.row_of(wanted)
        self.sections_panel.select_row(max(row, 0))
        view.selectionModel().blockSignals(False)
        current = self.sections_model.section_at(self.sections_panel.current_row())
        self._section_id = current.id if current else None
        self._show_section_title()

    def _load_items(self) -> None:
        """The section's items; the current one stays current (undo, other windows), else the newest is."""
        current = self.items_model.node(self.outline.currentIndex())
        self.tag_completer.set_names(capture_reads.tag_names(self.ctx.engine))  # once per load, never per row
        self.items_model.set_rows(capture_reads.section_items(self.ctx.engine, self._section_id))
        index = self.items_model.index_for_id(current.id) if current else QModelIndex()
        if not index.isValid() and self.items_model.rowCount():
            index = self.items_model.index(self.items_model.rowCount() - 1, COL_TEXT)
        self.outline.scrollToBottom()
        self.outline.select_index(index)

    def _show_section_title(self) -> None:
        section = self.sections_model.section_at(self.sections_model.row_of(self._section_id))
        if section is None:
            self.section_title.setText(self.tr("Dodaj sekcję, aby zacząć notować"))
            self.section_title.setToolTip("")
        else:
            self.section_title.setText(section.title)
            self.section_title.setToolTip(section_kind_label(section.kind))
        if self.projector is not None:
            self.projector.set_title(section.title if section else "")

    def _on_section_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        section = self.sections_model.section_at(current.row()) if current.isValid() else None
        section_id = section.id if section else None
        if section_id != self._section_id:
            self._section_id = section_id
            self.capture.set_level(0)
            self._load_items()
        self._show_section_title()

    def section_id(self) -> str | None:
        """The section being captured into."""
        return self._section_id

    def focus_outline(self) -> None:
        """Up from the capture line: the outline, on the statement just added (else the last one)."""
        index = self.outline.currentIndex()
        if not index.isValid() and self.items_model.rowCount():
            index = self.items_model.index(self.items_model.rowCount() - 1, COL_TEXT)
        self.outline.select_index(index)
        self.outline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_item(self, item_id: str) -> bool:
        """Make a statement current in its section (a search result opened here); False if it is not found."""
        section_id = capture_reads.item_section(self.ctx.engine, item_id)
        row = self.sections_model.row_of(section_id) if section_id else -1
        if row < 0:
            return False
        self.sections_panel.select_row(row)
        index = self.items_model.index_for_id(item_id)
        self.outline.select_index(index)
        self.outline.setFocus()
        return index.isValid()

    # ---- changes coming back ----------------------------------------------------------------------------------

    @contextmanager
    def _running(self) -> Iterator[None]:
        """Mark changes as this page's own, so the simple ones are applied row by row."""
        self._own = True
        try:
            yield
        finally:
            self._own = False

    def _on_changed(self, changes) -> None:
        entities = {change.entity for change in changes}
        if "tag" in entities:
            self.tag_completer.add_names(c.after.get("name", "") for c in changes if c.entity == "tag" and c.after)
        if not self._own:
            self.reload()
            return
        if entities & {"participant", "meeting", "agenda_item"}:
            self.reload()
            return
        if "section" in entities or "item" in entities and not self._apply_items(changes):
            self._load_sections()
            self._load_items()

    def _apply_items(self, changes) -> bool:
        """Apply creations and in-place edits of items without a reload; False when a reload is needed."""
        for change in changes:
            if change.entity != "item":
                continue
            before, after = change.before, change.after
            if before is None and after is not None:
                self._apply_created(after)
            elif before is not None and after is not None and all(
                before.get(key) == after.get(key) for key in ("section_id", "parent_id", "position")
            ):
                self.items_model.update_item(after)
            else:
                return False
        return True

    def _apply_created(self, row: dict) -> None:
        self.sections_model.add_to_count(row.get("section_id", ""), +1)
        if row.get("section_id") == self._section_id:
            self.items_model.insert_item(row)
            self._inserted = row["id"]

    # ---- capture ------------------------------------------------------------------------------------------------

    def add_item(self, kind: str, text: str, level: int, speaker_text: str) -> None:
        """Save one statement at once, show it selected, and clear the line for the next."""
        if self._section_id is None:
            self.ctx.error(self.tr("Najpierw dodaj sekcję, do której trafią notatki."))
            return
        speaker_id = self.capture.speaker_completer.resolve(speaker_text) if speaker_text else None
        if speaker_text and speaker_id is None:
            self.ctx.error(self.tr("Nie ma jednoznacznie takiej osoby na liście obecności: %1").replace("%1", speaker_text))
            self.capture.speaker_edit.setFocus()
            return
        parent, level = self.items_model.parent_for_level(level)
        self.capture.set_level(level)
        self._inserted = None
        with self._running():
            # `text` is also the name of ctx.run's undo label, so the statement travels in a partial.
            add = partial(operations.add_item, text=text.strip())
            changes = self.ctx.run(self.tr("Dodanie wypowiedzi"), add, section_id=self._section_id, kind=kind,
                                   parent_id=parent.id if parent else None, speaker_id=speaker_id)
        if changes:
            self.capture.clear_after_add()
            self.ctx.drafts.forget(CAPTURE_SLOT)
            self.notice.hide()
            self.outline.select_index(self.items_model.index_for_id(changes[0].id))

    def choose_kind(self, kind: str) -> None:
        """Ctrl+1…6: the kind of the selected items when the outline has focus, else of the next statement."""
        nodes = self._selected_nodes() if self.outline.hasFocus() else []
        if not nodes:
            self.capture.set_kind(kind)
            return
        with self._macro(self.tr("Zmiana rodzaju"), len(nodes)), self._running():
            for node in nodes:
                self.ctx.run(self.tr("Zmiana rodzaju"), operations.update_item, item_id=node.id, kind=kind)

    @contextmanager
    def _macro(self, text: str, count: int) -> Iterator[None]:
        """Several operations as one undo step."""
        if count > 1:
            self.ctx.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            if count > 1:
                self.ctx.undo_stack.endMacro()

    # ---- outline actions ----------------------------------------------------------------------------------------

    def _selected_nodes(self) -> list[Node]:
        """Selected items without those whose ancestor is selected too, in document order."""
        rows = self.outline.selectionModel().selectedRows(0)
        nodes = [n for n in (self.items_model.node(i) for i in rows) if n is not None]
        chosen = {id(n) for n in nodes}

        def inside_selected(node: Node) -> bool:
            parent = node.parent
            while parent is not None:
                if id(parent) in chosen:
                    return True
                parent = parent.parent
            return False

        return sorted((n for n in nodes if not inside_selected(n)), key=lambda n: n.flat)

    def delete_selected(self) -> None:
        """Delete the selected items (one undo step) and keep the cursor where it was."""
        nodes = self._selected_nodes()
        if not nodes:
            return
        flat = nodes[0].flat
        with self._macro(self.tr("Usunięcie wypowiedzi"), len(nodes)), self._running():
            for node in nodes:
                self.ctx.run(self.tr("Usunięcie wypowiedzi"), operations.delete_item, item_id=node.id)
        count = self.items_model.rowCount()
        if count:
            self.outline.select_index(self.items_model.index(min(flat, count - 1), COL_TEXT))
        self.outline.setFocus()

    def indent_selected(self, step: int) -> None:
        """Tab / Shift+Tab on an item: make it a sub-point of the item above, or lift it one level."""
        node = self.items_model.node(self.outline.currentIndex())
        if node is None:
            return
        op = operations.indent_item if step > 0 else operations.outdent_item
        text = self.tr("Wcięcie") if step > 0 else self.tr("Zmniejszenie wcięcia")
        with self._running():
            self.ctx.run(text, op, item_id=node.id)
        self.outline.select_index(self.items_model.index_for_id(node.id))

    def _edit_item(self, item_id: str, field: str, value) -> None:
        tags = field == "tags"  # each tagging is its own undo step; typing in the text merges
        with self._running():
            edit = partial(operations.update_item, **{field: value})
            self.ctx.run(self.tr("Zmiana tagów") if tags else self.tr("Zmiana treści"), edit,
                         merge_key=None if tags else f"item-{field}-{item_id}", item_id=item_id)

    def _move_item_to(self, item_id: str, parent_id: str | None, position: int) -> None:
        with self._running():
            self.ctx.run(self.tr("Przeniesienie wypowiedzi"), operations.move_item, item_id=item_id,
                         position=position, parent_id=parent_id, section_id=self._section_id)
        self.outline.select_index(self.items_model.index_for_id(item_id))

    def move_focused(self, step: int) -> None:
        """Alt+Shift+Up/Down: move the selected item when the outline has focus, else the section."""
        node = self.items_model.node(self.outline.currentIndex()) if self.outline.hasFocus() else None
        if node is None:
            self.move_section(step)
            return
        siblings = node.parent.children if node.parent else []  # top-level items hang from the root node
        position = node.row + step
        if 0 <= position < len(siblings):
            with self._running():
                self.ctx.run(self.tr("Przeniesienie wypowiedzi"), operations.move_item, item_id=node.id,
                             position=position)
            self.outline.select_index(self.items_model.index_for_id(node.id))

    # ---- sections -----------------------------------------------------------------------------------------------

    def step_section(self, step: int) -> None:
        """Alt+Up/Down: the previous/next section, focus stays where it was."""
        row = self.sections_panel.current_row() + step
        if 0 <= row < self.sections_model.rowCount():
            self.sections_panel.select_row(row)

    def add_section(self, kind: str = "area") -> None:
        """Add a section (or a thematic block) at the end and start renaming it in place."""
        title = self.tr("Nowy blok tematyczny") if kind == "theme" else self.tr("Nowa sekcja")
        with self._running():
            changes = self.ctx.run(self.tr("Dodanie sekcji"), operations.add_section, meeting_id=self.ctx.meeting_id,
                                   title=title, kind=kind)
        if changes:
            self.sections_panel.select_row(self.sections_model.row_of(changes[0].id))
            self.sections_panel.view.setFocus()
            self.sections_panel.view.edit(self.sections_panel.view.currentIndex())

    def delete_section(self) -> None:
        """Delete the chosen section with its items (undo brings everything back)."""
        if self._section_id is None:
            return
        row = self.sections_panel.current_row()
        with self._running():
            self.ctx.run(self.tr("Usunięcie sekcji"), operations.delete_section, section_id=self._section_id)
        if self.sections_model.rowCount():
            self.sections_panel.select_row(min(row, self.sections_model.rowCount() - 1))

    def _rename_section(self, section_id: str, title: str) -> None:
        with self._running():
            self.ctx.run(self.tr("Zmiana nazwy sekcji"), operations.update_section, section_id=section_id, title=title)

    def move_section(self, step: int) -> None:
        """Move the chosen section up or down."""
        row = self.sections_panel.current_row()
        if self._section_id is not None and 0 <= row + step < self.sections_model.rowCount():
            self._move_section_to(self._section_id, row + step)

    def _move_section_to(self, section_id: str, position: int) -> None:
        with self._running():
            self.ctx.run(self.tr("Przeniesienie sekcji"), operations.move_section, section_id=section_id,
                         position=position)
        self.sections_panel.select_row(self.sections_model.row_of(section_id))

    # ---- projector and clocks ------------------------------------------------------------------------------------

    def toggle_projector(self) -> None:
        """F5: open the participants' view on the room's screen, or close it."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self.items_model, self)
            self.projector.closed.connect(self.capture.text_edit.setFocus)
        self._show_section_title()
        self.projector.show_on_room_screen()
        self.activateWindow()
        self.capture.text_edit.setFocus()

    def keyPressEvent(self, event) -> None:
        """Esc that no field used (the capture line has no use for it) closes the participants' view."""
        if event.key() == Qt.Key.Key_Escape and self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.clocks.started:
            self.clocks.start()
            editor = self.recovery.restored_editor()
            (editor or self.capture.text_edit).setFocus()  # a recovered correction keeps the keyboard

    def flush(self) -> None:
        """Save the drafts being typed now (page switch, undo, close), not waiting for the next save."""
        self.ctx.drafts.save_now()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self.projector is not None and not self.window().isVisible():
            self.projector.close()
