"""The one way a consolidated report reaches disk: the CLI and the officials' window both call `write`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from facilitator.i18n import tr
from facilitator.kinds import REPORT_FORMATS, REPORT_KINDS
from facilitator.report.build import build_from
from facilitator.report.data import ReportError, ReportOptions, load

FORMATS = REPORT_FORMATS
KINDS = REPORT_KINDS
Progress = Callable[[int, int, str], None]
STAGES = 3  # load, build, render: progress counts these


def _nothing(*_args: object) -> None:
    return None


def write(engine: Engine, fmt: str, options: ReportOptions, path: Path | str, *, kind: str = "consolidated",
          progress: Progress = _nothing, check: Callable[[], None] = _nothing) -> Path:
    """Load, build and render the report atomically; `check` between stages may raise to stop (Cancel).

    `kind` is "consolidated" (every statement by area and kind) or "consultation" (each remark with the office's
    answer: facilitator.report.consultation).
    """
    from facilitator.export import write_error
    from facilitator.guard import clash
    from facilitator.render.base import ExportError

    if kind not in KINDS:
        raise ReportError(tr("unknown report kind {kind!r}; expected one of: {choices}", kind=kind,
                             choices=", ".join(KINDS)))
    target = Path(path)
    if (overwrites := clash(target)) is not None:  # never over the open database
        raise ExportError(overwrites, target)
    progress(0, STAGES, "")
    if kind == "consultation":
        from facilitator.report import consultation

        data = consultation.collect(engine, options)
    else:
        data = load(engine, options)
    check()
    progress(1, STAGES, "")
    try:
        _render(fmt, kind, data, target, progress, check)
    except ExportError as exc:  # a renderer's message names the temporary file it was given: name the user's
        if isinstance(exc.__cause__, OSError):
            raise write_error(exc.__cause__, target) from exc
        raise
    except OSError as exc:
        raise write_error(exc, target) from exc
    progress(STAGES, STAGES, "")
    return target


def _render(fmt: str, kind: str, data, target: Path, progress: Progress, check: Callable[[], None]) -> None:
    """Write the loaded report data as `fmt` to `target` (atomically: temp file + rename)."""
    from facilitator.atomic import atomic_path
    from facilitator.render.watch import Watch

    if fmt == "xlsx":
        if kind == "consultation":
            from facilitator.render.xlsx_consultation import render_consultation_xlsx

            render_consultation_xlsx(data, target)  # atomic by itself
        else:
            from facilitator.render.xlsx import render_xlsx

            render_xlsx(data, target)  # atomic by itself
    else:
        from facilitator.render import exporter_for
        from facilitator.report import consultation

        summary = consultation.build(data) if kind == "consultation" else build_from(data)
        check()
        progress(2, STAGES, "")
        with atomic_path(target, suffix=f".{fmt}") as temp:
            # Cancel is also honoured inside the layout, between paragraphs (check raises once cancelled)
            exporter_for(fmt).render(summary, temp, Watch(cancel=lambda: check() or False))
            check()
