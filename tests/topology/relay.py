"""A TCP relay that can be cut and restored: a database outage without stopping the database.

`cut()` closes the listening socket (new connections are refused, as by a stopped server)
and every relayed connection (as a server shutting down does); `restore()` listens again
on the same port. Used by the topology tests and bench/outage.py.
"""

import contextlib
import socket
import threading


class Relay:
    def __init__(self, target_host, target_port, host="127.0.0.1", port=0):
        self.target = (target_host, target_port)
        self.host = host
        self.port = port
        self._lock = threading.Lock()
        self._listener = None
        self._sockets = set()
        self.restore()

    def restore(self):
        """Listen (again) and relay new connections."""
        with self._lock:
            if self._listener is not None:
                return
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((self.host, self.port))
            listener.listen(64)
            self.port = listener.getsockname()[1]
            self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self):
        """Refuse new connections and drop every open one."""
        with self._lock:
            listener, self._listener = self._listener, None
            open_sockets, self._sockets = self._sockets, set()
        if listener is not None:
            close(listener)
        for sock in open_sockets:
            close(sock)

    close = cut

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                close(client)
                continue
            server.settimeout(None)
            with self._lock:
                if self._listener is not listener:
                    close(client)
                    close(server)
                    return
                self._sockets.update((client, server))
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        close(source)
        close(sink)
        with self._lock:
            self._sockets.discard(source)
            self._sockets.discard(sink)


def close(sock):
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
