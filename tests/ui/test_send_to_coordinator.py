"""A meeting file sent from the laptop is the base of later merges: local edits made after it never conflict."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFileDialog

from facilitator import meetingfile, operations


def test_reimporting_the_sent_file_after_local_edits_keeps_them_without_conflict(qtbot, engine, tmp_path,
                                                                                 monkeypatch):
    from ui.start_window import StartWindow

    meeting_id = operations.create_meeting(engine, date=date(2019, 3, 1), template=True)[0].id
    section_id = operations.get_meeting(engine, meeting_id).sections[0].id
    item_id = operations.add_item(engine, section_id=section_id, kind="weakness", text="Przed wysłaniem")[0].id
    window = StartWindow(engine)
    qtbot.addWidget(window)
    window.show()
    window.select(meeting_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "wyslane.json"), ""))
    sent = window.files.export_current()
    operations.update_item(engine, item_id=item_id, text="Poprawione po wysłaniu")

    plan = meetingfile.plan_import(engine, [meetingfile.load(sent)])
    assert plan.conflicts == []
    meetingfile.apply_import(engine, plan)
    texts = [i.text for s in operations.get_meeting(engine, meeting_id).sections for i in s.items]
    assert texts == ["Poprawione po wysłaniu"]
