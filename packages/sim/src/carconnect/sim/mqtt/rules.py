"""What the simulated CarData broker allows: BMW's login and topic rules, plus fault switches."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..oauth.jwt import verify_hs256

if TYPE_CHECKING:
    from ..state import SimState

Peer = tuple[str, int]


class BrokerRules:
    """Login and topic decisions, and the record of acknowledged deliveries (thread-safe)."""

    def __init__(self, state: SimState) -> None:
        self._state = state
        self._lock = threading.Lock()
        self._expiry: dict[Peer, datetime] = {}
        self._refused: set[str] = set()
        self._acknowledged: list[tuple[str, bytes]] = []
        self.logins = 0
        """Accepted logins so far."""
        self.refused_logins = 0

    # -- login -------------------------------------------------------------------------------

    def token_expiry(self, gcid: str | None, id_token: str | None) -> datetime | None:
        """When ``id_token`` expires, if the simulated BMW login server signed it for ``gcid``."""
        if not gcid or not id_token:
            return None
        claims = verify_hs256(id_token, self._state.signing_key)
        if claims is None or claims.get("sub") != gcid or not isinstance(claims.get("exp"), int):
            return None
        return datetime.fromtimestamp(claims["exp"], UTC)

    def authenticate(self, peer: Peer | None, gcid: str | None, id_token: str | None) -> bool:
        """GCID + an unexpired id_token for it; remembers the expiry so the broker can close the session."""
        expiry = self.token_expiry(gcid, id_token)
        accepted = expiry is not None and expiry > self._state.clock.now()
        with self._lock:
            if accepted and expiry is not None:
                self.logins += 1
                if peer is not None:
                    self._expiry[peer] = expiry
            else:
                self.refused_logins += 1
        return accepted

    def expired(self) -> list[Peer]:
        """Connections whose id_token has expired by the simulated clock."""
        now = self._state.clock.now()
        with self._lock:
            return [peer for peer, expiry in self._expiry.items() if expiry <= now]

    def forget(self, peer: Peer) -> None:
        with self._lock:
            self._expiry.pop(peer, None)

    # -- topics ------------------------------------------------------------------------------

    @staticmethod
    def owns(gcid: str, topic: str) -> bool:
        """A GCID may only see ``<gcid>/...``."""
        return topic.split("/", 1)[0] == gcid and "#" not in topic.split("/", 1)[0]

    def may_subscribe(self, gcid: str, topic: str) -> bool:
        """Own topics only, and no vehicle whose stream is switched off (BMW: nothing selected in the portal)."""
        if not self.owns(gcid, topic):
            return False
        vin = topic.split("/", 1)[1] if "/" in topic else ""
        with self._lock:
            return "*" not in self._refused and vin not in self._refused

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
