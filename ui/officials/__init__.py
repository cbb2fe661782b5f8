"""The officials screens: import of many meeting files, search, recurring statements, tags, reports."""
