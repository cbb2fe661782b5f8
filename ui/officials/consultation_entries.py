"""The lines of the positions window: each remark (a recurring group or a single statement) in its area, and the
filters over them (the office's position, words of the remark, its justification or paragraph)."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.report import consultation
from facilitator.search import NO_RESPONSE, fold


@dataclass(frozen=True)
class Entry:
    """One line of the list: a remark (group or single statement) in its area."""

    area: str
    remark: consultation.Remark

    @property
    def ids(self) -> list[str]:
        """The statements an answer goes to."""
        return [s.item_id for s in self.remark.members]


def entries_of(result: consultation.Consultation) -> list[Entry]:
    """The list's lines: every remark of every area, in the report's order."""
    return [Entry(area, remark) for area, remarks in result.areas for remark in remarks]


def matching(entries: list[Entry], wanted: str | None, text: str) -> list[Entry]:
    """The entries with this position (None: any; NO_RESPONSE: none yet) whose words include every typed word."""
    words = fold(text).split()
    return [e for e in entries if _matches(e, wanted, words)]


def _matches(entry: Entry, wanted: str | None, words: list[str]) -> bool:
    position = entry.remark.answer.position
    if wanted == NO_RESPONSE and position is not None:
        return False
    if wanted not in (None, NO_RESPONSE) and position != wanted:
        return False
    if not words:
        return True
    answer = entry.remark.answer
    haystack = fold(" ".join([entry.remark.heading, *(s.text for s in entry.remark.members),
                              answer.justification, answer.paragraph or "", entry.area]))
    return all(word in haystack for word in words)
