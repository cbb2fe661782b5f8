"""An unexpected error in a slot is logged with its traceback and told to the user in one box."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from ui import crash


def test_unexpected_errors_are_logged_and_shown(qtbot, monkeypatch, tmp_path, caplog):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, title, text, *a: shown.append((title, text))))
    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "logs" / "facilitator.log")
    words = ["coś poszło", "nie tak <&>"]
    message = " ".join(words)  # data, not code: not on any source line in the traceback
    try:
        raise ValueError(message)
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="facilitator.ui"):
            crash.report(ValueError, exc, exc.__traceback__)
    assert "Traceback" in caplog.text and "ValueError" in caplog.text and "test_crash.py" in caplog.text
    assert "coś poszło nie tak" not in caplog.text  # messages may carry names and statements: never logged
    assert shown and "coś poszło nie tak <&>" in shown[0][1] and str(tmp_path / "logs") in shown[0][1]
    assert "zapisane" in shown[0][1]


def test_install_writes_the_log_file(qtbot, monkeypatch, tmp_path):
    import sys

    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "logs" / "facilitator.log")
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: None))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install()
    try:
        assert sys.excepthook is crash.report
        try:
            name = ["Jan", "Kowalski"]
            raise RuntimeError(" ".join(name))
        except RuntimeError as exc:
            crash.report(RuntimeError, exc, exc.__traceback__)
        for handler in crash.log.handlers:
            handler.flush()
        written = tmp_path / "logs" / "facilitator.log"
        text = written.read_text(encoding="utf-8")
        assert "RuntimeError" in text and "Jan Kowalski" not in text
        assert written.stat().st_mode & 0o777 == 0o600
        for _ in range(3000):  # ~1.5 MB of reports: the log is rotated, each file private
            crash.log.error("x" * 500)
        rotated = sorted(written.parent.iterdir())
        assert len(rotated) == 2 and all(p.stat().st_mode & 0o777 == 0o600 for p in rotated)
        assert all(p.stat().st_size <= crash.LOG_BYTES for p in rotated)
    finally:
        for handler in list(crash.log.handlers):
            crash.log.removeHandler(handler)
            handler.close()
