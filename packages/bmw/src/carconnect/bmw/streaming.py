"""BMW CarData streaming: one MQTT connection per GCID, decoded updates, a running vehicle state.

``CarDataStream`` logs in to BMW's broker with the GCID as user name and the ``id_token`` of the
device login as password (both from a :class:`~carconnect.core.TokenManager`), subscribes to
``<gcid>/<vin>`` for each VIN (``<gcid>/+`` for all; VINs can be added and dropped while it runs) and
yields :class:`StreamUpdate` objects whose values are decoded with the telematics catalogue. One
task owns the connection: it reconnects with a fresh id_token ``renew_before`` seconds before the old
one expires (timed on the local clock from the token's lifetime, so a host clock set apart from BMW's
does not move it, and never sooner than ``min_renewal_interval`` after connecting; the fresh token is
fetched first, so a login server that cannot answer then is tried again with backoff while the old
connection stays up until its id_token expires), and with exponential backoff and jitter after a
broker disconnect; subscriptions are replayed on every connection, and a dropped VIN's topic is
unsubscribed. The backoff starts afresh only after a connection that stayed up ``stable_after``
seconds, so a broker that accepts the login and drops it soon after (as BMW does when another
connection logs in with the same GCID) is tried ever less often, and a few such connections in a row
log a WARNING naming that cause. The MQTT client id is stable per account (derived from the GCID),
so a restarted service takes over its previous connection. Logins the broker refuses are retried for
a while (another connection may still hold the GCID) before they end the stream. Messages the MQTT
library acknowledged are kept across reconnects; a reader that falls behind gets the newest
``max_pending`` of them. A refused subscription when the stream starts (or on :meth:`subscribe`),
rejected credentials, an untrusted broker certificate or a token without GCID / id_token end the
stream with a typed ``carconnect.core`` error; a VIN whose subscription is refused on a later
connection is dropped (see :attr:`CarDataStream.refused`) while the others stream on. ``start()``
again after ``close()`` or such an error starts a fresh run.

Async only: a sync adapter would need a second event loop thread for no gain. Needs ``aiomqtt``
(``pip install "carconnect-bmw[streaming]"``): without it, importing this module raises ``ImportError``.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import json
import logging
import math
import random
import secrets
import ssl
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any

from carconnect.core import (
    SYSTEM_CLOCK,
    ApiError,
    AuthenticationError,
    CarConnectError,
    Clock,
    PermissionDeniedError,
    RateLimitError,
    ReauthorizationRequiredError,
    ServerError,
    TokenManager,
    TransportError,
)

from .auth import STREAMING_HOST, STREAMING_PORT, StreamingCredentials, streaming_credentials
from .params import cardata_vin
from .telematics import TelematicValue, Value, decode_data, parse_timestamp

STREAMING_HINT = 'carconnect.bmw.streaming needs aiomqtt: pip install "carconnect-bmw[streaming]"'

try:
    import aiomqtt
except ImportError as exc:
    raise ImportError(STREAMING_HINT) from exc

logger = logging.getLogger("carconnect.bmw.streaming")

KEPT_DELAYS = 100
"""How many of the latest reconnect delays a stream keeps in ``delays`` (a months-long outage adds one
a minute)."""
DEFAULT_MAX_PENDING = 1000
"""Unread updates a stream keeps by default for a reader that falls behind (a few MB of messages)."""
logger.addHandler(logging.NullHandler())
mqtt_logger = logging.getLogger("carconnect.bmw.streaming.mqtt")
"""The MQTT library's own records (paho's packet log at DEBUG, aiomqtt's warnings)."""

NOT_AUTHORISED_CODES = frozenset({4, 5})
"""CONNACK codes for a bad user name or password and for not authorised."""
_V311_CODES = {134: 4, 135: 5}
SUBACK_FAILURE = 0x80
CLOSE_WAIT = 2.0
"""Seconds :meth:`CarDataStream.close` waits for the connection task after each cancellation."""
RENEWAL_GAP = 0.1
"""Seconds (on the stream's clock) between ending a connection to renew its id_token and connecting
anew: the fresh credentials are at hand, and the broker should take the old connection's DISCONNECT
before the new CONNECT of the same client (BMW allows one connection per GCID; a broker on this host
that takes the CONNECT first, as the simulator's can, may leave the session marked offline)."""
SHORT_CONNECTIONS_WARNING = 3
"""Connections in a row the broker closes within ``stable_after`` of accepting the login before the
stream logs a WARNING naming the likely cause (another connection with the same GCID)."""
REFUSAL_WINDOW = 60.0
"""The least seconds (on the stream's clock) logins the broker refuses are retried before the stream
ends: BMW refuses a login while another connection holds the GCID, and drops a silent connection
after about a minute (the window is at least 1.5 times ``keepalive``)."""
GCID_SHOWN = 8
"""How many leading characters of the account's GCID a stream's records show when it has no ``label``."""
CLOSE_ROUNDS = 3
"""Cancellations :meth:`CarDataStream.close` sends before it gives up waiting (Python 3.11's
``asyncio.wait_for``, which aiomqtt awaits, can swallow one that arrives as its future completes)."""


@dataclass(frozen=True)
class StreamUpdate:
    """One stream message: the vehicle, its decoded values and the payload as sent."""

    vin: str
    topic: str
    values: Mapping[str, TelematicValue]
    timestamp: datetime | None
    raw: Mapping[str, Any]


@dataclass
class VehicleState:
    """Last known value of every descriptor of one vehicle, merged from updates (newest wins)."""

    vin: str
    values: dict[str, TelematicValue] = field(default_factory=dict)
    updated_at: datetime | None = None

    def apply(self, update: StreamUpdate) -> None:
        """Merge ``update``; a value older than the one held is ignored."""
        for key, value in update.values.items():
            held = self.values.get(key)
            if held is None or held.timestamp is None or value.timestamp is None or value.timestamp >= held.timestamp:
                self.values[key] = value
        if update.timestamp is not None and (self.updated_at is None or update.timestamp > self.updated_at):
            self.updated_at = update.timestamp

    def get(self, descriptor_id: str) -> TelematicValue | None:
        return self.values.get(descriptor_id)

    def value(self, descriptor_id: str, default: Value = None) -> Value:
        """The last decoded value of ``descriptor_id``, or ``default``."""
        held = self.values.get(descriptor_id)
        return default if held is None else held.value

    def __contains__(self, descriptor_id: object) -> bool:
        return descriptor_id in self.values


@dataclass(frozen=True)
class Backoff:
    """Reconnect delays: ``initial * multiplier**(attempt-1)`` capped at ``maximum``, times a jitter in [0.5, 1].

    Any attempt number is valid: once the growth passes the cap, every later delay is ``maximum``
    (with jitter), however long the outage lasts.
    """

    initial: float = 1.0
    maximum: float = 60.0
    multiplier: float = 2.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        try:
            grown = self.initial * float(self.multiplier) ** max(attempt - 1, 0)
        except OverflowError:  # beyond the largest float, so far beyond the cap
            grown = math.inf
        return min(self.maximum, grown) * rng.uniform(0.5, 1.0)


def _claims(id_token: str) -> Mapping[str, Any]:
    """The claims of a JWT (not verified: the broker does that); empty when unreadable."""
    try:
        payload = id_token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, TypeError, ValueError):
        return {}
    return claims if isinstance(claims, dict) else {}


def _moment(claims: Mapping[str, Any], name: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(claims[name]), UTC)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


def id_token_expiry(id_token: str) -> datetime | None:
    """The ``exp`` claim of a JWT id_token (BMW's clock; not verified: the broker does that), or ``None``."""
    return _moment(_claims(id_token), "exp")


def id_token_lifetime(id_token: str) -> timedelta | None:
    """``exp - iat`` of a JWT id_token: how long it lives, whatever the local clock says (``None``: unknown)."""
    claims = _claims(id_token)
    issued, expiry = _moment(claims, "iat"), _moment(claims, "exp")
    if issued is None or expiry is None or expiry <= issued:
        return None
    return expiry - issued


class CarDataStream:
    """The CarData stream of one BMW account (GCID), shared by every VIN.

    ``async with CarDataStream(tokens, ["WBA..."]) as stream: async for update in stream: ...``.
    ``vins`` empty subscribes to every vehicle of the account; a malformed VIN (which would wait for
    updates that never come) is a ``BadRequestError`` (``CU-120``). ``tls=True`` uses the default CA
    bundle; pass an ``ssl.SSLContext`` for another, ``False`` for plain TCP (the simulator).
    ``renew_before``: seconds ahead of the id_token's expiry at which the connection is renewed (a
    token with less left is renewed halfway); ``min_renewal_interval``: the least seconds between a
    connection and its renewal, whatever the token says.
    ``stable_after``: seconds (on ``clock``) a connection must stay up before the reconnect backoff
    starts afresh; :data:`SHORT_CONNECTIONS_WARNING` shorter ones in a row log a WARNING (another
    connection with the same GCID is the likely cause: BMW allows one per account).
    ``client_id``: the MQTT client id; by default one of this stream's own, so a second program on the
    account is refused (or kicked) rather than sharing its MQTT session. A service that gives a stable
    one takes over the connection its previous process left at the broker. The first connection of a
    run starts a clean MQTT session, so no subscription of an earlier run carries over.
    Logins the broker refuses (CONNACK 4/5) are retried with backoff, the first retry with a fresh
    id_token, for at least :data:`REFUSAL_WINDOW` seconds (and 1.5 times ``keepalive``) and
    ``login_attempts`` logins before the stream ends with ``AuthenticationError``.
    ``max_pending`` bounds the updates kept for a reader that falls behind: beyond it the oldest
    unread update is dropped (counted in :attr:`dropped`; :meth:`state` still holds every newest
    value), with one WARNING per episode of falling behind and an INFO record with the number
    dropped once the reader has read every update kept. ``None`` keeps every update.
    ``label``: how the stream's log records name it, first thing in each (``user-7: ...``), so that the
    records of a service streaming for several accounts say whose stream they are about; by default
    ``GCID`` and the start of the account's GCID (:attr:`name`), never a token; ``""`` leaves the
    records without a name (a program that streams one account and says whose itself).
    """

    def __init__(
        self,
        tokens: TokenManager,
        vins: Iterable[str] = (),
        *,
        host: str = STREAMING_HOST,
        port: int = STREAMING_PORT,
        tls: ssl.SSLContext | bool = True,
        qos: int = 1,
        keepalive: int = 30,
        renew_before: float = 300.0,
        min_renewal_interval: float = 60.0,
        stable_after: float = 60.0,
        backoff: Backoff | None = None,
        login_attempts: int = 3,
        clock: Clock = SYSTEM_CLOCK,
        rng: random.Random | None = None,
        client_id: str | None = None,
        max_pending: int | None = DEFAULT_MAX_PENDING,
        label: str | None = None,
    ) -> None:
        self._tokens = tokens
        self.label = label
        """How this stream's records name it (``label=``, e.g. the user or account it streams for); by
        default ``GCID`` and the first :data:`GCID_SHOWN` characters of the account's GCID, once known."""
        if isinstance(vins, str):
            raise ValueError("vins must be a list of VINs, not one string")
        self._vins = list(dict.fromkeys(cardata_vin(vin) for vin in vins))
        self._every = not self._vins
        """Whether the stream subscribes every vehicle of the account (``<gcid>/+``)."""
        self._leaving: set[str] = set()
        """VINs dropped by :meth:`unsubscribe` whose topic the broker may still hold (its session is kept)."""
        self._host, self._port = host, port
        self._tls = ssl.create_default_context() if tls is True else tls or None
        self._qos = qos
        self._keepalive = keepalive
        self._renew_before = renew_before
        self._min_renewal_interval = min_renewal_interval
        self._stable_after = stable_after
        self._backoff = backoff or Backoff()
        self._login_attempts = login_attempts
        self._clock = clock
        self._rng = rng or random.Random()
        self._client_id = client_id or f"carconnect-{secrets.token_hex(6)}"
        self._refusal_window = max(REFUSAL_WINDOW, 1.5 * keepalive)
        if max_pending is not None and max_pending < 1:
            raise ValueError("max_pending must be at least 1 (None keeps every update)")
        self._max_pending = max_pending
        self._updates: asyncio.Queue[StreamUpdate | BaseException] = asyncio.Queue()
        self._states: dict[str, VehicleState] = {}
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        """Set by :meth:`close`: the connection task stops at its next step even if a cancellation was lost."""
        self._connected = asyncio.Event()
        self._client: aiomqtt.Client | None = None
        self._gcid: str | None = None
        self._id_token_seen: tuple[str, datetime] | None = None
        """The id_token last presented and when (local clock) this stream first had it."""
        self._id_token_expires: datetime | None = None
        """When the id_token presented expires, on the local clock."""
        self._attempt = 0
        """Reconnections since the last connection that stayed up ``stable_after`` seconds: the backoff's step."""
        self._short = 0
        """Connections in a row that ended within ``stable_after`` of the broker accepting the login."""
        self._short_warned = False
        """Whether this episode of short connections was logged at WARNING."""
        self._refused = 0
        """Logins the broker refused since it last accepted one."""
        self._refused_since = 0.0
        """When (``clock.monotonic()``) the broker refused the first of them."""
        self._refresh_for_refusal = False
        """Whether the next login presents a fresh id_token (once per episode of refused logins)."""
        self._session_kept = False
        """Whether the broker accepted a login in this run (later connections resume its MQTT session)."""
        self._started = False
        """Whether a connection of this run subscribed its topics (later refusals drop only their VIN)."""
        self._refused_vins: set[str] = set()
        """VINs dropped because BMW refused their subscription on a later connection."""
        self._last_error: BaseException | None = None
        """Why the latest connection attempt failed (for :meth:`start`'s error)."""
        self._fresh: StreamingCredentials | None = None
        """Credentials fetched on the connection they renew, for the next connection."""
        self.connections = 0
        """Successful connections so far (the first one included)."""
        self.renewals = 0
        """Reconnections made to present a fresh id_token."""
        self.reconnects = 0
        """Reconnections after a disconnect or a refused login."""
        self.malformed = 0
        """Messages that were not BMW-shaped JSON (skipped and logged)."""
        self._malformed_on: dict[str, int] = {}
        """Malformed messages per topic: the first of a topic is a WARNING, the others DEBUG."""
        self.dropped = 0
        """Unread updates dropped because ``max_pending`` were waiting."""
        self._behind = 0
        """Updates dropped since the reader last read every update kept (the current episode)."""
        self.delays: deque[float] = deque(maxlen=KEPT_DELAYS)
        """The latest backoff delays waited (at most :data:`KEPT_DELAYS`), oldest first."""

    def __repr__(self) -> str:
        return f"CarDataStream(host={self._host!r}, port={self._port}, vins={self._vins!r})"

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, wait: float | None = 30.0) -> None:
        """Start the connection task and wait up to ``wait`` seconds for the first connection (or its typed error).

        While the broker refuses the login when ``wait`` ends (another connection may still hold the
        account's stream), it waits on for the connection or the ``AuthenticationError`` that ends the
        refusal window. The ``TransportError`` of a start that timed out names the last connection
        error and is chained to it; an untrusted broker certificate raises at once.
        A stream that was closed, or that an error ended, starts afresh: the end of the run before
        (:meth:`close`'s, or its error) is left to a reader still waiting on that run, and updates it
        left unread come first.
        """
        if self._task is None or self._task.done():
            self._begin_run()
            self._task = asyncio.create_task(self._run(), name="carconnect-bmw-stream")
        task = self._task
        waiter = asyncio.create_task(self._connected.wait())
        try:
            done, _ = await asyncio.wait({waiter, task}, timeout=wait, return_when=asyncio.FIRST_COMPLETED)
            if not done and self._refused:  # the refusal window ends the wait: bounded, with backoff's last delay
                more = self._refusal_window + self._backoff.maximum
                done, _ = await asyncio.wait({waiter, task}, timeout=more, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # the caller gave up (a timeout around it): nothing keeps running
            waiter.cancel()
            await self.close()
            raise
        if waiter not in done:
            waiter.cancel()
        if task in done and not task.cancelled():  # cancelled: close() ended the run meanwhile
            task.result()
        if not done:
            last = self._last_error
            await self.close()
            because = f" (last error: {_describe(last)})" if last is not None else ""
            raise TransportError(
                f"no connection to the CarData stream at {self._host}:{self._port} within {wait} s{because}"
            ) from last

    def _begin_run(self) -> None:
        """Per-run state for a new connection task: an update queue without the end of the run before."""
        ended, restart = self._task, self._task is not None or self._closed
        self._closed = False
        self._vins += [vin for vin in self._refused_vins if vin not in self._vins]  # asked for again, strictly
        self._refused_vins.clear()
        if not restart:
            return  # the first run: a reader already waiting waits on its queue
        if ended is not None and not ended.cancelled():
            ended.exception()  # delivered to the reader (and to start()) already
        old, self._updates = self._updates, asyncio.Queue()
        end: BaseException | None = None
        while not old.empty():
            item = old.get_nowait()
            if not isinstance(item, BaseException):
                self._updates.put_nowait(item)
            elif end is None:
                end = item
        old.put_nowait(end or StopAsyncIteration())  # a reader still waiting on that run ends as it would have
        if self._updates.empty():
            self._behind = 0

    async def close(self) -> None:
        """Disconnect and stop reconnecting; iteration then ends once the queue is read. Idempotent."""
        self._closed = True
        task, self._task = self._task, None
        if task is None:
            return
        self._updates.put_nowait(StopAsyncIteration())
        for _ in range(CLOSE_ROUNDS):  # a cancellation can be lost: send another while the task runs
            task.cancel()
            done, _ = await asyncio.wait({task}, timeout=CLOSE_WAIT)
            if done:
                break
        else:
            self._log(
                logging.WARNING,
                "the CarData stream task did not stop within %.0f s of close()",
                CLOSE_WAIT * CLOSE_ROUNDS,
            )
            return
        if not task.cancelled() and task.exception() is not None:  # already delivered to the consumer
            self._log(logging.DEBUG, "stream task ended with an error before close")

    async def __aenter__(self) -> CarDataStream:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()

    # -- what callers read -------------------------------------------------------------------

    @property
    def name(self) -> str | None:
        """Whose stream this is in its log records: :attr:`label`, else ``GCID 1a2b3c4d`` (the start of
        the account's GCID, known from the first connection on), else ``None``. Records of a stream
        whose name is ``None`` or empty start with no name."""
        if self.label is not None:
            return self.label
        return f"GCID {self._gcid[:GCID_SHOWN]}" if self._gcid else None

    def _log(self, level: int, message: str, *args: object) -> None:
        """Log on ``carconnect.bmw.streaming``, the record starting with :attr:`name` (``user-7: ...``)."""
        if logger.isEnabledFor(level):
            name = self.name
            prefix = f"{name}: " if name else ""
            logger.log(level, "%s" + message, prefix, *args, stacklevel=2)

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    @property
    def client_id(self) -> str:
        """The MQTT client id: the one given, else one of this stream's own."""
        return self._client_id

    @property
    def refused(self) -> frozenset[str]:
        """VINs dropped because BMW refused their subscription on a reconnect or renewal (SUBACK 0x80).

        Each was logged at WARNING; :meth:`subscribe` tries one again (and raises if still refused).
        """
        return frozenset(self._refused_vins)

    @property
    def topics(self) -> list[str]:
        """The topics subscribed on every connection."""
        gcid = self._gcid or "<gcid>"
        return [f"{gcid}/+"] if self._every else [f"{gcid}/{vin}" for vin in self._vins]

    def state(self, vin: str) -> VehicleState:
        """The running state of ``vin`` (empty until its first update)."""
        return self._states.setdefault(vin, VehicleState(vin))

    @property
    def states(self) -> Mapping[str, VehicleState]:
        return self._states

    def __aiter__(self) -> AsyncIterator[StreamUpdate]:
        return self

    async def __anext__(self) -> StreamUpdate:
        """The next update; once the queue is read, the typed error that ended the stream (or the end)."""
        updates = self._updates  # a restart replaces it: a reader waiting on this run reads its end here
        item = await updates.get()
        if isinstance(item, BaseException):
            updates.put_nowait(item)
            raise item
        if self._behind and self._updates.empty():
            self._log(
                logging.INFO, "the CarData stream's reader caught up: %d updates were dropped meanwhile", self._behind
            )
            self._behind = 0
        return item

    def pending(self) -> int:
        """Updates received and not yet read."""
        return self._updates.qsize()

    async def subscribe(self, vin: str) -> None:
        """Add ``vin``: subscribed now when connected, and on every later connection.

        A malformed VIN is a ``BadRequestError`` (``CU-120``). A stream of all the account's vehicles
        has it already (nothing changes). A subscription the
        broker refuses raises :class:`~carconnect.core.PermissionDeniedError` and is not kept; one a
        lost connection interrupts is kept and made on the next connection.
        """
        vin = cardata_vin(vin)
        if self._every or vin in self._vins:
            return
        self._refused_vins.discard(vin)
        self._vins.append(vin)
        self._leaving.discard(vin)
        if self._client is not None and self._gcid is not None:  # also while the connection replays the others
            try:
                await self._subscribe(self._client, f"{self._gcid}/{vin}")
            except PermissionDeniedError:
                self._vins.remove(vin)
                raise
            except aiomqtt.MqttError as exc:
                self._log(logging.INFO, "subscribing %s waits for the next connection (%s)", vin, _describe(exc))

    async def unsubscribe(self, vin: str) -> None:
        """Drop ``vin``: unsubscribed now when connected, and subscribed on no later connection.

        A stream of all the account's vehicles keeps every car (nothing changes), and so does one
        whose VINs were all dropped: it subscribes nothing until :meth:`subscribe` adds one. The
        broker keeps a session's subscriptions across reconnects, so a VIN dropped while disconnected
        (or whose unsubscription a lost connection interrupted) is unsubscribed on the next connection.
        """
        self._refused_vins.discard(vin)
        if self._every or vin not in self._vins:
            return
        self._vins.remove(vin)
        self._leaving.add(vin)
        if self._client is not None and self._gcid is not None:
            await self._unsubscribe(self._client, vin)

    # -- the connection task -----------------------------------------------------------------

    async def _run(self) -> None:
        self._attempt = self._refused = self._short = 0
        self._short_warned = self._refresh_for_refusal = self._session_kept = self._started = False
        self._fresh = self._last_error = None
        updates = self._updates
        try:
            while not self._stopping():  # also checked after each await a lost cancellation could have let return
                try:
                    credentials, self._fresh = self._fresh, None
                    if credentials is None:
                        credentials = await self._credentials(force=self._refresh_for_refusal)
                        self._refresh_for_refusal = False
                    if self._stopping():
                        return
                    renewed = await self._session(credentials)
                    if self._stopping():
                        return
                    if renewed:
                        self.renewals += 1
                        await self._clock.asleep(RENEWAL_GAP)
                        continue
                except aiomqtt.MqttCodeError as exc:
                    self._last_error = exc
                    level, problem = logging.INFO, _disconnected(exc)
                    if _code(exc.rc) in NOT_AUTHORISED_CODES:
                        level, problem = logging.WARNING, self._refusal(exc)
                except aiomqtt.MqttError as exc:
                    self._last_error = exc
                    untrusted = _certificate_error(exc)
                    if untrusted is not None:
                        raise TransportError(
                            f"the CarData broker at {self._host}:{self._port} presented a TLS certificate this host "
                            f"does not trust ({_describe(untrusted)}): check the CA bundle (tls=) and any "
                            "TLS-inspecting proxy; not tried again"
                        ) from exc
                    level, problem = logging.INFO, _disconnected(exc)
                except CarConnectError as exc:
                    if not transient(exc):
                        raise
                    self._last_error = exc
                    level, problem = logging.INFO, f"could not refresh the BMW token ({_describe(exc)})"
                if self._short >= SHORT_CONNECTIONS_WARNING and not self._short_warned:
                    self._short_warned = True
                    level = logging.WARNING
                    problem += (
                        f"; the broker closed the last {self._short} connections within {self._stable_after:.0f} s "
                        "of accepting the login: another connection with the same GCID (another instance or app "
                        "on this BMW account) likely holds the stream, as BMW allows one connection per account"
                    )
                self._attempt += 1
                self.reconnects += 1
                delay = self._backoff.delay(self._attempt, self._rng)
                self.delays.append(delay)
                self._log(level, "%s; reconnecting in %.1f s (attempt %d)", problem, delay, self._attempt)
                await self._clock.asleep(delay)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            updates.put_nowait(exc)
            raise
        finally:
            if not self._superseded():
                self._connected.clear()
                self._client = None

    def _refusal(self, error: aiomqtt.MqttCodeError) -> str:
        """Count a refused login; raises ``AuthenticationError`` once the refusals outlast the refusal window.

        The first refusal of an episode has the next login present a fresh id_token; later ones reuse it.
        """
        now = self._clock.monotonic()
        self._refused += 1
        if self._refused == 1:
            self._refused_since = now
            self._refresh_for_refusal = True
        elapsed = now - self._refused_since
        if self._refused >= self._login_attempts and elapsed >= self._refusal_window:
            raise AuthenticationError(
                f"BMW's broker refused the GCID and a fresh id_token {self._refused} times in {elapsed:.0f} s: "
                "another connection may hold this account's stream (BMW allows one connection per GCID: stop "
                "the other instance or app); otherwise check that the CarData client has the "
                "cardata:streaming:read scope and streaming is activated in the BMW CarData portal, then log "
                "in again",
                code=f"connack-{_code(error.rc)}",
            ) from None
        fresh = "; the next try presents a fresh id_token" if self._refresh_for_refusal else ""
        return (
            f"BMW's broker refused the login ({_describe(error)}; refusal {self._refused}, tried again for at least "
            f"{self._refusal_window:.0f} s): another connection may hold this account's stream (BMW allows one "
            f"per GCID){fresh}"
        )

    def _stopping(self) -> bool:
        """Whether :meth:`close` was called or :meth:`start` began another run since this task's (a
        method, so no check is taken as known after an await)."""
        return self._closed or self._superseded()

    def _superseded(self) -> bool:
        """Whether the running task is a connection task :meth:`start` has replaced (one :meth:`close`
        gave up waiting for): the connection state is the new task's."""
        return self._task is not None and self._task is not asyncio.current_task()

    async def _credentials(self, *, force: bool) -> StreamingCredentials:
        """GCID + an id_token valid beyond the renewal margin (refreshed through the token manager)."""
        await self._tokens.aget_access_token()
        token = self._tokens.token
        if token is not None and (force or not token.id_token or self._renewal_due(token.id_token, token.expires_at)):
            await self._tokens.aget_access_token(rejected=token.access_token)
            token = self._tokens.token
        credentials = self._checked(token)
        self._id_token_expires = self._local_expiry(credentials.password, token.expires_at if token else None)
        return credentials

    def _renewal_due(self, id_token: str, expires_at: datetime | None) -> bool:
        expiry = self._local_expiry(id_token, expires_at)
        return expiry is not None and expiry - timedelta(seconds=self._renew_before) <= self._clock.now()

    def _local_expiry(self, id_token: str, expires_at: datetime | None) -> datetime | None:
        """When ``id_token`` expires on the local clock.

        Its lifetime (``exp - iat``, both BMW's clock) counted from when this stream first had it,
        and no later than its token's ``expires_at`` (``expires_in`` counted on the local clock when
        the token arrived). Only an id_token without ``iat`` in a token without ``expires_at`` is
        judged by its ``exp`` against the local clock.
        """
        if self._id_token_seen is None or self._id_token_seen[0] != id_token:
            self._id_token_seen = (id_token, self._clock.now())
        known = [expires_at] if expires_at is not None else []
        lifetime = id_token_lifetime(id_token)
        if lifetime is not None:
            known.append(self._id_token_seen[1] + lifetime)
        return min(known) if known else id_token_expiry(id_token)

    def _checked(self, token: Any) -> StreamingCredentials:
        try:
            credentials = streaming_credentials(token)
        except (ValueError, AttributeError):
            raise ReauthorizationRequiredError(
                "the BMW token carries no gcid and id_token: log in again with the openid and "
                "cardata:streaming:read scopes",
                code="no_id_token",
            ) from None
        self._gcid = credentials.username
        return credentials

    async def _session(self, credentials: StreamingCredentials) -> bool:
        """One connection; ``True`` when it ended to present a fresh id_token."""
        client = aiomqtt.Client(
            self._host,
            self._port,
            username=credentials.username,
            password=credentials.password,
            identifier=self._client_id,
            logger=mqtt_logger,
            clean_session=not self._session_kept,
            keepalive=self._keepalive,
            tls_context=self._tls,
            protocol=aiomqtt.ProtocolVersion.V311,
            queue_type=_inbox(self._receive),
        )
        async with _connection(client):
            if self._stopping():  # the connect swallowed close()'s cancellation
                return False
            accepted_at = self._clock.monotonic()
            self._refused = 0  # the broker took these credentials
            self._session_kept = True
            renewed = False
            try:
                self._client = client
                await self._replay_subscriptions(client, strict=not self._started)
                self._started = True
                self.connections += 1
                self._connected.set()
                renewed = await self._until_renewal(client)
                return renewed
            finally:
                if not self._superseded():
                    self._connected.clear()
                    self._client = None
                if self._clock.monotonic() - accepted_at >= self._stable_after:
                    self._attempt = self._short = 0  # a working connection: the backoff starts afresh
                    self._short_warned = False
                elif not renewed:
                    self._short += 1

    async def _replay_subscriptions(self, client: aiomqtt.Client, *, strict: bool) -> None:
        """Unsubscribe the VINs dropped, subscribe every topic.

        ``strict`` (the run's first connection): a refused subscription raises. Otherwise a refused
        VIN is dropped (:attr:`refused`, a WARNING) and the others stay; it raises only when no topic
        is left. :meth:`subscribe` and :meth:`unsubscribe` act on the connection meanwhile; each step
        checks that its VIN is still dropped or wanted just before it is sent, and the broker handles
        one connection's packets in order, so the last change wins.
        """
        for vin in list(self._leaving):
            if vin in self._leaving:
                await self._unsubscribe(client, vin)
        for topic in self.topics:
            if topic not in self.topics:
                continue
            try:
                await self._subscribe(client, topic)
            except PermissionDeniedError:
                if strict or self._every:
                    raise
                self._drop_refused(topic.rsplit("/", 1)[-1])
                if not self._vins:
                    raise

    def _drop_refused(self, vin: str) -> None:
        """Stop subscribing a VIN BMW refused on a later connection; it is listed in :attr:`refused`."""
        if vin in self._vins:
            self._vins.remove(vin)
        self._refused_vins.add(vin)
        self._log(
            logging.WARNING,
            "BMW refused the subscription of %s on a new connection (no data point selected for streaming in "
            "the BMW CarData portal, or the VIN is no longer mapped to this account): it is dropped, the "
            "stream goes on for the other vehicles",
            vin,
        )

    async def _subscribe(self, client: aiomqtt.Client, topic: str) -> None:
        granted = await client.subscribe(topic, qos=self._qos)
        codes = [_code(code) for code in granted]
        if any(code is not None and code >= SUBACK_FAILURE for code in codes):
            raise PermissionDeniedError(
                f"BMW refused the subscription to {topic}: select at least one data point for streaming "
                "for this vehicle in the BMW CarData portal (and check the VIN is mapped to this account)",
                code="suback-128",
            )

    async def _unsubscribe(self, client: aiomqtt.Client, vin: str) -> None:
        """Unsubscribe ``vin``'s topic; one a lost connection interrupts is left to the next connection."""
        try:
            await client.unsubscribe(f"{self._gcid}/{vin}")
        except aiomqtt.MqttError as exc:
            self._log(logging.DEBUG, "unsubscribing %s waits for the next connection (%s)", vin, _describe(exc))
            return
        self._leaving.discard(vin)

    async def _until_renewal(self, client: aiomqtt.Client) -> bool:
        """Keeps the connection until it is time to renew it; ``True`` then, raises when it ends first.

        The fresh credentials are fetched while the connection stays up (kept in ``_fresh`` for the
        next one). A login server that cannot refresh the token right now is tried again with backoff
        as long as the connection's id_token is valid; once it has expired, the refresh failure ends
        the connection and the stream waits it out disconnected, as after a broker disconnect.
        """
        expiry = self._id_token_expires
        watcher = asyncio.create_task(_wait_disconnect(client))
        try:
            if expiry is None:
                await watcher  # only raises: the connection ended
                return True
            remaining = (expiry - self._clock.now()).total_seconds()
            # a token with less than renew_before left is renewed halfway
            wait = max(remaining - self._renew_before, remaining / 2, self._min_renewal_interval)
            tries = 0
            while True:
                await self._connected_for(watcher, wait)
                try:
                    self._fresh = await self._credentials(force=False)
                except CarConnectError as exc:
                    if not transient(exc):
                        raise
                    left = (expiry - self._clock.now()).total_seconds()
                    if left <= 0:
                        self._log(
                            logging.INFO, "the connection's id_token expired before a fresh one came: disconnecting"
                        )
                        raise
                    tries += 1
                    wait = min(self._backoff.delay(tries, self._rng), left)
                    self.delays.append(wait)
                    self._log(
                        logging.INFO,
                        "could not refresh the BMW token (%s); the connection stays up while its id_token is "
                        "valid (%.0f s more); trying again in %.1f s (attempt %d)",
                        _describe(exc),
                        left,
                        wait,
                        tries,
                    )
                    continue
                if watcher.done():  # the connection ended while the token was refreshed
                    watcher.result()
                return True
        finally:
            if watcher.done() and not watcher.cancelled():
                watcher.exception()  # the connection ended as an error ended this wait: that error goes on
            watcher.cancel()

    async def _connected_for(self, watcher: asyncio.Task[None], seconds: float) -> None:
        """Waits ``seconds`` on the clock; raises the watcher's error when the connection ends first."""
        timer = asyncio.create_task(self._clock.asleep(seconds))
        try:
            done, _ = await asyncio.wait({watcher, timer}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            timer.cancel()
        if watcher in done:
            watcher.result()

    def _receive(self, message: aiomqtt.Message) -> None:
        """Called by the MQTT library for each message, before it acknowledges it.

        Nothing a message holds may break the connection: what cannot be decoded is counted in
        :attr:`malformed` and skipped. The first such message of a topic is a WARNING saying what was
        wrong with it; later ones of that topic are DEBUG records with the topic's running count.
        """
        topic = str(message.topic)
        try:
            update = _parse(topic, message.payload)
        except Exception as exc:  # a shape no decoder foresaw
            update = f"a shape no decoder foresaw ({type(exc).__name__})"
        if isinstance(update, str):
            self._skip_malformed(topic, update)
            return
        if not self._every and update.vin not in self._vins:  # unsubscribed, or never asked for
            self._log(logging.DEBUG, "an update of %s, which this stream does not follow, is skipped", update.vin)
            return
        self.state(update.vin).apply(update)
        if self._closed:  # the end is queued: nothing goes after it
            return
        if self._max_pending is not None and self._updates.qsize() >= self._max_pending:
            self._drop_oldest()
        self._updates.put_nowait(update)

    def _drop_oldest(self) -> None:
        """Make room for an update; the first drop of an episode of falling behind is a WARNING."""
        self._updates.get_nowait()  # only updates are queued until close()
        if not self._behind:
            self._log(
                logging.WARNING,
                "the CarData stream's reader is %d updates behind: dropping the oldest until it catches up "
                "(%d dropped before)",
                self._max_pending,
                self.dropped,
            )
        self._behind += 1
        self.dropped += 1

    def _skip_malformed(self, topic: str, reason: str) -> None:
        self.malformed += 1
        count = self._malformed_on[topic] = self._malformed_on.get(topic, 0) + 1
        if count == 1:
            self._log(
                logging.WARNING,
                "skipped a malformed CarData message on %s: %s (later ones on this topic are logged at DEBUG)",
                topic,
                reason,
            )
        else:
            self._log(
                logging.DEBUG, "skipped a malformed CarData message on %s: %s (%d on this topic)", topic, reason, count
            )


def parse_message(topic: str, payload: Any) -> StreamUpdate | None:
    """A BMW stream message decoded with the catalogue, or ``None`` when it is not BMW-shaped JSON."""
    try:
        found = _parse(topic, payload)
    except Exception:  # a shape no decoder foresaw
        return None
    return None if isinstance(found, str) else found


def _parse(topic: str, payload: Any) -> StreamUpdate | str:
    """:func:`parse_message`, or what is wrong with the message (never quoting its content)."""
    try:
        body = json.loads(payload)
    except json.JSONDecodeError as exc:
        return f"not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
    except UnicodeDecodeError:
        return "not JSON (not UTF-8 text)"
    except (TypeError, ValueError) as exc:
        return f"not JSON ({type(exc).__name__})"
    if not isinstance(body, dict):
        return f"not a JSON object but {_kind(body)}"
    if not isinstance(body.get("data"), dict):
        return 'no "data" object' if "data" not in body else f'"data" is {_kind(body["data"])}, not an object'
    vin = body["vin"] if isinstance(body.get("vin"), str) else topic.rsplit("/", 1)[-1]
    try:
        stamp = parse_timestamp(body["timestamp"]) if isinstance(body.get("timestamp"), str) else None
    except (TypeError, ValueError, OverflowError, OSError):  # out of the platform's range
        stamp = None
    return StreamUpdate(vin=vin, topic=topic, values=decode_data(body["data"]), timestamp=stamp, raw=body)


def _kind(value: Any) -> str:
    """What a JSON value is, for a message about a malformed one: ``"an array"``, ``"null"``..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    kinds = {list: "an array", dict: "an object", str: "a string", int: "a number", float: "a number"}
    return kinds.get(type(value), f"a {type(value).__name__}")


def _describe(error: BaseException) -> str:
    """An error's class and message, for a log record (the class alone when it has no message)."""
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _chain(error: BaseException) -> list[BaseException]:
    """``error`` and every error behind it (``__cause__``, ``__context__``, errors among its ``args``)."""
    chain: list[BaseException] = []
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop(0)
        if any(current is known for known in chain):
            continue
        chain.append(current)
        linked = (current.__cause__, current.__context__, *current.args)
        pending.extend(item for item in linked if isinstance(item, BaseException))
    return chain


def _certificate_error(error: BaseException) -> BaseException | None:
    """The certificate verification failure behind ``error`` (aiomqtt keeps it as ``__context__``), if any."""
    chain = _chain(error)
    for current in chain:
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
    return next((current for current in chain if "CERTIFICATE_VERIFY_FAILED" in str(current)), None)


def _close_handshake_socket(error: BaseException) -> None:
    """Close the socket of a TLS handshake that failed in paho's connect (paho leaves it open, and the
    error's traceback keeps it)."""
    for current in _chain(error):
        if not isinstance(current, ssl.SSLError):
            continue
        trace = current.__traceback__
        while trace is not None:
            handshaking = trace.tb_frame.f_locals.get("self")
            if isinstance(handshaking, ssl.SSLSocket):
                handshaking.close()
            trace = trace.tb_next


def _disconnected(error: aiomqtt.MqttError) -> str:
    """A connection the broker refused (``MqttConnectError``: its CONNACK code) or that ended."""
    return f"the CarData stream's connection failed or ended ({_describe(error)})"


@contextlib.asynccontextmanager
async def _connection(client: aiomqtt.Client) -> AsyncIterator[aiomqtt.Client]:
    """``async with client``, and a connect that does not complete (cancelled, timed out) drops its socket.

    aiomqtt leaves a client whose ``__aenter__`` was interrupted half entered: paho's socket open and
    its ``_misc_loop`` task running, and its ``_connected`` future cancelled (which its disconnect
    callback reads). paho's ``disconnect()`` closes the socket (and so ends the task) once the
    DISCONNECT is written, without waiting for the broker. The socket may not be open yet: aiomqtt
    opens it in an executor thread that goes on after the connect is cancelled (see :class:`_ConnectGuard`).
    """
    guard = _ConnectGuard(client)
    try:
        await client.__aenter__()
    except BaseException as exc:
        guard.abandon()
        _close_handshake_socket(exc)
        raise
    try:
        yield client
    finally:
        await client.__aexit__(None, None, None)


class _ConnectGuard:
    """Drops the socket of a connect given up on, whether its connect thread opened it already or does later.

    aiomqtt runs paho's ``connect()`` in an executor thread, which a cancellation cannot stop: it may
    open the socket, register it with the event loop and send CONNECT after the connect was given up.
    paho calls ``on_socket_open`` in that thread once the socket is open, and aiomqtt's handler there
    registers the socket with the loop; the guard wraps that handler. A connect given up after that
    drops its socket at once; one given up before has its socket dropped on the loop once registered
    (never in between, where a socket closed before its registration would register a closed
    descriptor). Reaches into aiomqtt 2.x (``_client``, ``_connected``); where those differ it drops
    at once, as far as it can, and the interrupted connect's error goes on.
    """

    def __init__(self, client: aiomqtt.Client) -> None:
        self._client = client
        self._loop = asyncio.get_running_loop()
        self._lock = threading.Lock()
        self._abandoned = False
        self._registered = False
        self._wrapped = self._wrap_socket_open()

    def _wrap_socket_open(self) -> bool:
        try:
            paho = self._client._client
            registers = paho.on_socket_open
            paho.on_socket_open = functools.partial(self._opened, registers)
        except Exception:
            return False
        return True

    def _opened(self, registers: Callable[..., None] | None, paho: Any, userdata: Any, sock: Any) -> None:
        """paho's ``on_socket_open``, in the connect thread: aiomqtt registers the socket, a late one is dropped."""
        with self._lock:
            if registers is not None:
                registers(paho, userdata, sock)
            self._registered = True
            late = self._abandoned
        if late:
            with contextlib.suppress(RuntimeError):  # the event loop has closed: nothing runs on it any more
                self._loop.call_soon_threadsafe(_disconnect, self._client)

    def abandon(self) -> None:
        """Give the connect up: its socket is dropped now when registered, else once its thread has registered it."""
        with self._lock:
            self._abandoned = True
            now = self._registered or not self._wrapped
        _forget_cancelled_connect(self._client)
        if now:
            _disconnect(self._client)


def _forget_cancelled_connect(client: aiomqtt.Client) -> None:
    """Give an interrupted client a pending ``_connected`` future: aiomqtt's disconnect callback reads it."""
    with contextlib.suppress(Exception):
        if client._connected.cancelled():
            client._connected = asyncio.get_running_loop().create_future()


def _disconnect(client: aiomqtt.Client) -> None:
    """paho's ``disconnect()``: the socket closes once the DISCONNECT is written (nothing when none is open)."""
    with contextlib.suppress(Exception):
        client._client.disconnect()


async def _wait_disconnect(client: aiomqtt.Client) -> None:
    """Returns never; raises ``MqttError`` when the connection ends (messages go to the inbox)."""
    async for _ in client.messages:
        pass
    raise aiomqtt.MqttError("message iteration ended")


def transient(error: CarConnectError) -> bool:
    """A token refresh failure the stream waits out with backoff: no answer, 5xx, or rate limited."""
    if isinstance(error, ReauthorizationRequiredError):
        return False
    if isinstance(error, TransportError | ServerError | RateLimitError):
        return True
    return isinstance(error, ApiError) and (error.status_code or 0) >= 500


def _code(rc: Any) -> int | None:
    """A CONNACK / SUBACK code as MQTT 3.1.1 numbers it (paho reports some as MQTT 5 reason codes)."""
    value = getattr(rc, "value", rc)
    return _V311_CODES.get(value, value) if isinstance(value, int) else None


def _inbox(sink: Callable[[aiomqtt.Message], None]) -> type[asyncio.Queue[aiomqtt.Message]]:
    """A queue class for aiomqtt that hands each message to ``sink`` at once, so none is left behind."""

    class Inbox(asyncio.Queue[aiomqtt.Message]):
        def put_nowait(self, item: aiomqtt.Message) -> None:
            sink(item)

    return Inbox


__all__ = [
    "DEFAULT_MAX_PENDING",
    "Backoff",
    "CarDataStream",
    "StreamUpdate",
    "VehicleState",
    "id_token_expiry",
    "id_token_lifetime",
    "parse_message",
]
