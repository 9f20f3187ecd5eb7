"""The page in headless Chromium (Debian's), driven by Playwright: a teacher's session.

The server is started as a teacher starts it (``framediff serve``, port 0); every request
the page makes is recorded and must stay on that address. The screenshot it takes is the
one in the lesson guide: ``FRAMEDIFF_UPDATE_SCREENSHOT=1`` writes it to docs/images/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.serve_support import INTERVIEW, running_server, screenshot_target

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.chromium
@pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("FRAMEDIFF_REQUIRE_CHROMIUM") != "1",
    reason="no headless Chromium here (.ci/run installs Debian's chromium)",
)
def test_a_teacher_compares_the_interview_reports_in_the_browser(tmp_path: Path) -> None:
    assert CHROMIUM is not None, "FRAMEDIFF_REQUIRE_CHROMIUM=1 but chromium is not installed"
    from playwright.sync_api import expect, sync_playwright

    with running_server() as url, sync_playwright() as playwright:
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            context = browser.new_context(
                accept_downloads=True, viewport={"width": 1280, "height": 900}
            )
            page = context.new_page()
            requests: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            page.goto(url)

            # Paste the two New York Times interview reports, with their outlets.
            boxes = page.locator("fieldset.article")
            expect(boxes).to_have_count(2)
            for index, (outlet, text) in enumerate(INTERVIEW):
                boxes.nth(index).locator("[name=outlet]").fill(outlet)
                boxes.nth(index).locator("[name=text]").fill(text)
            page.get_by_role("button", name="Compare").click()
            # The comparison runs on the server: on a busy machine it may take longer than
            # Playwright's default wait of 5 s, and a slow answer is not a wrong one.
            expect(page.locator("#report-title")).to_have_text(
                "How 2 outlets reported the story", timeout=30_000
            )
            expect(page.locator("#status")).to_be_hidden()

            # The shared quotation, its last sentence marked as Tampa Free Press's alone.
            family = page.locator("section.family").first
            weapons = family.locator(".side ins", has_text="And give us the weapons")
            expect(weapons).to_be_visible()
            expect(weapons).to_contain_text("only in Tampa Free Press")
            column = family.locator(
                ".column", has=page.locator("ins", has_text="And give us the weapons")
            )
            expect(column.locator("h4")).to_have_text("Tampa Free Press")
            antiwar = family.locator(".column", has_text="Antiwar.com")
            expect(antiwar.locator("ins, del", has_text="And give us")).to_have_count(0)
            screenshot = tmp_path / "serve.png"
            # The picture for the lesson guide: the controls, then the shared quotation.
            page.set_viewport_size({"width": 1280, "height": 1500})
            page.locator("#result").evaluate("element => element.scrollIntoView()")
            page.screenshot(path=str(screenshot))
            assert screenshot.stat().st_size > 30_000

            # Next difference by key; the inline view; changes only.
            page.locator("body").press("n")
            expect(page.locator("#position")).to_contain_text("difference 1 of")
            expect(page.locator(".diff.current")).to_have_count(1)
            page.get_by_label("inline, one pair of outlets at a time").check()
            expect(family.locator(".side")).to_be_hidden()
            inline = family.locator(".inline ins", has_text="And give us the weapons")
            expect(inline).to_be_visible()
            expect(family.locator(".inline del", has_text="So my question is")).to_be_visible()
            page.keyboard.press("n")  # focus is on the view switch: still a command
            page.keyboard.press("n")
            expect(page.locator("#position")).to_contain_text("difference 2 of")
            expect(page.locator(".inline .diff.current")).to_have_count(1)
            page.get_by_label("changes only").check()
            expect(family.locator(".inline .same .short").first).to_be_visible()
            expect(family.locator(".inline .same .full").first).to_be_hidden()

            # Downloads: the markdown report and the worksheet.
            with page.expect_download() as markdown_download:
                page.get_by_role("button", name="Markdown").click()
            markdown = Path(markdown_download.value.path()).read_text(encoding="utf-8")
            assert markdown_download.value.suggested_filename == "framediff-report.md"
            assert "And give us the weapons" in markdown
            with page.expect_download() as worksheet_download:
                page.get_by_role("button", name="Worksheet").click()
            assert worksheet_download.value.suggested_filename == "framediff-worksheet-high.md"
            worksheet = Path(worksheet_download.value.path()).read_text(encoding="utf-8")
            assert "Tampa Free Press" in worksheet
            expect(page.locator("#error")).to_be_hidden()

            # A plain-language error for a bad input, the same line the CLI gives.
            boxes.nth(1).locator("[name=text]").fill("")
            page.get_by_role("button", name="Compare").click()
            expect(page.locator("#error")).to_contain_text("compare needs at least two articles")
        finally:
            browser.close()
    target = screenshot_target()
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(screenshot, target)
    assert requests, "the page made no requests at all"
    elsewhere = [r for r in requests if not r.startswith((origin + "/", "blob:" + origin, "data:"))]
    assert elsewhere == [], elsewhere
