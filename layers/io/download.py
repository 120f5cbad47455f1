"""Download one URL to a file with a total deadline, a Cancel that works within a second, and clear errors.

Why not a plain ``urlopen(...).read()`` loop: the socket timeout is per read, so a server that trickles one byte
every two seconds never times out; a read blocks until data comes, so Cancel is only seen between reads (never
while the server is silent); and a cut-off chunked body raises ``http.client.IncompleteRead``, which is not an
``OSError``.  Here the transfer runs in a worker thread that only moves bytes; the calling thread (the task's)
watches the clock and ``cancelled()`` every :data:`POLL_S` seconds, reports progress, and on Cancel or at the
deadline shuts the worker's socket down, which wakes it at once.  The proxies and redirects of ``urllib`` still
apply.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import ssl
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from layers.errors import UserError
from layers.i18n import format_number, translate
from layers.tasks import CancelledFn, ProgressFn, check_cancelled

CHUNK = 64 * 1024
POLL_S = 0.1
STOP_WAIT_S = 0.5  # how long to wait for a stopped worker (with POLL_S, Cancel returns within a second)


@dataclass
class Fetched:
    path: Path  # a new file in the folder asked for; the caller moves or deletes it
    content_type: str
    size: int


class _TooLarge(Exception):
    pass


class _CutOff(Exception):
    pass


@dataclass
class _Transfer:
    """What the worker thread shares with the caller (plain attributes; the GIL makes each update atomic)."""

    request: urllib.request.Request
    out: BinaryIO  # opened by the caller, so a worker that outlives a Cancel never creates a file
    timeout: float
    max_bytes: int
    sockets: list[Any] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    got: int = 0
    total: int = 0
    content_type: str = ""
    error: BaseException | None = None

    def run(self) -> None:
        try:
            with self.out as out, _opener(self.sockets).open(self.request, timeout=self.timeout) as resp:
                self.total = _int(resp.headers.get("Content-Length"))
                self.content_type = resp.headers.get("Content-Type", "")
                read = getattr(resp, "read1", resp.read)
                while not self.stop.is_set():
                    block = read(CHUNK)
                    if not block:
                        break
                    if self.got + len(block) > self.max_bytes:
                        raise _TooLarge()
                    out.write(block)
                    self.got += len(block)
                if self.total and self.got < self.total and not self.stop.is_set():
                    raise _CutOff()
        except BaseException as exc:  # handed to the caller, who decides what it means
            if isinstance(exc, urllib.error.HTTPError):
                exc.close()  # it holds the connection of the error page
            self.error = exc

    def abort(self) -> None:
        """Stop the worker now: a blocked read returns as soon as its socket is shut down."""
        self.stop.set()
        for sock in list(self.sockets):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def fetch(
    url: str,
    folder: Path,
    *,
    what: str,
    timeout: float,
    deadline: float,
    max_bytes: int,
    progress: ProgressFn,
    cancelled: CancelledFn,
    suffix: str = ".part",
    started: float | None = None,
) -> Fetched:
    """Download ``url`` into a new file in ``folder``; ``what`` names it in messages ("the boundaries").

    ``timeout`` bounds connecting and each silence of the server, ``deadline`` the whole download (seconds).
    Raises :class:`~layers.errors.UserError` (with what to do) or :class:`~layers.errors.Cancelled`; the
    partial file is removed then.  ``started`` (a ``time.monotonic()``) lets several requests share one deadline
    (a paged download): the deadline counts from then, and its message names the whole deadline.
    """
    host = urllib.parse.urlsplit(url).netloc or url
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".download-", suffix=suffix, dir=folder)
    part = Path(name)
    request = urllib.request.Request(url, headers={"User-Agent": "regionmap", "Accept": "application/json"})
    transfer = _Transfer(request, os.fdopen(fd, "wb"), timeout, max_bytes)
    worker = threading.Thread(target=transfer.run, name=f"download {host}", daemon=True)
    started = time.monotonic() if started is None else started
    progress(0.0, translate("io", "connecting to {host}").format(host=host))
    try:
        check_cancelled(cancelled)
        worker.start()
        shown = -1
        while worker.is_alive():
            worker.join(POLL_S)
            if cancelled() or time.monotonic() - started > deadline:
                transfer.abort()
                worker.join(STOP_WAIT_S)
                check_cancelled(cancelled)
                raise UserError(translate(
                    "io", "{host}: the download of {what} did not finish within {deadline} s (the server answers "
                    "too slowly or stopped); try again later, or load them from a file").format(
                    host=host, what=what, deadline=f"{deadline:g}"))
            if transfer.got != shown:
                shown = transfer.got
                progress(min(shown / transfer.total, 1.0) if transfer.total else 0.5,
                         translate("io", "downloaded {mb} MB").format(mb=format_number(shown / 1e6, 1)))
        check_cancelled(cancelled)
        if transfer.error is not None:
            raise _user_error(transfer.error, host, what, max_bytes, transfer) from None
    except BaseException:
        if not worker.is_alive():  # never started, or done: nobody else holds the file
            transfer.out.close()
        part.unlink(missing_ok=True)
        raise
    return Fetched(part, transfer.content_type, transfer.got)


def _user_error(exc: BaseException, host: str, what: str, max_bytes: int, transfer: _Transfer) -> BaseException:
    """The worker's exception as a message saying what happened and what to do."""
    if isinstance(exc, _TooLarge):
        return UserError(translate("io", "{host}: the answer is larger than {limit} MB; check the layer").format(
            host=host, limit=max_bytes // 2**20))
    if isinstance(exc, _CutOff | http.client.IncompleteRead):
        got = (translate("io", "{got} of {total} bytes") if transfer.total else translate("io", "{got} bytes")).format(
            got=format_number(transfer.got), total=format_number(transfer.total))
        return UserError(translate(
            "io", "{host}: the download of {what} was cut off before the end (got {got}); try again, or load them "
            "from a file").format(host=host, what=what, got=got))
    if isinstance(exc, urllib.error.HTTPError):
        return UserError(translate(
            "io", "{host}: the server answered HTTP {code} {reason}; check the address and layer name, or load them "
            "from a file").format(host=host, code=exc.code, reason=exc.reason))
    if isinstance(exc, http.client.HTTPException):  # a malformed answer (bad status line, bad chunk sizes, ...)
        return UserError(translate(
            "io", "{host}: the server's answer is not valid HTTP ({name}); try again, or load them from a "
            "file").format(host=host, name=type(exc).__name__))
    if isinstance(exc, urllib.error.URLError | OSError):
        reason = getattr(exc, "reason", exc)
        return UserError(translate(
            "io", "{host}: could not download {what} ({reason}); check the network connection, or load them from a "
            "file").format(host=host, what=what, reason=reason))
    return exc


def _int(text: str | None) -> int:
    try:
        return max(int(text or 0), 0)
    except ValueError:
        return 0


def _opener(sockets: list[Any]) -> urllib.request.OpenerDirector:
    """``urllib``'s usual opener (proxies, redirects), whose connections put their sockets into ``sockets``."""

    def recording(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
        class Recording(base):  # type: ignore[valid-type, misc]
            def connect(self) -> None:
                super().connect()
                sockets.append(self.sock)

        return Recording

    plain, tls = recording(http.client.HTTPConnection), recording(http.client.HTTPSConnection)
    context = ssl.create_default_context()

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(plain, req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(tls, req, context=context)

    return urllib.request.build_opener(Http, Https(context=context))


__all__ = ["Fetched", "fetch"]
