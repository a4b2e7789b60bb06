"""BMW CarData streaming in the simulator: an MQTT broker (amqtt) with BMW's login and topic rules.

``sim.mqtt()`` starts it on the simulator's fleet and logins; see :class:`~.broker.CarDataBroker`.
"""
