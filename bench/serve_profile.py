"""Where a `mkdocs serve --dirty` rebuild spends its time: the benchmark's edits, profiled in process.

    python -m bench.serve_profile N [--edits 3] [--top 30]

Builds the scratch project of bench.run (bench/out/nN/project) as serve does (the hook module
and its memos persist, the configuration is loaded again for each rebuild, `dirty=True`), then
makes the benchmark's edits (a sentence naming Viet Nam added to the middle document, a new
marker each time) and profiles each rebuild. The first edit gives the document a new term, the
later ones do not: the two kinds of edit `bench.run --only serve_dirty` times end to end.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time

from bench.run import ENV, _insert_paragraph, make_project


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="cumulative", choices=("tottime", "cumulative"))
    parser.add_argument("--timed", action="store_true", help="no profiler: time MkDocs' page steps instead")
    args = parser.parse_args(argv)
    os.environ.update(ENV)

    import mkdocs.commands.build as mkbuild
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from atlas.pipeline import build_corpus
    from atlas.vocab import load_vocabulary

    project = make_project(args.n, refresh=False)
    os.chdir(project)
    corpus = build_corpus(project, project / "seeds", load_vocabulary())
    doc = corpus.documents[len(corpus.documents) // 2]
    seed = project / doc.seed.path
    original = seed.read_text(encoding="utf-8")
    site_dir = str(project.parent / "serve-site")
    serve_url = "http://127.0.0.1:8000/"
    config_file = open("mkdocs.yml", "rb")  # noqa: SIM115  (as serve passes it)

    def config():
        loaded = load_config(config_file=config_file, site_dir=site_dir)
        loaded.site_url = serve_url
        return loaded

    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    start = time.perf_counter()
    build(first, serve_url=serve_url, dirty=True)
    print(f"first build {time.perf_counter() - start:.1f} s", flush=True)
    try:
        for i in range(args.edits):
            time.sleep(1.0)  # a distinct mtime
            seed.write_text(_insert_paragraph(original, f"The benchmark edit marker{i} concerns Viet Nam."),
                            encoding="utf-8")
            if args.timed:
                spent = _time_steps(mkbuild)
                start = time.perf_counter()
                build(config(), serve_url=serve_url, dirty=True)
                total = time.perf_counter() - start
                print(f"--- edit {i}: rebuild {total:.2f} s: " +
                      ", ".join(f"{k} {n} in {t:.2f} s" for k, (n, t) in spent.items()), flush=True)
                continue
            profiler = cProfile.Profile()
            start = time.perf_counter()
            profiler.enable()
            build(config(), serve_url=serve_url, dirty=True)
            profiler.disable()
            print(f"--- edit {i}: rebuild {time.perf_counter() - start:.2f} s (profiled)", flush=True)
            pstats.Stats(profiler, stream=sys.stdout).sort_stats(args.sort).print_stats(args.top)
    finally:
        seed.write_text(original, encoding="utf-8")
    return 0


def _time_steps(mkbuild) -> dict[str, list]:
    """Wrap MkDocs' per-page steps and the files event (the pipeline) with timers."""
    spent: dict[str, list] = {}
    for name in ("_populate_page", "_build_page"):
        original = getattr(mkbuild, name)
        original = getattr(original, "__wrapped_original__", original)

        def timed(*a, _f=original, _name=name, **k):
            t = time.perf_counter()
            try:
                return _f(*a, **k)
            finally:
                entry = spent.setdefault(_name, [0, 0.0])
                entry[0] += 1
                entry[1] += time.perf_counter() - t
        timed.__wrapped_original__ = original
        setattr(mkbuild, name, timed)
    return spent


if __name__ == "__main__":
    sys.exit(main())
