"""bench/peak.py: the benchmark reads a build's own peak memory, not its parent's size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PEAK = Path(__file__).resolve().parents[2] / "bench" / "peak.py"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_a_small_child_of_a_large_process_reports_its_own_peak(tmp_path):
    held = bytearray(300 * 1024 * 1024)  # this process holds 300 MB, as the benchmark holds a corpus
    held[::4096] = b"\1" * len(held[::4096])
    out = tmp_path / "peak.txt"
    proc = subprocess.Popen([sys.executable, str(PEAK), str(out), "json.tool", "--help"], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    own_mb = int(out.read_text()) / 1024
    # the kernel's rusage of the child starts at the parent's size: what the benchmark used to report
    assert usage.ru_maxrss / 1024 > 300
    assert 5 < own_mb < 100
    del held
