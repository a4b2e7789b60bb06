"""BMW events from the CarData MQTT stream: one ``CarDataStream`` per login, shared by every vehicle stream.

Stream values are decoded by carconnect-bmw's telematics catalogue and normalized by the same
mapping as the REST ``telematicData`` answer (:func:`carconnect.garage.adapters.bmw.status_from`).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from carconnect.core import CarConnectError, ClientClosedError, Clock, TokenManager

from ..model import DriverSide
from ..queues import DEFAULT_MAX_PENDING, NewestQueue, checked_max_pending
from .base import Feed, Pushed
from .bmw import FIELD_DESCRIPTORS, status_from

if TYPE_CHECKING:
    from carconnect.bmw.streaming import CarDataStream, VehicleState
    from carconnect.bmw.telematics import TelematicValue

logger = logging.getLogger("carconnect.garage")


def entries(values: Mapping[str, TelematicValue]) -> dict[str, dict[str, Any]]:
    """Decoded stream values in the ``{descriptor: {value, unit, timestamp}}`` shape the mapping reads."""
    return {
        name: {"value": value.value, "unit": value.unit, "timestamp": value.timestamp} for name, value in values.items()
    }


def pushed(
    state: Mapping[str, TelematicValue], sent: Iterable[str], driver_side: DriverSide | None = None
) -> Pushed | None:
    """The fields that the descriptors ``sent`` feed, read from the car's merged ``state`` (doors and
    windows named by ``driver_side`` as a status names them); ``None`` if none."""
    names = set(sent)
    keys = {
        field: tuple(name for name in descriptors if name in names)
        for field, descriptors in FIELD_DESCRIPTORS.items()
        if names.intersection(descriptors)
    }
    if not keys:
        return None
    return Pushed(status_from(entries(state), frozenset(keys), driver_side), keys)


def why_not_streaming(client: Any) -> str | None:
    """Why ``client``'s login cannot stream (missing extra, no GCID / id_token), or ``None`` when it can."""
    if importlib.util.find_spec("aiomqtt") is None:
        return "carconnect-bmw's streaming extra (aiomqtt) is not installed"
    from carconnect.bmw.auth import gcid_of

    source = client.auth.token_source
    if not isinstance(source, TokenManager):
        return "the client's credentials are not a TokenManager holding the device login's GCID and id_token"
    token = source.token
    if token is None or gcid_of(token) is None or not token.id_token:
        return "the login's token has no GCID and id_token (log in with the openid and cardata:streaming:read scopes)"
    return None


class SharedStream:
    """One ``CarDataStream`` (one MQTT connection, one GCID) fanned out to the feeds of its vehicles.

    It connects with the first subscriber, subscribes each further VIN on the same connection,
    unsubscribes a VIN whose last feed is gone and closes when the last feed is gone. A typed error
    that ends the stream goes to every feed. ``options`` are ``CarDataStream`` keyword arguments;
    their ``max_pending`` (default :data:`~carconnect.garage.queues.DEFAULT_MAX_PENDING`) also bounds
    each feed, whose oldest update is dropped for a new one when its reader falls that far behind.
    """

    def __init__(self, tokens: TokenManager, clock: Clock, options: Mapping[str, Any]) -> None:
        self._tokens = tokens
        self._options = {"clock": clock, **options}
        self._feed_size = checked_max_pending(options.get("max_pending", DEFAULT_MAX_PENDING))
        self._lock = asyncio.Lock()
        self._stream: CarDataStream | None = None
        self._pump: asyncio.Task[None] | None = None
        self._feeds: dict[str, set[Feed]] = {}
        self._sides: dict[str, DriverSide | None] = {}
        """Each subscribed car's steering side, which names its doors and windows."""
        self._states: dict[str, VehicleState] = {}
        """Each car's values merged in the order its updates are forwarded (the stream's own state may
        already hold later messages)."""
        self.connections = 0
        """``CarDataStream`` objects opened so far (each is one MQTT connection, renewed as needed)."""
        self.dropped = 0
        """Updates dropped from feeds whose reader fell ``max_pending`` behind."""

    @property
    def stream(self) -> CarDataStream | None:
        """The running ``CarDataStream``, if any."""
        return self._stream

    async def subscribe(self, vin: str, driver_side: DriverSide | None = None) -> Feed:
        """A feed of ``vin``; it starts with the car's last known values when the stream holds any.
        ``driver_side`` (the car's, from its listing) names its doors and windows."""
        async with self._lock:
            stream = self._stream
            if stream is None:
                stream = await self._open(vin)
            else:
                await stream.subscribe(vin)
            feed: NewestQueue[Pushed | CarConnectError] = NewestQueue(
                self._feed_size, f"the BMW stream feed of {vin}", self._count_drop
            )
            self._feeds.setdefault(vin, set()).add(feed)
            self._sides[vin] = driver_side
            known = self._state(vin).values
            first = pushed(known, known, driver_side)
            if first is not None:
                feed.put_nowait(first)
            return feed

    async def unsubscribe(self, vin: str, feed: Feed) -> None:
        """Forget ``feed``: the car's last feed unsubscribes it, the last feed of all closes the connection."""
        async with self._lock:
            feeds = self._feeds.get(vin, set())
            feeds.discard(feed)
            if feeds:
                return
            self._feeds.pop(vin, None)
            self._sides.pop(vin, None)
            if not self._feeds:
                await self._close()
            elif self._stream is not None:
                await self._stream.unsubscribe(vin)

    async def aclose(self) -> None:
        """Close the connection; every open feed ends with a ``ClientClosedError``, so no reader
        waits on a stream that is gone."""
        async with self._lock:
            feeds = [feed for vin_feeds in self._feeds.values() for feed in vin_feeds]
            self._feeds.clear()
            self._sides.clear()
            await self._close()
        for feed in feeds:
            feed.put_nowait(ClientClosedError("the garage was closed: its BMW CarData stream ended"))

    def _count_drop(self) -> None:
        self.dropped += 1

    def _state(self, vin: str) -> VehicleState:
        from carconnect.bmw.streaming import VehicleState

        return self._states.setdefault(vin, VehicleState(vin))

    async def _open(self, vin: str) -> CarDataStream:
        from carconnect.bmw.streaming import CarDataStream

        stream = CarDataStream(self._tokens, [vin], **self._options)
        try:
            await stream.start()
        except BaseException:
            await stream.close()
            raise
        self.connections += 1
        self._stream = stream
        self._pump = asyncio.create_task(self._forward(stream), name="carconnect-garage-bmw-stream")
        logger.info("bmw events: streaming from the CarData broker")
        return stream

    async def _forward(self, stream: CarDataStream) -> None:
        """Each stream update, normalized, to the feeds of its car; the error that ends it to every feed.

        A ``carconnect.core`` error goes to the readers as it is; any other exception (a fault in the
        stream's task or here) as a :class:`~carconnect.core.CarConnectError` caused by it, so a
        reader never waits on a stream that is gone.
        """
        try:
            async for update in stream:
                state = self._state(update.vin)
                state.apply(update)
                found = pushed(state.values, update.values, self._sides.get(update.vin))
                if found is None:
                    continue
                for feed in self._feeds.get(update.vin, ()):
                    feed.put_nowait(found)
        except CarConnectError as error:
            logger.info("bmw events: the CarData stream ended: %s", type(error).__name__)
            await self._end(stream, error)
        except Exception as exc:
            logger.warning("bmw events: the CarData stream failed", exc_info=exc)
            failed = CarConnectError(f"the BMW CarData stream failed ({type(exc).__name__}: {exc})")
            failed.__cause__ = exc
            await self._end(stream, failed)

    async def _end(self, stream: CarDataStream, error: CarConnectError) -> None:
        """Close ``stream`` (a later subscriber opens a new one) and hand ``error`` to every feed."""
        if self._stream is stream:
            self._stream = None
        await stream.close()
        for feeds in self._feeds.values():  # readers see the error once the stream is closed
            for feed in feeds:
                feed.put_nowait(error)

    async def _close(self) -> None:
        stream, pump = self._stream, self._pump
        self._stream = self._pump = None
        if stream is not None:
            await stream.close()
        if pump is not None:
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump
