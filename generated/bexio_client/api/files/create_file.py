from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file import File
from ...models.file_upload import FileUpload
from ...types import Response


def _get_kwargs(
    *,
    body: FileUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/files",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[File] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = File.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[File]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> Response[Error | list[File]]:
    """Create new file

     Creates a new file from payload. Send the content as multipart/form-data, one part per file (several
    files may be uploaded in one request, each under its own part name). At most 12 MB; accepted types:
    PNG, JPG/JPEG, GIF, DOC(X), XLS(X), PPT(X), PDF. Answers with the created file objects.

    Args:
        body (FileUpload): The multipart/form-data body of "Create new file": one part per file,
            each under its own name (a part name may be used only once). At most 12 MB per upload; the
            types accepted are PNG, JPG/JPEG, GIF, DOC(X), XLS(X), PPT(X) and PDF.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[File]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> Error | list[File] | None:
    """Create new file

     Creates a new file from payload. Send the content as multipart/form-data, one part per file (several
    files may be uploaded in one request, each under its own part name). At most 12 MB; accepted types:
    PNG, JPG/JPEG, GIF, DOC(X), XLS(X), PPT(X), PDF. Answers with the created file objects.

    Args:
        body (FileUpload): The multipart/form-data body of "Create new file": one part per file,
            each under its own name (a part name may be used only once). At most 12 MB per upload; the
            types accepted are PNG, JPG/JPEG, GIF, DOC(X), XLS(X), PPT(X) and PDF.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[File]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> Response[Error | list[File]]:
    """Create new file

     Creates a new file from payload. Send the content as multipart/form-data, one part per file (several
    files may be uploaded in one request, each under its own part name). At most 12 MB; accepted types:
    PNG, JPG/JPEG, GIF, DOC(X), XLS(X), PPT(X), PDF. Answers with the created file objects.

    Args:
        body (FileUpload): The multipart/form-data body of "Create new file": one part per file,
            each under its own name (a part name may be used only once). At most 12 MB per upload; the
            types accepted are PNG, JPG/JPEG, GIF, DOC(X), XLS(X), PPT(X) and PDF.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[File]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> Error | list[File] | None:
    """Create new file

     Creates a new file from payload. Send the content as multipart/form-data, one part per file (several
    files may be uploaded in one request, each under its own part name). At most 12 MB; accepted types:
    PNG, JPG/JPEG, GIF, DOC(X), XLS(X), PPT(X), PDF. Answers with the created file objects.

    Args:
        body (FileUpload): The multipart/form-data body of "Create new file": one part per file,
            each under its own name (a part name may be used only once). At most 12 MB per upload; the
            types accepted are PNG, JPG/JPEG, GIF, DOC(X), XLS(X), PPT(X) and PDF.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[File]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
