"""Management API v3 (webhooks and subscriptions) against the simulator, sync and async."""

from __future__ import annotations

import httpx
import pytest

from carconnect.core import DEFAULT_TIMEOUT, USER_AGENT, CarConnectAuth, NotFoundError, as_token_source
from carconnect.sim import Simulator
from carconnect.smartcar import smartcar_error_mapper
from carconnect.smartcar._generated.management_v3 import models
from carconnect.smartcar.async_management_v3 import AsyncManagementV3
from carconnect.smartcar.management_v3 import ManagementV3, management_v3_api, subscribe_request


@pytest.fixture
def sim() -> Simulator:
    return Simulator(seed=0)


def _auth(sim: Simulator) -> CarConnectAuth:
    app_token = sim.issue_token("smartcar-v3")["access_token"]
    return CarConnectAuth(as_token_source(app_token), error_mapper=smartcar_error_mapper)


def vehicle_of(subscription: models.Subscription) -> str:
    relationships = subscription.relationships
    assert isinstance(relationships, models.SubscriptionRelationships)
    assert isinstance(relationships.vehicle, models.Relationship)
    assert isinstance(relationships.vehicle.data, models.ResourceIdentifier)
    return relationships.vehicle.data.id


def _hosts(sim: Simulator) -> dict[str, str]:
    return {"management-v3": sim.url("smartcar", "management-v3")}


def test_webhook_and_subscriptions(sim: Simulator) -> None:
    cars = [car.id for car in sim.fleet.vehicles("smartcar")]
    api = management_v3_api(_auth(sim), hosts=_hosts(sim), transport=sim.transport())
    with api:
        management = ManagementV3(api)
        assert management.webhook("hook-1").data.id == "hook-1"
        subscribed = management.subscribe("hook-1", cars[:2])
        assert sorted(vehicle_of(item) for item in subscribed.data) == sorted(cars[:2])
        assert [hook.id for hook in management.webhooks().data] == ["hook-1"]
        by_vehicle = management.all_subscriptions(vehicle_id=cars[0]).data
        assert [vehicle_of(item) for item in by_vehicle] == [cars[0]]
        one = management.subscription(by_vehicle[0].id).data
        assert isinstance(one.attributes, models.SubscriptionAttributes)
        assert isinstance(one.attributes.vehicle, models.SubscribedVehicle)
        assert isinstance(one.attributes.vehicle.year, int)
        page = management.subscriptions("hook-1", page=1, page_size=1)
        assert len(page.data) == 1
        assert isinstance(page.meta, models.PageMeta)
        assert page.meta.total_count == 2
        management.unsubscribe("hook-1", cars[0])
        with pytest.raises(NotFoundError):
            management.unsubscribe("hook-1", cars[0])


async def test_async_twin(sim: Simulator) -> None:
    car = sim.fleet.vehicles("smartcar")[0].id
    api = management_v3_api(_auth(sim), hosts=_hosts(sim), async_transport=sim.async_transport())
    async with api:
        management = AsyncManagementV3(api)
        assert (await management.webhook("hook-2")).data.type_ == "webhook"
        await management.subscribe("hook-2", [car])
        assert [vehicle_of(item) for item in (await management.subscriptions("hook-2")).data] == [car]
        assert (await management.webhooks(name="sim")).data
        listed = (await management.all_subscriptions(webhook_id="hook-2")).data
        assert (await management.subscription(listed[0].id)).data.id == listed[0].id
        await management.unsubscribe("hook-2", car)


def test_subscribing_nothing_is_refused_locally() -> None:
    with pytest.raises(ValueError, match="at least one"):
        subscribe_request([])


def test_one_vehicle_id_as_a_string_is_refused_locally() -> None:
    with pytest.raises(ValueError, match="not one string"):
        subscribe_request("0d1f6b8e-5c7a-4c43-9b6e-2f1a3e5d7c90")


def test_requests_carry_carconnects_user_agent_and_default_timeout(sim: Simulator) -> None:
    seen: list[httpx.Request] = []
    hooks = {"request": [seen.append]}
    api = management_v3_api(_auth(sim), hosts=_hosts(sim), transport=sim.transport())
    with api:
        api.get_httpx_client().event_hooks = hooks
        ManagementV3(api).webhook("hook-1")
    assert seen[0].headers["User-Agent"] == USER_AGENT
    assert seen[0].extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


def test_the_async_client_keeps_its_import_path_beside_the_sync_one() -> None:
    from carconnect.smartcar import management_v3

    assert management_v3.AsyncManagementV3 is AsyncManagementV3
