"""The benchmark: what the pipeline, the build, serve rebuilds and search cost at corpus scale.

For each corpus size N it writes N synthetic seeds (bench.synth) into a scratch project that
links the real config, docs and hooks, then measures, repeating each run and keeping the median:
- the pipeline's stages per document, in this process: read, clean, extract (+ merge/validate),
  index (index pages: render_pages minus the document pages) and render (document pages);
- `mkdocs build` of the project (hooks on): wall time, peak memory (max RSS of the build
  process, from wait4), site size and search index size;
- the baseline: `mkdocs build` of the exported Markdown with the hooks off; the difference
  between the two builds is what the pipeline and its hooks cost inside MkDocs;
- with --serve: `mkdocs serve`, the time from editing one seed to its page being served updated
  (MkDocs answers a request only once the rebuild has finished, so every index page is updated too);
- with --pagefind: a Pagefind index over the built site and what its first query downloads.

    python -m bench.run --sizes 100 1000 --repeat 3 [--serve] [--pagefind]
Results: a Markdown table on stdout and bench/out/results.json (merged across runs).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from bench.synth import write_corpus  # noqa: E402

OUT = ROOT / "bench" / "out"
# What a scratch project shares with the real one (symlinked); seeds are its own.
SKIP = {"seeds", "site", "bench", "tests", "export", ".git", ".venv", ".cache", ".pytest_cache",
        "node_modules", "test-artifacts", "build"}
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000", PYTHONDONTWRITEBYTECODE="1")
# "build" and the baseline are measured cold: without the build store, every build does all the
# pipeline's work (a fresh clone in CI). The "stored" phase measures builds that reuse it.
COLD = dict(ENV, ATLAS_CACHE="0")


# ----------------------------------------------------------------------------- set-up

def make_project(n: int, out: Path = OUT, refresh: bool = True) -> Path:
    """A project folder with N synthetic seeds and a snapshot of the real config, docs and hooks.

    A copy, not links: other people editing the tree must not trigger serve rebuilds mid-run.
    refresh=False keeps an existing snapshot (a second process sharing the work of one N).
    """
    project = out / f"n{n}" / "project"
    if not refresh and (project / "mkdocs.yml").exists():
        return project
    project.mkdir(parents=True, exist_ok=True)
    for entry in ROOT.iterdir():
        if entry.name in SKIP or entry.name.startswith("."):
            continue
        target = project / entry.name
        if target.is_symlink() or target.is_file():
            target.unlink()
        elif target.is_dir():
            shutil.rmtree(target)
        if entry.is_dir():
            shutil.copytree(entry, target, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(entry, target)
    seeds = project / "seeds"
    if not seeds.exists() or len(list(seeds.glob("*.txt"))) != n:  # generating 10,000 takes a while
        write_corpus(seeds, n)
    return project


def export_project(project: Path, dest: Path) -> Path:
    """The generated Markdown tree plus a hook-free mkdocs.yml (atlas export when available)."""
    try:
        from atlas.export import export_site
    except ImportError:
        return _tiny_export(project, dest)
    if dest.exists():
        shutil.rmtree(dest)
    export_site(project, dest)
    return dest


def _tiny_export(project: Path, dest: Path) -> Path:
    """Stand-in for `python -m atlas export` while it does not exist: same pages, no hooks."""
    from atlas.pipeline import build_corpus
    from atlas.render import HOME_MARKER, render_document_list, render_pages
    from atlas.vocab import load_vocabulary

    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(project / "docs", dest / "docs")
    corpus = build_corpus(project, project / "seeds", load_vocabulary())
    for src_uri, content in render_pages(corpus).items():
        path = dest / "docs" / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    for page in (dest / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        if HOME_MARKER in text:
            page.write_text(text.replace(HOME_MARKER, render_document_list(corpus)), encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8").split("\n")
    kept, skipping = [], False
    for line in config:  # drop the top-level `hooks:` and `watch:` blocks, keep the rest as written
        if line and not line[0].isspace():
            skipping = line.split(":")[0] in ("hooks", "watch")
        if not skipping:
            kept.append(line)
    (dest / "mkdocs.yml").write_text("\n".join(kept), encoding="utf-8")
    return dest


# ----------------------------------------------------------------------------- measuring

def median_of(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children: the pipeline's forked
    workers (atlas.parallel) work for it, so their time is its time."""
    own = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


def clock(fn: Callable[[], Any]) -> tuple[float, Any]:
    """CPU seconds spent in fn() by this process and the workers it started (other work on a
    shared machine does not count)."""
    start = _cpu_seconds()
    result = fn()
    return _cpu_seconds() - start, result


def wall_and_cpu(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds as clock counts them, result) of fn()."""
    start = time.perf_counter()
    cpu, result = clock(fn)
    return time.perf_counter() - start, cpu, result


# Functions of atlas.render that make one document's page; the rest of render_pages is "index".
DOCUMENT_PAGE_FUNCTIONS = ("render_document_page", "related_documents", "render_document")


def _timed(fn: Callable, spent: list[float]) -> Callable:
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - start
    return wrapper


def time_stages(project: Path) -> dict[str, float]:
    """Seconds per document of each pipeline stage, run as the pipeline runs them."""
    from atlas import related, render
    from atlas.assemble import site_files
    from atlas.clean import clean_text
    from atlas.extract import extract_metadata
    from atlas.pipeline import build_corpus
    from atlas.read import list_seed_files, read_seed
    from atlas.schema import merge, validate_front_matter
    from atlas.vocab import load_vocabulary

    vocab = load_vocabulary()
    paths = list_seed_files(project / "seeds")
    n = len(paths)
    gc.collect()
    t_read, seeds = clock(lambda: [read_seed(p, project) for p in paths])
    t_clean, cleaned = clock(lambda: [clean_text(s.text) for s in seeds])
    t_extract, _ = clock(lambda: [validate_front_matter(s.path, merge(extract_metadata(s, c, vocab), s.overrides))
                                  for s, c in zip(seeds, cleaned)])
    w_corpus, t_corpus, corpus = wall_and_cpu(lambda: build_corpus(project, project / "seeds", vocab))
    # Time the per-document page functions inside render_pages by wrapping them where it looks them up.
    spent = [0.0]
    originals = {(module, name): getattr(module, name) for module in (render, related)
                 for name in DOCUMENT_PAGE_FUNCTIONS if hasattr(module, name)}
    try:
        for (module, name), fn in originals.items():
            setattr(module, name, _timed(fn, spent))
        # site_files is what the hook runs: every page render_pages makes, plus the source-text pages
        w_pages, t_pages, _ = wall_and_cpu(lambda: site_files(corpus, vocab))
    finally:
        for (module, name), fn in originals.items():
            setattr(module, name, fn)
    return {
        "read": t_read / n, "clean": t_clean / n, "extract": t_extract / n,
        # build_corpus does read+clean+extract plus whatever else it has grown (slugs, ...)
        "corpus_other": max(0.0, t_corpus - t_read - t_clean - t_extract) / n,
        "index": max(0.0, t_pages - spent[0]) / n, "render": spent[0] / n,
        "pipeline": (t_corpus + t_pages) / n,
        # with worker processes (atlas.parallel) the wall time is below the CPU time
        "pipeline_wall": (w_corpus + w_pages) / n,
    }


def _store_path(project: Path) -> Path:
    from atlas.store import STORE_NAME
    return project / ".cache" / "atlas" / STORE_NAME


def time_stored_pipeline(project: Path, edited: Path) -> dict[str, float]:
    """CPU seconds per document of the whole pipeline with the build store (atlas.store), as
    `mkdocs build` runs it: filling an empty store, with nothing changed since the last build,
    and with one seed (`edited`) changed since. The edit is undone afterwards."""
    from atlas.assemble import site_files
    from atlas.pipeline import build_corpus
    from atlas.store import build_store
    from atlas.vocab import load_vocabulary

    vocab = load_vocabulary()
    n = len(list((project / "seeds").glob("*.txt")))

    def run() -> float:
        gc.collect()
        def work() -> None:
            with build_store(project, vocab) as store:
                if store is None:
                    raise RuntimeError("the build store could not be opened")
                site_files(build_corpus(project, project / "seeds", vocab), vocab, sink=lambda uri, text: None)
        return clock(work)[0] / n

    _store_path(project).unlink(missing_ok=True)
    original = edited.read_bytes()
    result = {"first": run(), "unchanged": run()}
    try:
        edited.write_text(_insert_paragraph(original.decode("utf-8"), EDIT_SENTENCE), encoding="utf-8")
        result["one_edit"] = run()
    finally:
        edited.write_bytes(original)
    result["store_mb"] = _store_path(project).stat().st_size / 1e6
    return result


# A sentence an edit adds to a seed: it names a country and a body, as a real edit often does.
EDIT_SENTENCE = "Officials from Kenya and the World Bank joined the meeting in Nairobi."


def dir_size(path: Path) -> tuple[int, int]:
    """(bytes, files) under a folder."""
    total = files = 0
    for dirpath, _, names in os.walk(path):
        for name in names:
            total += os.path.getsize(os.path.join(dirpath, name))
            files += 1
    return total, files


class TreeMemory:
    """The largest memory a process and its descendants (the build's forked workers) held at
    once: their proportional set sizes (PSS: a page shared by two processes counts half in
    each, so the copy-on-write pages of a fork are not counted twice), summed, sampled every
    0.1 s from /proc by a thread of this process (a thread in the build would stop its forks)."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def watch(self, pid: int) -> None:
        self._thread = threading.Thread(target=self._sample, args=(pid,), daemon=True)
        self._thread.start()

    def stop(self) -> int:
        self._done.set()
        if self._thread is not None:
            self._thread.join()
        return self.peak_kb

    def _sample(self, pid: int) -> None:
        while not self._done.wait(0.1):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in _tree(pid)))


def _tree(pid: int) -> list[int]:
    """pid and its descendants, from every process's parent in /proc/*/stat."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(parents.get(p, []))
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def run_build(config: Path, site: Path, env: dict[str, str] | None = None) -> dict[str, float]:
    """One `mkdocs build`: wall and CPU seconds, peak RSS (MB) of the build process, sizes, warnings.

    CPU seconds (user + system) hardly change when other jobs share the machine; wall time does.
    """
    if site.exists():
        shutil.rmtree(site)
    log = site.parent / f"{site.name}.log"
    peak = site.parent / f"{site.name}.peak"
    peak.unlink(missing_ok=True)
    with log.open("w") as err:
        start = time.perf_counter()
        tree = TreeMemory()
        # (through bench/peak.py: the child's own rusage would start at this process's size)
        proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("peak.py")), str(peak),
                                 "mkdocs", "build", "-f", str(config), "-d", str(site)],
                                cwd=config.parent, env=env or COLD, stdout=subprocess.DEVNULL, stderr=err)
        tree.watch(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)  # rusage of this one child, not of every child so far
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(encoding="utf-8", errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"mkdocs build of {config} failed:\n{text[-3000:]}")
    size, files = dir_size(site)
    index = site / "search" / "search_index.json"
    raw = index.read_bytes() if index.exists() else b""
    rss_kb = int(peak.read_text()) if peak.exists() else usage.ru_maxrss
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": rss_kb / 1024,
            "tree_mb": tree.stop() / 1024, "site_mb": size / 1e6, "files": files,
            "search_mb": len(raw) / 1e6, "search_gz_mb": len(gzip.compress(raw, 6)) / 1e6,
            "warnings": text.count("WARNING")}


def measure_stored_builds(project: Path, edited: Path, repeat: int) -> dict[str, float]:
    """`mkdocs build` with the build store: the first (filling it), then unchanged (median of
    `repeat`), then after one seed was edited (the edit is undone afterwards)."""
    site = project.parent / "site-stored"
    _store_path(project).unlink(missing_ok=True)
    first = run_build(project / "mkdocs.yml", site, ENV)
    unchanged = median_of([run_build(project / "mkdocs.yml", site, ENV) for _ in range(repeat)])
    original = edited.read_bytes()
    try:
        edited.write_text(_insert_paragraph(original.decode("utf-8"), EDIT_SENTENCE), encoding="utf-8")
        one_edit = run_build(project / "mkdocs.yml", site, ENV)
    finally:
        edited.write_bytes(original)
    return {"first_cpu": first["cpu"], "first_wall": first["wall"], "unchanged_cpu": unchanged["cpu"],
            "unchanged_wall": unchanged["wall"], "one_edit_cpu": one_edit["cpu"], "one_edit_wall": one_edit["wall"],
            "rss_mb": max(first["rss_mb"], unchanged["rss_mb"], one_edit["rss_mb"]),
            "store_mb": _store_path(project).stat().st_size / 1e6}


# ----------------------------------------------------------------------------- serve

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 900) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.read().decode("utf-8", errors="replace")


def _insert_paragraph(text: str, sentence: str) -> str:
    """The seed with a new paragraph in its middle (where cleaning keeps body text)."""
    at = text.find("\n\n", len(text) // 2)
    at = at if at > 0 else len(text)
    return text[:at] + f"\n\n{sentence}\n" + text[at:]


def measure_serve(project: Path, edits: int = 3, extra_args: tuple[str, ...] = ()) -> dict[str, float]:
    """Seconds from saving an edited seed to `mkdocs serve` answering with the updated page."""
    from atlas.pipeline import build_corpus
    from atlas.vocab import load_vocabulary

    corpus = build_corpus(project, project / "seeds", load_vocabulary())
    doc = corpus.documents[len(corpus.documents) // 2]
    seed = project / doc.seed.path
    original = seed.read_bytes()
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml"),
                             "-a", f"127.0.0.1:{port}", *extra_args],
                            cwd=project, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: list[tuple[float, str]] = []
    log = (project.parent / "serve.log").open("w", encoding="utf-8")

    def collect() -> None:
        for ln in proc.stderr:
            lines.append((time.perf_counter(), ln))
            log.write(f"{time.strftime('%H:%M:%S')} {ln}")
            log.flush()
    threading.Thread(target=collect, daemon=True).start()
    try:
        start = time.perf_counter()
        while not any("Serving on" in ln for _, ln in lines):
            if proc.poll() is not None or time.perf_counter() - start > 1200:
                raise RuntimeError("mkdocs serve did not start:\n" + "".join(ln for _, ln in lines)[-3000:])
            time.sleep(0.2)
        first_build = time.perf_counter() - start
        _get(base + doc.url)
        results = []
        for i in range(edits):
            marker = f"benchmarkedit{i}x{int(time.time())}"
            seen = len(lines)
            time.sleep(1.0)  # mtimes and the watcher's debounce must see a distinct change
            t0 = time.perf_counter()
            seed.write_text(_insert_paragraph(original.decode("utf-8"),
                                              f"The benchmark edit {marker} concerns Viet Nam."), encoding="utf-8")
            while marker not in _get(base + doc.url):
                if time.perf_counter() - t0 > 600:
                    raise RuntimeError("the edited page was never served")
                time.sleep(0.05)
            t_page = time.perf_counter() - t0
            built = [t for t, ln in lines[seen:] if "Reloading browsers" in ln or "Documentation built" in ln]
            results.append({"page": t_page, "rebuild": (built[0] - t0) if built else t_page})
            log.write(f"--- edit {i}: page served updated after {t_page:.1f} s\n")
        out = median_of(results)
        out["first_build"] = first_build
        return out
    finally:
        seed.write_bytes(original)
        log.close()
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


# ----------------------------------------------------------------------------- report

def machine() -> str:
    cpu = ""
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                   if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = ""
    try:
        kb = int(next(ln.split()[1] for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")))
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    import markdown
    import material
    import mkdocs
    return (f"{os.cpu_count()} cores ({cpu}), {mem} RAM, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, MkDocs {mkdocs.__version__}, "
            f"Material {getattr(material, '__version__', '?')}, Markdown {markdown.__version__}")


def table(results: dict[str, dict]) -> str:
    sizes = sorted(results, key=int)
    ms = lambda v: f"{v * 1000:.2f}"  # noqa: E731
    rows: list[tuple[str, Callable[[dict], str]]] = [
        ("pipeline: read (ms/doc)", lambda r: ms(r["stages"]["read"])),
        ("pipeline: clean (ms/doc)", lambda r: ms(r["stages"]["clean"])),
        ("pipeline: extract (ms/doc)", lambda r: ms(r["stages"]["extract"])),
        ("pipeline: other corpus work (ms/doc)", lambda r: ms(r["stages"]["corpus_other"])),
        ("pipeline: index pages (ms/doc)", lambda r: ms(r["stages"]["index"])),
        ("pipeline: render documents (ms/doc)", lambda r: ms(r["stages"]["render"])),
        ("**pipeline total, no build store, CPU (ms/doc)** [≤ 2]", lambda r: f"**{ms(r['stages']['pipeline'])}**"),
        ("**pipeline total, no build store, wall (ms/doc)** [≤ 2]", lambda r: f"**{ms(r['stages']['pipeline_wall'])}**"),
        ("pipeline with the build store: first build, filling it (ms/doc)", lambda r: ms(r["stored_stages"]["first"])),
        ("**pipeline with the build store: nothing changed (ms/doc)** [≤ 2]",
         lambda r: f"**{ms(r['stored_stages']['unchanged'])}**"),
        ("**pipeline with the build store: one seed edited (ms/doc)** [≤ 2]",
         lambda r: f"**{ms(r['stored_stages']['one_edit'])}**"),
        ("build store on disk (MB)", lambda r: f"{r['stored_stages']['store_mb']:.0f}"),
        ("mkdocs build, hooks on: wall (s)", lambda r: f"{r['build']['wall']:.1f}"),
        ("mkdocs build, hooks on: CPU (s)", lambda r: f"{r['build']['cpu']:.1f}"),
        ("baseline, exported Markdown, hooks off: wall (s)", lambda r: f"{r['baseline']['wall']:.1f}"),
        ("baseline, exported Markdown, hooks off: CPU (s)", lambda r: f"{r['baseline']['cpu']:.1f}"),
        ("**build / baseline, CPU** [≤ 1.3]", lambda r: f"**{r['build']['cpu'] / r['baseline']['cpu']:.2f}**"),
        ("mkdocs build with the build store: first / unchanged / one seed edited, CPU (s)",
         lambda r: "{first_cpu:.1f} / {unchanged_cpu:.1f} / {one_edit_cpu:.1f}".format(**r["stored_build"])),
        ("mkdocs build with the build store: first / unchanged / one seed edited, wall (s)",
         lambda r: "{first_wall:.1f} / {unchanged_wall:.1f} / {one_edit_wall:.1f}".format(**r["stored_build"])),
        ("peak memory, build (MB)", lambda r: f"{r['build']['rss_mb']:.0f}"),
        ("peak memory, build with its workers, PSS (MB)", lambda r: f"{r['build']['tree_mb']:.0f}"),
        ("peak memory, baseline (MB)", lambda r: f"{r['baseline']['rss_mb']:.0f}"),
        ("site size (MB) / files", lambda r: f"{r['build']['site_mb']:.0f} / {r['build']['files']:.0f}"),
        ("Material search index, first query downloads (MB; gzip)",
         lambda r: f"{r['build']['search_mb']:.1f} ({r['build']['search_gz_mb']:.1f})"),
        ("build warnings", lambda r: f"{r['build']['warnings']:.0f}"),
    ]
    if any("serve" in results[s] or "serve_dirty" in results[s] for s in sizes):
        rows += [
            ("serve: first build (s)", lambda r: f"{r['serve']['first_build']:.1f}" if "serve" in r else "–"),
            ("serve: edit → page served updated (s) [≤ 2]", lambda r: f"{r['serve']['page']:.1f}" if "serve" in r else "–"),
            ("serve --dirty: edit → page served updated (s) [≤ 2]",
             lambda r: f"{r['serve_dirty']['page']:.1f}" if "serve_dirty" in r else "–"),
        ]
    if any("pagefind" in results[s] for s in sizes):
        rows += [
            ("Pagefind: index time (s)", lambda r: f"{r['pagefind']['index_s']:.1f}" if "pagefind" in r else "–"),
            ("Pagefind: index on disk (MB)", lambda r: f"{r['pagefind']['total_mb']:.1f}" if "pagefind" in r else "–"),
            ("Pagefind: first query downloads (KB) [≤ 2048]",
             lambda r: f"{r['pagefind']['first_query_kb']:.0f}" if "pagefind" in r else "–"),
            ("Pagefind: first query, cold (ms)",
             lambda r: f"{r['pagefind']['first_query_ms']:.0f}" if "first_query_ms" in r.get("pagefind", {}) else "–"),
            ("Pagefind: answer once its index arrived (ms) [≤ 300]",
             lambda r: f"{r['pagefind']['answer_ms']:.0f}" if "answer_ms" in r.get("pagefind", {}) else "–"),
        ]
    header = "| | " + " | ".join(f"N = {int(s):,}" for s in sizes) + " |"
    lines = [header, "|---|" + "---:|" * len(sizes)]
    def shown(cell: Callable[[dict], str], result: dict) -> str:
        try:
            return cell(result)
        except (KeyError, ZeroDivisionError):  # a run that stopped early, or a phase not run
            return "–"

    for label, cell in rows:
        lines.append(f"| {label} | " + " | ".join(shown(cell, results[s]) for s in sizes) + " |")
    if len(sizes) >= 2 and all("build" in results[s] for s in (sizes[0], sizes[-1])):
        lo, hi = results[sizes[0]], results[sizes[-1]]
        factor = int(sizes[-1]) / int(sizes[0])
        lines.append("")
        lines.append(f"Growth N={int(sizes[0]):,} → N={int(sizes[-1]):,} (×{factor:g} documents): "
                     f"build CPU ×{hi['build']['cpu'] / lo['build']['cpu']:.1f} (wall ×{hi['build']['wall'] / lo['build']['wall']:.1f}), "
                     f"baseline CPU ×{hi['baseline']['cpu'] / lo['baseline']['cpu']:.1f}, "
                     f"pipeline per document ×{hi['stages']['pipeline'] / lo['stages']['pipeline']:.1f}, "
                     f"peak memory ×{hi['build']['rss_mb'] / lo['build']['rss_mb']:.1f}.")
    return "\n".join(lines)


PHASES = ("stages", "build", "baseline", "stored", "serve", "serve_dirty", "pagefind")


def bench_size(n: int, args: argparse.Namespace, save: Callable[[dict], None]) -> dict[str, Any]:
    """Every phase asked for, for one corpus size; `save` is called after each phase.

    With --only, some phases run alone: two processes can then share the work of a large N
    (e.g. `--only build pagefind` and `--only baseline`), each with its own --results file.
    """
    phases = set(args.only) if args.only else {"stages", "build", "baseline", "stored"}
    phases |= {name for name, wanted in (("serve", args.serve), ("pagefind", args.pagefind)) if wanted}
    repeat, stage_repeat = args.repeat, args.stage_repeat or args.repeat
    project = make_project(n, refresh=not args.reuse_project)
    work = project.parent
    result: dict[str, Any] = {"n": n, "repeat": repeat}
    if "stages" in phases:
        print(f"[N={n}] stages ×{stage_repeat}", file=sys.stderr, flush=True)
        result["stage_repeat"] = stage_repeat
        result["stages"] = median_of([time_stages(project) for _ in range(stage_repeat)])
        save(result)
    export = export_project(project, work / "export") if "baseline" in phases else None
    if not args.no_warmup and "build" in phases:  # warm-up (disk cache, first imports): not counted
        run_build(project / "mkdocs.yml", work / "site")
    builds, baselines = [], []
    for i in range(repeat):  # interleaved, so drift in the machine's load hits both alike
        print(f"[N={n}] build {i + 1}/{repeat}", file=sys.stderr, flush=True)
        if "build" in phases:
            builds.append(run_build(project / "mkdocs.yml", work / "site"))
        if export is not None:
            baselines.append(run_build(export / "mkdocs.yml", work / "site-baseline"))
    if builds:
        result["build"] = median_of(builds)
    if baselines:
        result["baseline"] = median_of(baselines)
    save(result)
    if "stored" in phases:
        print(f"[N={n}] build store ×{stage_repeat}", file=sys.stderr, flush=True)
        edited = sorted((project / "seeds").glob("*.txt"))[n // 2]
        result["stored_stages"] = median_of([time_stored_pipeline(project, edited) for _ in range(stage_repeat)])
        save(result)
        result["stored_build"] = measure_stored_builds(project, edited, repeat)
        save(result)
    if "serve" in phases:
        print(f"[N={n}] serve", file=sys.stderr, flush=True)
        result["serve"] = measure_serve(project)
        save(result)
    if "serve" in phases or "serve_dirty" in phases:
        print(f"[N={n}] serve --dirty", file=sys.stderr, flush=True)
        result["serve_dirty"] = measure_serve(project, edits=5, extra_args=("--dirty",))
        save(result)
    if "pagefind" in phases:
        from bench.search import measure_pagefind
        print(f"[N={n}] pagefind", file=sys.stderr, flush=True)
        result["pagefind"] = measure_pagefind(work / "site")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Cooperation Atlas benchmark (see bench/run.py).")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stage-repeat", type=int, default=0, help="runs of the stage timing (default: --repeat)")
    parser.add_argument("--no-warmup", action="store_true", help="skip the uncounted first build (large N)")
    parser.add_argument("--only", nargs="+", choices=PHASES, help="run only these phases")
    parser.add_argument("--reuse-project", action="store_true", help="keep the scratch project's snapshot as it is")
    parser.add_argument("--serve", action="store_true", help="also measure mkdocs serve rebuilds")
    parser.add_argument("--pagefind", action="store_true", help="also index the site with Pagefind")
    parser.add_argument("--results", type=Path, default=OUT / "results.json")
    parser.add_argument("--report", type=Path, nargs="+", metavar="JSON",
                        help="measure nothing: print the table of these results files together")
    args = parser.parse_args(argv)
    if args.report:
        merged: dict[str, Any] = {}
        for path in args.report:  # phases of one size measured by separate runs add up
            loaded = json.loads(path.read_text(encoding="utf-8"))
            for n, result in loaded["results"].items():
                merged.setdefault(n, {}).update(result)
        print(f"Machine: {loaded['machine']}\n")
        print(table({n: merged[n] for n in sorted(merged, key=int)}))
        return 0
    stored: dict[str, Any] = {}
    if args.results.exists():
        stored = json.loads(args.results.read_text(encoding="utf-8")).get("results", {})
    def save(result: dict) -> None:  # after each phase: a long run that dies keeps what it measured
        stored[str(result["n"])] = result
        args.results.parent.mkdir(parents=True, exist_ok=True)
        args.results.write_text(json.dumps({"machine": machine(), "results": stored}, indent=1), encoding="utf-8")

    for n in args.sizes:
        save(bench_size(n, args, save))
    shown = {str(n): stored[str(n)] for n in sorted({*args.sizes, *map(int, stored)})}
    print(f"Machine: {machine()}\n")
    print(table(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
