"""A full disk during live capture: a clear message, the statement stays in the line, nothing saved is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from facilitator import operations
from tests.ui.capture_helpers import db_items, make_meeting, make_page, type_item


def _fill_the_disk(engine) -> None:
    """SQLite's page limit makes every later write fail with SQLITE_FULL, as a full disk does."""
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("pragma page_count").scalar()

    def limit(dbapi_connection, _record):
        dbapi_connection.execute(f"pragma max_page_count = {pages}")

    event.listen(engine, "connect", limit)
    engine.dispose()


def test_capture_on_a_full_disk_keeps_the_text_and_what_was_saved(qtbot, engine, monkeypatch):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: boxes.append(text)))
    ctx, page = make_page(qtbot, engine, make_meeting(engine))
    failures: list[str] = []
    ctx.failed.connect(failures.append)
    type_item(qtbot, page, "Zapisana przed awarią")
    _fill_the_disk(engine)
    long_text = "Bardzo długa wypowiedź, która nie zmieści się już na dysku. " * 400
    page.capture.text_edit.setText(long_text)
    type_item(qtbot, page, "")  # Enter
    assert failures and "full" in failures[0].lower(), failures
    assert page.capture.text_edit.text() == long_text  # nothing typed is lost: it can be sent again
    assert [row[3] for row in db_items(engine, ctx.meeting_id)] == ["Zapisana przed awarią"]
    assert operations.get_meeting(engine, ctx.meeting_id) is not None
