"""Build time of each engine on the same exported tree: median of several runs, one machine.

    python scripts/engine_bench.py                  # the project's seeds, 5 runs per engine
    python scripts/engine_bench.py --docs 1000      # 1,000 synthetic seeds (bench/synth.py)
    python scripts/engine_bench.py --runs 3 mkdocs zensical

The tree is exported once; then the engines take turns (one warm-up build each, not counted,
then run 1 of every engine, run 2 of every engine, ...) so that a slow spell on the machine
does not land on one engine only. Each figure is the wall time of the engine's own strict build
command, as a user would run it (interpreter start-up included), and its CPU time (user +
system of the build's processes), which other work on the machine disturbs less than wall time.
Zensical is run with --clean (no build cache), so every figure is a full build.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import engine_build  # noqa: E402
from engine_build import CACHE, ENGINES, ROOT  # noqa: E402


class BuildFailed(Exception):
    """An engine could not build the tree; the benchmark reports it and goes on with the others."""


def synthetic_seeds(n: int) -> Path:
    """n synthetic seeds (deterministic) in .cache/engines/seeds-<n>/, made once."""
    sys.path.insert(0, str(ROOT))
    from bench.synth import write_corpus

    dest = CACHE / f"seeds-{n}"
    if not dest.is_dir() or len(list(dest.glob("*.txt"))) != n:
        if dest.is_dir():
            for old in dest.glob("*.txt"):
                old.unlink()
        write_corpus(dest, n)
    return dest


def time_build(engine: str, tree: Path) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the build's processes) of one strict build.

    Raises BuildFailed (with the engine's last words) when the build does not succeed.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = engine_build.build(engine, tree, tree / f"_site-{engine}")
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode:
        last = (result.stderr.strip() or result.stdout.strip()).splitlines()[-1:] or ["(no output)"]
        raise BuildFailed(f"{engine}: failed after {took:.1f} s: {last[0]}")
    return took, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("engines", nargs="*", metavar="ENGINE", help=f"any of {', '.join(ENGINES)} (default: all)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--docs", type=int, help="use N synthetic seeds instead of the project's seeds/")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--reuse-tree", action="store_true", help="build the tree a previous run exported")
    parser.add_argument("--no-warmup", action="store_true", help="skip the uncounted first build (large trees)")
    args = parser.parse_args(argv)
    engines = args.engines or list(ENGINES)

    seed_dir = synthetic_seeds(args.docs) if args.docs else None
    tree = CACHE / (f"bench-{args.docs}" if args.docs else "bench-seeds")
    start = time.perf_counter()
    if not (args.reuse_tree and (tree / "mkdocs.yml").is_file()):
        engine_build.export(tree, seed_dir=seed_dir)
    export_s = time.perf_counter() - start
    pages = sum(1 for _ in (tree / "docs").rglob("*.md"))
    failed: dict[str, str] = {}
    for engine in engines:
        engine_build.ensure_engine(engine)
        if not args.no_warmup:
            try:
                time_build(engine, tree)  # warm-up: file cache, .pyc files
            except BuildFailed as exc:
                failed[engine] = str(exc)
    times: dict[str, list[float]] = {e: [] for e in engines}
    cpu: dict[str, list[float]] = {e: [] for e in engines}
    for _ in range(args.runs):
        for engine in (e for e in engines if e not in failed):
            try:
                wall, used = time_build(engine, tree)
            except BuildFailed as exc:
                failed[engine] = str(exc)
                continue
            times[engine].append(wall)
            cpu[engine].append(used)

    docs = args.docs or len(list((ROOT / "seeds").glob("*.txt")))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{docs} documents, {pages} Markdown pages in the exported tree (export took {export_s:.2f} s); "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, {args.runs} runs each; "
          f"load average at the end {load} (other work on the machine slows every engine alike)")
    print("| engine | wall median (s) | min (s) | max (s) | CPU median (s) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for engine in engines:
        t = times[engine]
        if engine in failed or not t:
            print(f"| {engine} | failed | | | |")
            continue
        print(f"| {engine} | {statistics.median(t):.2f} | {min(t):.2f} | {max(t):.2f} | "
              f"{statistics.median(cpu[engine]):.2f} |")
    for reason in failed.values():
        print(reason)
    if args.json:
        args.json.write_text(json.dumps({"documents": docs, "pages": pages, "load": os.getloadavg(), "runs": times,
                                          "cpu": cpu, "failed": failed}, indent=2) + "\n",
                             encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
