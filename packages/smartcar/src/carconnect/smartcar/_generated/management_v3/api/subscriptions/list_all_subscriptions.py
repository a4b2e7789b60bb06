from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscription_list import SubscriptionList
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    filterwebhook_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filteruser_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[webhookId]"] = filterwebhook_id

    params["filter[vehicleId]"] = filtervehicle_id

    params["filter[userId]"] = filteruser_id

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions",
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SubscriptionList | None:
    if response.status_code == 200:
        response_200 = SubscriptionList.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SubscriptionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filterwebhook_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filteruser_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[SubscriptionList]:
    """Every webhook subscription of the application, filtered

    Args:
        filterwebhook_id (str | Unset):
        filtervehicle_id (str | Unset):
        filteruser_id (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionList]
    """

    kwargs = _get_kwargs(
        filterwebhook_id=filterwebhook_id,
        filtervehicle_id=filtervehicle_id,
        filteruser_id=filteruser_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filterwebhook_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filteruser_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> SubscriptionList | None:
    """Every webhook subscription of the application, filtered

    Args:
        filterwebhook_id (str | Unset):
        filtervehicle_id (str | Unset):
        filteruser_id (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionList
    """

    return sync_detailed(
        client=client,
        filterwebhook_id=filterwebhook_id,
        filtervehicle_id=filtervehicle_id,
        filteruser_id=filteruser_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filterwebhook_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filteruser_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[SubscriptionList]:
    """Every webhook subscription of the application, filtered

    Args:
        filterwebhook_id (str | Unset):
        filtervehicle_id (str | Unset):
        filteruser_id (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionList]
    """

    kwargs = _get_kwargs(
        filterwebhook_id=filterwebhook_id,
        filtervehicle_id=filtervehicle_id,
        filteruser_id=filteruser_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filterwebhook_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filteruser_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> SubscriptionList | None:
    """Every webhook subscription of the application, filtered

    Args:
        filterwebhook_id (str | Unset):
        filtervehicle_id (str | Unset):
        filteruser_id (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionList
    """

    return (
        await asyncio_detailed(
            client=client,
            filterwebhook_id=filterwebhook_id,
            filtervehicle_id=filtervehicle_id,
            filteruser_id=filteruser_id,
            pagenumber=pagenumber,
            pagesize=pagesize,
        )
    ).parsed
