"""Event streams: normalized updates per vehicle, from a vendor stream (BMW's MQTT), vendor pushes
(webhooks) and polling within quota for the rest."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import defaultdict
from collections.abc import AsyncGenerator, Awaitable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from carconnect.core import CarConnectError, ClientClosedError, Clock

from .adapters.base import Feed, Polling, Pushed
from .model import Availability, Field, Reading, Status
from .queues import DEFAULT_MAX_PENDING, NewestQueue, checked_max_pending

if TYPE_CHECKING:
    from .vehicle import Vehicle

logger = logging.getLogger("carconnect.garage")

T = TypeVar("T")


@dataclass(frozen=True)
class Update:
    """One field of one car that changed (or was first seen)."""

    brand: str
    vehicle_id: str
    field: Field
    reading: Reading[Any]
    source: str
    """``stream`` (BMW's MQTT stream), ``webhook`` or ``poll``."""
    vendor_keys: tuple[str, ...] = ()
    """The vendor's names of the values behind a streamed reading (BMW descriptors); empty otherwise."""


class EventHub:
    """Hands updates pushed by vendors (a webhook app publishes) to the streams of their cars.

    Each stream's inbox keeps at most ``max_pending`` updates (``None``: every one) for a reader that
    falls behind, dropping the oldest (see :class:`~carconnect.garage.queues.NewestQueue`); :attr:`dropped`
    counts them.

    :meth:`publish` may be called from any thread or event loop (a web server's loop, a worker
    thread): each inbox remembers the event loop its stream subscribed on, and an update published
    elsewhere is handed to that loop (``call_soon_threadsafe``), so that a waiting reader wakes up, as
    the streams of a :class:`~carconnect.garage.BlockingGarage` wait on its private loop. Inboxes of a
    loop that was closed are skipped and forgotten.
    """

    def __init__(self, *, max_pending: int | None = DEFAULT_MAX_PENDING) -> None:
        self._maxsize = checked_max_pending(max_pending)
        self._inboxes: defaultdict[tuple[str, str], dict[asyncio.Queue[Update], asyncio.AbstractEventLoop | None]] = (
            defaultdict(dict)
        )
        """Car -> its streams' inboxes, each with the loop it was subscribed on (``None``: none ran)."""
        self._lock = threading.Lock()
        self.dropped = 0
        """Updates dropped from inboxes whose reader fell ``max_pending`` behind."""

    def subscribe(self, brand: str, vehicle_id: str) -> asyncio.Queue[Update]:
        """A new inbox of the car's pushed updates (bounded by ``max_pending``), read on the running loop."""
        inbox: NewestQueue[Update] = NewestQueue(
            self._maxsize, f"the webhook inbox of {brand} {vehicle_id}", self._count_drop
        )
        with self._lock:
            self._inboxes[(brand, vehicle_id)][inbox] = _running_loop()
        return inbox

    def _count_drop(self) -> None:
        with self._lock:  # inboxes of several loops may drop at once
            self.dropped += 1

    def unsubscribe(self, brand: str, vehicle_id: str, inbox: asyncio.Queue[Update]) -> None:
        with self._lock:
            inboxes = self._inboxes.get((brand, vehicle_id))
            if inboxes is not None:
                inboxes.pop(inbox, None)
                if not inboxes:
                    del self._inboxes[(brand, vehicle_id)]

    def publish(self, brand: str, vehicle_id: str, status: Status, *, source: str = "webhook") -> int:
        """Every reading ``status`` holds, to each stream of the car; returns how many streams it was handed to.

        Callable from any thread or loop: an inbox read on another loop gets the updates through that
        loop (they are queued there in order once the loop runs them); one whose loop is closed is dropped.
        """
        with self._lock:
            listening = list(self._inboxes.get((brand, vehicle_id), {}).items())
        updates = [Update(brand, vehicle_id, name, reading, source) for name, reading in status.readings().items()]
        here = _running_loop()
        handed = 0
        for inbox, loop in listening:
            if loop is None or loop is here:
                _put_all(inbox, updates)
            else:
                try:
                    loop.call_soon_threadsafe(_put_all, inbox, updates)
                except RuntimeError:  # its loop is closed: no reader will ever read it
                    logger.debug("%s %s: an inbox of a closed event loop was dropped", brand, vehicle_id)
                    self.unsubscribe(brand, vehicle_id, inbox)
                    continue
            handed += 1
        logger.debug("%s %s: %d readings pushed to %d streams", brand, vehicle_id, len(updates), handed)
        return handed


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _put_all(inbox: asyncio.Queue[Update], updates: list[Update]) -> None:
    for update in updates:
        inbox.put_nowait(update)


def changes(previous: dict[Field, Reading[Any]], status: Status, fields: frozenset[Field]) -> list[Field]:
    """The fields of ``status`` that differ from ``previous`` (which is updated)."""
    changed = []
    for name, reading in status.readings().items():
        if name in fields and reading.availability is not Availability.NOT_REQUESTED and previous.get(name) != reading:
            previous[name] = reading
            changed.append(name)
    return changed


async def _race(waiting: Awaitable[T], other: Awaitable[object]) -> asyncio.Future[T] | None:
    """``waiting``'s finished future when it ends first (or with ``other``), else ``None`` once
    ``other`` has ended. Neither outlives the race, also when the reader is cancelled."""
    waiter = asyncio.ensure_future(waiting)
    rival = asyncio.ensure_future(other)
    try:
        await asyncio.wait({waiter, rival}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        rival.cancel()
        if not waiter.done():
            waiter.cancel()  # a queue gives its item up only to a getter that completes
    return waiter if waiter.done() and not waiter.cancelled() else None


async def _first_pushed(inbox: asyncio.Queue[Update], clock: Clock, seconds: float) -> Update | None:
    """The next pushed update if one comes within ``seconds`` on ``clock``, else ``None``."""
    pushed = await _race(inbox.get(), clock.asleep(seconds))
    return pushed.result() if pushed is not None else None


async def _next_items(queues: list[asyncio.Queue[Any]]) -> list[Any]:
    """The next item of whichever of ``queues`` has one first (several when they are ready together)."""
    getters = [asyncio.ensure_future(queue.get()) for queue in queues]
    try:
        await asyncio.wait(getters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for getter in getters:
            getter.cancel()  # a queue gives its item up only to a getter that completes
    return [getter.result() for getter in getters if getter.done() and not getter.cancelled()]


async def _unless_closed(closed: asyncio.Event, waiting: Awaitable[T]) -> T:
    """What ``waiting`` gives, or :class:`~carconnect.core.ClientClosedError` as soon as ``closed`` is
    set (the garage was closed): a reader never waits for a poll or a push that will not come."""
    finished = await _race(waiting, closed.wait())
    if finished is None:
        raise ClientClosedError("the garage was closed: its event streams ended")
    return finished.result()


def _from_stream(
    vehicle: Vehicle, pushed: Pushed, seen: dict[Field, Reading[Any]], fields: frozenset[Field]
) -> list[Update]:
    return [
        Update(vehicle.brand, vehicle.id, name, seen[name], "stream", tuple(pushed.vendor_keys.get(name, ())))
        for name in changes(seen, pushed.status, fields)
    ]


async def updates(
    vehicle: Vehicle,
    fields: frozenset[Field],
    *,
    interval: float | None,
    hub: EventHub | None,
    clock: Clock,
    pushed_fields: frozenset[Field] | None = None,
) -> AsyncGenerator[Update, None]:
    """The stream behind :meth:`Vehicle.events`: the vendor's stream of ``fields`` when the adapter has
    one (BMW), else polls of ``fields`` only when the reader waits and a poll is due (``interval``
    ``None``: neither); relays pushed updates of ``pushed_fields`` (default: ``fields``). A reader
    waiting when the garage closes ends with :class:`~carconnect.core.ClientClosedError`.

    Polls come every ``interval`` seconds, or less often when the vendor's daily quota asks: each
    round takes the adapter's floor for the streams polling under the same quota at that moment
    (:meth:`~carconnect.garage.adapters.base.Adapter.poll_floor`), and a poll that is due waits as
    long as :meth:`~carconnect.garage.adapters.base.Adapter.poll_wait` says."""
    relayed = fields if pushed_fields is None else pushed_fields
    closed = vehicle.adapter.closed
    inbox = hub.subscribe(vehicle.brand, vehicle.id) if hub is not None else None
    seen: dict[Field, Reading[Any]] = {}
    last_poll: float | None = None
    feed: Feed | None = None
    polling: Polling | None = None
    try:
        if interval is not None and fields:
            feed = await vehicle.adapter.subscribe(vehicle.info)
        while feed is not None:
            sources: list[asyncio.Queue[Any]] = [feed] if inbox is None else [feed, inbox]
            for item in await _unless_closed(closed, _next_items(sources)):
                if isinstance(item, CarConnectError):
                    raise item
                if isinstance(item, Pushed):
                    for update in _from_stream(vehicle, item, seen, fields):
                        yield update
                elif item.field in relayed:
                    seen[item.field] = item.reading
                    yield item
        if interval is not None and fields:
            polling = vehicle.adapter.polling(vehicle.info, fields)
        while True:
            if interval is None:
                if inbox is None:
                    return
                pushed = await _unless_closed(closed, inbox.get())
                if pushed.field in relayed:
                    seen[pushed.field] = pushed.reading
                    yield pushed
                continue
            period = interval if polling is None else max(interval, polling.floor())
            due = 0.0 if last_poll is None else last_poll + period - clock.monotonic()
            if due <= 0:
                due = await _unless_closed(closed, vehicle.adapter.poll_wait())
            if due > 0 and inbox is not None:
                pushed_in_time = await _unless_closed(closed, _first_pushed(inbox, clock, due))
                if pushed_in_time is not None and pushed_in_time.field in relayed:
                    seen[pushed_in_time.field] = pushed_in_time.reading
                    yield pushed_in_time
                continue
            if due > 0:
                await _unless_closed(closed, clock.asleep(due))
                continue
            last_poll = clock.monotonic()
            status = await vehicle.status(fields)
            for name in changes(seen, status, fields):
                yield Update(vehicle.brand, vehicle.id, name, seen[name], "poll")
    finally:
        if polling is not None:
            polling.close()
        if feed is not None:
            await vehicle.adapter.unsubscribe(vehicle.info, feed)
        if inbox is not None and hub is not None:
            hub.unsubscribe(vehicle.brand, vehicle.id, inbox)
