from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.manual_compound_entry import ManualCompoundEntry
from ...models.manual_compound_entry_update import ManualCompoundEntryUpdate
from ...models.manual_group_entry import ManualGroupEntry
from ...models.manual_group_entry_update import ManualGroupEntryUpdate
from ...models.manual_single_entry import ManualSingleEntry
from ...models.manual_single_entry_update import ManualSingleEntryUpdate
from ...types import Response


def _get_kwargs(
    manual_entry_id: int,
    *,
    body: ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/3.0/accounting/manual_entries/{manual_entry_id}".format(
            manual_entry_id=quote(str(manual_entry_id), safe=""),
        ),
    }

    if isinstance(body, ManualSingleEntryUpdate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ManualCompoundEntryUpdate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_manual_entry_type_0 = ManualSingleEntry.from_dict(data)

                return componentsschemas_manual_entry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_manual_entry_type_1 = ManualCompoundEntry.from_dict(data)

                return componentsschemas_manual_entry_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_manual_entry_type_2 = ManualGroupEntry.from_dict(data)

            return componentsschemas_manual_entry_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    manual_entry_id: int,
    *,
    client: AuthenticatedClient,
    body: ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate,
) -> Response[Error | ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]:
    """Update manual entry

     This action updates a manual entry

    Args:
        manual_entry_id (int):
        body (ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate): A
            manual entry to update (the whole entry, as on create, plus the ids of the entry and of
            its existing lines), told apart by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]
    """

    kwargs = _get_kwargs(
        manual_entry_id=manual_entry_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    manual_entry_id: int,
    *,
    client: AuthenticatedClient,
    body: ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate,
) -> Error | ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry | None:
    """Update manual entry

     This action updates a manual entry

    Args:
        manual_entry_id (int):
        body (ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate): A
            manual entry to update (the whole entry, as on create, plus the ids of the entry and of
            its existing lines), told apart by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry
    """

    return sync_detailed(
        manual_entry_id=manual_entry_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    manual_entry_id: int,
    *,
    client: AuthenticatedClient,
    body: ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate,
) -> Response[Error | ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]:
    """Update manual entry

     This action updates a manual entry

    Args:
        manual_entry_id (int):
        body (ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate): A
            manual entry to update (the whole entry, as on create, plus the ids of the entry and of
            its existing lines), told apart by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]
    """

    kwargs = _get_kwargs(
        manual_entry_id=manual_entry_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    manual_entry_id: int,
    *,
    client: AuthenticatedClient,
    body: ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate,
) -> Error | ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry | None:
    """Update manual entry

     This action updates a manual entry

    Args:
        manual_entry_id (int):
        body (ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate): A
            manual entry to update (the whole entry, as on create, plus the ids of the entry and of
            its existing lines), told apart by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry
    """

    return (
        await asyncio_detailed(
            manual_entry_id=manual_entry_id,
            client=client,
            body=body,
        )
    ).parsed
