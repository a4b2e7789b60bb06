"""The handle of a command Ford accepted: ``wait()`` drives :func:`~carconnect.ford.command_flow.wait_flow`.

Sleeps go to the client's clock (the ``clock=`` option), so a ``FakeClock`` makes waiting instant.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from .command_flow import CommandProgress, CommandResult, HandleBase, Sleep, WaitPolicy

A = TypeVar("A")
R = TypeVar("R")


class AsyncCommandHandle(HandleBase[A, R, Callable[[], Awaitable[R]]]):
    """A command Ford accepted. ``wait()`` polls for its outcome; ``status()`` looks once."""

    async def status(self) -> CommandProgress[R]:
        """Poll once and classify (no waiting, no error for a failure)."""
        if self.poll is None:
            raise self._no_route()
        return self.classify(await self.poll())

    async def wait(
        self, policy: WaitPolicy | None = None, *, progress: Callable[[CommandProgress[R]], None] | None = None
    ) -> CommandResult[R]:
        """Wait for the outcome (see :mod:`carconnect.ford.commands`); ``policy`` overrides the handle's.

        ``progress`` is called with every poll's :class:`CommandProgress` (the last one included).
        """
        if self.poll is None:
            raise self._no_route()
        flow, reply = self._flow(policy), None
        while True:
            try:
                step = flow.send(reply)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            if isinstance(step, Sleep):
                await self.clock.asleep(step.seconds)
                reply = None
            else:
                reply = self.classify(await self.poll())
                if progress is not None:
                    progress(reply)


__all__ = ["AsyncCommandHandle"]
