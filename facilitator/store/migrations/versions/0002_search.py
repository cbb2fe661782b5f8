"""full-text search index and recurring-statement decisions

Revision ID: 0002
Revises: 0001

The search index (SQLite only) is derived data: `search_fts` (FTS5 over a folded copy of item text,
section title and tags), `search_doc` (FTS rowid <-> item id) and `search_queue` (items whose index
entry is stale). SQL triggers queue every change made by any write path; `facilitator.search.sync`
folds the queued items in Python (ł -> l needs Python) before each query. Existing items are queued
here, so a database that already holds meetings is indexed on its first search (backfill).
`search_doc`, `search_queue` and `recurring_decision` are also declared in facilitator.model (the
ORM-schema comparison covers them); only the FTS5 virtual table and its shadow tables are not.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEARCH_DDL = (
    ("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "body, section, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
    ("CREATE TRIGGER IF NOT EXISTS search_item_ai AFTER INSERT ON item BEGIN "
    "INSERT OR IGNORE INTO search_queue(item_id) VALUES (NEW.id); END"),
    ("CREATE TRIGGER IF NOT EXISTS search_item_au AFTER UPDATE OF id, text, section_id ON item BEGIN "
    "INSERT OR IGNORE INTO search_queue(item_id) VALUES (NEW.id); "
    "INSERT OR IGNORE INTO search_queue(item_id) VALUES (OLD.id); END"),
    ("CREATE TRIGGER IF NOT EXISTS search_item_ad AFTER DELETE ON item BEGIN "
    "INSERT OR IGNORE INTO search_queue(item_id) VALUES (OLD.id); END"),
    ("CREATE TRIGGER IF NOT EXISTS search_section_au AFTER UPDATE OF title ON section BEGIN "
    "INSERT OR IGNORE INTO search_queue(item_id) SELECT id FROM item WHERE section_id = NEW.id; END"),
    ("CREATE TRIGGER IF NOT EXISTS search_item_tag_ai AFTER INSERT ON item_tag BEGIN "
    "INSERT OR IGNORE INTO search_queue(item_id) VALUES (NEW.item_id); END"),
    ("CREATE TRIGGER IF NOT EXISTS search_item_tag_ad AFTER DELETE ON item_tag BEGIN "
    "INSERT OR IGNORE INTO search_queue(item_id) VALUES (OLD.item_id); END"),
    ("CREATE TRIGGER IF NOT EXISTS search_tag_au AFTER UPDATE OF name ON tag BEGIN "
    "INSERT OR IGNORE INTO search_queue(item_id) SELECT item_id FROM item_tag WHERE tag_id = NEW.id; END"),
)


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
    for statement in SEARCH_DDL:
        op.execute(statement)
    op.execute("INSERT OR IGNORE INTO search_queue(item_id) SELECT id FROM item")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("search_item_ai", "search_item_au", "search_item_ad", "search_section_au",
                     "search_item_tag_ai", "search_item_tag_ad", "search_tag_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_queue")
    op.drop_table("search_doc")
    with op.batch_alter_table("recurring_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recurring_decision_item_b"))
    op.drop_table("recurring_decision")
