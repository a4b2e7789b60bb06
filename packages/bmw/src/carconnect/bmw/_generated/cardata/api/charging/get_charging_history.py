from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charging_history_page import ChargingHistoryPage
from ...types import UNSET, Response, Unset, json_body, path_segment


def _get_kwargs(
    vin: str,
    *,
    from_: str,
    to: str,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/vehicles/{vin}/chargingHistory".format(
            vin=path_segment("vin", vin),
        ),
    }

    if params:
        _kwargs["params"] = params
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChargingHistoryPage | None:
    if response.status_code == 200:
        response_200 = ChargingHistoryPage.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ChargingHistoryPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str,
    next_token: str | Unset = UNSET,
) -> Response[ChargingHistoryPage]:
    """Get one page of charging sessions in a time range.

     Paginated: pass the body's `next_token` (snake_case) as the `nextToken` query parameter, with the
    same `from` and `to`, until no token comes back. An expired token answers with `CU-125`.

    Args:
        vin (str):
        from_ (str):
        to (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargingHistoryPage]
    """

    kwargs = _get_kwargs(
        vin=vin,
        from_=from_,
        to=to,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str,
    next_token: str | Unset = UNSET,
) -> ChargingHistoryPage | None:
    """Get one page of charging sessions in a time range.

     Paginated: pass the body's `next_token` (snake_case) as the `nextToken` query parameter, with the
    same `from` and `to`, until no token comes back. An expired token answers with `CU-125`.

    Args:
        vin (str):
        from_ (str):
        to (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargingHistoryPage
    """

    return sync_detailed(
        vin=vin,
        client=client,
        from_=from_,
        to=to,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str,
    next_token: str | Unset = UNSET,
) -> Response[ChargingHistoryPage]:
    """Get one page of charging sessions in a time range.

     Paginated: pass the body's `next_token` (snake_case) as the `nextToken` query parameter, with the
    same `from` and `to`, until no token comes back. An expired token answers with `CU-125`.

    Args:
        vin (str):
        from_ (str):
        to (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargingHistoryPage]
    """

    kwargs = _get_kwargs(
        vin=vin,
        from_=from_,
        to=to,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vin: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str,
    next_token: str | Unset = UNSET,
) -> ChargingHistoryPage | None:
    """Get one page of charging sessions in a time range.

     Paginated: pass the body's `next_token` (snake_case) as the `nextToken` query parameter, with the
    same `from` and `to`, until no token comes back. An expired token answers with `CU-125`.

    Args:
        vin (str):
        from_ (str):
        to (str):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargingHistoryPage
    """

    return (
        await asyncio_detailed(
            vin=vin,
            client=client,
            from_=from_,
            to=to,
            next_token=next_token,
        )
    ).parsed
