"""A bounded HTTP load generator, run as its own process so that client work never shares the server's interpreter.

    python benchmarks/_http_load.py < plan.json > results.json

The plan is `{"base": "http://127.0.0.1:PORT", "concurrency": C, "requests": N, "warmup": W, "timeout": S,
"targets": [{"name", "method", "paths": [...], "body": {...} | null, "requests": N?}]}`. For each target in turn
it sends W warm-up requests, then N requests with at most C in flight, cycling through `paths` (the timed ones
carry on after the warm-up's), and records each request's latency. Only loopback addresses are accepted, every
loop is bounded by count, and the whole run by `timeout`.
Output: `{"targets": [{"name", "latencies_ms": [...], "errors": {status: count}, "seconds"}]}`.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import sys
import time
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

import httpx


def check_loopback(base: str) -> None:
    host = urlsplit(base).hostname or ""
    if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
        raise SystemExit(f"refusing to load {host}: this generator only targets loopback addresses")


async def run_target(client: httpx.AsyncClient, target: dict[str, Any], plan: dict[str, Any]) -> dict[str, Any]:
    paths: list[str] = target["paths"]
    method: str = target.get("method", "GET")
    body = target.get("body")
    total = int(target.get("requests") or plan["requests"])
    gate = asyncio.Semaphore(int(plan["concurrency"]))
    latencies: list[float] = []
    errors: Counter[str] = Counter()

    async def one(index: int, record: bool) -> None:
        async with gate:
            path = paths[index % len(paths)]
            start = time.perf_counter()
            try:
                response = await client.request(method, path, json=body)
                await response.aread()
                status = response.status_code
            except httpx.HTTPError as error:
                status = type(error).__name__  # type: ignore[assignment]
            elapsed = (time.perf_counter() - start) * 1000
            if status != 200:
                errors[str(status)] += 1
            elif record:
                latencies.append(elapsed)

    warmup = int(plan["warmup"])
    await asyncio.gather(*(one(i, False) for i in range(warmup)))
    began = time.perf_counter()
    # Timed requests continue the path cycle after the warm-up's, so distinct-query plans never repeat one.
    await asyncio.gather(*(one(warmup + i, True) for i in range(total)))
    return {
        "name": target["name"],
        "latencies_ms": latencies,
        "errors": dict(errors),
        "seconds": time.perf_counter() - began,
    }


async def main_async(plan: dict[str, Any]) -> dict[str, Any]:
    check_loopback(plan["base"])
    limits = httpx.Limits(max_connections=int(plan["concurrency"]), max_keepalive_connections=int(plan["concurrency"]))
    timeout = httpx.Timeout(float(plan.get("request_timeout", 30)))
    results = []
    async with httpx.AsyncClient(base_url=plan["base"], limits=limits, timeout=timeout) as client:
        for target in plan["targets"]:
            results.append(await run_target(client, target, plan))
    return {"targets": results}


def main() -> None:
    plan = json.load(sys.stdin)
    result = asyncio.run(asyncio.wait_for(main_async(plan), timeout=float(plan.get("timeout", 600))))
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
