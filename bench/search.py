"""Search at corpus scale: a Pagefind index over a built site, and what its first query costs.

Material's search loads one JSON index of the whole text before the first query can run
(7.4 MB at 1,000 documents). Pagefind splits its index into chunks by word and its results into
one fragment per page, so a query fetches the runtime, the chunk(s) holding its words and the
fragments of the results shown. This module builds that index over site/ and measures, in
Debian's Chromium through Playwright when both are installed, the bytes the first query
downloads and how long it takes to answer.

Past SHARD_PAGES document pages the index is split into bundles of about that many pages each
(site/pagefind/, site/pagefind-2/, ...; site/pagefind/shards.json lists the others), which the
search box merges (Pagefind's mergeIndex). Pagefind scores a query's results by reading, for
each page found, the list of every page holding one of its words: its time grows with the square
of the pages a common word is on. Four bundles of 2,500 pages answered "Viet Nam" (two thirds of
10,000 pages) in 184 ms instead of 333 ms, for about 100 KB more downloaded (docs/performance.md).

    python -m bench.search SITE_DIR [QUERY ...]   # index SITE_DIR, run the queries, print JSON
    python -m bench.search --index-only SITE_DIR [--shard-pages N]  # only write the bundles (make search-index)
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path
from typing import Any

BUNDLE = "pagefind"
# Material's article element holds the page's own content: headers, nav and footer stay out.
ROOT_SELECTOR = "article"
# The ¶ permalinks of headings; a document's related-documents list (other documents' titles)
# and its provenance line (a file name and a checksum), also left out of Material's search.
EXCLUDE = ".headerlink, .atlas-related, .atlas-provenance"
# Document pages only: the index pages repeat the documents' sentences (keyword in context) and
# would fill the first results with lists instead of the documents themselves.
GLOB = "documents/*/index.html"  # one level: not the source-text pages below them
CHROMIUM = os.environ.get("ATLAS_CHROMIUM", "/usr/bin/chromium")
RESULTS_SHOWN = 5  # the first page of results a search box shows
# Pages per bundle: at 10,000 pages, four bundles halved the slowest query's time; eight cut it by
# a quarter more but doubled what a two-word query downloads (each bundle fetches its own chunks).
SHARD_PAGES = 2500
SHARDS_FILE = "shards.json"  # in the first bundle: the other bundles, relative to it
_SHARD_DIR = re.compile(rf"{BUNDLE}-\d+")


def shard_count(pages: int, per_shard: int = SHARD_PAGES) -> int:
    """How many bundles `pages` document pages make: one up to `per_shard`."""
    return max(1, -(-pages // max(1, per_shard)))


def shard_of(name: str, shards: int) -> int:
    """The bundle (0-based) of a document page, by its folder's name: spread evenly, and the same
    on every build for as long as the number of bundles stays."""
    return zlib.crc32(name.encode("utf-8")) % shards


def bundle_dirs(site: Path) -> list[Path]:
    """The bundles of site/: the first, then those its shards.json lists."""
    first = site / BUNDLE
    listed = first / SHARDS_FILE
    others = json.loads(listed.read_text(encoding="utf-8")) if listed.is_file() else []
    return [first, *((first / rel).resolve() for rel in others)]


def _pagefind(site: Path, output: Path) -> None:
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--glob", GLOB,
                    "--root-selector", ROOT_SELECTOR, "--exclude-selectors", EXCLUDE,
                    "--output-path", str(output), "--silent"], check=True)


def _link(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # another file system, or one without hard links
        shutil.copy2(source, target)


def run_pagefind(site: Path, per_shard: int = SHARD_PAGES) -> float:
    """Write the Pagefind bundles into site/pagefind/ (and site/pagefind-2/, ... past `per_shard`
    document pages); returns the seconds it took."""
    start = time.perf_counter()
    for old in [site / BUNDLE, *(p for p in site.glob(f"{BUNDLE}-*") if _SHARD_DIR.fullmatch(p.name))]:
        if old.is_dir():
            shutil.rmtree(old)
    pages = sorted(site.glob(GLOB))
    shards = shard_count(len(pages), per_shard)
    groups = [[p for p in pages if shard_of(p.parent.name, shards) == shard] for shard in range(shards)]
    groups = [group for group in groups if group] or [[]]  # (a few pages may leave a bundle empty)
    outputs = [site / BUNDLE, *(site / f"{BUNDLE}-{i + 1}" for i in range(1, len(groups)))]
    if len(groups) == 1:
        _pagefind(site, outputs[0])
    else:
        # Pagefind takes a folder and a glob: each bundle indexes a tree of hard links to its pages,
        # laid out as in site/ so that the addresses are the same.
        with tempfile.TemporaryDirectory(prefix=".atlas-pagefind-", dir=site.parent) as tmp:
            for shard, (group, output) in enumerate(zip(groups, outputs)):
                tree = Path(tmp) / str(shard)
                for page in group:
                    _link(page, tree / page.relative_to(site))
                _pagefind(tree, output)
    (outputs[0] / SHARDS_FILE).write_text(json.dumps([f"../{o.name}/" for o in outputs[1:]]) + "\n",
                                          encoding="utf-8")
    return time.perf_counter() - start


def bundle_sizes(site: Path) -> dict[str, float]:
    """Bytes of the bundle by part: what every first query fetches, index chunks, fragments."""
    bundles = bundle_dirs(site)
    files = [p for bundle in bundles for p in bundle.rglob("*") if p.is_file()]
    size = lambda ps: sum(p.stat().st_size for p in ps)  # noqa: E731
    chunks = [p for p in files if p.suffix == ".pf_index"]
    fragments = [p for p in files if p.suffix == ".pf_fragment"]
    fixed = [site / BUNDLE / "pagefind.js", site / BUNDLE / SHARDS_FILE,
             *(f for bundle in bundles for f in [bundle / "pagefind-entry.json", *bundle.glob("wasm.*.pagefind"),
                                                 *bundle.glob("pagefind.*.pf_meta")])]
    largest = lambda ps, k: sum(sorted((p.stat().st_size for p in ps), reverse=True)[:k])  # noqa: E731
    return {
        "bundles": len(bundles),
        "total_mb": size(files) / 1e6, "files": len(files), "fixed_kb": size(p for p in fixed if p.exists()) / 1e3,
        "chunks": len(chunks), "largest_chunk_kb": largest(chunks, 1) / 1e3,
        "fragments": len(fragments), "largest_fragments_kb": largest(fragments, RESULTS_SHOWN) / 1e3,
        # Upper bound of a one-word first query: runtime + meta + a chunk per bundle + the 5 largest fragments.
        "first_query_bound_kb": (size(p for p in fixed if p.exists()) + largest(chunks, len(bundles))
                                 + largest(fragments, RESULTS_SHOWN)) / 1e3,
    }


class _Counting(http.server.SimpleHTTPRequestHandler):
    """Serves files quietly and adds up the bytes of every file it sends."""

    served: list[tuple[str, int]]

    def log_message(self, *args: Any) -> None:
        pass

    def copyfile(self, source, outputfile) -> None:  # type: ignore[override]
        start = source.tell()
        super().copyfile(source, outputfile)
        self.served.append((self.path, source.tell() - start))


def serve_folder(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str, list[tuple[str, int]]]:
    """A static server on a free loopback port (stop it with .shutdown()) and its log of bytes sent."""
    served: list[tuple[str, int]] = []
    handler = type("Handler", (_Counting,), {"served": served})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/", served


# Runs in the page: a fresh Pagefind and its other bundles, as the search box merges them, one
# query, the data of the results shown; bytes and times.
QUERY_JS = """
async ([query, shown]) => {
  const t0 = performance.now();
  const pagefind = await import("./pagefind/pagefind.js");
  const others = await (await fetch("./pagefind/shards.json")).json();
  for (const other of others) await pagefind.mergeIndex(new URL(other, new URL("./pagefind/", location)).pathname);
  await pagefind.init();
  const t1 = performance.now();
  const search = await pagefind.search(query);
  const t2 = performance.now();
  const data = await Promise.all(search.results.slice(0, shown).map(r => r.data()));
  const t3 = performance.now();
  // The same query again: its index chunks have arrived, so this is the answer time alone.
  const again = await pagefind.search(query);
  await Promise.all(again.results.slice(0, shown).map(r => r.data()));
  const t4 = performance.now();
  return {
    query, count: search.results.length, urls: data.map(d => d.url), titles: data.map(d => d.meta.title),
    init_ms: t1 - t0, search_ms: t2 - t1, fragments_ms: t3 - t2, first_ms: t3 - t0, answer_ms: t4 - t3,
  };
}
"""


def browser_available() -> bool:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).exists()


def first_queries(site: Path, queries: list[str]) -> list[dict[str, Any]]:
    """Each query in a fresh page (empty cache): what it downloads and how long it takes."""
    from playwright.sync_api import sync_playwright

    server, base, served = serve_folder(site)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            out = []
            for query in queries:
                context = browser.new_context()  # a new cache: every query is a first query
                page = context.new_page()
                page.goto(base + "404.html")
                before = len(served)
                run = page.evaluate(QUERY_JS, [query, RESULTS_SHOWN])
                fetched = [(path, size) for path, size in served[before:] if re.search(rf"/{BUNDLE}(-\d+)?/", path)]
                run.update(bytes=sum(size for _, size in fetched), requests=len(fetched))
                out.append(run)
                context.close()
            browser.close()
            return out
    finally:
        server.shutdown()


def measure_pagefind(site: Path, queries: list[str] | None = None) -> dict[str, Any]:
    """Index `site`, then (with a browser) run typical first queries; medians of the runs."""
    result: dict[str, Any] = {"index_s": run_pagefind(site), **bundle_sizes(site)}
    result["first_query_kb"] = result["first_query_bound_kb"]
    if browser_available():
        runs = first_queries(site, queries or ["Viet Nam", "cybersecurity", "JICA", "agricultural productivity"])
        result["queries"] = runs
        result["first_query_kb"] = max(r["bytes"] for r in runs) / 1e3
        result["first_query_ms"] = max(r["first_ms"] for r in runs)
        result["answer_ms"] = max(r["answer_ms"] for r in runs)
    return result


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    if args[0] == "--index-only":  # make search-index: the bundles, no browser
        per_shard = int(args[args.index("--shard-pages") + 1]) if "--shard-pages" in args else SHARD_PAGES
        seconds = run_pagefind(Path(args[1]), per_shard)
        print(f"Pagefind indexed {args[1]} in {seconds:.1f} s ({len(bundle_dirs(Path(args[1])))} bundle(s))")
        return 0
    print(json.dumps(measure_pagefind(Path(args[0]), args[1:] or None), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
