# Copied by `make generate` from overrides/python/errors.py: edit that file, not this copy.
"""Typed errors: every answer of bexio that is not a documented success becomes a `BexioError` subclass.

Each carries the HTTP status, bexio's `error_code` and `message` (bexio's own text; `str()` adds
the status line), the validation `errors` of a 422, and the raw `response`. A body that is not
bexio's JSON error (an HTML page of a proxy, an empty body, a Cloudflare 52x) still gives a
readable message. Tokens never appear in messages or reprs: the request headers are in neither.

This module replaces the `errors` module openapi-python-client generates.
"""

from __future__ import annotations

import json
import re
from http import HTTPStatus
from typing import Any

import httpx


class BexioError(Exception):
    """Any error answer of the bexio API (or a failure to reach it, or an answer we cannot read)."""

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

    def __str__(self) -> str:
        if self.status_code is None:
            return self.message
        return f"{_status_line(self.status_code)}: {self.message}"

    def __repr__(self) -> str:
        name, status, code = type(self).__name__, self.status_code, self.error_code
        return f"{name}(status_code={status}, error_code={code}, message={self.message!r})"


class APIConnectionError(BexioError):
    """bexio could not be reached (after the retries the policy allows)."""


class ResponseValidationError(BexioError):
    """A success answer we cannot read as documented: not JSON at all, or (with `strict=True`) a
    value that departs from the spec. `operation`, `path` (e.g. `positions[2].amount`),
    `expected` and `got` say what and where; `response` is attached."""

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        path: str | None = None,
        expected: str | None = None,
        got: Any = None,
        response: Any = None,
    ) -> None:
        status = response.status_code if response is not None else None
        super().__init__(message, status_code=status, response=response)
        self.operation, self.path, self.expected, self.got = operation, path, expected, got

    def __str__(self) -> str:
        return self.message


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
    """5xx (any number, Cloudflare's 52x included): bexio failed or is under maintenance."""


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


def error_class(status: int) -> type[BexioError]:
    """The exception class for a status that is not a success (named in the methods' docstrings too)."""
    return BY_STATUS.get(status) or (ServerError if status >= 500 else BexioError)


def error_for(response: httpx.Response) -> BexioError:
    """The exception for an answer that is not a success, whatever its status and body."""
    status = response.status_code
    cls = error_class(status)
    body = json_object(response)
    if body is not None and isinstance(body.get("message"), str):
        code = body.get("error_code")
        return cls(
            body["message"],
            status_code=status,
            error_code=code if isinstance(code, int) else status,
            errors=body.get("errors"),
            response=response,
        )
    if body is not None and isinstance(body.get("title"), str):  # problem details (RFC 9457): payroll's errors
        return cls(body["title"], status_code=status, error_code=status, errors=body.get("errors"), response=response)
    return cls(_describe_foreign_body(response), status_code=status, error_code=status, response=response)


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def json_object(response: httpx.Response) -> dict[str, Any] | None:
    """The body as a JSON object, or None for anything else (never raises)."""
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return body if isinstance(body, dict) else None


def _describe_foreign_body(response: httpx.Response) -> str:
    kind = response.headers.get("content-type", "no content type")
    if 300 <= response.status_code < 400:
        target = response.headers.get("location")
        return "bexio redirected the request" + (f" to {target}" if target else "") + " (redirects are not followed)"
    if not response.content:
        return "empty response body"
    title = re.search(rb"<title[^>]*>(.*?)</title>", response.content[:65536], re.IGNORECASE | re.DOTALL)
    if "html" in kind or title:
        page = f" (page title: {title.group(1).decode(errors='replace').strip()!r})" if title else ""
        return f"bexio answered with an HTML page instead of JSON{page}"
    return f"bexio answered {kind} instead of JSON: {_preview(response.content)}"


def _preview(content: bytes, limit: int = 200) -> str:
    text = content.decode(errors="replace").strip()
    return text if len(text) <= limit else text[:limit] + "…"
