# mypy: disable-error-code="import-untyped,misc"
"""amqtt plugins that give the simulated broker BMW's rules.

``CarDataAuthPlugin``: user name = GCID, password = an unexpired id_token the simulated BMW login
server signed for that GCID (else CONNACK 5, "not authorised"), one connection per GCID.
``CarDataTopicPlugin``: a GCID subscribes to and receives only ``<gcid>/...`` topics, clients publish
nothing, and a subscription to a vehicle that is not on the account or has no configured stream is
refused (SUBACK 0x80).
``DeliveryLedgerPlugin`` counts the QoS 1 messages each client acknowledged. Each plugin reads the
:class:`BrokerRules` passed as its ``rules`` config entry. ``CappedQosBroker`` grants subscriptions
at most the broker's QoS level. (amqtt ships no type information, hence the mypy switch above.)
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from amqtt.broker import Broker
from amqtt.contexts import Action
from amqtt.mqtt.constants import QOS_1
from amqtt.mqtt.puback import PubackPacket
from amqtt.mqtt.publish import PublishPacket
from amqtt.plugins.base import BaseAuthPlugin, BasePlugin, BaseTopicPlugin

from .rules import CONNECTION

if TYPE_CHECKING:
    from amqtt.session import Session

    from .rules import BrokerRules

REPLACED_WAIT_STEP = 0.01
REPLACED_WAIT_STEPS = 500
"""How long (steps of :data:`REPLACED_WAIT_STEP` seconds) a login waits for the connection it closed to end."""

logger = logging.getLogger("carconnect.sim.mqtt")
logger.addHandler(logging.NullHandler())


@dataclass
class RulesConfig:
    rules: Any = None
    """The broker's :class:`~carconnect.sim.mqtt.rules.BrokerRules`."""


class CappedQosBroker(Broker):
    """The amqtt broker granting each subscription at most ``max_qos`` (BMW: 0, whatever is asked)."""

    def __init__(self, config: dict[str, Any], *, loop: Any, max_qos: int) -> None:
        super().__init__(config, loop=loop)
        self.max_qos = max_qos

    async def add_subscription(self, subscription: tuple[str, int], session: Session) -> int:
        topic_filter, qos = subscription
        granted: int = await super().add_subscription((topic_filter, min(qos, self.max_qos)), session)
        return granted


class CarDataAuthPlugin(BaseAuthPlugin):
    """GCID + id_token, checked against the simulated BMW login server; one connection per GCID."""

    Config = RulesConfig

    async def authenticate(self, *, session: Session) -> bool | None:
        rules: BrokerRules = self.config.rules
        peer = CONNECTION.get()
        accepted = rules.authenticate(peer, session.username, session.password, session.client_id)
        if accepted:
            rules.note_keepalive(peer, session.keep_alive)
        else:
            logger.info("refused an MQTT login for user %s", session.username)
        closed = rules.replaced(peer)
        if closed is not None:  # the connection this login closed ends first (amqtt then resumes its session)
            for _ in range(REPLACED_WAIT_STEPS):
                if not rules.is_open(closed):
                    break
                await asyncio.sleep(REPLACED_WAIT_STEP)
        return accepted


class CarDataTopicPlugin(BaseTopicPlugin):
    """A GCID sees only its own topics; subscriptions are refused where no stream is configured."""

    Config = RulesConfig

    async def topic_filtering(
        self, *, session: Session | None = None, topic: str | None = None, action: Action | None = None
    ) -> bool | None:
        rules: BrokerRules = self.config.rules
        if session is None or topic is None or session.username is None:
            return False
        if action == Action.PUBLISH:
            return False
        if action == Action.SUBSCRIBE:
            return rules.may_subscribe(session.username, topic)
        return rules.owns(session.username, topic)


class DeliveryLedgerPlugin(BasePlugin[Any]):
    """Remembers every QoS 1 message a client acknowledged (PUBACK), for loss checks."""

    Config = RulesConfig

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self._in_flight: dict[tuple[str, int], bytes] = {}

    async def on_mqtt_packet_sent(self, *, packet: Any, session: Session | None = None) -> None:
        if isinstance(packet, PublishPacket) and session is not None and packet.qos == QOS_1:
            self._in_flight[(session.client_id, packet.packet_id)] = bytes(packet.data)

    async def on_mqtt_packet_received(self, *, packet: Any, session: Session | None = None) -> None:
        if isinstance(packet, PubackPacket) and session is not None:
            payload = self._in_flight.pop((session.client_id, packet.packet_id), None)
            if payload is not None:
                rules: BrokerRules = self.config.rules
                rules.acknowledged(session.username or "", payload)
