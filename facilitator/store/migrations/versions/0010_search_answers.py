"""the office's answers are searchable: justification and programme paragraph in the search index

Revision ID: 0010
Revises: 0009

The FTS5 table gains an `answer` column (the folded justification and paragraph of the office's answer to the
statement; their stems join the `context` column), and triggers on `item_response` queue a statement whose answer
was written, edited or taken back, so the search finds it at once (undo included). FTS5 tables cannot gain
columns: the index is made again from facilitator.store.search_ddl and every item re-indexed by the first search.
On PostgreSQL `search_entry` keeps its columns in an array, so only the trigger on `item_response` is added and
every item queued (its entry gains the answer).
"""

from alembic import op

from facilitator.store import search_ddl

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

FTS_TABLE_0009 = ("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(body, section, tags, meeting, stems, "
                  "context, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search_ddl.pg_statements(search_ddl.PG_RESPONSE_TRIGGERS):
            op.execute(statement)
        op.execute(search_ddl.PG_QUEUE_ALL)
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DELETE FROM search_doc")
    op.execute(search_ddl.FTS_TABLE)
    for statement in search_ddl.trigger_statements():
        op.execute(statement)
    op.execute(search_ddl.QUEUE_ALL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS search_response_queue ON item_response")
        op.execute("DROP FUNCTION IF EXISTS search_response_queue()")
        op.execute(search_ddl.PG_QUEUE_ALL)
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in search_ddl.drop_trigger_statements(search_ddl.RESPONSE_TRIGGERS):
        op.execute(statement)
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DELETE FROM search_doc")
    op.execute(FTS_TABLE_0009)
    op.execute(search_ddl.QUEUE_ALL)
