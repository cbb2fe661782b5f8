"""Facilitator: capture consultation meetings and turn them into summaries.

This package is the core and never imports Qt; the GUI lives in ``ui``.
"""

APP_NAME = "Facilitator"
APP_ID = "facilitator"
__version__ = "0.1.0"
