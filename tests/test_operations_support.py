"""Helpers shared by the operations tests: a full dump of the database and position checks."""

from __future__ import annotations

from sqlalchemy import text

TABLES = ("meeting", "agenda_item", "participant", "section", "item", "tag", "item_tag", "recurring_decision")
GROUPS = (
    ("agenda_item", "meeting_id", "1=1"),
    ("participant", "meeting_id", "1=1"),
    ("section", "meeting_id", "1=1"),
    ("item", "section_id", "parent_id IS NULL"),
    ("item", "parent_id", "parent_id IS NOT NULL"),
)


def dump(engine) -> dict[str, list[tuple]]:
    """Every row of every data table, sorted: two equal dumps mean identical database states."""
    with engine.connect() as conn:
        return {name: sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {name}"))) for name in TABLES}


def ordered(engine, table: str, column: str, where: str, **params) -> list:
    """One column of a sibling group, in position order."""
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {column} FROM {table} WHERE {where} ORDER BY position"), params)
        return [r[0] for r in rows]


def undense(engine) -> list[tuple[str, str, list[int]]]:
    """Every sibling group whose positions are not exactly 0..n-1 (empty when all are dense)."""
    bad = []
    with engine.connect() as conn:
        for table, key, cond in GROUPS:
            stmt = text(f"SELECT {key}, position FROM {table} WHERE {cond} ORDER BY {key}, position")
            groups: dict[str, list[int]] = {}
            for owner, position in conn.execute(stmt):
                groups.setdefault(owner, []).append(position)
            bad += [(table, owner, got) for owner, got in groups.items() if got != list(range(len(got)))]
    return bad


def test_dump_sees_every_table(engine):
    assert set(dump(engine)) == set(TABLES)
    assert undense(engine) == []
