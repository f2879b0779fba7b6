"""Languages: the operations of this section of bexio's reference, as methods of `bexio.languages`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.language import Language
from ...models.language_search_criterion import LanguageSearchCriterion
from ...types import UNSET, File, Response, Unset
from . import (
    list_languages,
    search_languages,
)


class LanguagesResource(SyncResource):
    """Languages: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> LanguagesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return LanguagesDetailed(self._runner)

    def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Language]:
        """Fetch a list of languages

        This action fetches a list of all languages

        GET /2.0/language (listLanguages)

        Args:
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Language]

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
            list_languages.OPERATION,
            list_languages._get_kwargs(
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def search(
        self,
        *,
        body: Sequence[LanguageSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Language]:
        """Search languages

        Search languages via query. Please refer to the Search section for detailed instructions.
        The following search fields are supported:

        * name
        * iso_639_1

        POST /2.0/language/search (searchLanguages)

        Args:
            body: the request body: list[LanguageSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Language]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            search_languages.OPERATION,
            search_languages._get_kwargs(
                body=body,
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class LanguagesDetailed(SyncResource):
    """Languages operations answering the whole `Response`: `bexio.languages.detailed.<method>(...)`."""

    def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Language]]:
        """Fetch a list of languages: the whole response (status, headers, parsed body)."""
        return self._send(
            list_languages.OPERATION,
            list_languages._get_kwargs(
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def search(
        self,
        *,
        body: Sequence[LanguageSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Language]]:
        """Search languages: the whole response (status, headers, parsed body)."""
        return self._send(
            search_languages.OPERATION,
            search_languages._get_kwargs(
                body=body,
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncLanguagesResource(AsyncResource):
    """Languages, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncLanguagesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncLanguagesDetailed(self._runner)

    async def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Language]:
        """Fetch a list of languages

        This action fetches a list of all languages

        GET /2.0/language (listLanguages)

        Args:
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Language]

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
                list_languages.OPERATION,
                list_languages._get_kwargs(
                    order_by=order_by,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def search(
        self,
        *,
        body: Sequence[LanguageSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Language]:
        """Search languages

        Search languages via query. Please refer to the Search section for detailed instructions.
        The following search fields are supported:

        * name
        * iso_639_1

        POST /2.0/language/search (searchLanguages)

        Args:
            body: the request body: list[LanguageSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Language]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                search_languages.OPERATION,
                search_languages._get_kwargs(
                    body=body,
                    order_by=order_by,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncLanguagesDetailed(AsyncResource):
    """Languages operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Language]]:
        """Fetch a list of languages: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_languages.OPERATION,
            list_languages._get_kwargs(
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def search(
        self,
        *,
        body: Sequence[LanguageSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Language]]:
        """Search languages: the whole response (status, headers, parsed body)."""
        return await self._send(
            search_languages.OPERATION,
            search_languages._get_kwargs(
                body=body,
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
