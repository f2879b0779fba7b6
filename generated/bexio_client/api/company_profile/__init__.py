"""CompanyProfile: the operations of this section of bexio's reference, as methods of `bexio.company_profile`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.company_profile import CompanyProfile
from ...types import UNSET, File, Response, Unset
from . import (
    get_company_profile,
    list_company_profiles,
)


class CompanyProfileResource(SyncResource):
    """CompanyProfile: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> CompanyProfileDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return CompanyProfileDetailed(self._runner)

    def list_company_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[CompanyProfile]:
        """Fetch a list of company profiles

        Please note that each account currently has only one company profile.

        GET /2.0/company_profile (listCompanyProfiles)

        Args:
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[CompanyProfile]

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
            list_company_profiles.OPERATION,
            list_company_profiles._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        profile_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompanyProfile:
        """Show company profile

        This action fetches a single company profile

        GET /2.0/company_profile/{profile_id} (getCompanyProfile)

        Args:
            profile_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            CompanyProfile

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
            get_company_profile.OPERATION,
            get_company_profile._get_kwargs(
                profile_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class CompanyProfileDetailed(SyncResource):
    """CompanyProfile operations answering the whole `Response`: `bexio.company_profile.detailed.<method>(...)`."""

    def list_company_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[CompanyProfile]]:
        """Fetch a list of company profiles: the whole response (status, headers, parsed body)."""
        return self._send(
            list_company_profiles.OPERATION,
            list_company_profiles._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        profile_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[CompanyProfile]:
        """Show company profile: the whole response (status, headers, parsed body)."""
        return self._send(
            get_company_profile.OPERATION,
            get_company_profile._get_kwargs(
                profile_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncCompanyProfileResource(AsyncResource):
    """CompanyProfile, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncCompanyProfileDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncCompanyProfileDetailed(self._runner)

    async def list_company_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[CompanyProfile]:
        """Fetch a list of company profiles

        Please note that each account currently has only one company profile.

        GET /2.0/company_profile (listCompanyProfiles)

        Args:
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[CompanyProfile]

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
                list_company_profiles.OPERATION,
                list_company_profiles._get_kwargs(),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get(
        self,
        profile_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompanyProfile:
        """Show company profile

        This action fetches a single company profile

        GET /2.0/company_profile/{profile_id} (getCompanyProfile)

        Args:
            profile_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            CompanyProfile

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
                get_company_profile.OPERATION,
                get_company_profile._get_kwargs(
                    profile_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncCompanyProfileDetailed(AsyncResource):
    """CompanyProfile operations for asyncio, answering the whole `Response`."""

    async def list_company_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[CompanyProfile]]:
        """Fetch a list of company profiles: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_company_profiles.OPERATION,
            list_company_profiles._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        profile_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[CompanyProfile]:
        """Show company profile: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_company_profile.OPERATION,
            get_company_profile._get_kwargs(
                profile_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
