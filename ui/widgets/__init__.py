"""Small reusable widgets of the capture page: capture line, kind badges, speaker completer, clocks."""
