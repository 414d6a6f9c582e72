"""Headless Chromium on the real built site: one browser per session, one context per test.

The site under test is the strict build from tests/conftest.py (`built_site`), served on
127.0.0.1 by a Python http.server thread. Every test gets a `reader`: a fresh page whose
console errors, failed requests and requests to any other host are recorded, so each scenario
can end with `reader.assert_clean()`. Requests to other hosts are aborted, never sent.

Chromium is Debian's (`scripts/ensure-browser.sh` installs it). Where it is missing the tests
are SKIPPED with the reason, and a banner says so at the end of the run; under CI (CI=true)
a missing browser fails instead, so CI can never pass without running them.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Not imported from tests/conftest.py: both files are modules named `conftest`.
ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

CHROMIUM = Path(os.environ.get("ATLAS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
OFFLINE_CONFIG = ROOT / "mkdocs-offline.yml"
DESKTOP = {"width": 1280, "height": 800}
TIMEOUT_MS = 5_000

_not_run: list[str] = []


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _cannot_run(reason: str) -> None:
    """Skip loudly (and remember why for the summary), or fail under CI."""
    if _in_ci():
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    _not_run.append(reason)
    pytest.skip(f"BROWSER TESTS NOT RUN: {reason}")


def pytest_configure(config):
    config.addinivalue_line("markers", "offline_build: needs the offline edition (built in the background)")


def pytest_terminal_summary(terminalreporter):
    if _not_run:
        bar = "!" * 78
        terminalreporter.write_line(bar, red=True, bold=True)
        terminalreporter.write_line(
            f"BROWSER TESTS NOT RUN (reported as skipped, not passed): {_not_run[0]}", red=True, bold=True
        )
        terminalreporter.write_line("Run scripts/ensure-browser.sh (as root) or `make test` to install them.", red=True)
        terminalreporter.write_line(bar, red=True, bold=True)


# --- the browser --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def playwright_api():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # requirements-dev.txt not installed
        _cannot_run(f"playwright is not installed ({exc}); run `make test`")
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        _cannot_run(f"no Chromium at {CHROMIUM}; run scripts/ensure-browser.sh as root (apt-get install chromium)")
    with sync_playwright() as api:
        yield api


@pytest.fixture(scope="session")
def browser(playwright_api):
    browser = playwright_api.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.is_file():
        _cannot_run(f"axe-core is not installed at {AXE_JS}; run scripts/ensure-browser.sh (npm ci)")
    return AXE_JS.read_text(encoding="utf-8")


# --- the site ------------------------------------------------------------------------------


class _SiteHandler(SimpleHTTPRequestHandler):
    """Static files, with the site's own 404 page for a missing address (like a real host)."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # keep the test output quiet
        pass


def serve(directory: Path):
    """Serve `directory` on 127.0.0.1 at a free port; returns (server, base URL)."""
    handler = functools.partial(_SiteHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    server, url = serve(built_site)
    yield url
    server.shutdown()
    server.server_close()


@dataclass(frozen=True)
class Doc:
    url: str  # relative to the site root, e.g. documents/slug/
    title: str
    seed_text: str


@pytest.fixture(scope="session")
def docs() -> dict[str, Doc]:
    """The five seed documents keyed by their seed number ("000" .. "004")."""
    from atlas.pipeline import build_corpus
    from atlas.vocab import load_vocabulary

    corpus = build_corpus(ROOT, SEEDS, load_vocabulary())
    out = {}
    for doc in corpus.documents:
        path = ROOT / doc.seed.path
        out[path.name[:3]] = Doc(doc.url, doc.title, path.read_text(encoding="utf-8"))
    return out


@dataclass(frozen=True)
class Pages:
    """Where the built site put the pages the tests visit (found in the build, not guessed)."""

    site: Path

    def find(self, pattern: str, folder: str = "") -> str | None:
        """URL (relative to the site root) of the first page under `folder` whose HTML matches."""
        regex = re.compile(pattern, re.S)
        for html in sorted((self.site / folder).rglob("index.html")):
            if regex.search(html.read_text(encoding="utf-8")):
                url = html.parent.relative_to(self.site).as_posix()
                return "" if url == "." else url + "/"
        return None

    def need(self, pattern: str, folder: str, what: str) -> str:
        url = self.find(pattern, folder)
        if url is None:
            pytest.fail(f"the build has no {what} (looked under site/{folder} for /{pattern}/)", pytrace=False)
        return url

    def country(self, name: str) -> str:
        return self.need(rf"<h1[^>]*>[^<]*{re.escape(name)}", "countries", f"country page for {name}")

    def glossary(self) -> str:
        return self.need(r"<h1[^>]*>\s*Glossary", "", "glossary page")

    def country_topic_table(self) -> str:
        return self.need(r"<h2[^>]*>[^<]*×[^<]*topic.*?<table", "", "country x topic table")

    def map(self) -> str:
        return self.need(r"<svg[^>]*class=\"atlas-map", "", "map page (inline SVG, class atlas-map)")


@pytest.fixture(scope="session")
def pages(built_site: Path) -> Pages:
    return Pages(built_site)


# --- a reader: a page that watches what goes wrong ------------------------------------------


# The result list is re-rendered per keystroke: wait until it has not changed for 400 ms.
_RESULTS_SETTLED = """() => {
  const now = [...document.querySelectorAll('.md-search-result__item > a')].map(a => a.href).join('|')
    + document.querySelector('.md-search-result__meta').textContent;
  if (window.__atlasResults !== now) { window.__atlasResults = now; window.__atlasSince = performance.now(); }
  return performance.now() - window.__atlasSince > 400;
}"""


@dataclass
class Reader:
    page: object
    base: str
    context: object = None
    problems: list[str] = field(default_factory=list)
    allowed_missing: set[str] = field(default_factory=set)

    def open(self, path: str = ""):
        """Go to a path of the site (relative to its root) and wait until it is loaded."""
        return self.page.goto(self.base + path, wait_until="load")

    def allow_missing(self, url: str) -> None:
        """The one 404 a scenario expects (the missing-address page itself)."""
        self.allowed_missing.add(url)

    def assert_clean(self) -> None:
        assert not self.problems, "\n".join(self.problems)

    def close(self) -> None:
        # Routes first: a request still in flight must not outlive its context.
        self.context.unroute_all(behavior="ignoreErrors")
        self.context.close()

    def path(self) -> str:
        """The current address relative to the site root, without query or fragment."""
        return urlsplit(self.page.url).path.lstrip("/")

    def text(self, selector: str = "article") -> str:
        """What a person reads in `selector`, whitespace collapsed."""
        return " ".join(self.page.locator(selector).first.inner_text().split())

    def search(self, query: str) -> list[tuple[str, str]]:
        """Type `query` into the header's search box like a person; (path, title) of each result."""
        box = self.page.locator("input.md-search__input")
        box.click()
        box.press_sequentially(query)
        results = self.page.locator(".md-search-result__list > li.md-search-result__item > a")
        results.first.wait_for()
        self.page.wait_for_function(_RESULTS_SETTLED, polling=100)
        return [
            (urlsplit(a.get_attribute("href")).path.lstrip("/"), a.locator("h1, h2").first.inner_text())
            for a in results.all()
        ]

    def in_viewport(self, locator) -> bool:
        """True when the element's top edge is inside the visible part of the window."""
        return locator.evaluate(
            "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }"
        )

    def scheme(self) -> str:
        """Material's active colour scheme: `default` (light) or `slate` (dark)."""
        return self.page.locator("body").get_attribute("data-md-color-scheme") or ""


def _local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about", "file", "chrome-extension"}:
        return True
    return parts.hostname == "127.0.0.1"


def watch(context, page, reader: Reader) -> None:
    """Record console errors, uncaught errors, failed requests and any request off 127.0.0.1."""

    def route(route):
        if _local(route.request.url):
            route.continue_()
        else:
            reader.problems.append(f"request to another host (blocked): {route.request.url}")
            route.abort("blockedbyclient")

    def console(msg):
        if msg.type != "error":
            return
        where = msg.location.get("url", "") if msg.location else ""
        if where in reader.allowed_missing and "404" in msg.text:
            return
        reader.problems.append(f"console error: {msg.text} ({where})")

    def response(resp):
        if resp.status >= 400 and resp.url not in reader.allowed_missing:
            reader.problems.append(f"HTTP {resp.status}: {resp.url}")

    def failed(request):
        # net::ERR_ABORTED is the browser cancelling its own request (a favicon or image still
        # loading when a click navigates away), not a broken resource: a missing file is an
        # HTTP error response, recorded above.
        if _local(request.url) and "ERR_ABORTED" not in str(request.failure):
            reader.problems.append(f"failed request: {request.url} ({request.failure})")

    context.route("**/*", route)
    page.on("console", console)
    page.on("pageerror", lambda exc: reader.problems.append(f"uncaught error: {exc}"))
    page.on("response", response)
    page.on("requestfailed", failed)


def new_reader(browser, base: str, **context_args) -> Reader:
    """A fresh browser context (own storage, light scheme, desktop size unless told) and page."""
    context = browser.new_context(**{"viewport": DESKTOP, "color_scheme": "light", **context_args})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    reader = Reader(page, base, context)
    watch(context, page, reader)
    return reader


@pytest.fixture
def new_page(browser, request):
    """A factory of readers with other context options (`color_scheme="dark"`, `base=...`);
    each is closed when the test ends. The built site is served only when no base is given."""
    readers = []

    def make(base: str | None = None, **context_args) -> Reader:
        readers.append(new_reader(browser, base or request.getfixturevalue("site_url"), **context_args))
        return readers[-1]

    yield make
    for reader in readers:
        reader.close()


@pytest.fixture
def reader(browser, site_url):
    reader = new_reader(browser, site_url)
    yield reader
    reader.close()


@pytest.fixture
def mobile_reader(browser, site_url):
    reader = new_reader(browser, site_url, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    yield reader
    reader.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """test-artifacts/screenshots/ (git-ignored), emptied at the start of the session."""
    if SCREENSHOTS.exists():
        shutil.rmtree(SCREENSHOTS)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS


def pytest_collection_modifyitems(items):
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)
    if any(item.get_closest_marker("offline_build") for item in items) and CHROMIUM.is_file():
        _offline.start()


# --- the offline edition, built in the background -------------------------------------------


class _OfflineBuild:
    """`mkdocs build -f mkdocs-offline.yml`, started at collection so that it runs while the main
    site builds (MkDocs uses one core; the suite's time is the longer of the two, not the sum)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.site: Path | None = None

    def start(self) -> None:
        if self.process is not None:
            return
        self.site = Path(tempfile.mkdtemp(prefix="atlas-offline-"))
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(OFFLINE_CONFIG), "-d", str(self.site)]
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
        self.process = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )

    def wait(self) -> Path:
        self.start()
        _, stderr = self.process.communicate(timeout=600)
        assert self.process.returncode == 0, stderr
        return self.site

    def clean(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.site is not None:
            shutil.rmtree(self.site, ignore_errors=True)


_offline = _OfflineBuild()


def pytest_sessionfinish(session):
    _offline.clean()


@pytest.fixture(scope="session")
def offline_site(browser) -> Path:
    """The offline edition (mkdocs-offline.yml), built strict into a temporary folder."""
    return _offline.wait()
