"""tui.orphans: a worker process ends once the process that started it is gone, however it
ended (here SIGKILL, which no handler of the parent's can see)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from conftest import ROOT

WORKER = ("import sys, time\nfrom tui.orphans import end_with\n"
          "end_with(int(sys.argv[1]))\nprint('watching', flush=True)\ntime.sleep(120)\n")
PARENT = ("import os, subprocess, sys, time\n"
          f"worker = subprocess.Popen([sys.executable, '-c', {WORKER!r}, str(os.getpid())], stdout=subprocess.PIPE)\n"
          "worker.stdout.readline()\nprint(worker.pid, flush=True)\ntime.sleep(120)\n")


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_worker_ends_when_its_parent_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, cwd=ROOT, text=True)
    worker = int(parent.stdout.readline())
    assert _running(worker)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    end = time.monotonic() + 30
    while _running(worker) and time.monotonic() < end:
        time.sleep(0.1)
    try:
        assert not _running(worker), "the worker outlived its parent"
    finally:
        if _running(worker):
            os.kill(worker, signal.SIGKILL)
