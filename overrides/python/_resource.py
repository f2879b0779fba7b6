"""The one response path: every call of a resource method goes through here.

The section resources are generated (template `endpoint_init.py.jinja`): each typed method
builds its request with its operation module and calls `_send`. Here the request gets the
per-call options, is sent, and the answer is classified before anything parses it:

* any status that is not a documented success (≥ 400, 3xx, 1xx, an undocumented 2xx when
  the operation documents several) becomes the typed `BexioError` built from the raw response
  (`errors.error_for`), whatever its body holds;
* a success body is decoded safely (not JSON → `ResponseValidationError`) and parsed by the
  operation's parser, leniently or strictly (`_parsing.py`).

The user never meets a raw `KeyError`, `JSONDecodeError` or `TypeError` from an answer.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from http import HTTPStatus
from typing import Any, NamedTuple

import httpx

from . import _parsing
from .errors import APIConnectionError, ResponseValidationError, error_for
from .types import UNSET, Response, Unset

Parser = Callable[[Any], Any]


class Operation(NamedTuple):
    """What the runtime needs of an operation: its id, its success answers (status →
    (body kind, parser) or None for no body) and, if deprecated, why."""

    id: str
    success: dict[int, tuple[str, Parser] | None]
    deprecated: str | None = None


def as_model(value: Any, model: type | tuple[type, ...]) -> Any:
    """A request body given as a dict becomes its model (unknown keys and wrong types are a TypeError);
    for a body of several shapes (a tuple of models), the first model that takes the dict."""
    models = model if isinstance(model, tuple) else (model,)
    if isinstance(value, models):
        return value
    names = " or ".join(cls.__name__ for cls in models)
    if isinstance(value, Mapping):
        if len(models) == 1:
            return models[0].from_dict(value)
        refusals = []
        for cls in models:
            try:
                return cls.from_dict(value)
            except TypeError as refusal:
                refusals.append(str(refusal))
        raise TypeError(f"the body is none of {names}: " + "; ".join(refusals))
    raise TypeError(f"the body must be a {names} or a dict of its fields, not {type(value).__name__}")


class Runner:
    """The client's HTTP connection and its parsing mode, shared by every resource of a client."""

    http: Any  # httpx.Client for Bexio, httpx.AsyncClient for AsyncBexio
    strict: bool

    def __init__(self, http: httpx.Client | httpx.AsyncClient, strict: bool) -> None:
        self.http, self.strict = http, strict


class Resource:
    """The base of the generated section resources."""

    _runner: Runner

    def __init__(self, runner: Runner) -> None:
        self._runner = runner


class SyncResource(Resource):
    """A section of `Bexio`: its methods send through `_send`."""

    def _send(
        self,
        operation: Operation,
        request: dict[str, Any],
        timeout: Any,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
    ) -> Response[Any]:
        request = prepare(operation, request, timeout, extra_headers, extra_query, extra_body)
        with connection_errors():
            response = self._runner.http.request(**request)
        return read(operation, response, self._runner.strict)


class AsyncResource(Resource):
    """A section of `AsyncBexio`: its methods send through `_send`, awaited."""

    async def _send(
        self,
        operation: Operation,
        request: dict[str, Any],
        timeout: Any,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
    ) -> Response[Any]:
        request = prepare(operation, request, timeout, extra_headers, extra_query, extra_body)
        with connection_errors():
            response = await self._runner.http.request(**request)
        return read(operation, response, self._runner.strict)


def prepare(
    operation: Operation,
    request: dict[str, Any],
    timeout: Any,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The request with the call's options merged in; a deprecated operation warns."""
    if operation.deprecated:
        warnings.warn(f"{operation.id} is deprecated: {operation.deprecated}", DeprecationWarning, stacklevel=4)
    if extra_headers:
        request["headers"] = {**request.get("headers", {}), **extra_headers}
    if extra_query:
        request["params"] = {**request.get("params", {}), **extra_query}
    if extra_body:
        body = request.get("json", {})
        if not isinstance(body, dict):
            raise TypeError(f"extra_body needs a JSON object body; {operation.id} sends {type(body).__name__}")
        request["json"] = {**body, **extra_body}
    if not isinstance(timeout, Unset):
        request["timeout"] = timeout
    return request


@contextmanager
def connection_errors() -> Iterator[None]:
    """A failure to reach bexio (after the retries) is an APIConnectionError; a body httpx cannot
    decode (a broken gzip) is a ResponseValidationError."""
    try:
        yield
    except httpx.TransportError as error:
        raise APIConnectionError(f"could not reach bexio: {type(error).__name__}: {error}") from error
    except httpx.DecodingError as error:
        raise ResponseValidationError(f"bexio's answer could not be decoded: {error}") from error


def read(operation: Operation, response: httpx.Response, strict: bool) -> Response[Any]:
    """The classified, parsed answer: a `Response` for a success, else the typed error raised."""
    status = response.status_code
    if not 200 <= status < 300:
        raise error_for(response)
    if status in operation.success:
        answer = operation.success[status]
    elif len(operation.success) == 1 and not strict:
        (answer,) = operation.success.values()  # a success bexio answers with another 2xx than documented
    else:
        documented = " or ".join(map(str, operation.success))
        raise ResponseValidationError(
            f"{operation.id}: bexio answered {status}, the spec documents {documented}",
            operation=operation.id,
            response=response,
        )
    parsed = None if answer is None else _parse(operation, response, *answer, strict)
    return Response(status_code=HTTPStatus(status), content=response.content, headers=response.headers, parsed=parsed)


def _parse(operation: Operation, response: httpx.Response, kind: str, parser: Parser, strict: bool) -> Any:
    if kind == "bytes":
        data: Any = response.content
    elif kind == "text":
        data = response.text
    else:
        data = _json(operation, response)
    mode = _parsing.MODE.set(_parsing.STRICT if strict else _parsing.LENIENT)
    name = _parsing.OPERATION.set(operation.id)
    try:
        return parser(data)
    except _parsing.Mismatch as mismatch:
        raise ResponseValidationError(
            f"{operation.id}: {mismatch}",
            operation=operation.id,
            path=mismatch.where,
            expected=mismatch.expected,
            got=mismatch.got,
            response=response,
        ) from None
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as error:
        # The body's outer shape is not the documented one (an object where a list belongs, say).
        raise ResponseValidationError(
            f"{operation.id}: bexio's answer does not have the documented shape: {type(error).__name__}: {error}",
            operation=operation.id,
            response=response,
        ) from error
    finally:
        _parsing.OPERATION.reset(name)
        _parsing.MODE.reset(mode)


def _json(operation: Operation, response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise ResponseValidationError(
            f"{operation.id}: bexio answered {response.status_code} with a body that is not JSON "
            f"({response.headers.get('content-type', 'no content type')}): {type(error).__name__}",
            operation=operation.id,
            response=response,
        ) from None


__all__ = ["UNSET", "AsyncResource", "Operation", "Runner", "SyncResource", "as_model"]
