"""ManualEntries: the operations of this section of bexio's reference, as methods of `bexio.manual_entries`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.manual_compound_entry import ManualCompoundEntry
from ...models.manual_compound_entry_create import ManualCompoundEntryCreate
from ...models.manual_compound_entry_update import ManualCompoundEntryUpdate
from ...models.manual_entry_file import ManualEntryFile
from ...models.manual_entry_file_upload import ManualEntryFileUpload
from ...models.manual_entry_next_ref_nr import ManualEntryNextRefNr
from ...models.manual_group_entry import ManualGroupEntry
from ...models.manual_group_entry_create import ManualGroupEntryCreate
from ...models.manual_group_entry_update import ManualGroupEntryUpdate
from ...models.manual_single_entry import ManualSingleEntry
from ...models.manual_single_entry_create import ManualSingleEntryCreate
from ...models.manual_single_entry_update import ManualSingleEntryUpdate
from ...models.success import Success
from ...types import UNSET, File, Response, Unset
from . import (
    add_manual_compound_entry_file,
    add_manual_entry_line_file,
    create_manual_entry,
    delete_manual_compound_entry_file,
    delete_manual_entry,
    delete_manual_entry_line_file,
    get_manual_compound_entry_file,
    get_manual_entry_line_file,
    get_next_manual_entry_ref_nr,
    list_manual_compound_entry_files,
    list_manual_entries,
    list_manual_entry_line_files,
    update_manual_entry,
)


class ManualEntriesResource(SyncResource):
    """ManualEntries: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> ManualEntriesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return ManualEntriesDetailed(self._runner)

    def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]:
        """Fetch a list of manual entries

        This action fetches a list of all manual entries which have been added in the accounting module

        GET /3.0/accounting/manual_entries (listManualEntries)

        Args:
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]

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
            list_manual_entries.OPERATION,
            list_manual_entries._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create(
        self,
        *,
        body: ManualSingleEntryCreate | ManualCompoundEntryCreate | ManualGroupEntryCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry:
        """Create manual entry

        This action creates a new manual entry for the account ledger

        POST /3.0/accounting/manual_entries (createManualEntry)

        Args:
            body: the request body: ManualCompoundEntryCreate | ManualGroupEntryCreate | ManualSingleEntryCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry

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
            create_manual_entry.OPERATION,
            create_manual_entry._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        manual_entry_id: int,
        *,
        body: ManualSingleEntryUpdate | ManualCompoundEntryUpdate | ManualGroupEntryUpdate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry:
        """Update manual entry

        This action updates a manual entry

        PUT /3.0/accounting/manual_entries/{manual_entry_id} (updateManualEntry)

        Args:
            manual_entry_id (int):
            body: the request body: ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry

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
            update_manual_entry.OPERATION,
            update_manual_entry._get_kwargs(
                manual_entry_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        manual_entry_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete manual entry

        This action permanently deletes a manual entry. It cannot be undone. It also deletes the connection
        between the specific manual entry and any linked files.

        DELETE /3.0/accounting/manual_entries/{manual_entry_id} (deleteManualEntry)

        Args:
            manual_entry_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

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
            delete_manual_entry.OPERATION,
            delete_manual_entry._get_kwargs(
                manual_entry_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get_next_manual_entry_ref_nr(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ManualEntryNextRefNr:
        """Get next reference number

        This action can be used to get the next reference number for a manual entry

        GET /3.0/accounting/manual_entries/next_ref_nr (getNextManualEntryRefNr)

        Args:
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ManualEntryNextRefNr

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
            get_next_manual_entry_ref_nr.OPERATION,
            get_next_manual_entry_ref_nr._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def list_manual_entry_line_files(
        self,
        manual_entry_id: int,
        entry_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ManualEntryFile]:
        """Fetch files of manual entry line

        This action fetches a list of all files associated to a specific manual entry line

        GET /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files (listManualEntryLineFiles)

        Args:
            manual_entry_id (int):
            entry_id (int):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ManualEntryFile]

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
            list_manual_entry_line_files.OPERATION,
            list_manual_entry_line_files._get_kwargs(
                manual_entry_id,
                entry_id,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def add_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        *,
        body: ManualEntryFileUpload | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ManualEntryFile]:
        """Add file to manual entry line

        This action uploads one or multiple files and attaches the files to an existing accounting entry
        line (only for entry types manual_single_entry and manual_group_entry)

        Please note that you must set the content-type to multipart/form-data. You can upload multiple files
        with one request by providing different identifiers (e.g. fileName1 and fileName2)

        POST /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files (addManualEntryLineFile)

        Args:
            manual_entry_id (int):
            entry_id (int):
            body: the request body: ManualEntryFileUpload.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ManualEntryFile]

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
            add_manual_entry_line_file.OPERATION,
            add_manual_entry_line_file._get_kwargs(
                manual_entry_id,
                entry_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ManualEntryFile:
        """Fetch file of manual entry line

        This action fetches a file associated to a specific manual entry line (only for entry types
        manual_single_entry and manual_group_entry)

        GET /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files/{file_id} (getManualEntryLineFile)

        Args:
            manual_entry_id (int):
            entry_id (int):
            file_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ManualEntryFile

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
            get_manual_entry_line_file.OPERATION,
            get_manual_entry_line_file._get_kwargs(
                manual_entry_id,
                entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete connection between file and manual entry line

        This action deletes the connection between the file and the specific manual entry line (only for
        entry types manual_single_entry and manual_group_entry).

        DELETE /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files/{file_id} (deleteManualEntryLineFile)

        Args:
            manual_entry_id (int):
            entry_id (int):
            file_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

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
            delete_manual_entry_line_file.OPERATION,
            delete_manual_entry_line_file._get_kwargs(
                manual_entry_id,
                entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def list_manual_compound_entry_files(
        self,
        manual_entry_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ManualEntryFile]:
        """Fetch files of manual compound entry

        This action fetches a list of all files associated with a specific manual compound entry

        GET /3.0/accounting/manual_entries/{manual_entry_id}/files (listManualCompoundEntryFiles)

        Args:
            manual_entry_id (int):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ManualEntryFile]

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
            list_manual_compound_entry_files.OPERATION,
            list_manual_compound_entry_files._get_kwargs(
                manual_entry_id,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def add_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        *,
        body: ManualEntryFileUpload | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ManualEntryFile]:
        """Add file to manual compound entry

        This action uploads one or multiple files and attaches the files to an existing manual compound
        entry

        Please note that you must set the content-type to multipart/form-data. You can upload multiple files
        with one request by providing different identifiers (e.g. fileName1 and fileName2)

        POST /3.0/accounting/manual_entries/{manual_entry_id}/files (addManualCompoundEntryFile)

        Args:
            manual_entry_id (int):
            body: the request body: ManualEntryFileUpload.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ManualEntryFile]

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
            add_manual_compound_entry_file.OPERATION,
            add_manual_compound_entry_file._get_kwargs(
                manual_entry_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ManualEntryFile:
        """Fetch file of manual compound entry

        This action fetches a file associated with a specific compound entry

        GET /3.0/accounting/manual_entries/{manual_entry_id}/files/{file_id} (getManualCompoundEntryFile)

        Args:
            manual_entry_id (int):
            file_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ManualEntryFile

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
            get_manual_compound_entry_file.OPERATION,
            get_manual_compound_entry_file._get_kwargs(
                manual_entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete connection between file and manual compound entry

        This action deletes the connection between the file and the specific manual compound entry

        DELETE /3.0/accounting/manual_entries/{manual_entry_id}/files/{file_id} (deleteManualCompoundEntryFile)

        Args:
            manual_entry_id (int):
            file_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

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
            delete_manual_compound_entry_file.OPERATION,
            delete_manual_compound_entry_file._get_kwargs(
                manual_entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class ManualEntriesDetailed(SyncResource):
    """ManualEntries operations answering the whole `Response`: `bexio.manual_entries.detailed.<method>(...)`."""

    def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]]:
        """Fetch a list of manual entries: the whole response (status, headers, parsed body)."""
        return self._send(
            list_manual_entries.OPERATION,
            list_manual_entries._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        *,
        body: ManualSingleEntryCreate | ManualCompoundEntryCreate | ManualGroupEntryCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]:
        """Create manual entry: the whole response (status, headers, parsed body)."""
        return self._send(
            create_manual_entry.OPERATION,
            create_manual_entry._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        manual_entry_id: int,
        *,
        body: ManualSingleEntryUpdate | ManualCompoundEntryUpdate | ManualGroupEntryUpdate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]:
        """Update manual entry: the whole response (status, headers, parsed body)."""
        return self._send(
            update_manual_entry.OPERATION,
            update_manual_entry._get_kwargs(
                manual_entry_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        manual_entry_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete manual entry: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_manual_entry.OPERATION,
            delete_manual_entry._get_kwargs(
                manual_entry_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get_next_manual_entry_ref_nr(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ManualEntryNextRefNr]:
        """Get next reference number: the whole response (status, headers, parsed body)."""
        return self._send(
            get_next_manual_entry_ref_nr.OPERATION,
            get_next_manual_entry_ref_nr._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def list_manual_entry_line_files(
        self,
        manual_entry_id: int,
        entry_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ManualEntryFile]]:
        """Fetch files of manual entry line: the whole response (status, headers, parsed body)."""
        return self._send(
            list_manual_entry_line_files.OPERATION,
            list_manual_entry_line_files._get_kwargs(
                manual_entry_id,
                entry_id,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def add_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        *,
        body: ManualEntryFileUpload | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ManualEntryFile]]:
        """Add file to manual entry line: the whole response (status, headers, parsed body)."""
        return self._send(
            add_manual_entry_line_file.OPERATION,
            add_manual_entry_line_file._get_kwargs(
                manual_entry_id,
                entry_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ManualEntryFile]:
        """Fetch file of manual entry line: the whole response (status, headers, parsed body)."""
        return self._send(
            get_manual_entry_line_file.OPERATION,
            get_manual_entry_line_file._get_kwargs(
                manual_entry_id,
                entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete connection between file and manual entry line: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_manual_entry_line_file.OPERATION,
            delete_manual_entry_line_file._get_kwargs(
                manual_entry_id,
                entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def list_manual_compound_entry_files(
        self,
        manual_entry_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ManualEntryFile]]:
        """Fetch files of manual compound entry: the whole response (status, headers, parsed body)."""
        return self._send(
            list_manual_compound_entry_files.OPERATION,
            list_manual_compound_entry_files._get_kwargs(
                manual_entry_id,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def add_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        *,
        body: ManualEntryFileUpload | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ManualEntryFile]]:
        """Add file to manual compound entry: the whole response (status, headers, parsed body)."""
        return self._send(
            add_manual_compound_entry_file.OPERATION,
            add_manual_compound_entry_file._get_kwargs(
                manual_entry_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ManualEntryFile]:
        """Fetch file of manual compound entry: the whole response (status, headers, parsed body)."""
        return self._send(
            get_manual_compound_entry_file.OPERATION,
            get_manual_compound_entry_file._get_kwargs(
                manual_entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete connection between file and manual compound entry: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_manual_compound_entry_file.OPERATION,
            delete_manual_compound_entry_file._get_kwargs(
                manual_entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncManualEntriesResource(AsyncResource):
    """ManualEntries, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncManualEntriesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncManualEntriesDetailed(self._runner)

    async def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]:
        """Fetch a list of manual entries

        This action fetches a list of all manual entries which have been added in the accounting module

        GET /3.0/accounting/manual_entries (listManualEntries)

        Args:
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]

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
                list_manual_entries.OPERATION,
                list_manual_entries._get_kwargs(
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def create(
        self,
        *,
        body: ManualSingleEntryCreate | ManualCompoundEntryCreate | ManualGroupEntryCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry:
        """Create manual entry

        This action creates a new manual entry for the account ledger

        POST /3.0/accounting/manual_entries (createManualEntry)

        Args:
            body: the request body: ManualCompoundEntryCreate | ManualGroupEntryCreate | ManualSingleEntryCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry

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
                create_manual_entry.OPERATION,
                create_manual_entry._get_kwargs(
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update(
        self,
        manual_entry_id: int,
        *,
        body: ManualSingleEntryUpdate | ManualCompoundEntryUpdate | ManualGroupEntryUpdate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry:
        """Update manual entry

        This action updates a manual entry

        PUT /3.0/accounting/manual_entries/{manual_entry_id} (updateManualEntry)

        Args:
            manual_entry_id (int):
            body: the request body: ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry

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
                update_manual_entry.OPERATION,
                update_manual_entry._get_kwargs(
                    manual_entry_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete(
        self,
        manual_entry_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete manual entry

        This action permanently deletes a manual entry. It cannot be undone. It also deletes the connection
        between the specific manual entry and any linked files.

        DELETE /3.0/accounting/manual_entries/{manual_entry_id} (deleteManualEntry)

        Args:
            manual_entry_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

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
                delete_manual_entry.OPERATION,
                delete_manual_entry._get_kwargs(
                    manual_entry_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get_next_manual_entry_ref_nr(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ManualEntryNextRefNr:
        """Get next reference number

        This action can be used to get the next reference number for a manual entry

        GET /3.0/accounting/manual_entries/next_ref_nr (getNextManualEntryRefNr)

        Args:
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ManualEntryNextRefNr

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
                get_next_manual_entry_ref_nr.OPERATION,
                get_next_manual_entry_ref_nr._get_kwargs(),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def list_manual_entry_line_files(
        self,
        manual_entry_id: int,
        entry_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ManualEntryFile]:
        """Fetch files of manual entry line

        This action fetches a list of all files associated to a specific manual entry line

        GET /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files (listManualEntryLineFiles)

        Args:
            manual_entry_id (int):
            entry_id (int):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ManualEntryFile]

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
                list_manual_entry_line_files.OPERATION,
                list_manual_entry_line_files._get_kwargs(
                    manual_entry_id,
                    entry_id,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def add_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        *,
        body: ManualEntryFileUpload | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ManualEntryFile]:
        """Add file to manual entry line

        This action uploads one or multiple files and attaches the files to an existing accounting entry
        line (only for entry types manual_single_entry and manual_group_entry)

        Please note that you must set the content-type to multipart/form-data. You can upload multiple files
        with one request by providing different identifiers (e.g. fileName1 and fileName2)

        POST /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files (addManualEntryLineFile)

        Args:
            manual_entry_id (int):
            entry_id (int):
            body: the request body: ManualEntryFileUpload.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ManualEntryFile]

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
                add_manual_entry_line_file.OPERATION,
                add_manual_entry_line_file._get_kwargs(
                    manual_entry_id,
                    entry_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ManualEntryFile:
        """Fetch file of manual entry line

        This action fetches a file associated to a specific manual entry line (only for entry types
        manual_single_entry and manual_group_entry)

        GET /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files/{file_id} (getManualEntryLineFile)

        Args:
            manual_entry_id (int):
            entry_id (int):
            file_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ManualEntryFile

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
                get_manual_entry_line_file.OPERATION,
                get_manual_entry_line_file._get_kwargs(
                    manual_entry_id,
                    entry_id,
                    file_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete connection between file and manual entry line

        This action deletes the connection between the file and the specific manual entry line (only for
        entry types manual_single_entry and manual_group_entry).

        DELETE /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files/{file_id} (deleteManualEntryLineFile)

        Args:
            manual_entry_id (int):
            entry_id (int):
            file_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

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
                delete_manual_entry_line_file.OPERATION,
                delete_manual_entry_line_file._get_kwargs(
                    manual_entry_id,
                    entry_id,
                    file_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def list_manual_compound_entry_files(
        self,
        manual_entry_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ManualEntryFile]:
        """Fetch files of manual compound entry

        This action fetches a list of all files associated with a specific manual compound entry

        GET /3.0/accounting/manual_entries/{manual_entry_id}/files (listManualCompoundEntryFiles)

        Args:
            manual_entry_id (int):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ManualEntryFile]

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
                list_manual_compound_entry_files.OPERATION,
                list_manual_compound_entry_files._get_kwargs(
                    manual_entry_id,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def add_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        *,
        body: ManualEntryFileUpload | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ManualEntryFile]:
        """Add file to manual compound entry

        This action uploads one or multiple files and attaches the files to an existing manual compound
        entry

        Please note that you must set the content-type to multipart/form-data. You can upload multiple files
        with one request by providing different identifiers (e.g. fileName1 and fileName2)

        POST /3.0/accounting/manual_entries/{manual_entry_id}/files (addManualCompoundEntryFile)

        Args:
            manual_entry_id (int):
            body: the request body: ManualEntryFileUpload.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ManualEntryFile]

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
                add_manual_compound_entry_file.OPERATION,
                add_manual_compound_entry_file._get_kwargs(
                    manual_entry_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ManualEntryFile:
        """Fetch file of manual compound entry

        This action fetches a file associated with a specific compound entry

        GET /3.0/accounting/manual_entries/{manual_entry_id}/files/{file_id} (getManualCompoundEntryFile)

        Args:
            manual_entry_id (int):
            file_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            ManualEntryFile

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
                get_manual_compound_entry_file.OPERATION,
                get_manual_compound_entry_file._get_kwargs(
                    manual_entry_id,
                    file_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete connection between file and manual compound entry

        This action deletes the connection between the file and the specific manual compound entry

        DELETE /3.0/accounting/manual_entries/{manual_entry_id}/files/{file_id} (deleteManualCompoundEntryFile)

        Args:
            manual_entry_id (int):
            file_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

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
                delete_manual_compound_entry_file.OPERATION,
                delete_manual_compound_entry_file._get_kwargs(
                    manual_entry_id,
                    file_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncManualEntriesDetailed(AsyncResource):
    """ManualEntries operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]]:
        """Fetch a list of manual entries: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_manual_entries.OPERATION,
            list_manual_entries._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        *,
        body: ManualSingleEntryCreate | ManualCompoundEntryCreate | ManualGroupEntryCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]:
        """Create manual entry: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_manual_entry.OPERATION,
            create_manual_entry._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        manual_entry_id: int,
        *,
        body: ManualSingleEntryUpdate | ManualCompoundEntryUpdate | ManualGroupEntryUpdate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]:
        """Update manual entry: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_manual_entry.OPERATION,
            update_manual_entry._get_kwargs(
                manual_entry_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        manual_entry_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete manual entry: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_manual_entry.OPERATION,
            delete_manual_entry._get_kwargs(
                manual_entry_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get_next_manual_entry_ref_nr(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ManualEntryNextRefNr]:
        """Get next reference number: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_next_manual_entry_ref_nr.OPERATION,
            get_next_manual_entry_ref_nr._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def list_manual_entry_line_files(
        self,
        manual_entry_id: int,
        entry_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ManualEntryFile]]:
        """Fetch files of manual entry line: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_manual_entry_line_files.OPERATION,
            list_manual_entry_line_files._get_kwargs(
                manual_entry_id,
                entry_id,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def add_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        *,
        body: ManualEntryFileUpload | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ManualEntryFile]]:
        """Add file to manual entry line: the whole response (status, headers, parsed body)."""
        return await self._send(
            add_manual_entry_line_file.OPERATION,
            add_manual_entry_line_file._get_kwargs(
                manual_entry_id,
                entry_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ManualEntryFile]:
        """Fetch file of manual entry line: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_manual_entry_line_file.OPERATION,
            get_manual_entry_line_file._get_kwargs(
                manual_entry_id,
                entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete_manual_entry_line_file(
        self,
        manual_entry_id: int,
        entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete connection between file and manual entry line: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_manual_entry_line_file.OPERATION,
            delete_manual_entry_line_file._get_kwargs(
                manual_entry_id,
                entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def list_manual_compound_entry_files(
        self,
        manual_entry_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ManualEntryFile]]:
        """Fetch files of manual compound entry: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_manual_compound_entry_files.OPERATION,
            list_manual_compound_entry_files._get_kwargs(
                manual_entry_id,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def add_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        *,
        body: ManualEntryFileUpload | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ManualEntryFile]]:
        """Add file to manual compound entry: the whole response (status, headers, parsed body)."""
        return await self._send(
            add_manual_compound_entry_file.OPERATION,
            add_manual_compound_entry_file._get_kwargs(
                manual_entry_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[ManualEntryFile]:
        """Fetch file of manual compound entry: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_manual_compound_entry_file.OPERATION,
            get_manual_compound_entry_file._get_kwargs(
                manual_entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete_manual_compound_entry_file(
        self,
        manual_entry_id: int,
        file_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete connection between file and manual compound entry: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_manual_compound_entry_file.OPERATION,
            delete_manual_compound_entry_file._get_kwargs(
                manual_entry_id,
                file_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
