"""PostgreSQL search index as postings: one row per item's token, so bm25 needs no re-tokenising

Revision ID: 0012
Revises: 0011

`search_entry` kept each item's folded columns and two GIN-indexed tsvectors; a search re-tokenised every matching
item in Python to rank it (146.9 ms median, 1 s for a word in every meeting's title, benchmarks/README.md). Now
`search_entry` holds each item's docid and length and `search_term` one row per distinct token with its weighted
occurrences (search_ddl.PG_TERMS), read through a B-tree in the "C" collation, and the server sums and ranks
them (facilitator.search_pg). The index is made again and every item queued: the first search indexes them (or
`facilitator reindex`). Downgrade restores the revision-0011 table and queues every item again. SQLite (FTS5) is
unchanged.
"""

from alembic import op

from facilitator.store import search_ddl

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The index as revisions 0009-0011 made it on PostgreSQL.
PG_TABLE_0011 = (
    "CREATE TABLE IF NOT EXISTS search_entry ("
    "item_id VARCHAR(36) PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE, "
    "fields TEXT[] NOT NULL, words TSVECTOR NOT NULL, stems TSVECTOR NOT NULL, tokens INTEGER NOT NULL)"
)
PG_INDEXES_0011 = (
    "CREATE INDEX IF NOT EXISTS ix_search_entry_words ON search_entry USING gin (words)",
    "CREATE INDEX IF NOT EXISTS ix_search_entry_stems ON search_entry USING gin (stems)",
)
_DROP = ("DROP TABLE IF EXISTS search_term", "DROP TABLE IF EXISTS search_entry",
         "DROP FUNCTION IF EXISTS search_entry_gone()", "DROP SEQUENCE IF EXISTS search_docid")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _DROP:
        op.execute(statement)
    for statement in search_ddl.pg_statements():
        op.execute(statement)
    op.execute(search_ddl.PG_QUEUE_ALL)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _DROP:
        op.execute(statement)
    for statement in (PG_TABLE_0011, *PG_INDEXES_0011):
        op.execute(statement)
    op.execute(search_ddl.PG_QUEUE_ALL)
