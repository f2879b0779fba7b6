"""The mock's HTTP layer: routing, strict validation, dispatch, self-check, headers."""

import copy
import json
import random
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_core import Config as OpenAPIConfig
from openapi_core import OpenAPI
from openapi_core.contrib.starlette import StarletteOpenAPIRequest, StarletteOpenAPIResponse
from openapi_core.unmarshalling.request import V30RequestUnmarshaller
from openapi_core.validation.validators import BaseValidator
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..openapi import resolve
from ..paths import PUBLISHED_JSON
from .call import Call, FilePart, Handler, Reply, error
from .errors import describe_errors
from .handlers import handlers
from .state import State

# The body of a binary download answered from the spec, which has no example for it: a PDF header.
SAMPLE_FILE = b"%PDF-1.4\n%mock\n"

PUBLISHED_SPEC = PUBLISHED_JSON
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
RATE_LIMIT = 1000


class BexioMock:
    """Validates every request against the spec, answers from state or examples, and
    checks every answer against the spec too (an off-spec answer raises)."""

    def __init__(
        self, spec_path: Path = PUBLISHED_SPEC, token: str | None = None, check_responses: bool = True
    ) -> None:
        """`token`: the one bearer token accepted (any non-empty token when None)."""
        self.spec = json.loads(spec_path.read_text(encoding="utf-8"))
        served = copy.deepcopy(self.spec)
        served["servers"] = [{"url": "/"}]  # openapi-core matches scheme and host otherwise
        self.openapi = OpenAPI.from_dict(
            served,
            config=OpenAPIConfig(
                spec_validator_cls=None,
                request_unmarshaller_cls=RequestChecker,
                # openapi-core reads application/json only; the payroll answers problem details.
                extra_media_type_deserializers={"application/problem+json": json.loads},
            ),
        )
        # The mock checks the bearer token itself; openapi-core warns that it cannot check oauth2.
        warnings.filterwarnings("ignore", "Unsupported scheme type", UserWarning)
        self.check_responses = check_responses
        self._token = token
        self.operations: dict[str, dict[str, Any]] = {}
        self.routes: list[tuple[re.Pattern[str], dict[str, str]]] = []
        for path in sorted(self.spec["paths"], key=_literal_segments_first):
            item = self.spec["paths"][path]
            by_method = {method.upper(): item[method]["operationId"] for method in METHODS if method in item}
            self.operations.update({op: item[method.lower()] for method, op in by_method.items()})
            self.routes.append((_path_regex(path), by_method))
        self.app = Starlette(
            routes=[
                Route("/openapi.json", self._serve_spec, methods=["GET"]),
                Route("/{path:path}", self._dispatch, methods=[m.upper() for m in METHODS]),
            ],
            # A path no route takes (e.g. one with an encoded line break) is a 404 in bexio's shape too.
            exception_handlers={404: self._not_found},
        )
        self.handlers: dict[str, Handler] = handlers(self.operations)
        self.requests_served = 0
        self.reset()

    def reset(self) -> None:
        """Forget every change, count and fault: back to the seeded state."""
        self.state = State(self)
        self.requests_served = 0
        self.calls: Counter[str] = Counter()
        self.faults: Faults | None = None
        self.accepts_token: Callable[[str], bool] = bool if self._token is None else self._token.__eq__

    @contextmanager
    def override(self, operation_id: str, handler: Handler) -> Iterator[None]:
        """Answer `operation_id` with `handler` inside the block, as before after it."""
        previous = self.handlers.get(operation_id)
        self.handlers[operation_id] = handler
        try:
            yield
        finally:
            if previous is None:
                del self.handlers[operation_id]
            else:
                self.handlers[operation_id] = previous

    def inject_faults(self, rates: dict[int, float], seed: int = 0) -> None:
        """Answer a share of the requests with an error instead: `{429: 0.3, 503: 0.05}`."""
        self.faults = Faults(rates, random.Random(seed))

    def example_reply(self, operation_id: str, status: str | None = None) -> Reply:
        responses = self.operations[operation_id]["responses"]
        status = status or next(code for code in responses if code.startswith("2"))
        response = self.resolve(responses[status])
        content = response.get("content") or {}
        if "application/json" not in content and content:
            media_type, media = next(iter(content.items()))
            if media.get("schema", {}).get("format") == "binary":  # a download, e.g. a paystub PDF
                return Reply(int(status), SAMPLE_FILE, media_type=media_type)
        media = content.get("application/json", {})
        return Reply(int(status), copy.deepcopy(media.get("example")))

    def in_documented_shape(self, operation_id: str, reply: Reply) -> Reply:
        """An error in bexio's shape, as problem details where the operation documents those
        (`application/problem+json`, the payroll)."""
        if reply.status < 400 or not isinstance(reply.body, dict) or "error_code" not in reply.body:
            return reply
        documented = self.operations[operation_id]["responses"].get(str(reply.status))
        if not documented or "application/problem+json" not in self.resolve(documented).get("content", {}):
            return reply
        problem = {"title": reply.body["message"], "status": reply.status}
        return Reply(reply.status, json.dumps(problem).encode(), reply.headers, "application/problem+json")

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow `$ref`s within the spec."""
        return resolve(self.spec["components"], node)

    async def _dispatch(self, request: Request) -> Response:
        """Find the spec path (a literal segment beats a template), then the operation."""
        for regex, by_method in self.routes:
            if regex.fullmatch(request.url.path):
                if request.method in by_method:
                    return await self._handle(request, by_method[request.method])
                allow = ", ".join(by_method)
                return self._respond(Reply(405, error(405, "Method Not Allowed").body, {"Allow": allow}))
        return self._respond(error(404, "Page not found"))

    async def _handle(self, request: Request, operation_id: str) -> Response:
        raw = await request.body()
        openapi_request = StarletteOpenAPIRequest(request, raw)
        parts = await _parts(request)
        reply = self.in_documented_shape(operation_id, self._reply(request, operation_id, raw, parts, openapi_request))
        response = self._respond(reply)
        if self.check_responses:
            # Validated, not unmarshalled: building Python values from a 500-item page costs
            # openapi-core five times what checking it does, and the mock needs only the verdict.
            validator = self.openapi.response_validator
            errors = list(validator.iter_errors(openapi_request, StarletteOpenAPIResponse(response)))
            if errors:
                raise AssertionError(f"mock answered {operation_id} off-spec: {describe_errors(errors)}")
        return response

    def _reply(self, request: Request, operation_id: str, raw: bytes, parts: Any, openapi_request) -> Reply:
        self.calls[operation_id] += 1
        if self.faults and (fault := self.faults.draw()):
            return fault
        if self.operations[operation_id].get("security") and not self._authorized(request):
            return error(401, "The bearer token or the provided api key is invalid")
        try:
            result = self.openapi.unmarshal_request(openapi_request)
        except Exception as exc:  # noqa: BLE001 - openapi-core 0.23.1 crashes on some malformed bodies
            return error(400, f"request body cannot be read: {type(exc).__name__}")
        if result.errors:
            return error(400, describe_errors(result.errors))
        call = Call(
            self,
            operation_id,
            dict(result.parameters.path),
            dict(result.parameters.query),
            _body(request, raw, parts),
            request,
        )
        return self.handlers.get(operation_id, Call.example)(call)

    def _authorized(self, request: Request) -> bool:
        """Every operation wants `Authorization: Bearer <token>`; `accepts_token` decides."""
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and self.accepts_token(token.strip())

    def _respond(self, reply: Reply) -> Response:
        self.requests_served += 1
        headers = {
            "RateLimit-Limit": str(RATE_LIMIT),
            "RateLimit-Remaining": str(max(RATE_LIMIT - self.requests_served, 0)),
            "RateLimit-Reset": "60",
            **reply.headers,
        }
        if reply.body is None:
            return Response(status_code=reply.status, headers=headers)
        if isinstance(reply.body, bytes):
            return Response(reply.body, status_code=reply.status, headers=headers, media_type=reply.media_type)
        return JSONResponse(reply.body, status_code=reply.status, headers=headers)

    async def _not_found(self, request: Request, exc: Exception) -> Response:
        """In the shape the operation documents, where the path is still one of its paths."""
        for regex, by_method in self.routes:
            if regex.fullmatch(request.url.path) and request.method in by_method:
                return self._respond(self.in_documented_shape(by_method[request.method], error(404, "Page not found")))
        return self._respond(error(404, "Page not found"))

    async def _serve_spec(self, request: Request) -> Response:
        return JSONResponse(self.spec)


class RequestChecker(V30RequestUnmarshaller):
    """openapi-core's request unmarshaller for OpenAPI 3.0 (parameters typed for the handlers), with the body
    validated but not unmarshalled: the handlers read the JSON as sent (`_body`), and building
    Python values from it was over a third of the cost of a call. Overrides the one method that
    unmarshals content (openapi-core 0.23.1, pinned)."""

    def _get_content_and_schema(self, raw: Any, content: Any, mimetype: str | None = None) -> Any:
        return BaseValidator._get_content_and_schema(self, raw, content, mimetype)


@dataclass
class Faults:
    """Injected failures: bexio's rate limit (429 with RateLimit-Reset) and maintenance (503)."""

    rates: dict[int, float]
    random: random.Random

    def draw(self) -> Reply | None:
        roll = self.random.random()
        for status, rate in self.rates.items():
            if roll < rate:
                reply = error(status, "Too many requests" if status == 429 else "injected failure")
                if status == 429:
                    reply.headers["RateLimit-Reset"] = "1"
                return reply
            roll -= rate
        return None


def _body(request: Request, raw: bytes, parts: dict | None) -> Any:
    """JSON as sent (openapi-core would turn dates into objects), multipart parts, else bytes."""
    if parts is not None or not raw:
        return parts
    media_type = request.headers.get("content-type", "").split(";")[0].strip()
    return json.loads(raw) if media_type == "application/json" or media_type.endswith("+json") else raw


async def _parts(request: Request) -> dict[str, FilePart] | None:
    """The parts of a multipart body (openapi-core keeps only the declared ones, without file names).

    A part sent without a file name arrives as text; it is kept as its UTF-8 bytes.
    """
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return None
    try:
        form = await request.form()
    except (MultiPartException, HTTPException):  # a malformed body; openapi-core's validation reports it
        return None
    parts: dict[str, FilePart] = {}
    for name, value in form.multi_items():
        if isinstance(value, str):
            parts[name] = FilePart(name, "application/octet-stream", value.encode())
        else:
            parts[name] = FilePart(value.filename or name, value.content_type or "", await value.read())
    return parts


def _literal_segments_first(path: str) -> list[int]:
    """`/2.0/contact/search` must be tried before `/2.0/contact/{contact_id}`."""
    return [segment.startswith("{") for segment in path.split("/")]


def _path_regex(path: str) -> re.Pattern[str]:
    """`/2.0/contact/{contact_id}` → a pattern with one segment per parameter."""
    return re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)))
