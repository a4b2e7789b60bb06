"""One contestant in its own process and interpreter, driven over stdin/stdout with JSON lines.

Standard library only: it runs in every benchmark venv (ours and the peers'). Started as
``python worker.py CONTESTANT_FILE FACTORY MODE BASE_URL TARGET_JSON``; it imports the contestant
module, builds its client, reports resident memory at each step, then answers commands:

* ``{"cmd": "check"}``: one read; the type of what it returned.
* ``{"cmd": "batch", "n": N}``: N reads one after another; wall and CPU seconds.
* ``{"cmd": "fanout", "n": N, "concurrency": C}``: N reads with C in flight (tasks or threads).
* ``{"cmd": "grow", "n": N, "concurrency": C, "every": K}``: N reads, resident memory every K.
* ``{"cmd": "gather", "n": N, "limit": L}``: N reads started at once (``asyncio.gather``), at most L
  of them past an ``asyncio.Semaphore`` (0: no semaphore); resident memory before, its peak during the
  gather (the kernel's high-water mark, reset first) and after.
* ``{"cmd": "quit"}``.
"""

from __future__ import annotations

import asyncio
import gc
import importlib.util
import json
import os
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss() -> int:
    """Resident set size of this process in bytes."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE


def peak_rss() -> int:
    """The process's resident high-water mark in bytes since the last :func:`reset_peak`."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as clear_refs:
        clear_refs.write("5")


def load(path: str) -> Any:
    sys.path.insert(0, os.path.dirname(path))  # the contestants' shared module
    spec = importlib.util.spec_from_file_location("contestant", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class SyncDriver:
    """Runs a sync reader: sequentially, or from a pool of threads."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader

    def once(self) -> object:
        return self.reader.read()

    def batch(self, n: int) -> None:
        read = self.reader.read
        for _ in range(n):
            read()

    def fanout(self, n: int, concurrency: int) -> None:
        read, lock, left = self.reader.read, threading.Lock(), [n]
        failures: list[BaseException] = []

        def loop() -> None:
            while True:
                with lock:
                    if left[0] <= 0 or failures:
                        return
                    left[0] -= 1
                try:
                    read()
                except BaseException as exc:
                    failures.append(exc)
                    return

        threads = [threading.Thread(target=loop) for _ in range(concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if failures:
            raise failures[0]

    def close(self) -> None:
        self.reader.close()


class AsyncDriver:
    """Runs an async reader on one event loop kept for the whole process."""

    def __init__(self, factory: Callable[..., Awaitable[Any]], *args: object) -> None:
        self.loop = asyncio.new_event_loop()
        self.reader = self.loop.run_until_complete(factory(*args))

    def once(self) -> object:
        return self.loop.run_until_complete(self.reader.read())

    def batch(self, n: int) -> None:
        async def run() -> None:
            read = self.reader.read
            for _ in range(n):
                await read()

        self.loop.run_until_complete(run())

    def fanout(self, n: int, concurrency: int) -> None:
        async def run() -> None:
            read, left = self.reader.read, [n]

            async def loop() -> None:
                while left[0] > 0:
                    left[0] -= 1
                    await read()

            await asyncio.gather(*(loop() for _ in range(concurrency)))

        self.loop.run_until_complete(run())

    def gather(self, n: int, limit: int) -> dict[str, int]:
        async def run() -> None:
            read = self.reader.read
            if not limit:
                await asyncio.gather(*(read() for _ in range(n)))
                return
            gate = asyncio.Semaphore(limit)

            async def gated() -> object:
                async with gate:
                    return await read()

            await asyncio.gather(*(gated() for _ in range(n)))

        gc.collect()
        before = rss()
        reset_peak()
        self.loop.run_until_complete(run())
        peak = peak_rss()
        gc.collect()
        return {"before": before, "peak": peak, "after": rss()}

    def close(self) -> None:
        self.loop.run_until_complete(self.reader.close())
        self.loop.close()


def timed(action: Callable[[], None]) -> dict[str, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def grow(driver: SyncDriver | AsyncDriver, n: int, concurrency: int, every: int) -> dict[str, Any]:
    samples = []
    for _ in range(max(n // every, 1)):
        driver.fanout(every, concurrency) if concurrency > 1 else driver.batch(every)
        gc.collect()
        samples.append(rss())
    return {"rss": samples}


def describe(result: object) -> dict[str, str]:
    kind = type(result)
    return {"type": f"{kind.__module__}.{kind.__qualname__}", "repr": repr(result)[:160]}


def main() -> None:
    path, factory_name, mode, base_url, target_json = sys.argv[1:6]
    target = json.loads(target_json)
    memory = {"start": rss()}
    module = load(path)
    memory["imported"] = rss()
    name, _, transport = factory_name.partition(":")  # "async_client:httpx": that factory, that transport
    factory = getattr(module, name)
    if transport:
        factory = partial(factory, transport=transport)
    driver: SyncDriver | AsyncDriver
    driver = SyncDriver(factory(base_url, target)) if mode == "sync" else AsyncDriver(factory, base_url, target)
    memory["client"] = rss()
    reply({"ready": True, "python": sys.version.split()[0], "memory": memory})
    for line in sys.stdin:
        command = json.loads(line)
        name = command["cmd"]
        if name == "quit":
            break
        try:
            if name == "check":
                answer: dict[str, Any] = describe(driver.once())
                answer["rss"] = rss()
            elif name == "batch":
                answer = timed(partial(driver.batch, command["n"]))
            elif name == "fanout":
                answer = timed(partial(driver.fanout, command["n"], command["concurrency"]))
            elif name == "gather":
                assert isinstance(driver, AsyncDriver), "gather needs an async contestant"
                answer = driver.gather(command["n"], command.get("limit", 0))
            elif name == "grow":
                answer = grow(driver, command["n"], command["concurrency"], command["every"])
            else:
                answer = {"error": f"unknown command {name!r}"}
        except Exception as exc:
            answer = {"error": f"{type(exc).__name__}: {exc}"[:500]}
        reply(answer)
    driver.close()


def reply(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
