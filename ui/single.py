"""One desktop app per database: a second start brings the running window to the front instead."""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

WAIT_MS = 500


def server_name(database: str) -> str:
    """A name per user and database (a hash: safe for any path, on every platform)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return "facilitator-" + hashlib.sha256(f"{user}\0{database}".encode()).hexdigest()[:24]


def claim(name: str) -> QLocalServer | None:
    """The server that makes this process the one instance, or None after asking the running one to show itself."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    if probe.waitForConnected(WAIT_MS):
        probe.write(b"show\n")
        probe.waitForBytesWritten(WAIT_MS)
        probe.disconnectFromServer()
        return None
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        QLocalServer.removeServer(name)  # left behind by a process that was killed
        server.listen(name)
    return server


def bring_to_front_on_request(server: QLocalServer, window: QWidget) -> None:
    """Each knock from a second start raises the window (restored if minimised) and gives it focus."""

    def knock() -> None:
        while (socket := server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            socket.disconnectFromServer()
            window.showNormal() if window.isMinimized() else window.show()
            window.raise_()
            window.activateWindow()

    server.newConnection.connect(knock)
