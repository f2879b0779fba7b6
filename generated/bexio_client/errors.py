"""Typed errors: every non-2xx answer of bexio becomes a `BexioError` subclass.

Each carries the HTTP status, bexio's `error_code` and `message`, the validation `errors` of
a 422, and the raw `response`. A body that is not bexio's JSON error (an HTML error page of a
proxy, say) still gives a readable message. Tokens never appear in messages or reprs: the
request headers are not part of either.

This module replaces the `errors` module openapi-python-client generates; `UnexpectedStatus`,
which the generated functions raise for an undocumented status, is part of the hierarchy.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx


class BexioError(Exception):
    """Any error answer of the bexio API (or a failure to reach it)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_code: int | None = None,
        errors: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.error_code = error_code
        self.errors = errors
        self.response = response

    def __repr__(self) -> str:
        name, status, code = type(self).__name__, self.status_code, self.error_code
        return f"{name}(status_code={status}, error_code={code}, message={self.message!r})"


class APIConnectionError(BexioError):
    """bexio could not be reached (after the retries the policy allows)."""


class BadRequestError(BexioError):
    """400: the request parameters are invalid."""


class AuthenticationError(BexioError):
    """401: the bearer token is missing, invalid or expired."""


class PermissionDeniedError(BexioError):
    """403: the token lacks the rights (scopes) for this resource."""


class NotFoundError(BexioError):
    """404: the resource could not be found."""


class ConflictError(BexioError):
    """409: the resource cannot be changed in its state (e.g. a tax still in use)."""


class UnsupportedMediaTypeError(BexioError):
    """415: the data could not be processed or the Accept header is invalid."""


class ValidationError(BexioError):
    """422: the entity could not be saved; `errors` holds bexio's details."""


class RateLimitError(BexioError):
    """429: too many requests, raised when waiting would pass the request's deadline.

    `retry_after`: seconds until bexio accepts requests again, when known.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **details: Any) -> None:
        super().__init__(message, **details)
        self.retry_after = retry_after


class ServerError(BexioError):
    """5xx: bexio failed or is under maintenance."""


class UnexpectedStatus(BexioError):
    """A status the spec does not document for the operation (raised by the generated functions)."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}: {_preview(content)}", status_code=status_code)


BY_STATUS: dict[int, type[BexioError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: ValidationError,
    429: RateLimitError,
}


def error_for(response: httpx.Response) -> BexioError:
    """The exception for a non-2xx response, whatever its body."""
    status = response.status_code
    cls = BY_STATUS.get(status) or (ServerError if status >= 500 else BexioError)
    body = _json_object(response)
    if body is not None and "message" in body:
        code = body.get("error_code", status)
        message = f"{status} {response.reason_phrase}: {body['message']}"
        return cls(message, status_code=status, error_code=code, errors=body.get("errors"), response=response)
    return cls(_describe_foreign_body(response), status_code=status, response=response)


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


def _describe_foreign_body(response: httpx.Response) -> str:
    status, kind = response.status_code, response.headers.get("content-type", "no content type")
    if not response.content:
        return f"{status} {response.reason_phrase}: empty response body"
    title = re.search(rb"<title[^>]*>(.*?)</title>", response.content, re.IGNORECASE | re.DOTALL)
    if "html" in kind or title:
        page = f" (page title: {title.group(1).decode(errors='replace').strip()!r})" if title else ""
        return f"{status} {response.reason_phrase}: bexio answered with an HTML page instead of JSON{page}"
    return f"{status} {response.reason_phrase}: bexio answered {kind} instead of JSON: {_preview(response.content)}"


def _preview(content: bytes, limit: int = 200) -> str:
    text = content.decode(errors="replace").strip()
    return text if len(text) <= limit else text[:limit] + "…"
