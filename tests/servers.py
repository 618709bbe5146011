"""Start the real service (uvicorn in a subprocess) on a free port for tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, models: Path, data: Path, env: dict | None = None, workers: int = 1, args=(),
                 command: list[str] | None = None):
        """``intervensi serve`` on a free port, models and data given by the environment;
        ``command`` replaces it (``{port}`` filled in) and then gets no INTERVENSI_ variable."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = data / f"server-{self.port}.log"
        data.mkdir(parents=True, exist_ok=True)
        full_env = {**os.environ, "INTERVENSI_MODELS_DIR": str(models), "INTERVENSI_DATA_DIR": str(data),
                    **(env or {})}
        if command:
            full_env = {k: v for k, v in os.environ.items() if not k.startswith("INTERVENSI_")} | (env or {})
        self.log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            [part.replace("{port}", str(self.port)) for part in command] if command else
            [sys.executable, "-m", "classifier", "serve", "--port", str(self.port), "--workers", str(workers), *args],
            cwd=ROOT, env=full_env, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 60.0) -> "Server":
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                logs = self.logs()
                self.stop()
                raise RuntimeError(f"server exited with {self.proc.returncode}: {logs}")
            try:
                if httpx.get(self.url + "/readyz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        logs = self.logs()
        self.stop()  # a server that never became ready must not outlive the test
        raise RuntimeError(f"server not ready in {timeout} s: {logs}")

    def workers(self) -> list[int]:
        """The process ids of the worker processes (children of the server that run uvicorn)."""
        try:
            children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split()
        except OSError:
            return []
        pids = []
        for pid in children:
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmdline and b"resource_tracker" not in cmdline:
                pids.append(int(pid))
        return pids

    def logs(self) -> str:
        self.log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


def poll(condition, timeout: float = 30.0, interval: float = 0.05, what: str = "condition"):
    """Call ``condition`` until it returns something truthy, and return that; fail after
    ``timeout`` seconds. Tests wait for what they need, not for a guessed time."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached in {timeout} s")
        time.sleep(interval)
