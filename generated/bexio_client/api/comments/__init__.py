"""Comments: the operations of this section of bexio's reference, as methods of `bexio.comments`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.comment import Comment
from ...models.comment_create import CommentCreate
from ...models.kb_document_type import KbDocumentType, check_kb_document_type
from ...types import UNSET, File, Response, Unset
from . import (
    create_comment,
    get_comment,
    list_comments,
)


class CommentsResource(SyncResource):
    """Comments: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> CommentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return CommentsDetailed(self._runner)

    def list(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Comment]:
        """Fetch a list of comments

        This action fetches a list of all comments for a document.

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        GET /2.0/{kb_document_type}/{document_id}/comment (listComments)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Comment]

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
            list_comments.OPERATION,
            list_comments._get_kwargs(
                kb_document_type,
                document_id,
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
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        body: CommentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Comment:
        """Create a comment

        This action creates a new comment for a document

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        POST /2.0/{kb_document_type}/{document_id}/comment (createComment)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            body: the request body: CommentCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Comment

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
            create_comment.OPERATION,
            create_comment._get_kwargs(
                kb_document_type,
                document_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        comment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Comment:
        """Fetch a comment

        This action fetches a single comment for a document.

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        GET /2.0/{kb_document_type}/{document_id}/comment/{comment_id} (getComment)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            comment_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Comment

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
            get_comment.OPERATION,
            get_comment._get_kwargs(
                kb_document_type,
                document_id,
                comment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class CommentsDetailed(SyncResource):
    """Comments operations answering the whole `Response`: `bexio.comments.detailed.<method>(...)`."""

    def list(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Comment]]:
        """Fetch a list of comments: the whole response (status, headers, parsed body)."""
        return self._send(
            list_comments.OPERATION,
            list_comments._get_kwargs(
                kb_document_type,
                document_id,
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
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        body: CommentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Comment]:
        """Create a comment: the whole response (status, headers, parsed body)."""
        return self._send(
            create_comment.OPERATION,
            create_comment._get_kwargs(
                kb_document_type,
                document_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        comment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Comment]:
        """Fetch a comment: the whole response (status, headers, parsed body)."""
        return self._send(
            get_comment.OPERATION,
            get_comment._get_kwargs(
                kb_document_type,
                document_id,
                comment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncCommentsResource(AsyncResource):
    """Comments, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncCommentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncCommentsDetailed(self._runner)

    async def list(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Comment]:
        """Fetch a list of comments

        This action fetches a list of all comments for a document.

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        GET /2.0/{kb_document_type}/{document_id}/comment (listComments)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Comment]

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
                list_comments.OPERATION,
                list_comments._get_kwargs(
                    kb_document_type,
                    document_id,
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
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        body: CommentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Comment:
        """Create a comment

        This action creates a new comment for a document

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        POST /2.0/{kb_document_type}/{document_id}/comment (createComment)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            body: the request body: CommentCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Comment

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
                create_comment.OPERATION,
                create_comment._get_kwargs(
                    kb_document_type,
                    document_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        comment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Comment:
        """Fetch a comment

        This action fetches a single comment for a document.

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        GET /2.0/{kb_document_type}/{document_id}/comment/{comment_id} (getComment)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            comment_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Comment

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
                get_comment.OPERATION,
                get_comment._get_kwargs(
                    kb_document_type,
                    document_id,
                    comment_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncCommentsDetailed(AsyncResource):
    """Comments operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Comment]]:
        """Fetch a list of comments: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_comments.OPERATION,
            list_comments._get_kwargs(
                kb_document_type,
                document_id,
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
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        body: CommentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Comment]:
        """Create a comment: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_comment.OPERATION,
            create_comment._get_kwargs(
                kb_document_type,
                document_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        comment_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Comment]:
        """Fetch a comment: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_comment.OPERATION,
            get_comment._get_kwargs(
                kb_document_type,
                document_id,
                comment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
