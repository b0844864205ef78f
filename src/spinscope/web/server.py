"""Running the app under uvicorn, with a limit on how long a client may take to send its request headers.

uvicorn bounds the size of the headers (h11's incomplete-event limit) and the idle time between requests
(``timeout_keep_alive``), but not the time a client takes to send the headers of a request: a client that
sends one byte every few seconds held a connection for as long as it liked. :class:`GuardedH11Protocol` closes
a connection whose request headers are not complete within ``HEADER_TIMEOUT`` seconds of its opening, or of
the end of the previous response. The body's deadline is RequestGuard's (``ServerSettings.body_timeout``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

#: Seconds a client has to send the headers of a request.
HEADER_TIMEOUT = 10.0
#: Largest request head accepted (request line and headers), in bytes.
MAX_HEADER_BYTES = 64 * 1024


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, closing connections whose request headers are late (see the module doc)."""

    header_timeout = HEADER_TIMEOUT

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._headers_timer: asyncio.TimerHandle | None = None
        self._arm()

    def _arm(self) -> None:
        self._headers_timer = self.loop.call_later(self.header_timeout, self._headers_late)

    def _disarm(self) -> None:
        if self._headers_timer is not None:
            self._headers_timer.cancel()
            self._headers_timer = None

    def _headers_late(self) -> None:
        self._headers_timer = None
        if not self.transport.is_closing():
            self.logger.info("closed a connection whose request headers took over %g s", self.header_timeout)
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._headers_timer is not None and self.cycle is not None and not self.cycle.response_complete:
            self._disarm()  # a request's headers are in: the body has its own deadline

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self._headers_timer is None and not self.transport.is_closing():
            self._arm()  # the next request on this keep-alive connection gets the same time

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def uvicorn_options() -> dict[str, Any]:
    """The uvicorn options spinscope serves with (also for a server started from Python)."""
    return {"http": GuardedH11Protocol, "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
            "timeout_keep_alive": 5}


def serve(app: Any, *, host: str, port: int, log_level: str = "info") -> None:
    """Serve ``app`` with uvicorn and the guarded protocol."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level=log_level, **uvicorn_options())
