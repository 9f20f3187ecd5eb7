"""Starting the page: bind, print the address (with its token), open the browser, serve.

The address printed first on stdout is the one to open; it carries the access token, and
the first visit turns it into a cookie. The server binds to this computer (127.0.0.1)
unless told otherwise, and says so when told otherwise.
"""

from __future__ import annotations

import secrets
import socket
import sys
import webbrowser
from dataclasses import replace
from pathlib import Path

import uvicorn

from framediff.errors import InputError
from framediff.serve.app import Settings, create_app, find_stories
from framediff.serve.security import Guard, is_loopback

# Where the bundled stories are looked for when no --stories folder is given: the folder
# the command runs in, then the source checkout framediff runs from (an editable install).
STORY_FOLDERS = (Path("corpus"), Path(__file__).resolve().parents[2] / "corpus")


def default_stories() -> Path | None:
    return next((folder for folder in STORY_FOLDERS if folder.is_dir()), None)


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound now so that port 0 gives a real port to print."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as error:
        sock.close()
        raise InputError(
            f"cannot listen on {host}:{port} ({error.strerror or error}); try another "
            "--port, or --port 0 for any free one"
        ) from error
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def page_url(host: str, port: int, token: str) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/?token={token}"


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    open_browser: bool = False,
    allow_private_urls: bool = False,
    stories: Path | None = None,
    settings: Settings | None = None,
) -> None:
    """Run the page until interrupted (Ctrl+C)."""
    settings = settings or Settings()
    settings = replace(
        settings,
        stories=find_stories(stories or default_stories()),
        fetch_guard=replace(settings.fetch_guard, allow_private=allow_private_urls),
    )
    sock = _bind(host, port)
    bound_port = sock.getsockname()[1]
    token = secrets.token_urlsafe(24)
    guard = Guard(
        port=bound_port,
        token=token,
        max_body_bytes=settings.limits.max_request_bytes,
        bound_host=host,
    )
    url = page_url(host, bound_port, token)
    print(url, flush=True)
    if not is_loopback(host):
        print(
            f"framediff: warning: listening on {host}, so other computers on the network "
            "can reach this page (with its token); use --host 127.0.0.1 to keep it to "
            "this computer",
            file=sys.stderr,
            flush=True,
        )
    print("Press Ctrl+C to stop. Nothing you paste is kept.", file=sys.stderr, flush=True)
    if open_browser:
        webbrowser.open(url)
    config = uvicorn.Config(
        create_app(settings, guard),
        log_level="warning",
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=2,
    )
    uvicorn.Server(config).run(sockets=[sock])
