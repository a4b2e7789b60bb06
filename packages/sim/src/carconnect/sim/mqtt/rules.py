"""What the simulated CarData broker allows: BMW's login and topic rules, plus fault switches."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from ..oauth.jwt import verify_hs256

if TYPE_CHECKING:
    from ..state import SimState

Peer = tuple[str, int]
SecondLogin = Literal["kick", "refuse"]

CONNECTION: ContextVar[Peer | None] = ContextVar("carconnect_sim_mqtt_connection", default=None)
"""The client address of the connection being served (set by the broker's listener per connection)."""


class BrokerRules:
    """Login and topic decisions, and the record of acknowledged deliveries (thread-safe).

    One connection per GCID, as at BMW: a login while another connection holds the GCID closes
    that one (``second_login="kick"``, through ``disconnect``) or is refused with CONNACK 5
    (``"refuse"``). A login under the holder's client id is an MQTT take-over in either mode: the
    holder is closed (MQTT 3.1.1, 3.1.4-2). The login that closed a connection waits until that
    connection has ended (:meth:`replaced`, :meth:`is_open`), so the broker resumes a kept session
    for the new connection instead of taking it over from a connection still ending.
    """

    def __init__(
        self,
        state: SimState,
        *,
        second_login: SecondLogin = "kick",
        disconnect: Callable[[Peer], None] | None = None,
    ) -> None:
        self._state = state
        self._lock = threading.Lock()
        self._expiry: dict[Peer, datetime] = {}
        self._holders: dict[str, tuple[Peer, str | None]] = {}
        """The connection (address, client id) holding each GCID."""
        self._open: set[Peer] = set()
        """Connections whose login was accepted and that have not ended."""
        self._replaced: dict[Peer, Peer] = {}
        """The connection each login closed, until the login asks (:meth:`replaced`)."""
        self._keepalive: dict[Peer, int] = {}
        """The keep-alive (seconds) each accepted connection asked for."""
        self._refused: set[str] = set()
        self._acknowledged: list[tuple[str, bytes]] = []
        self._disconnect = disconnect
        self.second_login: SecondLogin = second_login
        self.logins = 0
        """Accepted logins so far."""
        self.refused_logins = 0
        self.kicked = 0
        """Connections closed because a later login took their GCID."""

    # -- login -------------------------------------------------------------------------------

    def token_expiry(self, gcid: str | None, id_token: str | None) -> datetime | None:
        """When ``id_token`` expires, if the simulated BMW login server signed it for ``gcid``."""
        if not gcid or not id_token:
            return None
        claims = verify_hs256(id_token, self._state.signing_key)
        if claims is None or claims.get("sub") != gcid or not isinstance(claims.get("exp"), int):
            return None
        return datetime.fromtimestamp(claims["exp"], UTC)

    def authenticate(
        self,
        peer: Peer | None,
        gcid: str | None,
        id_token: str | None,
        client_id: str | None = None,
    ) -> bool:
        """GCID + an unexpired id_token for it, and the GCID's one connection (see the class docstring);
        remembers the expiry so the broker can close the session."""
        expiry = self.token_expiry(gcid, id_token)
        accepted = gcid is not None and expiry is not None and expiry > self._state.clock.now()
        kicked: Peer | None = None
        with self._lock:
            holder = self._holders.get(gcid or "") if accepted else None
            if holder is not None and holder[0] != peer:
                if self.second_login == "kick" or (client_id and holder[1] == client_id):  # MQTT take-over
                    kicked = holder[0]
                else:
                    accepted = False
            if accepted and gcid is not None and expiry is not None:
                self.logins += 1
                if peer is not None:
                    self._expiry[peer] = expiry
                    self._holders[gcid] = (peer, client_id)
                    self._open.add(peer)
                if kicked is not None:
                    self._expiry.pop(kicked, None)
                    self.kicked += 1
                    if peer is not None:
                        self._replaced[peer] = kicked
            else:
                self.refused_logins += 1
        if kicked is not None and self._disconnect is not None:
            self._disconnect(kicked)
        return accepted

    def expired(self) -> list[Peer]:
        """Connections whose id_token has expired by the simulated clock."""
        now = self._state.clock.now()
        with self._lock:
            return [peer for peer, expiry in self._expiry.items() if expiry <= now]

    def forget(self, peer: Peer) -> None:
        """The connection from ``peer`` ended."""
        with self._lock:
            self._expiry.pop(peer, None)
            self._open.discard(peer)
            self._replaced.pop(peer, None)
            self._keepalive.pop(peer, None)
            for gcid in [gcid for gcid, (holder, _) in self._holders.items() if holder == peer]:
                del self._holders[gcid]

    def replaced(self, peer: Peer | None) -> Peer | None:
        """The connection the login of ``peer`` closed, if any (asked once)."""
        with self._lock:
            return self._replaced.pop(peer, None) if peer is not None else None

    def note_keepalive(self, peer: Peer | None, seconds: int | None) -> None:
        """The keep-alive an accepted connection asked for (0 or ``None``: none)."""
        with self._lock:
            if peer is not None and peer in self._open and seconds:
                self._keepalive[peer] = seconds

    def keepalive(self, peer: Peer) -> int | None:
        """The keep-alive of the connection from ``peer``, once its login was accepted."""
        with self._lock:
            return self._keepalive.get(peer)

    def connected(self, gcid: str) -> bool:
        """Whether a connection logged in with ``gcid`` is open (its second login is refused then,
        unless the broker kicks the first)."""
        with self._lock:
            return gcid in self._holders

    def is_open(self, peer: Peer) -> bool:
        """Whether the connection from ``peer`` was accepted and has not ended."""
        with self._lock:
            return peer in self._open

    # -- topics ------------------------------------------------------------------------------

    @staticmethod
    def owns(gcid: str, topic: str) -> bool:
        """A GCID may only see ``<gcid>/...``."""
        return topic.split("/", 1)[0] == gcid and "#" not in topic.split("/", 1)[0]

    def may_subscribe(self, gcid: str, topic: str) -> bool:
        """Own topics only, of a vehicle on the account (a wildcard stands for every one of them), and no
        vehicle whose stream is switched off (BMW: nothing selected in the portal). BMW refuses a VIN
        that is not mapped to the account the same way (SUBACK 0x80)."""
        if not self.owns(gcid, topic):
            return False
        vin = topic.split("/")[1] if "/" in topic else ""
        if vin and vin not in ("+", "#") and vin not in self._fleet_vins():
            return False
        with self._lock:
            return "*" not in self._refused and vin not in self._refused

    def _fleet_vins(self) -> set[str]:
        """The VINs of the account's BMW vehicles (every simulated BMW is the demo user's)."""
        return {vehicle.vin for vehicle in self._state.fleet.vehicles("bmw")}

    def refuse_subscriptions(self, vin: str | None = None, refused: bool = True) -> None:
        """SUBACK 0x80 for ``vin`` (every topic when ``None``) until called with ``refused=False``."""
        key = vin or "*"
        with self._lock:
            if refused:
                self._refused.add(key)
            else:
                self._refused.discard(key)

    # -- deliveries --------------------------------------------------------------------------

    def acknowledged(self, gcid: str, payload: bytes) -> None:
        with self._lock:
            self._acknowledged.append((gcid, payload))

    def acknowledged_payloads(self, gcid: str | None = None) -> list[bytes]:
        """Every QoS 1 payload a client acknowledged, in order (of one GCID when given)."""
        with self._lock:
            return [payload for owner, payload in self._acknowledged if gcid is None or owner == gcid]
