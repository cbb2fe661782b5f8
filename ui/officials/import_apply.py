"""Apply an import plan with the user's per-conflict choices (keep mine / take the file's), in one transaction.

`facilitator.meetingfile.apply_import` takes one policy for the whole batch; the preview lets the user
decide conflict by conflict. Uniform choices go through the public API; mixed ones reuse its merge with
the choices overriding the policy row by row, and its writer, so the result is identical in kind.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Engine

from facilitator import meetingfile
from facilitator.meetingfile import merge as _merge_mod
from facilitator.meetingfile import store as _store_mod

KEEP, THEIRS = "local", "file"


class _ChosenMerge(_merge_mod.MeetingMerge):
    """The standard merge, except that a conflict the user decided goes the way the user said."""

    def __init__(self, source, theirs, local, policy: str, choices: Mapping[str, str]) -> None:
        super().__init__(source, theirs, local, policy)
        self.choices = choices

    def _conflict(self, local, theirs) -> str:
        winner = super()._conflict(local, theirs)
        chosen = self.choices.get(local.id)
        if chosen in (KEEP, THEIRS):
            self.report.conflicts[-1].resolution = chosen
            return chosen
        return winner


def _apply_mixed(engine: Engine, plan, choices: Mapping[str, str]):
    """The batch import with row-level choices; undecided new conflicts keep the local version (nothing lost)."""
    from facilitator.store import session_scope

    with session_scope(engine) as session:
        ids = [s.data["meeting"]["id"] for s in plan.sources]
        stored = _store_mod.local_rows(session, ids)
        rows = [_store_mod.file_rows(s.data) for s in plan.sources]
        _store_mod._check_batch(session, plan.sources, stored, rows)
        merged = [_ChosenMerge(s, theirs, stored.get(s.data["meeting"]["id"]), "keep", choices).run()
                  for s, theirs in zip(plan.sources, rows)]
        _store_mod._write(session, [actions for _, actions in merged])
    return meetingfile.ImportResult(meetings=[report for report, _ in merged], on_conflict="keep")


def policy_for(conflicts: list) -> str | None:
    """One batch policy when every conflict was decided the same way ('refuse' when none); None when mixed."""
    chosen = {c.resolution for c in conflicts}
    if not chosen:
        return "refuse"
    if chosen == {KEEP}:
        return "keep"
    if chosen == {THEIRS}:
        return "theirs"
    return None


def apply_with_choices(engine: Engine, plan):
    """Store the plan as the user decided its conflicts (RowConflict.resolution), in one transaction."""
    policy = policy_for(plan.conflicts)
    if policy is not None:
        return meetingfile.apply_import(engine, plan, on_conflict=policy)
    return _apply_mixed(engine, plan, {c.id: c.resolution for c in plan.conflicts})
