"""Run a Python module as `python -m` would, then write the process's own peak memory to a file.

    python bench/peak.py OUT_FILE MODULE [ARGS ...]     (e.g. ... peak.txt mkdocs build -f ...)

Why not the rusage of the child: on Linux a forked child's `ru_maxrss` starts at its parent's
resident size at the fork (the copied address space's high-water mark survives `exec`), so a
build started by a benchmark process holding a corpus (the baseline's export: 2 GB at 10,000
documents) reported the parent's size, not its own. `VmHWM` in /proc/self/status is the
high-water mark of the address space the process has after `exec`: the build's own peak.
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path


def vm_hwm_kb() -> int | None:
    """The process's peak resident size (kB) since it was exec'd, or None off Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def main() -> None:
    out, module, *args = sys.argv[1:]

    def write() -> None:
        kb = vm_hwm_kb()
        if kb is not None:
            Path(out).write_text(f"{kb}\n")

    atexit.register(write)
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
