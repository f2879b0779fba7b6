"""The mock's HTTP layer: routing, strict validation, dispatch, self-check, headers."""

import copy
import json
import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openapi_core import Config as OpenAPIConfig
from openapi_core import OpenAPI
from openapi_core.contrib.starlette import StarletteOpenAPIRequest, StarletteOpenAPIResponse
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .call import Call, Handler, Reply, error
from .errors import describe_errors
from .handlers import handlers
from .state import State

PUBLISHED_SPEC = Path(__file__).resolve().parents[2] / "generated" / "openapi" / "bexio.json"
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
        self.openapi = OpenAPI.from_dict(served, config=OpenAPIConfig(spec_validator_cls=None))
        # The mock checks the bearer token itself; openapi-core warns that it cannot check oauth2.
        warnings.filterwarnings("ignore", "Unsupported scheme type", UserWarning)
        self.check_responses = check_responses
        self.accepts_token: Callable[[str], bool] = bool if token is None else token.__eq__
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
            ]
        )
        self.handlers: dict[str, Handler] = handlers(self.operations)
        self.requests_served = 0
        self.reset()

    def reset(self) -> None:
        """Forget every change: back to the seeded state."""
        self.state = State(self)
        self.requests_served = 0

    def example_reply(self, operation_id: str, status: str | None = None) -> Reply:
        responses = self.operations[operation_id]["responses"]
        status = status or next(code for code in responses if code.startswith("2"))
        response = self.resolve(responses[status])
        media = (response.get("content") or {}).get("application/json", {})
        return Reply(int(status), copy.deepcopy(media.get("example")))

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow `$ref`s within the spec."""
        while "$ref" in node:
            *_, kind, name = node["$ref"].split("/")
            node = self.spec["components"][kind][name]
        return node

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
        result = self.openapi.unmarshal_request(openapi_request)
        if self.operations[operation_id].get("security") and not self._authorized(request):
            reply = error(401, "The bearer token or the provided api key is invalid")
        elif result.errors:
            reply = error(400, describe_errors(result.errors))
        else:
            call = Call(
                self,
                operation_id,
                dict(result.parameters.path),
                dict(result.parameters.query),
                json.loads(raw) if raw else None,
                request,
            )
            handler = self.handlers.get(operation_id, Call.example)
            reply = handler(call)
        response = self._respond(reply)
        if self.check_responses:
            checked = self.openapi.unmarshal_response(openapi_request, StarletteOpenAPIResponse(response))
            if checked.errors:
                raise AssertionError(f"mock answered {operation_id} off-spec: {describe_errors(checked.errors)}")
        return response

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
        return JSONResponse(reply.body, status_code=reply.status, headers=headers)

    async def _serve_spec(self, request: Request) -> Response:
        return JSONResponse(self.spec)


def _literal_segments_first(path: str) -> list[int]:
    """`/2.0/contact/search` must be tried before `/2.0/contact/{contact_id}`."""
    return [segment.startswith("{") for segment in path.split("/")]


def _path_regex(path: str) -> re.Pattern[str]:
    """`/2.0/contact/{contact_id}` → a pattern with one segment per parameter."""
    return re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)))
