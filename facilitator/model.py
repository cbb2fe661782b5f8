"""The domain model: a consultation meeting and everything captured in it (SQLAlchemy 2.0 ORM)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from facilitator.kinds import GENDERS, ITEM_KINDS, LANGUAGES, RESPONSE_POSITIONS, SECTION_KINDS

__all__ = ["GENDERS", "ITEM_KINDS", "LANGUAGES", "SECTION_KINDS"]  # re-exported: older imports keep working

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh UUID as text: every row that can leave the laptop carries one."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Timezone-aware 'now', stored as UTC."""
    return datetime.now(UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Timestamped:
    """Created/updated timestamps, kept by the ORM."""

    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    # Fingerprint of the row as last exchanged through a meeting file; lets import tell
    # "changed here since the last import" from "changed there" (conflict detection).
    base_hash: Mapped[str | None] = mapped_column(String(64), default=None)


class Meeting(Timestamped, Base):
    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint(_in("language", LANGUAGES), name="language"),
        CheckConstraint("attendance_count IS NULL OR attendance_count >= 0", name="attendance_count"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(Text, default="Podsumowanie spotkania konsultacyjnego")
    series: Mapped[str | None] = mapped_column(Text, index=True, default=None)
    audience: Mapped[str | None] = mapped_column(Text, default=None)
    organiser: Mapped[str | None] = mapped_column(Text, default=None)
    venue: Mapped[str | None] = mapped_column(Text, default=None)
    date: Mapped[date] = mapped_column(Date, index=True)
    start: Mapped[str | None] = mapped_column(String(5), default=None)  # "HH:MM"
    end: Mapped[str | None] = mapped_column(String(5), default=None)
    purpose: Mapped[str | None] = mapped_column(Text, default=None)
    facilitator: Mapped[str | None] = mapped_column(Text, default=None)
    author: Mapped[str | None] = mapped_column(Text, default=None)
    language: Mapped[str] = mapped_column(String(2), default="pl")
    attendance_count: Mapped[int | None] = mapped_column(Integer, default=None)

    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting", order_by="Participant.position", cascade="all, delete-orphan"
    )
    sections: Mapped[list[Section]] = relationship(
        back_populates="meeting", order_by="Section.position", cascade="all, delete-orphan"
    )

    @property
    def group_heading(self) -> str | None:
        """The heading printed over the model areas (their group); edited as one field in Szczegóły."""
        return next((s.group for s in self.sections if s.kind == "area" and s.group), None)

    @property
    def attendance(self) -> int:
        """The number printed as 'Liczba uczestników': explicit count, else participants present."""
        if self.attendance_count is not None:
            return self.attendance_count
        return sum(1 for p in self.participants if p.present)

    def __repr__(self) -> str:
        return f"<Meeting {self.id} {self.date} {self.title!r}>"


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class Participant(Timestamped, Base):
    __tablename__ = "participant"
    __table_args__ = (CheckConstraint(_in("gender", GENDERS), name="gender"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str | None] = mapped_column(Text, default=None)
    email: Mapped[str | None] = mapped_column(Text, default=None)
    gender: Mapped[str] = mapped_column(String(11), default="unspecified")
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="participants")


class Section(Timestamped, Base):
    __tablename__ = "section"
    __table_args__ = (CheckConstraint(_in("kind", SECTION_KINDS), name="kind"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(5), default="area")
    group: Mapped[str | None] = mapped_column(Text, default=None)

    meeting: Mapped[Meeting] = relationship(back_populates="sections")
    # All items of the section, nested ones included; `items` gives the top level only.
    all_items: Mapped[list[Item]] = relationship(
        back_populates="section", order_by="Item.position", cascade="all, delete-orphan"
    )

    @property
    def items(self) -> list[Item]:
        """Top-level items in document order."""
        return [item for item in self.all_items if item.parent_id is None]


class MeetingTemplate(Base):
    """A facilitator's own frame for new meetings: header, agenda and sections as JSON; no people, no notes."""

    __tablename__ = "meeting_template"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(Text, unique=True)
    content: Mapped[str] = mapped_column(Text, default="{}")  # {"header": {...}, "agenda": [...], "sections": [...]}
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


item_tag = Table(
    "item_tag",
    Base.metadata,
    Column("item_id", ForeignKey("item.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Item(Timestamped, Base):
    __tablename__ = "item"
    __table_args__ = (
        CheckConstraint(_in("kind", ITEM_KINDS), name="kind"),
        # Siblings in order: the capture hot path (append at the end of a section) and every reorder.
        Index("ix_item_siblings", "section_id", "parent_id", "position"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    section_id: Mapped[str] = mapped_column(ForeignKey("section.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(14), default="remark")
    text: Mapped[str] = mapped_column(Text, default="")
    speaker_id: Mapped[str | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True, default=None
    )

    section: Mapped[Section] = relationship(back_populates="all_items")
    parent: Mapped[Item | None] = relationship(back_populates="children", remote_side="Item.id")
    children: Mapped[list[Item]] = relationship(
        back_populates="parent", order_by="Item.position", cascade="all, delete-orphan"
    )
    speaker: Mapped[Participant | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=item_tag, back_populates="items", order_by="Tag.name")

    def __repr__(self) -> str:
        return f"<Item {self.kind} {self.text[:30]!r}>"


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(Text, unique=True)

    items: Mapped[list[Item]] = relationship(secondary=item_tag, back_populates="tags")


# Officials' decisions on recurring-statement groups (facilitator.recurring): a pair of items the user
# confirmed as saying the same thing ("same") or split apart ("distinct"); item_a < item_b.
recurring_decision = Table(
    "recurring_decision",
    Base.metadata,
    Column("item_a", ForeignKey("item.id", ondelete="CASCADE"), primary_key=True),
    Column("item_b", ForeignKey("item.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("decision", String(8), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    CheckConstraint("decision IN ('same', 'distinct')", name="decision"),
)

# The office's answer to one statement for the consultation report (facilitator.operations.responses): its position,
# the justification and, optionally, the programme paragraph it concerns ("§ 5 ust. 2"). A group's answer is
# written to each member; exchanged in meeting files as the item's "response".
item_response = Table(
    "item_response",
    Base.metadata,
    Column("item_id", ForeignKey("item.id", ondelete="CASCADE"), primary_key=True),
    Column("position", String(16), nullable=False, index=True),
    Column("justification", Text, nullable=False, default=""),
    Column("paragraph", Text, nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
    CheckConstraint(_in("position", RESPONSE_POSITIONS), name="position"),
)

# An official's heading and area for a recurring group, stored against each member statement (not against a
# group id, which regrouping would change): a group shows the heading and area most of its labelled members carry,
# so the correction survives a new threshold or filter as long as the group keeps any of those statements.
recurring_label = Table(
    "recurring_label",
    Base.metadata,
    Column("item_id", ForeignKey("item.id", ondelete="CASCADE"), primary_key=True),
    Column("heading", Text, nullable=True),
    Column("area", Text, nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

# Bookkeeping of the full-text search index (facilitator.search; SQLite only, created by migration 0002):
# FTS rowid <-> item id, and the items whose index entry is stale (filled by triggers, emptied by search.sync).
search_doc = Table(
    "search_doc",
    Base.metadata,
    Column("docid", Integer, primary_key=True),
    Column("item_id", String(36), nullable=False, unique=True),
)
search_queue = Table("search_queue", Base.metadata, Column("item_id", String(36), primary_key=True))

# Text being typed, saved while typing so a crash loses nothing (facilitator.operations.capture); one row per
# editor ("capture" = the capture line, "item:<id>" = a statement being corrected). Never exported, never undone.
draft = Table(
    "draft",
    Base.metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("slot", String(80), primary_key=True),
    Column("text", Text, nullable=False, default=""),
    Column("section_id", String(36), nullable=True),
    Column("kind", String(14), nullable=True),
    Column("level", Integer, nullable=False, default=0),
    Column("speaker", Text, nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

# Where live capture of a meeting stands: the page it was left on, whether its window is open (still set after a
# crash), when the meeting clock and the current agenda point started. Never exported, never undone.
capture_state = Table(
    "capture_state",
    Base.metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("page", String(16), nullable=True),
    Column("window_open", Boolean, nullable=False, default=False),
    Column("clock_started_at", DateTime(timezone=True), nullable=True),
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True),
    Column("agenda_started_at", DateTime(timezone=True), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

# A note of each erasure of a person (RODO art. 17, facilitator.operations.erasure): when and how much, never who.
erasure = Table(
    "erasure",
    Base.metadata,
    Column("id", String(36), primary_key=True),
    Column("erased_at", DateTime(timezone=True), nullable=False),
    Column("meetings", Integer, nullable=False),
    Column("participants", Integer, nullable=False),
    Column("statements", Integer, nullable=False),
)
