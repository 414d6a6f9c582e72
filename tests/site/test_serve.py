"""`mkdocs serve` while a contributor edits a seed: a bad edit is reported, the rest is served,
the broken document's address explains the problem, and fixing the file brings the page back.

Runs the real `mkdocs serve` on a free loopback port, in a copy of the project with two seeds,
and watches its log and its pages through HTTP.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SEEDS, copy_project

from atlas.pipeline import build_corpus
from atlas.vocab import load_vocabulary

FACT_SHEET, NEWS = "003_4e662e32a1cc3788.txt", "000_db47cdf4b8e84d5a.txt"
FACT_SENTENCE = "Japan actively cooperates with ASEAN in their efforts to promote ASEAN Integration"
NEWS_SENTENCE = "The projects aim to address challenges such as agricultural productivity"
TIMEOUT = 90  # seconds per step: generous for a loaded machine; a quiet one takes a few


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def wait_for(what: str, condition: Callable[[], bool], log: list[str]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}; server log:\n" + "".join(log[-40:]))


@pytest.fixture(params=["--dirty", None], ids=["make-serve-dirty", "plain"])
def server(tmp_path, request):
    project = copy_project(tmp_path / "proj", {n: (SEEDS / n).read_bytes() for n in (NEWS, FACT_SHEET)})
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml"),
                             "-a", f"127.0.0.1:{port}", *([request.param] if request.param else [])], cwd=project, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log: list[str] = []
    reader = threading.Thread(target=lambda: log.extend(iter(proc.stdout.readline, "")), daemon=True)
    reader.start()
    try:
        yield project, f"http://127.0.0.1:{port}/", log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_bad_edit_is_reported_rest_served_and_fix_brings_page_back(server):
    project, base, log = server
    corpus = build_corpus(project, project / "seeds", load_vocabulary())
    urls = {d.seed.path.rsplit("/", 1)[-1]: base + d.url for d in corpus.documents}
    fact_url, news_url = urls[FACT_SHEET], urls[NEWS]
    wait_for("the first build", lambda: FACT_SENTENCE in fetch(fact_url)[1], log)

    seed = project / "seeds" / FACT_SHEET
    original = seed.read_bytes()
    seed.write_bytes(original.replace(b"November 2001", b"Novembre 2001 \xe9t\xe9"))  # Latin-1 bytes
    bad = original.index(b"November 2001") + len(b"Novembre 2001 ")
    wait_for("the error in the log", lambda: any("not UTF-8" in line for line in log), log)
    line = next(line for line in log if "not UTF-8" in line)
    assert f"seeds/{FACT_SHEET}:3:15: error: the text is not UTF-8: byte 0xe9 at offset {bad}" in line
    assert "Fix: save the file as UTF-8" in line
    # the broken document's address now explains the problem; the other document is still served
    wait_for("the error page", lambda: "This document could not be built" in fetch(fact_url)[1], log)
    status, html = fetch(fact_url)
    assert status == 200 and f"byte 0xe9 at offset {bad}" in html and FACT_SENTENCE not in html
    status, html = fetch(news_url)
    assert status == 200 and NEWS_SENTENCE in html
    assert fetch(base)[0] == 200

    seed.write_bytes(original)  # the contributor fixes the file
    wait_for("the page to come back", lambda: FACT_SENTENCE in fetch(fact_url)[1], log)
    assert NEWS_SENTENCE in fetch(news_url)[1]
    assert "This document could not be built" not in fetch(fact_url)[1]
