"""meeting templates: a facilitator's own starting point for new meetings

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Header, agenda and sections of a meeting saved under a name (JSON in `content`); no participants, no items.
A new table only: nothing else is rebuilt, so the search triggers of 0002 stay in place.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_template",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_template")),
        sa.UniqueConstraint("name", name=op.f("uq_meeting_template_name")),
    )


def downgrade() -> None:
    op.drop_table("meeting_template")
