"""PostgreSQL tells listening apps that data changed: statement-level triggers calling pg_notify

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30

An official's open windows follow other officials' changes (facilitator.store.changes). On PostgreSQL every
INSERT, UPDATE, DELETE or TRUNCATE of a data table notifies the channel `facilitator_changes` (payload: the
table), delivered at commit, whichever program wrote it (the app, the CLI, a push, an older tool); the listener
knows the writer by its backend pid. Drafts, capture state and the search index are left out: they change as
one person types or searches and never alter what another official's window shows. SQLite needs nothing: its
`PRAGMA data_version` already changes when another connection commits.
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

CHANNEL = "facilitator_changes"
FUNCTION = "facilitator_notify_change"
TRIGGER = "facilitator_notify_change"
# The data tables of this revision; a later table that windows show gets its trigger in its own migration.
TABLES = ("meeting", "agenda_item", "participant", "section", "meeting_template", "item", "tag", "item_tag",
          "recurring_decision", "item_response", "recurring_label", "erasure")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
               f"BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$")
    for table in TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
        op.execute(f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
                   f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
