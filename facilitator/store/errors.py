"""Errors a user can cause at the database level (bad path, corrupted or newer file)."""


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is meant for the user."""
