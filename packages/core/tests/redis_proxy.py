"""A loopback TCP proxy in front of a real Redis that can hold back one answer: the command ran on
the server, but its answer reaches the client after the client's socket timeout (a slow network, a
stalled server), so redis-py sends the command again on a new connection."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from types import TracebackType


class DelayProxy:
    """Forwards 127.0.0.1:``port`` to ``target_port``. :meth:`delay_answer` makes the answer to the
    next request containing some bytes arrive ``seconds`` late."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._trigger: bytes | None = None
        self._seconds = 0.0
        self._armed: socket.socket | None = None
        """The client connection whose next answer is held back."""
        self._sockets: list[socket.socket] = []
        self._closed = threading.Event()
        self.delayed = threading.Event()
        """Set once an answer was held back."""
        threading.Thread(target=self._accept, name="redis-delay-proxy", daemon=True).start()

    def delay_answer(self, containing: bytes, seconds: float) -> None:
        with self._lock:
            self._trigger, self._seconds = containing, seconds

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            with self._lock:
                self._sockets += [client, server]
            threading.Thread(target=self._up, args=(client, server), daemon=True).start()
            threading.Thread(target=self._down, args=(server, client), daemon=True).start()

    def _up(self, client: socket.socket, server: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := client.recv(65536):
                with self._lock:
                    if self._trigger is not None and self._trigger in data:
                        self._trigger, self._armed = None, client
                server.sendall(data)
        self._close(client, server)

    def _down(self, server: socket.socket, client: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := server.recv(65536):
                with self._lock:
                    held = self._armed is client
                    if held:
                        self._armed = None
                if held:
                    self.delayed.set()
                    time.sleep(self._seconds)  # the command ran on the server; its answer is late
                client.sendall(data)
        self._close(client, server)

    @staticmethod
    def _close(*sockets: socket.socket) -> None:
        for each in sockets:
            with contextlib.suppress(OSError):
                each.close()

    def close(self) -> None:
        self._closed.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the thread waiting in accept()
        self._close(self._listener)
        with self._lock:
            sockets, self._sockets = self._sockets, []
        self._close(*sockets)

    def __enter__(self) -> DelayProxy:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
