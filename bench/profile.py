"""Where the pipeline spends its time: cProfile of build_corpus + render_pages on N synthetic seeds.

    python -m bench.profile N [--top 25] [--sort tottime|cumulative]

Uses the scratch project of bench.run (bench/out/nN/project), so the seeds are the benchmark's.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time

from bench.run import make_project


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    args = parser.parse_args(argv)

    from atlas.pipeline import build_corpus
    from atlas.render import render_pages
    from atlas.vocab import load_vocabulary

    project = make_project(args.n)
    vocab = load_vocabulary()
    start = time.process_time()
    corpus = build_corpus(project, project / "seeds", vocab)
    middle = time.process_time()
    pages = render_pages(corpus, vocab)
    end = time.process_time()
    print(f"N={args.n}: build_corpus {1000 * (middle - start) / args.n:.2f} ms/doc, "
          f"render_pages {1000 * (end - middle) / args.n:.2f} ms/doc ({len(pages)} pages), CPU, unprofiled")
    profiler = cProfile.Profile()
    profiler.enable()
    corpus = build_corpus(project, project / "seeds", vocab)
    render_pages(corpus, vocab)
    profiler.disable()
    pstats.Stats(profiler, stream=sys.stdout).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
