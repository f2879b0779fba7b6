from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_search_criterion import ContactSearchCriterion
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[ContactSearchCriterion],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    show_archived: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["order_by"] = order_by

    params["limit"] = limit

    params["offset"] = offset

    params["show_archived"] = show_archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/contact/search",
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Contact] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Contact.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[Contact]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[ContactSearchCriterion],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    show_archived: bool | Unset = False,
) -> Response[Error | list[Contact]]:
    """Search contacts

     Search contacts via query. Please refer to the Search section for detailed instructions.
    The following search fields are supported:

    * id
    * name_1
    * name_2
    * nr
    * address
    * mail
    * mail_second
    * postcode
    * city
    * country_id
    * contact_group_ids
    * contact_type_id
    * updated_at
    * user_id
    * phone_fixed
    * phone_mobile
    * fax

    Args:
        order_by (str | Unset):  Default: 'id'.
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        show_archived (bool | Unset):  Default: False.
        body (list[ContactSearchCriterion]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Contact]]
    """

    kwargs = _get_kwargs(
        body=body,
        order_by=order_by,
        limit=limit,
        offset=offset,
        show_archived=show_archived,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[ContactSearchCriterion],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    show_archived: bool | Unset = False,
) -> Error | list[Contact] | None:
    """Search contacts

     Search contacts via query. Please refer to the Search section for detailed instructions.
    The following search fields are supported:

    * id
    * name_1
    * name_2
    * nr
    * address
    * mail
    * mail_second
    * postcode
    * city
    * country_id
    * contact_group_ids
    * contact_type_id
    * updated_at
    * user_id
    * phone_fixed
    * phone_mobile
    * fax

    Args:
        order_by (str | Unset):  Default: 'id'.
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        show_archived (bool | Unset):  Default: False.
        body (list[ContactSearchCriterion]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Contact]
    """

    return sync_detailed(
        client=client,
        body=body,
        order_by=order_by,
        limit=limit,
        offset=offset,
        show_archived=show_archived,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[ContactSearchCriterion],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    show_archived: bool | Unset = False,
) -> Response[Error | list[Contact]]:
    """Search contacts

     Search contacts via query. Please refer to the Search section for detailed instructions.
    The following search fields are supported:

    * id
    * name_1
    * name_2
    * nr
    * address
    * mail
    * mail_second
    * postcode
    * city
    * country_id
    * contact_group_ids
    * contact_type_id
    * updated_at
    * user_id
    * phone_fixed
    * phone_mobile
    * fax

    Args:
        order_by (str | Unset):  Default: 'id'.
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        show_archived (bool | Unset):  Default: False.
        body (list[ContactSearchCriterion]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Contact]]
    """

    kwargs = _get_kwargs(
        body=body,
        order_by=order_by,
        limit=limit,
        offset=offset,
        show_archived=show_archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[ContactSearchCriterion],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    show_archived: bool | Unset = False,
) -> Error | list[Contact] | None:
    """Search contacts

     Search contacts via query. Please refer to the Search section for detailed instructions.
    The following search fields are supported:

    * id
    * name_1
    * name_2
    * nr
    * address
    * mail
    * mail_second
    * postcode
    * city
    * country_id
    * contact_group_ids
    * contact_type_id
    * updated_at
    * user_id
    * phone_fixed
    * phone_mobile
    * fax

    Args:
        order_by (str | Unset):  Default: 'id'.
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        show_archived (bool | Unset):  Default: False.
        body (list[ContactSearchCriterion]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Contact]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            order_by=order_by,
            limit=limit,
            offset=offset,
            show_archived=show_archived,
        )
    ).parsed
