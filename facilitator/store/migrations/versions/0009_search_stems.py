"""search index with stems and the meeting's title and venue

Revision ID: 0009
Revises: 0008

The FTS5 table gains three columns: `meeting` (the folded title and venue of the item's meeting, so meetings are
found by where and what they were), `stems` and `context` (Polish/English Snowball stems of the statement and of
its section, tags and meeting, so inflected forms find each other). FTS5 tables cannot gain columns, so the index is dropped and made again from facilitator.store.search_ddl;
every item is queued and re-indexed by the first search (`facilitator reindex` does it at once). The triggers
are made again too (a meeting rename now re-indexes its items).
On PostgreSQL this revision makes that database's own index (`search_entry`, search_ddl.pg_statements): the same
folded columns and stems, tsvectors under GIN indexes, the same queue triggers as plpgsql functions.
"""

from alembic import op

from facilitator.store import search_ddl

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The index as this revision made it; revision 0010 added the office's answer.
FTS_TABLE_0009 = ("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(body, section, tags, meeting, stems, "
                  "context, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search_ddl.pg_statements(search_ddl.PG_ITEM_TRIGGERS):
            op.execute(statement)
        op.execute(search_ddl.PG_QUEUE_ALL)
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in search_ddl.drop_trigger_statements(search_ddl.ITEM_TRIGGERS):
        op.execute(statement)
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DELETE FROM search_doc")
    op.execute(FTS_TABLE_0009)
    for statement in search_ddl.trigger_statements(search_ddl.ITEM_TRIGGERS):
        op.execute(statement)
    op.execute(search_ddl.QUEUE_ALL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search_ddl.pg_drop_statements():
            op.execute(statement)
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS search_meeting_au")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DELETE FROM search_doc")
    op.execute("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
               "body, section, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
    op.execute(search_ddl.QUEUE_ALL)
