"""Run the web app with uvicorn: bound to 127.0.0.1 unless told otherwise; Ctrl-C stops it."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from graphbuild.errors import UserError
from graphbuild.store.base import StoreTarget

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allowed_hosts_for(host: str) -> tuple[str, ...] | None:
    """The Host headers a loopback server answers (a guard against DNS rebinding); None (any) when
    it was bound to another address on purpose."""
    return ("127.0.0.1", "localhost", "[::1]", host) if is_loopback(host) else None


def url_of(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def listening_socket(host: str, port: int) -> socket.socket:
    """The socket the app will serve on, bound before anything is announced: a port in use or an
    address this machine does not have is one UserError, not uvicorn's log line and a false start."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise UserError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    return sock


def serve(
    target: StoreTarget, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, say: Callable[[str], None] = print
) -> None:
    """Serve until Ctrl-C. The store is opened first, so a missing graph is a UserError, not a page."""
    import uvicorn

    from graphbuild.serve.app import create_app

    if not 0 < port < 65536:
        raise UserError(f"--port must be between 1 and 65535, not {port}")
    app = create_app(target, allowed_hosts=allowed_hosts_for(host))
    app.state.serve.check()
    try:
        sock = listening_socket(host, port)
    except UserError:
        app.state.serve.close()
        raise
    if not is_loopback(host):
        say(f"warning: serving on {host}, reachable from other machines; the app has no login")
    say(f"kommunegraf serves {target} at {url_of(host, port)} (read-only; Ctrl-C stops it)")
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    interrupted = False
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn shuts down gracefully, then raises Ctrl-C again for its caller
        interrupted = True
    except SystemExit as stop:  # uvicorn logs why its app could not start and exits on its own
        if stop.code:
            raise UserError(f"the web app on {host}:{port} could not start (see the line above)") from None
        raise
    finally:
        sock.close()
        app.state.serve.close()
    say("stopped")
    if interrupted:  # an interrupted command exits 130, as every other one (the CLI's reports_errors)
        raise KeyboardInterrupt
