"""Screenshots of the import preview, search, recurring statements and the office's positions (offscreen Qt).

Run: ``QT_QPA_PLATFORM=offscreen python -m tools.screenshots.officials docs/screenshots``
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def _wait(predicate, timeout: float = 30.0) -> None:
    """Let the event loop run until the background work is done."""
    end = time.monotonic() + timeout
    while not predicate():
        QApplication.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("the screen did not finish loading")
        time.sleep(0.01)
    QApplication.processEvents()


def _generated(count: int) -> list[dict]:
    """Meetings from the benchmark generator (smaller ones, so the lists stay readable)."""
    from benchmarks.datagen import generate_meeting

    return [generate_meeting(i, items=25) for i in range(1, count + 1)]


def _files(engine, folder: Path) -> list[Path]:
    """A batch as an official gets it: the sample changed both here and on the laptop, new meetings, a bad file."""
    from facilitator import meetingfile, operations
    from facilitator.sample import load_sample

    sample = load_sample()
    older = _generated(2)
    meetingfile.import_data(engine, [sample, *older])
    first = sample["meeting"]["sections"][0]["items"][2]
    operations.update_item(engine, item_id=first["id"],
                           text="W mieście nie ma polityki migracyjnej, a co dziesiąty mieszkaniec to Ukrainiec "
                                "(poprawione w urzędzie).")
    changed = copy.deepcopy(sample)
    changed["meeting"]["sections"][0]["items"][2]["text"] = (
        "Miasto nie prowadzi polityki migracyjnej, podczas gdy ok. 10% mieszkańców Krakowa to Ukraińcy "
        "(uzupełnione przez facylitatorkę).")
    changed["meeting"]["sections"][1]["items"].append(
        {"kind": "proposal", "text": "Comiesięczne dyżury urzędników w Centrum Obywatelskim.", "tags": ["komunikacja"]})
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in [("2018-06-15-bis.json", changed), *((f"spotkanie-{i}.json", d) for i, d in
                                                          enumerate([*older, *_generated(5)[2:]], start=1))]:
        path = folder / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    broken = folder / "notatki-z-pendrive.json"
    broken.write_text('{"format": "facilitator-meeting", "version": 2, "meeting": {}}', encoding="utf-8")
    return [*paths, broken]


def _save(widget: QWidget, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


PARAPHRASES = Path(__file__).resolve().parents[2] / "tests" / "data" / "paraphrases.txt"


def _paraphrase_meetings(count: int = 9) -> list[dict]:
    """Meetings whose statements are drawn from the labelled paraphrase corpus, so real recurring groups form."""
    import random
    import uuid

    from benchmarks.bench_grouping import read_corpus

    groups = [texts for _, texts in read_corpus(PARAPHRASES)]
    rnd = random.Random(11)
    titles = ("Tworzenie polityk publicznych", "Komunikacja i wsparcie dla NGO", "Polityka lokalowa")
    venues = ("Centrum Obywatelskie", "Ratusz, sala 12", "Biblioteka Główna")
    meetings = []
    for m in range(count):
        sections = [{"title": title, "kind": "area", "items": [
            {"kind": rnd.choice(("weakness", "proposal", "recommendation")), "text": rnd.choice(rnd.choice(groups[:24]))}
            for _ in range(4)]} for title in titles]
        meetings.append({"format": "facilitator-meeting", "version": 1, "meeting": {
            "id": str(uuid.UUID(int=rnd.getrandbits(128))), "title": "Podsumowanie spotkania konsultacyjnego",
            "series": "Program współpracy 2027", "venue": venues[m % 3], "date": f"2026-10-{m + 5:02d}",
            "sections": sections}})
    return meetings


def _recurring(engine, path: Path) -> Path:
    """The recurring-statements window over meetings that repeat each other, the largest group chosen and the
    statements in no group ranked closest to it first."""
    from facilitator import meetingfile
    from ui.officials.recurring_dialog import RecurringDialog

    meetingfile.import_data(engine, _paraphrase_meetings())
    dialog = RecurringDialog(engine)
    dialog.resize(1180, 780)
    dialog.show()
    _wait(lambda: not dialog.busy)
    if dialog.table.rowCount():
        dialog.table.selectRow(0)
        key = dialog.current_group().key
        _wait(lambda: dialog.closest is not None and dialog.closest[0] == key)
    QApplication.processEvents()
    written = _save(dialog, path)
    dialog.close()
    return written


ANSWERS = (
    ("partly_accepted", ("Program przewiduje przegląd lokali miejskich w 2027 r.; pierwszeństwo dostaną "
                         "organizacje bez siedziby."), "§ 5 ust. 2"),
    ("accepted", "Ogłoszenia o konkursach będą publikowane co najmniej 30 dni przed terminem.", "§ 8 ust. 1"),
    ("not_accepted", "Zadanie nie należy do gminy; uwaga zostanie przekazana wojewodzie.", None),
)


def _consultation(engine, dialog_path: Path, report_path: Path) -> list[Path]:
    """The office's positions window with a few remarks answered, and the first table page of the report it exports
    as PDF (the printed page as a reader gets it, rendered by pdftoppm, which poppler-utils installs)."""
    from facilitator import operations
    from facilitator.report import ReportOptions, consultation, write
    from ui.officials.consultation_dialog import ConsultationDialog

    remarks = consultation.collect(engine, ReportOptions(), split=False).remarks()
    chosen = [r for r in remarks if r.grouped][:1] + [r for r in remarks if not r.grouped][:2]
    for remark, (position, justification, paragraph) in zip(chosen, ANSWERS):
        operations.set_response(engine, item_ids=[s.item_id for s in remark.members], position=position,
                                justification=justification, paragraph=paragraph)
    dialog = ConsultationDialog(engine)
    dialog.resize(1180, 780)
    dialog.show()
    _wait(lambda: not dialog.busy)
    written = [_save(dialog, dialog_path)]
    dialog.close()
    if shutil.which("pdftoppm") is None:
        print(f"{report_path.name} not written: pdftoppm (poppler-utils) is not installed", file=sys.stderr)
        return written
    with tempfile.TemporaryDirectory() as temp:
        pdf = write(engine, "pdf", ReportOptions(), Path(temp) / "raport.pdf", kind="consultation")
        page = Path(temp) / "page"  # page 2: the first of the remarks, after the title page with the counts
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "2", "-l", "2", "-singlefile", str(pdf), str(page)],
                       check=True)
        shutil.copyfile(page.with_suffix(".png"), report_path)
    written.append(report_path)
    return written


def shoot(outdir: str | os.PathLike[str]) -> list[Path]:
    """Write import-preview.png, search.png, recurring.png, consultation.png and consultation-report.png."""
    from facilitator.store import open_database
    from ui.app import make_application
    from ui.officials.import_dialog import ImportDialog
    from ui.officials.search_window import SearchWindow

    app = make_application(sys.argv[:1])  # as the app starts: translators and core messages in the UI language
    out = Path(outdir)
    with tempfile.TemporaryDirectory() as temp:
        engine = open_database(Path(temp) / "screens.sqlite")
        try:
            paths = _files(engine, Path(temp) / "od facylitatorów")
            dialog = ImportDialog(engine)
            dialog.resize(1180, 820)
            dialog.show()
            dialog.load(paths)
            _wait(lambda: not dialog.busy)
            written = [_save(dialog, out / "import-preview.png")]
            dialog.close()
            window = SearchWindow(engine)
            window.resize(1240, 760)
            window.show()
            _wait(lambda: not window.busy)
            window.query.setText("lokal")
            window.search_now()
            _wait(lambda: not window.busy)
            written.append(_save(window, out / "search.png"))
            window.close()
            written.append(_recurring(engine, out / "recurring.png"))
            written.extend(_consultation(engine, out / "consultation.png", out / "consultation-report.png"))
            from ui.officials import workers

            workers.wait_all()
        finally:
            engine.dispose()
    del app
    return written


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for written_path in shoot(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"):
        print(written_path)
