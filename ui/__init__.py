"""Facilitator's desktop GUI (PySide6). Imports the core `facilitator`, never the other way round."""
