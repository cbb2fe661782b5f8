"""full-text search index and recurring-statement decisions

Revision ID: 0002
Revises: 0001

The search index (SQLite only) is derived data: `search_fts` (FTS5 over a folded copy of item text,
section title and tags), `search_doc` (FTS rowid <-> item id) and `search_queue` (items whose index
entry is stale). SQL triggers (defined in facilitator.store.search_ddl) queue every change made by any
write path; `facilitator.search.sync` folds the queued items in Python (ł -> l needs Python) before each query. Existing items are queued
here, so a database that already holds meetings is indexed on its first search (backfill).
`search_doc`, `search_queue` and `recurring_decision` are also declared in facilitator.model (the
ORM-schema comparison covers them); only the FTS5 virtual table and its shadow tables are not.
"""

import sqlalchemy as sa
from alembic import op

from facilitator.store import search_ddl

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The index as this revision made it; the search_stems revision rebuilt it with meeting and stems columns.
FTS_TABLE_0002 = ("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
                  "body, section, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")


def upgrade() -> None:
    op.create_table(
        "recurring_decision",
        sa.Column("item_a", sa.String(length=36), nullable=False),
        sa.Column("item_b", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("decision IN ('same', 'distinct')", name=op.f("ck_recurring_decision_decision")),
        sa.ForeignKeyConstraint(
            ["item_a"], ["item.id"], name=op.f("fk_recurring_decision_item_a_item"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["item_b"], ["item.id"], name=op.f("fk_recurring_decision_item_b_item"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("item_a", "item_b", name=op.f("pk_recurring_decision")),
    )
    with op.batch_alter_table("recurring_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recurring_decision_item_b"), ["item_b"], unique=False)
    op.create_table(
        "search_doc",
        sa.Column("docid", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("docid", name=op.f("pk_search_doc")),
        sa.UniqueConstraint("item_id", name=op.f("uq_search_doc_item_id")),
    )
    op.create_table(
        "search_queue",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_search_queue")),
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(FTS_TABLE_0002)
    for statement in search_ddl.trigger_statements(search_ddl.ITEM_TRIGGERS):
        op.execute(statement)
    op.execute(search_ddl.QUEUE_ALL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in search_ddl.drop_trigger_statements(search_ddl.ITEM_TRIGGERS):
            op.execute(statement)
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_queue")
    op.drop_table("search_doc")
    with op.batch_alter_table("recurring_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recurring_decision_item_b"))
    op.drop_table("recurring_decision")
