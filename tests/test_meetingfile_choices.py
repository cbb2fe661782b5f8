"""Per-conflict choices, progress and cancellation of an import: still one transaction, still idempotent."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.meetingfile import (
    CHOICES,
    ImportCancelled,
    ImportConflictError,
    MeetingFileError,
    Source,
    apply_import,
    import_data,
    plan_import,
)
from facilitator.meetingfile.store import GROUP_ROWS
from facilitator.model import Item, Meeting, Participant, Section

NS = uuid.UUID("5f1d0c8e-2b7a-4e59-9d3c-7a1e0b6c4d21")
LOCAL, FILE = "local", "file"


def uid(name: str) -> str:
    """A stable id per readable name."""
    return str(uuid.uuid5(NS, name))


def _meeting(name: str, title: str, day: str, texts: dict[str, str]) -> dict:
    """A meeting file with one participant, one section and the given items (name → text)."""
    items = [{"id": uid(k), "kind": "proposal", "text": t, "speaker": uid(f"{name}-p")} for k, t in texts.items()]
    return {"format": "facilitator-meeting", "version": 1, "meeting": {
        "id": uid(name), "title": title, "date": day, "facilitator": "Ewa Chromniak", "language": "pl",
        "participants": [{"id": uid(f"{name}-p"), "name": "Anna Kowalska", "organisation": "Fundacja Łódź"}],
        "sections": [{"id": uid(f"{name}-s"), "title": "Wnioski", "kind": "area", "items": items}],
    }}


def _first() -> dict:
    return _meeting("m1", "Konsultacje – sport", "2018-06-15",
                    {"x1": "Więcej boisk <osiedlowych> & hal 🏟️", "x2": "Dotacje na obozy", "x3": "Bez zmian"})


def _second() -> dict:
    return _meeting("m2", "Konsultacje – kultura", "2018-06-22", {"y1": "Lokale dla NGO", "y2": "Granty"})


def _edit(engine, model, row_id: str, **fields) -> None:
    with Session(engine) as session:
        row = session.get(model, row_id)
        for key, value in fields.items():
            setattr(row, key, value)
        session.commit()


def _text(engine, name: str) -> str | None:
    with engine.connect() as conn:
        return conn.scalar(select(Item.text).where(Item.id == uid(name)))


def _snapshot(engine) -> dict:
    """Every stored row with its change time and base, to prove that nothing was written."""
    with engine.connect() as conn:
        return {m.__tablename__: sorted(map(tuple, conn.execute(select(m.__table__)).all()))
                for m in (Meeting, Participant, Section, Item)}


def _conflicted(engine) -> list[dict]:
    """Both meetings imported, then four rows changed here and differently in the files (one deleted there)."""
    import_data(engine, [_first(), _second()])
    _edit(engine, Item, uid("x1"), text="Urząd: boiska & hale <2019>")
    _edit(engine, Item, uid("x2"), text="Urząd: dotacje na obozy i kolonie")
    _edit(engine, Item, uid("y1"), text="Urząd: lokale dla organizacji")
    _edit(engine, Participant, uid("m2-p"), organisation="Fundacja Łódzka (urząd)")
    first, second = _first(), _second()
    items = first["meeting"]["sections"][0]["items"]
    items[0]["text"] = "Plik: boiska, hale i baseny 🏊"
    items[1]["text"] = "Plik: dotacje na obozy sportowe"
    items.append({"id": uid("x4"), "kind": "remark", "text": "Nowa uwaga z pliku"})
    second["meeting"]["sections"][0]["items"][0]["text"] = "Plik: lokale w centrum"
    second["meeting"]["participants"][0]["organisation"] = "Fundacja Łódź Otwarta"
    second["meeting"]["sections"][0]["items"].pop(1)                        # y2 removed in the file, unchanged here
    return [first, second]


def _organisation(engine) -> str:
    with engine.connect() as conn:
        return conn.scalar(select(Participant.organisation).where(Participant.id == uid("m2-p")))


def test_conflict_key_names_entity_and_id(engine):
    plan = plan_import(engine, _conflicted(engine))
    keys = {c.key for c in plan.conflicts}
    assert keys == {f"item:{uid('x1')}", f"item:{uid('x2')}", f"item:{uid('y1')}", f"participant:{uid('m2-p')}"}
    assert all(c.resolution is None for c in plan.conflicts)
    assert CHOICES == ("local", "file")


def test_mixed_choices_across_two_meetings_then_reimport_is_idempotent(engine):
    datas = _conflicted(engine)
    plan = plan_import(engine, datas)
    choices = {f"item:{uid('x1')}": FILE, f"item:{uid('x2')}": LOCAL, f"item:{uid('y1')}": FILE,
               f"participant:{uid('m2-p')}": LOCAL}
    result = apply_import(engine, plan, choices=choices)                      # refuse, but every conflict chosen

    assert {c.key: c.resolution for c in result.conflicts} == choices
    assert _text(engine, "x1") == "Plik: boiska, hale i baseny 🏊"
    assert _text(engine, "x2") == "Urząd: dotacje na obozy i kolonie"
    assert _text(engine, "y1") == "Plik: lokale w centrum"
    assert _organisation(engine) == "Fundacja Łódzka (urząd)"
    assert _text(engine, "x4") == "Nowa uwaga z pliku" and _text(engine, "y2") is None   # one-sided changes merged
    assert _text(engine, "x3") == "Bez zmian"

    before = _snapshot(engine)
    again = plan_import(engine, datas)
    assert not again.conflicts and again.count("unchanged") == 2
    assert import_data(engine, datas).count("unchanged") == 2
    assert _snapshot(engine) == before


@pytest.mark.parametrize(("policy", "others"), [("keep", LOCAL), ("theirs", FILE), ("newer", FILE),
                                                ("newer-older-file", LOCAL)])
def test_choices_override_each_policy_and_the_rest_follow_it(engine, policy, others):
    datas = _conflicted(engine)
    when = datetime.now(UTC) + (timedelta(days=-1) if policy == "newer-older-file" else timedelta(days=1))
    sources = [Source(data=d, name=f"{i}.json", modified=when) for i, d in enumerate(datas)]
    choices = {f"item:{uid('x1')}": LOCAL if others == FILE else FILE,
               f"participant:{uid('m2-p')}": LOCAL if others == FILE else FILE}
    result = import_data(engine, sources, on_conflict=policy.split("-")[0], choices=choices)

    decided = {c.key: c.resolution for c in result.conflicts}
    assert decided == {**{f"item:{uid(n)}": others for n in ("x2", "y1")}, **choices}
    local_x1 = others == FILE
    assert _text(engine, "x1") == ("Urząd: boiska & hale <2019>" if local_x1 else "Plik: boiska, hale i baseny 🏊")
    assert _organisation(engine) == ("Fundacja Łódzka (urząd)" if local_x1 else "Fundacja Łódź Otwarta")
    assert _text(engine, "x2") == ("Plik: dotacje na obozy sportowe" if others == FILE
                                   else "Urząd: dotacje na obozy i kolonie")
    assert _text(engine, "y1") == ("Plik: lokale w centrum" if others == FILE else "Urząd: lokale dla organizacji")
    assert not plan_import(engine, datas).conflicts


def test_refuse_with_a_conflict_left_unchosen_stores_nothing(engine):
    datas = _conflicted(engine)
    before = _snapshot(engine)
    plan = plan_import(engine, datas)
    chosen = {f"item:{uid('x1')}": FILE, f"item:{uid('x2')}": FILE, f"participant:{uid('m2-p')}": LOCAL}
    with pytest.raises(ImportConflictError) as caught:
        apply_import(engine, plan, choices=chosen)
    message = str(caught.value)
    assert message.startswith("1 conflict (changed here and in the file): item 'Urząd: lokale dla organizacji'")
    assert "Konsultacje – kultura" in message and "nothing was imported" in message
    assert caught.value.plan is plan
    assert _snapshot(engine) == before
    with pytest.raises(ImportConflictError):
        import_data(engine, datas, choices={})
    assert _snapshot(engine) == before


@pytest.mark.parametrize(("choice", "expected"), [(LOCAL, "Rozbudowane w urzędzie"), (FILE, None)])
def test_choice_for_a_row_deleted_in_the_file(engine, choice, expected):
    import_data(engine, [_first()])
    _edit(engine, Item, uid("x3"), text="Rozbudowane w urzędzie")
    data = _first()
    data["meeting"]["sections"][0]["items"].pop()
    [conflict] = plan_import(engine, [data]).conflicts
    assert conflict.theirs is None
    result = import_data(engine, [data], choices={conflict.key: choice})
    assert result.conflicts[0].resolution == choice and _text(engine, "x3") == expected
    assert not import_data(engine, [data]).conflicts


def test_unknown_choice_is_refused_before_anything(engine):
    datas = _conflicted(engine)
    before = _snapshot(engine)
    with pytest.raises(MeetingFileError, match=r"unknown choice 'mine' for conflict item:.* \(choose one of local, file\)"):
        import_data(engine, datas, on_conflict="keep", choices={f"item:{uid('x1')}": "mine"})
    assert _snapshot(engine) == before


def test_choice_for_a_row_not_in_conflict_is_ignored(engine):
    import_data(engine, [_first()])
    result = import_data(engine, [_first(), _second()], choices={f"item:{uid('x1')}": FILE, "item:nope": LOCAL})
    assert not result.conflicts and result.count("new") == 1 and result.count("unchanged") == 1


def test_progress_is_reported_per_meeting_written(engine):
    calls: list[tuple[int, int]] = []
    import_data(engine, [_first(), _second()], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]
    calls.clear()
    plan = plan_import(engine, _conflicted(engine) + [_meeting("m3", "Trzecie", "2018-07-01", {"z1": "Z"})])
    apply_import(engine, plan, on_conflict="theirs", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_cancel_between_meetings_stores_nothing_and_a_later_import_works(engine):
    big = _meeting("big", "Duże spotkanie", "2018-06-01", {f"b{i}": f"Wniosek nr {i}" for i in range(GROUP_ROWS)})
    calls: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled, match="nothing was imported"):
        import_data(engine, [big, _first(), _second()], progress=lambda d, t: calls.append((d, t)),
                    should_cancel=lambda: bool(calls))
    assert calls == [(1, 3)]                                                  # the big meeting was written …
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Meeting)) == 0   # … and rolled back
        assert conn.scalar(select(func.count()).select_from(Item)) == 0
    assert import_data(engine, [big, _first(), _second()], should_cancel=lambda: False).count("new") == 3
    assert import_data(engine, [big, _first(), _second()]).count("unchanged") == 3


def test_cancel_of_an_update_with_choices_keeps_the_database_as_it_was(engine):
    datas = _conflicted(engine)
    before = _snapshot(engine)
    plan = plan_import(engine, datas)
    written: list[int] = []
    with pytest.raises(ImportCancelled):
        apply_import(engine, plan, choices={c.key: FILE for c in plan.conflicts},
                     progress=lambda done, _total: written.append(done), should_cancel=lambda: len(written) == 2)
    assert written == [1, 2] and _snapshot(engine) == before                 # even after the last meeting
    with pytest.raises(ImportCancelled):
        plan_import(engine, datas, should_cancel=lambda: True)
    result = apply_import(engine, plan, choices={c.key: FILE for c in plan.conflicts})
    assert result.count("updated") == 2 and _text(engine, "y1") == "Plik: lokale w centrum"
