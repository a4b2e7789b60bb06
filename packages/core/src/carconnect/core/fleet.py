"""Reading many vehicles (or users x vehicles) at once: bounded concurrency, outcomes as they come.

:func:`read_fleet` runs ``read(item)`` for every item with at most ``concurrency`` reads in flight and
yields a :class:`Read` or a :class:`Failed` per item as each finishes, so one failure never stops the
rest. It adds no waiting of its own: the vendors' limits are the clients' policies (Volvo's rate
limiter, BMW's quota), which every read passes through, per ``for_user`` key when reads go through
per-user views. Leaving early (``break``, an exception, cancellation of the consuming task) cancels
the reads still in flight once the iteration is closed: use ``async with`` around it.

:func:`read_fleet_sync` is the same scheduler for blocking clients, reading in a thread pool.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
from collections.abc import Awaitable, Callable, Generator, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, Literal, TypeAlias, TypeVar

K = TypeVar("K")
T = TypeVar("T")

DEFAULT_CONCURRENCY = 32


@dataclass(frozen=True, slots=True)
class Read(Generic[K, T]):
    """``item`` was read: ``value`` is what ``read(item)`` returned."""

    item: K
    value: T
    ok: Literal[True] = True


@dataclass(frozen=True, slots=True)
class Failed(Generic[K]):
    """``read(item)`` raised ``error``: a :class:`~carconnect.core.CarConnectError` for anything the
    vendor or the network did, whatever else the read function raised otherwise."""

    item: K
    error: Exception
    ok: Literal[False] = False


Outcome: TypeAlias = Read[K, T] | Failed[K]
"""One item's result; ``outcome.ok`` tells which."""


class FleetReads(Generic[K, T]):
    """The outcomes of :func:`read_fleet`: an async iterator, and an async context manager that cancels
    and awaits the reads still in flight when it exits."""

    def __init__(self, items: Iterable[K], read: Callable[[K], Awaitable[T]], concurrency: int) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._items = iter(items)
        self._read = read
        self._concurrency = concurrency
        self._running: dict[asyncio.Future[T], K] = {}
        self._done: collections.deque[Outcome[K, T]] = collections.deque()
        self._finished: collections.deque[asyncio.Future[T]] = collections.deque()
        self._wakeup: asyncio.Future[None] | None = None
        self._exhausted = False

    def __aiter__(self) -> FleetReads[K, T]:
        return self

    async def __aenter__(self) -> FleetReads[K, T]:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()

    def _fill(self) -> None:
        while not self._exhausted and len(self._running) < self._concurrency:
            try:
                item = next(self._items)
            except StopIteration:
                self._exhausted = True
                return
            try:
                future = asyncio.ensure_future(self._read(item))
            except Exception as error:  # ``read`` failed before returning an awaitable
                self._done.append(Failed(item, error))
                continue
            self._running[future] = item
            future.add_done_callback(self._on_done)

    def _collect(self) -> None:
        """Turn the reads that finished into outcomes (reads cancelled by :meth:`aclose` are gone)."""
        while self._finished:
            future = self._finished.popleft()
            if future in self._running:
                self._done.append(_outcome(self._running.pop(future), future))

    def _on_done(self, future: asyncio.Future[T]) -> None:
        """Note a finished read (one callback per read: no scan of the running ones)."""
        self._finished.append(future)
        if self._wakeup is not None and not self._wakeup.done():
            self._wakeup.set_result(None)

    async def __anext__(self) -> Outcome[K, T]:
        try:
            self._collect()
            self._fill()
            while not self._done:
                if not self._running:
                    raise StopAsyncIteration
                self._wakeup = asyncio.get_running_loop().create_future()
                try:
                    await self._wakeup
                finally:
                    self._wakeup = None
                self._collect()
                self._fill()
            return self._done.popleft()
        except asyncio.CancelledError:
            self._cancel()
            raise

    def _cancel(self) -> None:
        self._exhausted = True
        for future in self._running:
            future.cancel()

    async def aclose(self) -> None:
        """Start no more reads; cancel those in flight and wait until they have ended."""
        self._cancel()
        running, self._running = list(self._running), {}
        if running:
            await asyncio.wait(running)
            for future in running:  # cancelled or not: nothing is left unretrieved
                if not future.cancelled():
                    future.exception()


def _outcome(item: K, future: asyncio.Future[T]) -> Outcome[K, T]:
    if future.cancelled():
        return Failed(item, RuntimeError("the read was cancelled from outside the fleet reads"))
    error = future.exception()
    if error is None:
        return Read(item, future.result())
    if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: not a read's failure
        raise error
    return Failed(item, error)


def read_fleet(
    items: Iterable[K], read: Callable[[K], Awaitable[T]], *, concurrency: int = DEFAULT_CONCURRENCY
) -> FleetReads[K, T]:
    """Run ``read(item)`` for each of ``items`` (taken lazily), at most ``concurrency`` at a time.

    Iterate the result with ``async for`` inside ``async with``; outcomes come in the order the reads
    finish::

        async with read_fleet(vins, client.odometer, concurrency=50) as outcomes:
            async for outcome in outcomes:
                print(outcome.item, outcome.value if outcome.ok else outcome.error)
    """
    return FleetReads(items, read, concurrency)


def read_fleet_sync(
    items: Iterable[K], read: Callable[[K], T], *, concurrency: int = DEFAULT_CONCURRENCY
) -> Generator[Outcome[K, T], None, None]:
    """:func:`read_fleet` for a blocking ``read``, run in a pool of ``concurrency`` threads.

    A generator: closing it early (``break``) lets the reads in flight finish and starts no more.
    """
    with (
        concurrent.futures.ThreadPoolExecutor(concurrency, thread_name_prefix="carconnect-fleet") as pool,
        asyncio.Runner() as runner,
    ):
        loop = runner.get_loop()

        def in_pool(item: K) -> Awaitable[T]:
            return loop.run_in_executor(pool, read, item)

        outcomes = read_fleet(items, in_pool, concurrency=concurrency)
        try:
            while True:
                try:
                    yield runner.run(outcomes.__anext__())
                except StopAsyncIteration:
                    return
        finally:
            with contextlib.suppress(RuntimeError):
                runner.run(outcomes.aclose())
