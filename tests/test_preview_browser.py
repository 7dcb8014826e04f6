"""`tosdiff preview` in a real browser: Debian's headless Chromium driven by Playwright.

Runs when /usr/bin/chromium is there. With TOSDIFF_BROWSER_TESTS=1 (set by .ci/run, which
installs chromium) a missing browser FAILS these tests instead of skipping them.
Screenshots of every tab go to test-artifacts/preview/ in the repository root.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tosdiff import compare, load
from tosdiff.examples import example_paths
from tosdiff.model import Segment
from tosdiff.notice import build_notices, write_notices
from tosdiff.render import default_template_dir

pytestmark = pytest.mark.browser

REPO_ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO_ROOT / "test-artifacts" / "preview"
CONFIG = REPO_ROOT / "examples" / "tosdiff.toml"
CHROMIUM = os.environ.get("TOSDIFF_CHROMIUM", "/usr/bin/chromium")
REQUIRED = os.environ.get("TOSDIFF_BROWSER_TESTS") == "1"
# Chromium as the machine notes require: no sandbox as root, nothing phoning home.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TABS = ["changes", "email", "announcement", "sms", "in-app", "mail", "phone", "schedule", "files"]
EVIL = "<script>window.pwned=1</script>"


def _unavailable(reason: str) -> None:
    """Fail when CI asked for browser tests, else skip with the reason."""
    if REQUIRED:
        pytest.fail(
            f"TOSDIFF_BROWSER_TESTS=1 but {reason}: install it with "
            "`apt-get install -y chromium chromium-driver` (.ci/run does)",
            pytrace=False,
        )
    pytest.skip(f"{reason} (set TOSDIFF_BROWSER_TESTS=1 to require browser tests)")


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Return a Playwright browser context in headless Chromium with a fresh profile."""
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        _unavailable(f"chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[test]')")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        browser_context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            args=ARGS,
            headless=True,
            viewport={"width": 1280, "height": 900},
        )
        browser_context.set_default_timeout(15_000)
        yield browser_context
        browser_context.close()


class Preview:
    """A `tosdiff preview` server in a subprocess, on a free port of 127.0.0.1."""

    def __init__(self, old: Path, new: Path, templates: Path) -> None:
        tosdiff = shutil.which("tosdiff", path=str(Path(sys.executable).parent))
        command = [tosdiff] if tosdiff else [sys.executable, "-m", "tosdiff.cli"]
        self.process = subprocess.Popen(
            [*command, "preview", str(old), str(new), "--port", "0"]
            + ["--notice-date", "2026-12-01", "--config", str(CONFIG)]
            + ["--templates", str(templates)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self.stop()
            pytest.fail(f"preview did not start: {self.url!r} {self.process.stderr.read()}")  # type: ignore[union-attr]

    def stop(self) -> str:
        """Stop the server (SIGTERM, as on Ctrl-C) and return what it printed on stderr."""
        self.process.terminate()
        try:
            _out, err = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _out, err = self.process.communicate()
        return err


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a --templates copy of the stock notice templates, free to edit."""
    folder = tmp_path_factory.mktemp("templates")
    for name in ("sms.txt", "email-subject.txt"):
        shutil.copy(default_template_dir() / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def preview(templates: Path) -> Iterator[Preview]:
    server = Preview(*example_paths(), templates)
    yield server
    err = server.stop()
    assert "Traceback" not in err, err


def watch_console(page: Any) -> list[str]:
    """Collect console errors and uncaught exceptions of page (and its frames)."""
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.on("requestfailed", lambda r: _aborted_stream(r) or problems.append(f"failed: {r.url}"))
    return problems


def _aborted_stream(request: Any) -> bool:
    """Return whether a failed request is the event stream, closed by a reload."""
    return "/events?" in request.url and request.failure == "net::ERR_ABORTED"


def is_blank(png: bytes) -> bool:
    """Return whether a screenshot has a single colour (e.g. all white)."""
    import io

    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    return colours is not None and len(colours) <= 1


# --- the tests --------------------------------------------------------------------------


def test_every_tab_shows_its_notice_without_console_errors(context: Any, preview: Preview) -> None:
    page = context.new_page()
    problems = watch_console(page)
    page.goto(preview.url)
    assert page.locator("[role=tab]").evaluate_all("ts => ts.map(t => t.dataset.tab)") == TABS
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    expected = {
        "changes": "#panel-changes .change.material",
        "email": "#panel-email iframe[title='Email at phone width']",
        "announcement": "#panel-announcement iframe",
        "sms": "#sms-text",
        "in-app": "#in-app-title",
        "mail": "#panel-mail iframe",
        "phone": "#panel-phone pre",
        "schedule": "#compliance",
        "files": "#panel-files table",
    }
    for tab in TABS:
        page.click(f"#tab-{tab}")
        assert page.get_attribute(f"#tab-{tab}", "aria-selected") == "true"
        page.locator(expected[tab]).first.wait_for(state="visible")
        hidden = [t for t in TABS if t != tab and page.is_visible(f"#panel-{t}")]
        assert hidden == [], f"{tab}: other panels visible: {hidden}"
        if tab == "email":
            widths = page.locator("#panel-email iframe").evaluate_all(
                "frames => frames.map(f => f.clientWidth)"
            )
            assert widths == [640, 375]
        png = page.screenshot(path=str(ARTIFACTS / f"{tab}.png"))
        assert not is_blank(png), f"{tab}: blank screenshot"
    # the email frames really render the notice, at two widths
    frames = [f for f in page.frames if f != page.main_frame and "updating" in f.content()]
    assert len(frames) >= 2
    assert "2 segments" in page.inner_text("#sms-segments")
    assert problems == []
    page.close()


def test_phone_width_screenshot(context: Any, preview: Preview) -> None:
    page = context.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    problems = watch_console(page)
    page.goto(preview.url + "#email")
    page.locator("#panel-email iframe").first.wait_for(state="visible")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"page scrolls sideways by {overflow}px on a phone"
    png = page.screenshot(path=str(ARTIFACTS / "email-phone.png"))
    assert not is_blank(png) and problems == []
    page.close()


def test_script_in_clause_text_is_shown_as_text(context: Any, tmp_path: Path) -> None:
    # The segmenter drops HTML tags from agreements, so put the script into a clause directly.
    report = compare(*(load(p) for p in example_paths()))
    target = next(c for c in report.material if c.new is not None)
    text = f"{EVIL} {target.new.text}"  # type: ignore[union-attr]
    report.changes[report.changes.index(target)] = replace(
        target,
        new=replace(target.new, text=text),
        redline=[Segment("insert", f"{EVIL} "), *target.redline],
    )
    bundle = build_notices(report, notice_date=datetime.date(2026, 12, 1))
    write_notices(bundle, tmp_path)
    page = context.new_page()
    problems = watch_console(page)
    page.goto((tmp_path / "index.html").as_uri() + "#changes")
    shown = page.locator("#panel-changes ins", has_text="window.pwned=1")
    assert shown.count() == 1 and shown.is_visible()
    assert shown.inner_text().strip() == EVIL
    page.click("#tab-email")
    email = next(f for f in page.frames if f.name == "" and f != page.main_frame)
    email.wait_for_load_state()
    assert EVIL in email.inner_text("body")  # the excerpt quotes it, as text
    for tab in TABS:  # every notice rendered, none ran the script
        page.click(f"#tab-{tab}")
    assert page.evaluate("typeof window.pwned") == "undefined"
    page.screenshot(path=str(ARTIFACTS / "script-as-text.png"))
    assert problems == []
    page.close()


def test_editing_a_template_reloads_the_page(
    context: Any, preview: Preview, templates: Path
) -> None:
    page = context.new_page()
    problems = watch_console(page)
    page.goto(preview.url + "#sms")
    page.wait_for_function("document.getElementById('live').textContent === 'Live preview'")
    before = page.inner_text("#sms-text")
    assert not before.startswith("EDITED")
    sms = templates / "sms.txt"
    with page.expect_navigation(timeout=20_000):
        sms.write_text("EDITED " + sms.read_text(encoding="utf-8"), encoding="utf-8")
    page.locator("#sms-text").wait_for(state="visible")
    assert page.inner_text("#sms-text").startswith("EDITED ")
    assert page.evaluate("location.hash") == "#sms"  # the open tab survives the reload
    page.screenshot(path=str(ARTIFACTS / "sms-after-edit.png"))
    assert problems == []
    page.close()


def test_static_index_html_works_without_a_server(context: Any, tmp_path: Path) -> None:
    out = tmp_path / "notices"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "tosdiff.cli",
            "notice",
            *map(str, example_paths()),
            "--out",
            str(out),
        ]
        + ["--notice-date", "2026-12-01", "--config", str(CONFIG)],
        check=True,
        capture_output=True,
    )
    page = context.new_page()
    problems = watch_console(page)
    page.goto((out / "index.html").as_uri())
    assert page.locator("#live").count() == 0
    page.click("#tab-mail")
    page.locator("#panel-mail iframe").wait_for(state="visible")
    height = page.locator("#panel-mail iframe").evaluate("f => f.clientHeight")
    assert height > 900  # sized to the letter
    href = page.get_attribute("#panel-email a[download='email.eml']", "href")
    assert href == "email.eml" and (out / href).is_file()
    assert page.evaluate("typeof window.pwned") == "undefined"
    png = page.screenshot(path=str(ARTIFACTS / "index-html-letter.png"))
    assert not is_blank(png) and problems == []
    page.close()


def test_blank_check_detects_blank_images() -> None:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, format="PNG")
    assert is_blank(buffer.getvalue())
