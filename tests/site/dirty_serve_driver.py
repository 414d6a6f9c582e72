"""Builds a project the way `mkdocs serve --dirty` does, once per line read from standard input.

One process for the whole session, as serve: the configuration is loaded again for each
rebuild (its plugins and the hook module persist), the output folder is never cleaned, and
MkDocs re-renders only the pages whose source is newer than their HTML. Prints "built" (or
"failed: ...") after each build, so a test can edit the seeds in between.

    python dirty_serve_driver.py SITE_DIR SERVE_URL      (run from the project folder)
"""

from __future__ import annotations

import sys
import traceback

from mkdocs.commands.build import build
from mkdocs.config import load_config


def main() -> int:
    site_dir, serve_url = sys.argv[1:3]
    # As `mkdocs serve -f mkdocs.yml` passes it: a file object, open for the first load and
    # closed for the later ones (MkDocs then reopens it by its absolute path).
    config_file = open("mkdocs.yml", "rb")  # noqa: SIM115

    def config():
        loaded = load_config(config_file=config_file, site_dir=site_dir)
        loaded.site_url = serve_url
        return loaded

    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    for i, _ in enumerate(sys.stdin):
        try:
            build(first if i == 0 else config(), serve_url=serve_url, dirty=True)
            print("built", flush=True)
        except BaseException as exc:  # the test reads the reason; serve would keep going too
            print(f"failed: {exc!r} {traceback.format_exc()!r}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
