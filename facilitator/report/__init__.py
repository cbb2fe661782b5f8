"""Consolidated reports for officials: many meetings → one Summary (DOCX/PDF) or one XLSX sheet of statements."""

from facilitator.report.build import build, build_from
from facilitator.report.data import ReportData, ReportError, ReportOptions, load
from facilitator.report.output import FORMATS, KINDS, write

__all__ = ["FORMATS", "KINDS", "ReportData", "ReportError", "ReportOptions", "build", "build_from", "load", "write"]
