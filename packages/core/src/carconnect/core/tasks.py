"""Work that must not be cut off halfway: it took or changed something only this process knows of.

* :func:`own_task`: a background task kept referenced until it ends (the event loop keeps weak ones)
  or its event loop is closed.
* :func:`run_blocking`: a blocking function in a worker thread, run to its end whatever cancels the
  caller (a rate-limit slot taken, a refreshed token being saved); :func:`run_blocking_or_undo`
  also gives back what it took when the caller was cancelled.
* :func:`token_work`: marks a refresh from the moment it is sent until its new token is saved. The
  vendor has rotated the refresh token by then, so the new one lives only in this process until it
  is saved; closing a client first waits for the work of its own token sources, closing a login for
  all of it (:func:`afinish_token_work`).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Awaitable, Callable, Collection, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from .forks import reset_in_forked_child

logger = logging.getLogger("carconnect.core.tasks")

if TYPE_CHECKING:
    import asyncio
    import concurrent.futures

_T = TypeVar("_T")
_running: set[asyncio.Future[Any]] = set()
"""Tasks started by :func:`own_task`, referenced until they end or their event loop is closed."""


def own_task(awaitable: Awaitable[_T]) -> asyncio.Future[_T]:
    """Run ``awaitable`` as a task of its own, referenced until it ends.

    Its outcome is marked as read when it ends, so a failure that no caller awaits any more (they
    were cancelled) is not reported by asyncio as never retrieved. A task whose event loop was closed
    without ending it never runs again: it is no longer referenced from the next call on, so that it
    can be collected (asyncio then reports it as destroyed while pending).
    """
    import asyncio  # loaded already wherever a coroutine runs; not at import

    # a copy: tasks of other threads' event loops leave the set while it is read
    _running.difference_update([left for left in list(_running) if left.get_loop().is_closed()])
    task = asyncio.ensure_future(awaitable)
    _running.add(task)
    task.add_done_callback(_running.discard)
    task.add_done_callback(mark_read)
    return task


def mark_read(future: asyncio.Future[Any]) -> None:
    """Read ``future``'s outcome so that a failure nobody awaits is not logged as never retrieved."""
    if not future.cancelled():
        future.exception()


async def run_blocking(function: Callable[..., _T], *args: object) -> _T:
    """``function(*args)`` in a worker thread of the event loop's executor, run to its end whatever
    cancels the caller.

    What such a function does takes or gives back something (a rate-limit slot, a quota call, a
    saved token): a cancellation, however often repeated, and the event loop's shutdown, which
    cancels every task, wait until it has finished, so that what it did is known, and then
    propagate once. A failure meanwhile is read (never "exception was never retrieved") and the
    cancellation wins. The call runs in a copy of the caller's context, as with
    :func:`asyncio.to_thread`.
    """
    import asyncio
    import contextvars
    import functools

    context = contextvars.copy_context()
    # an executor future, not a task: the loop's shutdown cancels every task, which would drop a
    # call still queued for a worker thread
    running = asyncio.get_running_loop().run_in_executor(None, functools.partial(context.run, function, *args))
    cancelled = False
    while not running.done():
        try:
            await asyncio.wait({running})
        except asyncio.CancelledError:
            cancelled = True
    if cancelled:
        mark_read(running)
        raise asyncio.CancelledError
    return running.result()


async def run_blocking_or_undo(function: Callable[[], _T], undo: Callable[[], object], what: str) -> _T:
    """``function()`` as :func:`run_blocking` runs it; when the caller was cancelled meanwhile,
    ``undo()`` gives back what it took (in a worker thread too, also when it failed: an undo of
    nothing taken changes nothing) before the cancellation propagates. An undo that fails is
    logged as a warning naming ``what``."""
    import asyncio

    try:
        return await run_blocking(function)
    except asyncio.CancelledError:
        try:
            await run_blocking(undo)
        except Exception as exc:  # the cancellation is what the caller must see
            logger.warning("could not give back %s of a cancelled call: %s", what, exc)
        raise


class _TokenWork:
    """Refreshes in flight in this process: when each ends, where it runs (its event loop, or
    ``None`` for a thread, with the thread's id), and whose it is (the token source refreshing)."""

    def __init__(self) -> None:
        self.guard = threading.Lock()
        self.works: dict[concurrent.futures.Future[None], tuple[asyncio.AbstractEventLoop | None, int, object]] = {}
        reset_in_forked_child(self, _TokenWork._forget)

    def _forget(self) -> None:
        self.guard = threading.Lock()
        self.works = {}  # the parent's threads and loops are not in the child

    def pending(
        self, loop: asyncio.AbstractEventLoop | None, owners: Collection[object] | None = None
    ) -> list[concurrent.futures.Future[None]]:
        """Work that ``loop`` (or, for ``None``, the calling thread) can wait for: on that loop or
        in another thread; only the work of ``owners`` when given."""
        me = threading.get_ident()
        with self.guard:
            return [
                done
                for done, (where, thread, owner) in self.works.items()
                if ((where is None and thread != me) or (where is not None and where is loop))
                and (owners is None or any(owner is wanted for wanted in owners))
            ]


_TOKEN_WORK = _TokenWork()


@contextlib.contextmanager
def token_work(owner: object = None) -> Iterator[None]:
    """Mark the work in this block (a refresh sent, its token saved) by ``owner`` (the token source
    refreshing) as work closing waits for."""
    import concurrent.futures

    try:
        import asyncio

        loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    done: concurrent.futures.Future[None] = concurrent.futures.Future()
    registry = _TOKEN_WORK
    with registry.guard:
        registry.works[done] = (loop, threading.get_ident(), owner)
    try:
        yield
    finally:
        with registry.guard:
            registry.works.pop(done, None)
        done.set_result(None)


def finish_token_work(owners: Collection[object] | None = None) -> None:
    """Wait until the refreshes in flight in other threads of this process (of ``owners``, the token
    sources given) have ended, each with its save (closing a client or a login calls this before
    closing its connections)."""
    pending = _TOKEN_WORK.pending(None, owners)
    if pending:
        import concurrent.futures

        concurrent.futures.wait(pending)


async def afinish_token_work(owners: Collection[object] | None = None) -> None:
    """Wait until the refreshes in flight on this event loop or in threads (of ``owners``, the token
    sources given) have ended, each with its save (closing a client or a login calls this before
    closing its connections)."""
    import asyncio

    pending = _TOKEN_WORK.pending(asyncio.get_running_loop(), owners)
    if pending:
        await asyncio.wait([asyncio.wrap_future(done) for done in pending])
