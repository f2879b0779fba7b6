"""DocumentTemplates: the operations of this section of bexio's reference, as methods of `bexio.document_templates`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.document_template import DocumentTemplate
from ...types import UNSET, File, Response, Unset
from . import (
    list_document_templates,
)


class DocumentTemplatesResource(SyncResource):
    """DocumentTemplates: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> DocumentTemplatesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return DocumentTemplatesDetailed(self._runner)

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[DocumentTemplate]:
        """List document templates

        This action fetches a list of document templates

        GET /3.0/document_templates (listDocumentTemplates)

        Args:
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[DocumentTemplate]

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
            list_document_templates.OPERATION,
            list_document_templates._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class DocumentTemplatesDetailed(SyncResource):
    """DocumentTemplates operations answering the whole `Response`: `bexio.document_templates.detailed.<method>(...)`."""

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[DocumentTemplate]]:
        """List document templates: the whole response (status, headers, parsed body)."""
        return self._send(
            list_document_templates.OPERATION,
            list_document_templates._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncDocumentTemplatesResource(AsyncResource):
    """DocumentTemplates, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncDocumentTemplatesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncDocumentTemplatesDetailed(self._runner)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[DocumentTemplate]:
        """List document templates

        This action fetches a list of document templates

        GET /3.0/document_templates (listDocumentTemplates)

        Args:
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[DocumentTemplate]

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
                list_document_templates.OPERATION,
                list_document_templates._get_kwargs(),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncDocumentTemplatesDetailed(AsyncResource):
    """DocumentTemplates operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[DocumentTemplate]]:
        """List document templates: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_document_templates.OPERATION,
            list_document_templates._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
