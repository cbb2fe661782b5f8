"""Three-way merge of one meeting: the file, the stored rows and their base_hash (the last exchange)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from facilitator.meetingfile.plan import MeetingImport, RowConflict, conflict_key
from facilitator.meetingfile.rows import Row, aware


@dataclass
class Actions:
    """The writes that bring one stored meeting to the merged state."""

    meeting_id: str
    inserts: list[tuple[Row, int]] = field(default_factory=list)       # (row, position), parents first
    updates: list[tuple[Row, int, str | None, datetime | None]] = field(default_factory=list)
    deletes: list[Row] = field(default_factory=list)
    agenda: list[str] | None = None                                     # replace the agenda with this
    tags: dict[str, list[str]] = field(default_factory=dict)            # item id → tags to store
    responses: dict[str, dict | None] = field(default_factory=dict)     # item id → the office's answer (None: none)
    labels: dict[str, dict | None] = field(default_factory=dict)        # item id → its group's heading/area (None: none)


def _label(row: Row) -> str:
    content = row.content
    text = content.get("text") or content.get("name") or content.get("title") or ""
    return text if len(text) <= 60 else text[:59] + "…"


def _winner(policy: str, local: Row, file_time: datetime | None) -> str:
    """Which side a policy picks for a conflicting row; 'refuse' previews the stored state."""
    if policy == "theirs":
        return "file"
    if policy == "newer":
        local_time = aware(local.updated_at)
        if file_time is None or local_time is None:
            return "file" if file_time is None else "local"
        return "local" if local_time > file_time else "file"
    return "local"


class MeetingMerge:
    """Decides, row by row, what survives and from which side, then orders siblings and lists the writes."""

    def __init__(self, source, theirs: list[Row], local: list[Row] | None, policy: str,
                 choices: Mapping[str, str] | None = None) -> None:
        self.file = theirs
        self.fmap = {r.id: r for r in self.file}
        self.lmap = {r.id: r for r in local or ()}
        self.policy = policy
        self.choices = choices or {}             # conflict key → "local" | "file", overriding the policy
        self.file_time = aware(source.modified)
        self.final: dict[str, Row] = {}          # surviving rows with the winning content
        self.base: dict[str, str | None] = {}    # base_hash to store for surviving rows
        self.deletes: set[str] = set()
        meeting = self.file[0].content
        self.report = MeetingImport(
            meeting_id=self.file[0].id, title=meeting["title"], date=meeting["date"],
            status="updated" if self.lmap else "new", source=source.name,
        )

    def run(self) -> tuple[MeetingImport, Actions]:
        """Merge, then describe the outcome and the writes."""
        for row_id in [*self.fmap, *(i for i in self.lmap if i not in self.fmap)]:
            self._decide(self.fmap.get(row_id), self.lmap.get(row_id))
        self._protect_referenced()
        actions = self._actions(self._positions())
        header = self.final.get(self.file[0].id)
        self.report.series = header.content.get("series") if header is not None else None
        if self.lmap and not (actions.inserts or actions.deletes or actions.agenda is not None
                              or any(row.hash != self.lmap[row.id].hash or pos != self.lmap[row.id].position
                                     for row, pos, _b, _t in actions.updates)):
            self.report.status = "unchanged"
        return self.report, actions

    def _conflict(self, local: Row, theirs: Row | None) -> str:
        """Record the conflict; the side kept is the caller's choice, else the policy's ('refuse' previews local)."""
        chosen = self.choices.get(conflict_key(local.entity, local.id))
        winner = chosen or _winner(self.policy, local, self.file_time)
        keys = list(local.content) if theirs is None else [
            k for k in dict.fromkeys([*local.content, *theirs.content]) if local.content.get(k) != theirs.content.get(k)
        ]
        self.report.conflicts.append(RowConflict(
            entity=local.entity, id=local.id, label=_label(local), fields=tuple(keys),
            local=dict(local.content), theirs=None if theirs is None else dict(theirs.content),
            local_updated=aware(local.updated_at), file_updated=self.file_time,
            resolution=chosen or (None if self.policy == "refuse" else winner),
        ))
        return winner

    def _decide(self, theirs: Row | None, local: Row | None) -> None:
        if local is None:
            self.final[theirs.id], self.base[theirs.id] = theirs, theirs.hash
        elif theirs is None:
            if local.base_hash is None:
                self.final[local.id], self.base[local.id] = local, None
            elif local.hash == local.base_hash or self._conflict(local, None) == "file":
                self.deletes.add(local.id)
            else:
                self.final[local.id], self.base[local.id] = local, None
        elif theirs.hash == local.hash or local.hash == local.base_hash:
            self.final[theirs.id], self.base[theirs.id] = theirs, theirs.hash
        elif theirs.hash == local.base_hash:
            self.final[local.id], self.base[local.id] = local, local.base_hash
        else:
            winner = self._conflict(local, theirs)
            self.final[local.id] = theirs if winner == "file" else local
            self.base[local.id] = theirs.hash

    def _keep(self, row_id: str | None) -> None:
        """A row the file deleted stays when a surviving row still points at it."""
        if row_id in self.deletes:
            self.deletes.discard(row_id)
            self.final[row_id], self.base[row_id] = self.lmap[row_id], None
            self._protect(self.lmap[row_id])

    def _protect(self, row: Row) -> None:
        if row.entity == "item":
            self._keep(row.content["parent"])
            self._keep(row.content["section"])
            self._keep(row.content["speaker"])

    def _protect_referenced(self) -> None:
        if self.deletes:
            for row in list(self.final.values()):
                self._protect(row)

    def _positions(self) -> dict[str, int]:
        """Siblings in the file's order; rows only kept here go right after their stored predecessor."""
        groups: dict[tuple, list[Row]] = {}
        for row in self.final.values():
            groups.setdefault((row.entity, row.container), []).append(row)
        stored: dict[tuple, list[Row]] = {}
        for row in sorted(self.lmap.values(), key=lambda r: r.position):
            stored.setdefault((row.entity, row.container), []).append(row)
        positions: dict[str, int] = {}
        for (entity, container), members in groups.items():
            in_file = [r for r in members if r.id in self.fmap and self.fmap[r.id].container == container]
            order = [r.id for r in sorted(in_file, key=lambda r: self.fmap[r.id].position)]
            placed = set(order)
            rest = sorted((r for r in members if r.id not in placed), key=lambda r: self.lmap[r.id].position)
            local_order = stored.get((entity, container), [])
            for row in rest:
                before = [r.id for r in local_order if r.position < self.lmap[row.id].position and r.id in order]
                order.insert(order.index(before[-1]) + 1 if before else 0, row.id)
            positions.update((row_id, index) for index, row_id in enumerate(order))
        return positions

    def _actions(self, positions: dict[str, int]) -> Actions:
        actions = Actions(meeting_id=self.report.meeting_id)
        for row_id, row in self.final.items():
            local = self.lmap.get(row_id)
            position = positions.get(row_id, 0)
            if local is None:
                actions.inserts.append((row, position))
                self._count(row.entity, "added")
                if row.entity == "item" and row.content["tags"]:
                    actions.tags[row_id] = row.content["tags"]
                if row.entity == "item" and row.content.get("response"):
                    actions.responses[row_id] = row.content["response"]
                if row.entity == "item" and row.content.get("recurring"):
                    actions.labels[row_id] = row.content["recurring"]
                continue
            changed = row.hash != local.hash or position != local.position
            if not changed and self.base[row_id] == local.base_hash:
                continue
            actions.updates.append((row, position, self.base[row_id], None if changed else local.updated_at))
            if changed:
                self._count(row.entity, "updated")
            if row.entity == "item" and row.content["tags"] != local.content["tags"]:
                actions.tags[row_id] = row.content["tags"]
            if row.entity == "item" and row.content.get("response") != local.content.get("response"):
                actions.responses[row_id] = row.content.get("response")
            if row.entity == "item" and row.content.get("recurring") != local.content.get("recurring"):
                actions.labels[row_id] = row.content.get("recurring")
            if row.entity == "meeting" and row.content["agenda"] != local.content["agenda"]:
                actions.agenda = row.content["agenda"]
        actions.deletes = [self.lmap[i] for i in self.lmap if i in self.deletes]
        for row in actions.deletes:
            self._count(row.entity, "deleted")
        return actions

    def _count(self, entity: str, what: str) -> None:
        """Items by what happens to them; a new meeting's sections and participants as what it brings (a meeting
        not yet stored has no "other changes"); a stored meeting's other rows as other changes."""
        if entity == "item":
            setattr(self.report, what, getattr(self.report, what) + 1)
        elif not self.lmap:
            if entity in ("section", "participant"):
                setattr(self.report, f"{entity}s", getattr(self.report, f"{entity}s") + 1)
        else:
            self.report.other_changes += 1
