# Generated from async_handles.py by tools/unasync.py (nox -s generate): edit the async source, not this file.
"""The handle of a command Ford accepted: ``wait()`` drives :func:`~carconnect.ford.command_flow.wait_flow`.

Sleeps go to the client's clock (the ``clock=`` option), so a ``FakeClock`` makes waiting instant.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from carconnect.core import CarConnectError, NotFoundError
from carconnect.core.pipeline import without_retries

from .command_flow import CommandProgress, CommandReport, CommandResult, HandleBase, Sleep, WaitPolicy

A = TypeVar("A")
R = TypeVar("R")


class CommandHandle(HandleBase[A, R, Callable[[], R]]):
    """A command Ford accepted. ``wait()`` polls for its outcome; ``status()`` looks once."""

    def status(self) -> CommandProgress[R]:
        """Poll once and classify (no waiting, no error for an outcome Ford reports).

        A command id Ford no longer knows (a 404: unknown, or expired) raises
        :class:`~carconnect.ford.commands.CommandPendingError`: the outcome is unknown.
        """
        if self.poll is None:
            raise self._no_route()
        try:
            answer = self.poll()
        except NotFoundError as error:
            raise self._gone() from error
        return self.classify(answer)

    def _look(self) -> CommandProgress[R]:
        """One poll of :meth:`wait`, one attempt (the flow paces the next); a 404 for the command id is
        the ``unknown`` outcome, any other failure is raised for :meth:`wait` to hand to the flow."""
        assert self.poll is not None
        try:
            with without_retries():
                answer = self.poll()
        except NotFoundError:
            return self._forgotten()
        return self.classify(answer)

    def wait(
        self, policy: WaitPolicy | None = None, *, progress: Callable[[CommandProgress[R]], None] | None = None
    ) -> CommandResult[R]:
        """Wait for the outcome (see :mod:`carconnect.ford.commands`); ``policy`` overrides the handle's.

        Raises :class:`~carconnect.core.CommandFailedError` when Ford reports the command failed, and
        :class:`~carconnect.ford.commands.CommandPendingError` when its outcome is unknown, also when
        polling failed: a failed poll (no answer, 5xx, 429) is polled again within the policy, no
        sooner than its ``Retry-After``, and the last one's error is the ``__cause__``.
        ``progress`` is called with every answered poll's :class:`CommandProgress` (the last one included).
        """
        if self.poll is None:
            raise self._no_route()
        flow, reply = self._flow(policy), None
        failure: CarConnectError | None = None
        while True:
            try:
                step = flow.send(reply) if failure is None else flow.throw(failure)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            reply, failure = None, None
            if isinstance(step, Sleep):
                self.clock.sleep(step.seconds)
                continue
            try:
                reply = self._look()
            except CarConnectError as error:
                failure = error
                continue
            if progress is not None:
                progress(reply)

    def outcome(
        self, policy: WaitPolicy | None = None, *, progress: Callable[[CommandProgress[R]], None] | None = None
    ) -> CommandReport[R]:
        """Wait like :meth:`wait`, but report instead of raising: succeeded, failed as Ford says, or
        unknown (still pending, forgotten, no status route, or a poll that failed after Ford accepted
        the command). A cancellation still propagates.
        """
        if self.poll is None:
            return self._no_route_report()
        answered: list[CommandProgress[R]] = []

        def seen(step: CommandProgress[R]) -> None:
            answered.append(step)
            if progress is not None:
                progress(step)

        try:
            return self._report(self.wait(policy, progress=seen))
        except CarConnectError as error:
            return self._report_error(error, polls=len(answered))


__all__ = ["CommandHandle"]
