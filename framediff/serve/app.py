"""The ASGI application of ``framediff serve``: the page, its assets and the API.

``POST /api/compare`` is the one way in for a comparison, for the page and for programs
alike: JSON (``{"articles": [...], "format": ...}``) or the page's form (with uploaded
files). ``POST /api/lesson`` gives a worksheet or its answer key from the same input. Every
``FramediffError`` becomes ``{"error": "<the CLI's one line>", "status": 4xx}``. Nothing
that was sent is kept once the answer has gone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartParser
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from framediff import __version__
from framediff.compare import Comparison, compare
from framediff.errors import ExitStatus, FramediffError, InputError
from framediff.ingest.fetch import AddressGuard
from framediff.options import ServeOptions
from framediff.serve.inputs import (
    PAGE_ADVICE,
    ArticleInput,
    build_articles,
    build_original,
    inputs_from_form,
    inputs_from_json,
    original_input,
    page_options,
)
from framediff.serve.security import Guard, SecurityMiddleware
from framediff.serve.view import report_view

STATIC = Path(__file__).parent / "static"
FORMATS = ("json", "markdown", "html", "view")
MEDIA_TYPES = {
    "json": "application/json",
    "markdown": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "view": "text/html; charset=utf-8",
}
EXTENSIONS = {"json": "json", "markdown": "md", "html": "html"}
LEVELS = ("middle", "high", "college")
LENGTHS = ("short", "period", "extended")
LESSON_FORMATS = ("markdown", "html", "docx")
# An error's HTTP status: the input is at fault (400), a URL could not be fetched (502).
HTTP_STATUS = {ExitStatus.NETWORK: 502}


@dataclass(frozen=True)
class Story:
    """A bundled story the page offers to try: its folder and title."""

    name: str
    title: str
    folder: Path


@dataclass(frozen=True)
class Settings:
    """What one server needs to know: limits, who may be fetched, the bundled stories."""

    limits: ServeOptions = field(default_factory=ServeOptions)
    fetch_guard: AddressGuard = field(default_factory=lambda: AddressGuard(advice=PAGE_ADVICE))
    stories: tuple[Story, ...] = ()


def find_stories(folder: Path | None) -> tuple[Story, ...]:
    """The story folders in ``folder`` (each with a ``story.toml``), by name."""
    from framediff.ingest.load import STORY_FILE, read_story_metadata

    if folder is None or not folder.is_dir():
        return ()
    found = []
    for path in sorted(folder.iterdir()):
        if (path / STORY_FILE).is_file():
            try:
                title, _ = read_story_metadata(path)
            except InputError:
                continue
            found.append(Story(path.name, title or path.name, path))
    return tuple(found)


class _Failure(Exception):
    """An answer other than the report: an HTTP status and the line to show."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


@dataclass(frozen=True)
class _Request:
    """What one request asks for: the articles, the base text if any, and the settings
    (format, level …)."""

    inputs: list[ArticleInput]
    original: ArticleInput | None
    settings: dict[str, str]


async def _request_data(request: Request, limits: ServeOptions) -> _Request:
    """The articles and the other fields (format, level …) of a JSON or form request."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            payload = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InputError(f"the request is not valid JSON ({error})") from error
        inputs = inputs_from_json(payload, limits=limits)
        settings = {k: v for k, v in payload.items() if isinstance(v, str)}
        return _Request(inputs, original_input(payload.get("original")), settings)
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        try:
            form = await request.form(
                max_files=limits.max_articles * 2,
                max_fields=limits.max_articles * 20,
                max_part_size=limits.max_request_bytes,
            )
        except HTTPException as error:
            raise InputError(f"the form could not be read ({error.detail})") from error
        fields: dict[str, list[str]] = {}
        files: list[tuple[str, bytes]] = []
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                if key == "file":
                    files.append((value.filename or "", await value.read()))
            else:
                fields.setdefault(key, []).append(value)
        inputs = inputs_from_form(fields, files, limits=limits)
        settings = {k: v[0] for k, v in fields.items() if len(v) == 1}
        return _Request(inputs, original_input(settings.get("original")), settings)
    raise _Failure(
        415, "send the articles as JSON (Content-Type: application/json) or as the page's form"
    )


def _choice(settings: dict[str, str], key: str, allowed: Sequence[str], default: str) -> str:
    value = settings.get(key, default) or default
    if value not in allowed:
        raise InputError(f"{key} must be one of {', '.join(allowed)}, not {value!r}")
    return value


class Server:
    """The routes, around one ``Settings``."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.templates = Environment(
            loader=PackageLoader("framediff.serve", "templates"),
            autoescape=select_autoescape(["html"], default=True),
        )
        # Uploads stay in memory, never in a temporary file: the whole request is at most
        # this large, and nothing pasted or uploaded may touch the disk.
        MultiPartParser.spool_max_size = max(
            MultiPartParser.spool_max_size, settings.limits.max_request_bytes
        )
        # One comparison at a time: two cores and a classroom's patience, not a server farm.
        self.busy = anyio.Semaphore(1)

    async def page(self, request: Request) -> Response:
        html = self.templates.get_template("page.html").render(
            version=__version__,
            stories=self.settings.stories,
            levels=LEVELS,
            lengths=LENGTHS,
            lesson_formats=LESSON_FORMATS,
            limits=self.settings.limits,
        )
        return HTMLResponse(html)

    async def story(self, request: Request) -> Response:
        from framediff.ingest.load import sources_from_paths

        name = request.path_params["name"]
        story = next((s for s in self.settings.stories if s.name == name), None)
        if story is None:
            return _error(404, f"there is no bundled story called {name!r}")
        sources = sources_from_paths(
            [str(story.folder)], options=page_options(self.settings.limits)
        )
        articles = [
            {
                "file": Path(source.path).name,
                "text": source.raw_text,
                **{
                    k: source.metadata[k]
                    for k in ("outlet", "title", "date")
                    if k in source.metadata
                },
            }
            for source in sources
        ]
        return JSONResponse({"title": story.title, "articles": articles})

    async def _run(
        self, request: Request, make: Callable[[Comparison, dict[str, str]], Response]
    ) -> Response:
        limits = self.settings.limits
        try:
            asked = await _request_data(request, limits)

            def work() -> Response:
                options = page_options(limits)
                guard = self.settings.fetch_guard
                articles = build_articles(asked.inputs, options=options, guard=guard)
                base = (
                    build_original(asked.original, options=options)
                    if asked.original is not None
                    else None
                )
                return make(compare(articles, options=options, original=base), asked.settings)

            async with self.busy:
                with anyio.fail_after(limits.request_seconds):
                    # abandon_on_cancel: the page answers at the time limit; the thread
                    # finishes on its own and its result is dropped.
                    return await anyio.to_thread.run_sync(work, abandon_on_cancel=True)
        except FramediffError as error:
            return _error(HTTP_STATUS.get(error.exit_status, 400), str(error))
        except _Failure as failure:
            return _error(failure.status, failure.message)
        except TimeoutError:
            return _error(
                503,
                f"the comparison took longer than {limits.request_seconds:g} seconds; "
                "compare fewer or shorter articles at once",
            )

    def _report(self, comparison: Comparison, settings: dict[str, str]) -> Response:
        format = _choice(settings, "format", FORMATS, "json")
        if format == "view":
            body = self.templates.get_template("report.html").render(report=report_view(comparison))
        elif format == "markdown":
            from framediff.render.markdown import render_markdown

            body = render_markdown(comparison)
        elif format == "html":
            from framediff.render.html import render_html

            body = render_html(comparison)
        else:
            from framediff.render.json_report import comparison_json

            body = comparison_json(comparison)
        headers = {}
        if format in EXTENSIONS:
            headers["content-disposition"] = (
                f'attachment; filename="framediff-report.{EXTENSIONS[format]}"'
            )
        return Response(body, media_type=MEDIA_TYPES[format], headers=headers)

    def _lesson(self, comparison: Comparison, settings: dict[str, str]) -> Response:
        level = _choice(settings, "level", LEVELS, "high")
        length = _choice(settings, "length", LENGTHS, "period")
        format = _choice(settings, "lesson_format", LESSON_FORMATS, "markdown")
        part = _choice(settings, "part", ("worksheet", "key"), "worksheet")
        try:
            from framediff.lesson import lesson_documents
        except ImportError as error:
            raise _Failure(501, "this version of framediff cannot make a lesson kit yet") from error
        documents = lesson_documents(
            comparison, level=level, length=length, format=format, original=comparison.original
        )
        name = f"framediff-{part}-{level}.{documents.extension}"
        return Response(
            documents.worksheet if part == "worksheet" else documents.key,
            media_type=documents.media_type,
            headers={"content-disposition": f'attachment; filename="{name}"'},
        )

    async def compare(self, request: Request) -> Response:
        return await self._run(request, self._report)

    async def lesson(self, request: Request) -> Response:
        return await self._run(request, self._lesson)


def _not_found(request: Request, exc: Exception) -> Response:
    return _error(404, f"there is nothing at {request.url.path}")


def create_app(settings: Settings, guard: Guard) -> Any:
    """The application, every request passing through ``SecurityMiddleware`` first."""
    server = Server(settings)
    app = Starlette(
        routes=[
            Route("/", server.page),
            Route("/api/compare", server.compare, methods=["POST"]),
            Route("/api/lesson", server.lesson, methods=["POST"]),
            Route("/api/stories/{name}", server.story),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        exception_handlers={404: _not_found},
    )
    return SecurityMiddleware(app, guard)
