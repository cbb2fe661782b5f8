"""Small dialogs: CSV column mapping, confirmations, messages."""
