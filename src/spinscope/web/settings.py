"""The server's settings and the constants its parts share (limits, hosts, security headers)."""

from __future__ import annotations

from dataclasses import dataclass

from ..settings import DEFAULT_MAX_BYTES

#: Seconds one analysis may take before the request answers 504.
DEFAULT_ANALYSIS_TIMEOUT = 60.0
#: Seconds the server waits past the timeout for the analysing thread to stop before answering 504 anyway
#: (the budget's interrupt lands between Python instructions; one C call may finish first).
TIMEOUT_GRACE = 5.0
#: Seconds a client may take to send a request body, after which it gets 408 (uvicorn has no such limit; its
#: h11 limit bounds the size of the headers, and --timeout-keep-alive the wait for the next request).
DEFAULT_BODY_TIMEOUT = 30.0
#: Host names a server without a token always answers to, beside the address it is bound to.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
TOKEN_COOKIE = "spinscope_token"


@dataclass(frozen=True)
class ServerSettings:
    db: str | None = None
    token: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    analysis_timeout: float = DEFAULT_ANALYSIS_TIMEOUT
    components: tuple[str, ...] | None = None
    #: The address the server is bound to; a server without a token answers only to it, LOCAL_HOSTS and
    #: ``allowed_hosts`` (Host header), against DNS rebinding.
    host: str = "127.0.0.1"
    allowed_hosts: tuple[str, ...] = ()
    body_timeout: float = DEFAULT_BODY_TIMEOUT
    #: The user configuration file (spinscope.toml); None reads the active one (SPINSCOPE_CONFIG, ./spinscope.toml).
    config: str | None = None

    def host_names(self) -> frozenset[str]:
        """The host names (lower case, IPv6 without brackets) this server answers to without a token."""
        names = {self.host, *LOCAL_HOSTS, *self.allowed_hosts}
        return frozenset(n.strip().strip("[]").lower() for n in names if n.strip())

    def checks_host(self) -> bool:
        """Host and Origin are checked when no token guards the server and it is bound to one address."""
        return self.token is None and self.host not in ("0.0.0.0", "::", "")
