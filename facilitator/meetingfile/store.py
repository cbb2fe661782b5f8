"""Import into the store: plan (preview, nothing written) and apply (one transaction for the whole batch)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date

from sqlalchemy import Engine, bindparam, delete, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from facilitator.i18n import ntr, term, tr
from facilitator.meetingfile.errors import ImportConflictError, MeetingFileError
from facilitator.meetingfile.merge import Actions, MeetingMerge
from facilitator.meetingfile.plan import CHOICES, POLICIES, ImportCancelled, ImportPlan, ImportResult, MeetingImport
from facilitator.meetingfile.reading import Source, as_sources
from facilitator.meetingfile.rows import MODELS, Row, chunks, existing_ids, file_rows, fingerprint, local_rows
from facilitator.model import AgendaItem, Tag, item_response, item_tag, new_id, recurring_label, utcnow

logger = logging.getLogger(__name__)


def _check_batch(session: Session, sources: list[Source], stored: dict[str, list[Row]],
                 rows: list[list[Row]]) -> None:
    """Refuse a batch whose ids clash: one meeting twice, or a row that belongs to another meeting."""
    owner: dict[str, str] = {}
    fresh: dict[str, dict[str, str]] = {entity: {} for entity in MODELS}
    for index, source in enumerate(sources):
        name = source.name or tr("meeting file #{number}", number=index + 1)
        mine = {row.id for row in stored.get(source.data["meeting"]["id"], ())}
        for row in rows[index]:
            if row.id in owner:
                raise MeetingFileError(tr("{entity} id {id} is also used in {other}", entity=term(row.entity),
                                          id=row.id, other=owner[row.id]), file=name)
            owner[row.id] = name
            if row.id not in mine:
                fresh[row.entity][row.id] = name
    for entity, ids in fresh.items():
        clash = existing_ids(session, entity, ids)
        if clash:
            row_id = min(clash)
            raise MeetingFileError(tr("{entity} id {id} already belongs to another meeting in the database",
                                      entity=term(entity), id=row_id), file=ids[row_id])


Progress = Callable[[int, int], None]
BULK = 2  # an import of this many files or more is backed up first
GROUP_ROWS = 2000  # rows written per group of meetings: fewer statements, still frequent progress and Cancel
ShouldCancel = Callable[[], bool]


def _stop_if_cancelled(should_cancel: ShouldCancel | None) -> None:
    """Between meetings: the caller asked to stop, so the open transaction rolls back."""
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()


def _merge(session: Session, sources: list[Source], policy: str, choices: Mapping[str, str] | None = None,
           should_cancel: ShouldCancel | None = None) -> list[tuple[MeetingImport, Actions]]:
    stored = local_rows(session, [s.data["meeting"]["id"] for s in sources])
    rows = [file_rows(s.data) for s in sources]
    _check_batch(session, sources, stored, rows)
    merged = []
    for source, theirs in zip(sources, rows):
        _stop_if_cancelled(should_cancel)
        merged.append(MeetingMerge(source, theirs, stored.get(source.data["meeting"]["id"]), policy, choices).run())
    return merged


def plan_import(engine: Engine, datas: Iterable, *, should_cancel: ShouldCancel | None = None) -> ImportPlan:
    """Preview an import (meeting files as dicts or Sources); validates the whole batch, writes nothing."""
    from facilitator.store.connection import read_session

    sources = as_sources(datas)
    with read_session(engine) as session:  # one snapshot: a meeting another process imports meanwhile is whole
        merged = _merge(session, sources, "refuse", should_cancel=should_cancel)
        session.rollback()
    return ImportPlan(meetings=[report for report, _ in merged], sources=sources)


def _refusal(reports: list[MeetingImport]) -> str:
    conflicts = [(m, c) for m in reports for c in m.conflicts if c.resolution is None]
    first = "; ".join(tr("{entity} {label!r} in {title!r} ({date})", entity=term(c.entity), label=c.label,
                         title=m.title, date=m.date) for m, c in conflicts[:3])
    more = tr(" and {count} more", count=len(conflicts) - 3) if len(conflicts) > 3 else ""
    return ntr("{n} conflict (changed here and in the file): {first}{more}; nothing was imported; choose to keep "
               "the local version, take the file's or take the newer",
               "{n} conflicts (changed here and in the file): {first}{more}; nothing was imported; choose to keep "
               "the local version, take the file's or take the newer", len(conflicts), first=first, more=more)


def apply_import(engine: Engine, plan: ImportPlan, on_conflict: str = "refuse", *,
                 choices: Mapping[str, str] | None = None, progress: Progress | None = None,
                 should_cancel: ShouldCancel | None = None) -> ImportResult:
    """Store a planned import in one transaction; the merge is recomputed against the current database.

    `choices` maps `RowConflict.key` to the side to keep ("local" | "file") and overrides `on_conflict` for those
    rows; with "refuse", a conflict left without a choice refuses the whole batch. `progress(done, total)` is
    called once per meeting, after it is written (meetings are written in groups of about GROUP_ROWS rows);
    `should_cancel()` is asked before each meeting and before the commit, and a True answer raises
    ImportCancelled with nothing stored.
    """
    return _import(engine, plan.sources, on_conflict, choices, progress, should_cancel, plan=plan)


def import_data(engine: Engine, datas: Iterable, on_conflict: str = "refuse", *,
                choices: Mapping[str, str] | None = None, progress: Progress | None = None,
                should_cancel: ShouldCancel | None = None) -> ImportResult:
    """Validate, merge and store a batch of meeting files in one go (arguments as for apply_import)."""
    return _import(engine, as_sources(datas), on_conflict, choices, progress, should_cancel)


def import_files(engine: Engine, paths: Iterable, on_conflict: str = "refuse", **options) -> ImportResult:
    """Load every file first (one bad file refuses the batch), then import them all in one transaction."""
    from facilitator.meetingfile.reading import open_source

    return import_data(engine, [open_source(p) for p in paths], on_conflict, **options)


def _checked_choices(choices: Mapping[str, str] | None) -> dict[str, str]:
    """Refuse a choice that names no side, before anything is merged."""
    for key, side in (choices or {}).items():
        if side not in CHOICES:
            raise MeetingFileError(tr("unknown choice {side!r} for conflict {key} (choose one of {choices})", side=side,
                                      key=key, choices=', '.join(CHOICES)))
    return dict(choices or {})


def _import(engine: Engine, sources: list[Source], policy: str, choices: Mapping[str, str] | None,
            progress: Progress | None, should_cancel: ShouldCancel | None,
            plan: ImportPlan | None = None) -> ImportResult:
    from facilitator.store.backups import backup_before
    from facilitator.store.connection import refuse_damaged, sqlite_path, write_session
    from facilitator.store.errors import translate

    if policy not in POLICIES:
        raise MeetingFileError(tr("unknown conflict policy {policy!r} (choose one of {choices})", policy=policy,
                                  choices=', '.join(POLICIES)))
    chosen = _checked_choices(choices)
    refuse_damaged(engine)
    if len(sources) >= BULK:
        backup_before(engine, "import")
    # Read, merge and write under one write lock: an edit committed meanwhile is either read or waits.
    try:
        with write_session(engine) as session:
            merged = _merge(session, sources, policy, chosen, should_cancel)
            reports = [report for report, _ in merged]
            if any(c.resolution is None for r in reports for c in r.conflicts):
                raise ImportConflictError(_refusal(reports), plan=plan or ImportPlan(meetings=reports, sources=sources))
            _write_in_groups(session, [actions for _, actions in merged], progress, should_cancel)
    except DBAPIError as exc:  # full disk, locked or damaged file: in words, never the rows' values
        raise translate(exc, sqlite_path(engine)) from None
    logger.info("imported %d meeting file(s): %s", len(reports),
                ", ".join(f"{n} {status}" for status, n in Counter(r.status for r in reports).items()) or "nothing")
    return ImportResult(meetings=reports, on_conflict=policy)


def _write_in_groups(session: Session, all_actions: list[Actions], progress: Progress | None,
                     should_cancel: ShouldCancel | None) -> None:
    """Few statements for big batches (groups of ~GROUP_ROWS rows), yet progress per meeting and Cancel between."""
    group: list[Actions] = []
    rows = done = 0
    for index, actions in enumerate(all_actions):
        _stop_if_cancelled(should_cancel)
        group.append(actions)
        rows += len(actions.inserts) + len(actions.updates) + len(actions.deletes)
        if rows >= GROUP_ROWS or index == len(all_actions) - 1:
            _write(session, group)
            for _ in group:
                done += 1
                if progress is not None:
                    progress(done, len(all_actions))
            group, rows = [], 0
    _stop_if_cancelled(should_cancel)


def _columns(row: Row, position: int) -> dict:
    """Database columns of a merged row (tags and agenda are written separately)."""
    c = row.content
    if row.entity == "meeting":
        values = {k: v for k, v in c.items() if k != "agenda"}
        values["date"] = date.fromisoformat(c["date"])
        return {"id": row.id, **values}
    if row.entity == "item":
        return {"id": row.id, "section_id": c["section"], "parent_id": c["parent"], "position": position,
                "kind": c["kind"], "text": c["text"], "speaker_id": c["speaker"]}
    return {"id": row.id, "position": position, **c}


def _tag_ids(session: Session, names: set[str]) -> dict[str, str]:
    """Ids of the tags by name, creating the missing ones."""
    ids: dict[str, str] = {}
    for chunk in chunks(sorted(names)):
        ids.update((t.name, t.id) for t in session.execute(select(Tag.id, Tag.name).where(Tag.name.in_(chunk))))
    missing = [{"id": new_id(), "name": n} for n in sorted(names) if n not in ids]
    if missing:
        session.execute(insert(Tag.__table__), missing)
        ids.update((t["name"], t["id"]) for t in missing)
    return ids


def _write(session: Session, all_actions: list[Actions]) -> None:
    """All writes of the given meetings, table by table: inserts, then updates, then deletes (cascading)."""
    now = utcnow()
    inserts: dict[str, list[dict]] = {entity: [] for entity in MODELS}
    updates: dict[str, list[dict]] = {entity: [] for entity in MODELS}
    agenda: dict[str, list[str]] = {}
    tags: dict[str, list[str]] = {}
    replaced_tags: list[str] = []
    responses: dict[str, dict | None] = {}
    labels: dict[str, dict | None] = {}
    deletes: dict[str, list[str]] = {entity: [] for entity in MODELS}
    for actions in all_actions:
        for row, position in actions.inserts:
            values = _columns(row, position)
            if row.entity == "meeting":
                agenda[row.id] = row.content["agenda"]
            elif row.entity != "item":
                values["meeting_id"] = actions.meeting_id
            inserts[row.entity].append({**values, "created_at": now, "updated_at": now, "base_hash": row.hash})
        for row, position, base, stamp in actions.updates:
            values = _columns(row, position)
            updates[row.entity].append({**values, "updated_at": stamp or now, "base_hash": base})
            if row.entity == "meeting" and actions.agenda is not None:
                agenda[row.id] = actions.agenda
        added = {row.id for row, _ in actions.inserts}
        replaced_tags.extend(i for i in actions.tags if i not in added)
        tags.update(actions.tags)
        responses.update(actions.responses)
        labels.update(actions.labels)
        for row in actions.deletes:
            deletes[row.entity].append(row.id)
    _flush(session, inserts, updates, agenda, tags, replaced_tags, deletes)
    _write_responses(session, responses, now)
    _write_labels(session, labels, now)


def _write_responses(session: Session, responses: dict[str, dict | None], now) -> None:
    """The office's answers the merge decided on: replaced whole (None: the statement is not answered)."""
    for chunk in chunks(responses):
        session.execute(delete(item_response).where(item_response.c.item_id.in_(chunk)))
    rows = [{"item_id": item_id, "position": answer["position"], "justification": answer.get("justification") or "",
             "paragraph": answer.get("paragraph"), "updated_at": now}
            for item_id, answer in responses.items() if answer is not None]
    if rows:
        session.execute(insert(item_response), rows)


def _write_labels(session: Session, labels: dict[str, dict | None], now) -> None:
    """Officials' group headings and areas the merge decided on: replaced whole (None: the statement has none)."""
    for chunk in chunks(labels):
        session.execute(delete(recurring_label).where(recurring_label.c.item_id.in_(chunk)))
    rows = [{"item_id": item_id, "heading": label.get("heading"), "area": label.get("area"), "updated_at": now}
            for item_id, label in labels.items() if label]
    if rows:
        session.execute(insert(recurring_label), rows)


def _flush(session, inserts, updates, agenda, tags, replaced_tags, deletes) -> None:
    for chunk in chunks(agenda):
        session.execute(delete(AgendaItem).where(AgendaItem.meeting_id.in_(chunk)))
    for chunk in chunks(replaced_tags):
        session.execute(delete(item_tag).where(item_tag.c.item_id.in_(chunk)))
    for entity in ("meeting", "participant", "section", "item"):
        if inserts[entity]:
            session.execute(insert(MODELS[entity].__table__), inserts[entity])
    rows = [{"id": new_id(), "meeting_id": m, "position": i, "text": t} for m, texts in agenda.items()
            for i, t in enumerate(texts)]
    if rows:
        session.execute(insert(AgendaItem.__table__), rows)
    for entity in ("meeting", "participant", "section", "item"):
        if updates[entity]:
            _update_many(session, MODELS[entity].__table__, updates[entity])
    if tags:
        ids = _tag_ids(session, {name for names in tags.values() for name in names})
        links = [{"item_id": i, "tag_id": ids[n]} for i, names in tags.items() for n in names]
        if links:
            session.execute(insert(item_tag), links)
    for entity in ("item", "section", "participant"):
        for chunk in chunks(deletes[entity]):
            session.execute(delete(MODELS[entity]).where(MODELS[entity].id.in_(chunk)))


def _update_many(session: Session, table, rows: list[dict]) -> None:
    """One executemany UPDATE by primary key (every row carries the same columns)."""
    columns = [c for c in rows[0] if c != "id"]
    statement = update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(c) for c in columns})
    session.execute(statement, [{**row, "_id": row["id"]} for row in rows])


def record_base(engine: Engine, data: dict) -> None:
    """Remember an exported file as the base of later merges, without touching updated_at."""
    from facilitator.store import session_scope

    with session_scope(engine) as session:
        for row in file_rows(data):
            model = MODELS[row.entity]
            session.execute(
                update(model).where(model.id == row.id).values(base_hash=fingerprint(row.content),
                                                              updated_at=model.updated_at)
            )
