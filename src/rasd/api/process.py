"""`rasd serve` in a child process on a free loopback port: for browser tests, benchmarks and notebooks.

with served("rasd.duckdb") as base:      # "http://127.0.0.1:PORT"
    ...
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def served(db: str | Path, *, options: Sequence[str] = (), startup_seconds: float = 60) -> Iterator[str]:
    """Start `rasd serve --db DB` (plus `options`) and yield its base URL once it answers; stop it on exit.
    A server that exits or does not answer in time raises RuntimeError with its output."""
    port = free_port()
    command = [sys.executable, "-m", "rasd", "serve", "--db", str(db), "--port", str(port), "--log-level", "warning"]
    base = f"http://127.0.0.1:{port}"
    # Output goes to a file, not a pipe: a pipe nobody reads would block a server that logs a lot.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen([*command, *options], stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + startup_seconds
            while not _answers(f"{base}/openapi.json"):
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    process.wait()
                    log.seek(0)
                    output = log.read().decode("utf-8", "replace")
                    raise RuntimeError(f"rasd serve did not start: {output.strip()}")
                time.sleep(0.1)
            yield base
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False
