"""Service throughput and latency on loopback with wrk, beside the framework's floor.

Starts `intervensi serve` with 2 workers on the default model (trains one into a
temporary folder if there is none) and a bare FastAPI app of the same shape that does no
work (benchmarks/bare_app.py), also 2 workers; loads both with wrk (installed with
apt-get when missing and running as root) and prints requests/s, latency percentiles,
non-200 responses and the ratio to the floor.

    .venv/bin/python benchmarks/service.py [--seconds 15]

Then, while wrk's four connections send unseen 20,000-character texts (built at random
per request), it asks `/healthz` 20 times a second and prints its latency.

Targets: /v1/classify with explanations at 64 connections >= 400 requests/s, at 8
connections median <= 15 ms and p99 <= 50 ms; one connection: median <= 3 ms and at least
a third of the floor's requests/s; /healthz under the long texts within 250 ms; no non-200.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEXTS = [
    "Assalamualaikum pak Bupati, sy ibu Sumiati dr Ds. Karangrejo. Sdh 4 bln PKH sy gk cair pdhl nama msh ada "
    "di DTKS, anak2 sy mau skolah gk ada biaya. Mohon dibantu nggih matur nuwun",
]


def ensure_wrk() -> str:
    path = shutil.which("wrk")
    if path:
        return path
    if os.geteuid() != 0:
        sys.exit("wrk is missing: run 'sudo apt-get install wrk' and try again")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    return shutil.which("wrk")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait(url: str, timeout: float = 90) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code in (200, 404, 405):
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not come up")


LONG_TEXTS_LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local words = {"bantuan", "sosial", "desa", "anak", "sekolah", "kerja", "upah", "pabrik", "banjir", "rumah",
               "ibu", "bapak", "warga", "dinas", "kartu", "sakit", "obat", "beras", "listrik", "sewa"}
local letters = "abcdefghijklmnopqrstuvwxyz"
request = function()
  local parts, n = {}, 0
  while n < 20000 do
    local i = math.random(#letters)
    local w = words[math.random(#words)] .. letters:sub(i, i) .. math.random(1, 99999)
    parts[#parts + 1] = w
    n = n + #w + 1
  end
  local text = table.concat(parts, " "):sub(1, 20000)
  return wrk.format(nil, nil, nil, '{"text": "' .. text .. '", "explain": true}')
end
"""


def run_wrk(wrk: str, url: str, connections: int, seconds: int, body: str, script: str | None = None) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(script or ('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                            f"wrk.body = {json.dumps(body)}\n"))
    threads = min(2, connections)
    out = subprocess.run([wrk, "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "30s", "--latency",
                          "-s", fh.name, url], capture_output=True, text=True, check=True).stdout
    Path(fh.name).unlink()

    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": ms("50"), "p99": ms("99"),
            "non2xx": int(non2xx.group(1)) if non2xx else 0, "socket_errors": errors.group(1) if errors else "none"}


def health_under_long_texts(wrk: str, classify_url: str, health_url: str, seconds: int) -> None:
    """/healthz latency, 20 probes a second, while 4 connections send unseen 20,000-character texts."""
    import threading

    import httpx

    box = {}
    loader = threading.Thread(target=lambda: box.update(r=run_wrk(wrk, classify_url, 4, seconds, "", LONG_TEXTS_LUA)))
    loader.start()
    time.sleep(1.0)
    latencies, statuses = [], []
    with httpx.Client(timeout=30) as client:
        while loader.is_alive() and len(latencies) < 20 * (seconds - 2):
            started = time.perf_counter()
            statuses.append(client.get(health_url).status_code)
            latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(0.05)
    loader.join()
    r = box["r"]
    latencies.sort()
    print(f"long texts (20,000 chars, unseen), 4 connections: {r['rps']:.1f} req/s, median {r['p50']:.0f} ms, "
          f"non-200 {r['non2xx']}; /healthz meanwhile ({len(latencies)} probes): median "
          f"{latencies[len(latencies) // 2]:.1f} ms, p99 {latencies[int(len(latencies) * 0.99)]:.1f} ms, "
          f"max {latencies[-1]:.1f} ms, non-200 {sum(s != 200 for s in statuses)} "
          f"(target: within 250 ms -> {'met' if latencies[-1] <= 250 else 'NOT met'})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--models", default=str(ROOT / "models"))
    args = parser.parse_args()
    wrk = ensure_wrk()

    from classifier.lifecycle.registry import Registry, RegistryError

    models = Path(args.models)
    try:
        Registry(models).resolve()
    except RegistryError:
        models = Path(tempfile.mkdtemp(prefix="intervensi-bench-"))
        print(f"no default model; training one into {models}")
        from classifier.lifecycle.training import train

        train(ROOT / "corpus", None, models)

    service_port, bare_port = free_port(), free_port()
    env = {**os.environ, "INTERVENSI_MODELS_DIR": str(models), "INTERVENSI_LOG_LEVEL": "WARNING",
           "INTERVENSI_DATA_DIR": tempfile.mkdtemp(prefix="intervensi-bench-data-")}
    service = subprocess.Popen([sys.executable, "-m", "classifier", "serve", "--port", str(service_port), "--workers", "2"],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    bare = subprocess.Popen([sys.executable, "-m", "uvicorn", "benchmarks.bare_app:app", "--port", str(bare_port),
                             "--workers", "2", "--log-level", "warning", "--no-access-log"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait(f"http://127.0.0.1:{service_port}/readyz")
        wait(f"http://127.0.0.1:{bare_port}/docs")
        body = json.dumps({"text": TEXTS[0], "lang": "id", "explain": True})
        service_url = f"http://127.0.0.1:{service_port}/v1/classify"
        bare_url = f"http://127.0.0.1:{bare_port}/v1/classify"
        run_wrk(wrk, service_url, 8, 3, body)  # warm both workers
        run_wrk(wrk, bare_url, 8, 2, body)
        results = {}
        for name, url in (("bare FastAPI route (floor)", bare_url), ("/v1/classify, explain=true", service_url)):
            for conns in (64, 8, 1):
                results[(name, conns)] = r = run_wrk(wrk, url, conns, args.seconds, body)
                print(f"{name:28} {conns:>3} connections: {r['rps']:8.0f} req/s, median {r['p50']:.2f} ms, "
                      f"p99 {r['p99']:.2f} ms, non-200 {r['non2xx']}, socket errors {r['socket_errors']}")
        floor = results[("bare FastAPI route (floor)", 64)]["rps"]
        real = results[("/v1/classify, explain=true", 64)]
        lat = results[("/v1/classify, explain=true", 8)]
        one, one_floor = results[("/v1/classify, explain=true", 1)], results[("bare FastAPI route (floor)", 1)]
        print(f"ratio /v1/classify : floor at 64 connections = {real['rps'] / floor:.2f}; "
              f"at 1 connection = {one['rps'] / one_floor['rps']:.2f} (target >= 0.33)")
        print(f"targets: >= 400 req/s at 64 -> {'met' if real['rps'] >= 400 else 'NOT met'}; "
              f"median <= 15 ms and p99 <= 50 ms at 8 -> "
              f"{'met' if lat['p50'] <= 15 and lat['p99'] <= 50 else 'NOT met'}; "
              f"median <= 3 ms at 1 -> {'met' if one['p50'] <= 3 else 'NOT met'}; "
              f"non-200: {sum(r['non2xx'] for r in results.values())}")
        health_under_long_texts(wrk, service_url, f"http://127.0.0.1:{service_port}/healthz", args.seconds)
    finally:
        for proc in (service, bare):
            proc.terminate()
            proc.wait(timeout=20)


if __name__ == "__main__":
    main()
