"""A big import reads, merges and writes under one write lock: an edit made meanwhile is never overwritten."""

from __future__ import annotations

import copy
import threading
import time
import uuid

import pytest
from sqlalchemy import select

from facilitator import operations
from facilitator.meetingfile import ImportConflictError, import_data
from facilitator.model import Item
from facilitator.store import DatabaseError

FILES = 300


def _meeting(index: int) -> dict:
    ns = uuid.UUID("5b0a8f0e-3c1d-4f7e-9a2b-6d4c8e1f0a99")
    return {"format": "facilitator-meeting", "version": 1, "meeting": {
        "id": str(uuid.uuid5(ns, f"m{index}")), "title": f"Spotkanie {index}", "date": "2026-03-01",
        "sections": [{"id": str(uuid.uuid5(ns, f"s{index}")), "title": "Uwagi", "items": [
            {"id": str(uuid.uuid5(ns, f"i{index}-{n}")), "kind": "remark", "text": f"Uwaga {n} ze spotkania {index}"}
            for n in range(4)]}]}}


@pytest.mark.parametrize("edit_at", [5, 150, 295])
def test_an_edit_during_a_300_file_import_is_never_lost(engine, edit_at):
    files = [_meeting(i) for i in range(FILES)]
    import_data(engine, files)
    changed = copy.deepcopy(files)  # every file brings a new text for its first statement
    for f in changed:
        f["meeting"]["sections"][0]["items"][0]["text"] += " (poprawione w pliku)"
    target = files[edit_at]["meeting"]["sections"][0]["items"][0]["id"]
    outcome: dict[str, object] = {}

    def edit() -> None:
        try:
            operations.update_item(engine, item_id=target, text="Poprawione na spotkaniu")
            outcome["edit"] = "saved"
        except DatabaseError as exc:  # told to the user, never silently lost
            outcome["edit"] = exc

    editor = threading.Thread(target=edit)
    seen = {"n": 0}

    def midway() -> bool:
        seen["n"] += 1
        if seen["n"] == edit_at:
            editor.start()
            time.sleep(0.2)  # the edit has every chance to commit while the import is merging
        return False

    try:
        import_data(engine, changed, on_conflict="refuse", should_cancel=midway)
        outcome["import"] = "imported"
    except ImportConflictError:
        outcome["import"] = "conflict"
    editor.join(30)
    with engine.connect() as conn:
        text = conn.execute(select(Item.text).where(Item.id == target)).scalar_one()
    if outcome["edit"] == "saved":
        assert text == "Poprawione na spotkaniu", outcome
    else:
        assert outcome["import"] == "imported" and text.endswith("(poprawione w pliku)"), outcome
