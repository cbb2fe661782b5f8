"""drafts being typed and the state of live capture (clock, agenda point, page, open window)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

Two new tables, nothing rebuilt: `draft` keeps the text of an editor while it is typed (crash recovery),
`capture_state` keeps the meeting clock, the current agenda point and where the window was left.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("slot", sa.String(80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("section_id", sa.String(36), nullable=True),
        sa.Column("kind", sa.String(14), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name="fk_draft_meeting_id_meeting", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "slot", name="pk_draft"),
    )
    op.create_table(
        "capture_state",
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("page", sa.String(16), nullable=True),
        sa.Column("window_open", sa.Boolean(), nullable=False),
        sa.Column("clock_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("agenda_item_id", sa.String(36), nullable=True),
        sa.Column("agenda_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name="fk_capture_state_meeting_id_meeting",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"],
                                name="fk_capture_state_agenda_item_id_agenda_item", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("meeting_id", name="pk_capture_state"),
    )


def downgrade() -> None:
    op.drop_table("capture_state")
    op.drop_table("draft")
