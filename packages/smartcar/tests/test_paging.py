"""Paging iterators: v2 offsets, Management API cursors, v3 page numbers, sync and async."""

from __future__ import annotations

import httpx
import pytest
import respx

from carconnect.core import ResponseParseError
from carconnect.smartcar import AsyncSmartcarClient, SmartcarClient

from .conftest import API, MANAGEMENT, V3, VEHICLE

IDS = [f"v{index}" for index in range(5)]


def offset_pages(request: httpx.Request) -> httpx.Response:
    limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
    return httpx.Response(
        200, json={"vehicles": IDS[offset : offset + limit], "paging": {"count": 5, "offset": offset}}
    )


def test_vehicles_follow_offsets_until_the_count(router: respx.Router, client: SmartcarClient) -> None:
    route = router.get(f"{API}/vehicles").mock(side_effect=offset_pages)
    assert list(client.iter_vehicles(page_size=2)) == IDS
    assert [call.request.url.params["offset"] for call in route.calls] == ["0", "2", "4"]


async def test_vehicles_async_and_bounded_by_max_pages(router: respx.Router, aclient: AsyncSmartcarClient) -> None:
    router.get(f"{API}/vehicles").mock(side_effect=offset_pages)
    assert [vehicle async for vehicle in aclient.iter_vehicles(page_size=2, max_pages=2)] == IDS[:4]


def test_permissions_pages(router: respx.Router, client: SmartcarClient) -> None:
    pages = [
        {"permissions": ["read_vin"], "paging": {"count": 2, "offset": 0}},
        {"permissions": ["read_odometer"], "paging": {"count": 2, "offset": 1}},
    ]
    router.get(f"{API}/vehicles/{VEHICLE}/permissions").mock(side_effect=[httpx.Response(200, json=p) for p in pages])
    assert [str(scope) for scope in client.iter_permissions(VEHICLE, page_size=1)] == ["read_vin", "read_odometer"]


def connection(vehicle_id: str) -> dict[str, str]:
    return {"userId": "u", "vehicleId": vehicle_id}


def test_management_connections_follow_the_cursor(router: respx.Router, client: SmartcarClient) -> None:
    pages = [
        {"connections": [connection("a")], "paging": {"cursor": "c1"}},
        {"connections": [connection("b")], "paging": {"cursor": None}},
    ]
    route = router.get(f"{MANAGEMENT}/management/connections").mock(
        side_effect=[httpx.Response(200, json=page) for page in pages]
    )
    assert [item.vehicle_id for item in client.management.iter_connections(user_id="u")] == ["a", "b"]
    assert [call.request.url.params.get("cursor") for call in route.calls] == [None, "c1"]


async def test_a_cursor_sent_twice_stops_the_iteration(router: respx.Router, aclient: AsyncSmartcarClient) -> None:
    page = {"connections": [connection("a")], "paging": {"cursor": "same"}}
    router.get(f"{MANAGEMENT}/management/connections").respond(json=page)
    with pytest.raises(ResponseParseError, match="same page"):
        [item async for item in aclient.management.iter_connections()]


def v3_page(number: int, more: bool) -> dict[str, object]:
    links = {"next": f"/connections?page[number]={number + 1}"} if more else {"next": None}
    return {
        "data": [{"id": f"c{number}"}],
        "meta": {"pageNumber": number, "pageSize": 1, "totalCount": 2},
        "links": links,
    }


def test_v3_connections_follow_page_numbers(router: respx.Router, client: SmartcarClient) -> None:
    pages = [httpx.Response(200, json=v3_page(1, True)), httpx.Response(200, json=v3_page(2, False))]
    route = router.get(f"{V3}/connections").mock(side_effect=pages)
    assert [item.id for item in client.v3.iter_connections(page_size=1)] == ["c1", "c2"]
    assert [call.request.url.params["page[number]"] for call in route.calls] == ["1", "2"]


async def test_v3_connections_use_the_total_without_links(router: respx.Router, aclient: AsyncSmartcarClient) -> None:
    pages = [{"data": [{"id": "c1"}], "meta": {"totalCount": 2}}, {"data": [{"id": "c2"}], "meta": {"totalCount": 2}}]
    router.get(f"{V3}/connections").mock(side_effect=[httpx.Response(200, json=page) for page in pages])
    assert [item.id async for item in aclient.v3.iter_connections()] == ["c1", "c2"]
