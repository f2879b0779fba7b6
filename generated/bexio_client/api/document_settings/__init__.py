"""DocumentSettings: the operations of this section of bexio's reference, as methods of `bexio.document_settings`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.document_setting import DocumentSetting
from ...types import UNSET, File, Response, Unset
from . import (
    list_document_settings,
)


class DocumentSettingsResource(SyncResource):
    """DocumentSettings: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> DocumentSettingsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return DocumentSettingsDetailed(self._runner)

    def list(
        self,
        *,
        order_by: str | Unset = "id",
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[DocumentSetting]:
        """Fetch a list of document settings

        This action fetches a list of all document settings

        GET /2.0/kb_item_setting (listDocumentSettings)

        Args:
            order_by (str | Unset):  Default: 'id'.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[DocumentSetting]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            list_document_settings.OPERATION,
            list_document_settings._get_kwargs(
                order_by=order_by,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class DocumentSettingsDetailed(SyncResource):
    """DocumentSettings operations answering the whole `Response`: `bexio.document_settings.detailed.<method>(...)`."""

    def list(
        self,
        *,
        order_by: str | Unset = "id",
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[DocumentSetting]]:
        """Fetch a list of document settings: the whole response (status, headers, parsed body)."""
        return self._send(
            list_document_settings.OPERATION,
            list_document_settings._get_kwargs(
                order_by=order_by,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncDocumentSettingsResource(AsyncResource):
    """DocumentSettings, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncDocumentSettingsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncDocumentSettingsDetailed(self._runner)

    async def list(
        self,
        *,
        order_by: str | Unset = "id",
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[DocumentSetting]:
        """Fetch a list of document settings

        This action fetches a list of all document settings

        GET /2.0/kb_item_setting (listDocumentSettings)

        Args:
            order_by (str | Unset):  Default: 'id'.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[DocumentSetting]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                list_document_settings.OPERATION,
                list_document_settings._get_kwargs(
                    order_by=order_by,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncDocumentSettingsDetailed(AsyncResource):
    """DocumentSettings operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        order_by: str | Unset = "id",
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[DocumentSetting]]:
        """Fetch a list of document settings: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_document_settings.OPERATION,
            list_document_settings._get_kwargs(
                order_by=order_by,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
