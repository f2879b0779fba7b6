"""What a handler receives (`Call`) and returns (`Reply`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request

if TYPE_CHECKING:
    from .app import BexioMock
    from .state import State


@dataclass
class Reply:
    status: int
    body: Any = None  # JSON, or bytes sent as `media_type`
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = None


@dataclass
class Call:
    """A validated request, as a handler sees it."""

    mock: BexioMock
    operation_id: str
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    request: Request

    @property
    def state(self) -> State:
        return self.mock.state

    @property
    def operation(self) -> dict[str, Any]:
        return self.mock.operations[self.operation_id]

    def example(self, status: str | None = None) -> Reply:
        """The spec's example response (the first success one by default), with the paging
        headers of a 3.0 list when its response documents them."""
        reply = self.mock.example_reply(self.operation_id, status)
        return page_headers(self, reply, len(reply.body)) if isinstance(reply.body, list) else reply


@dataclass
class FilePart:
    """One file of a multipart upload."""

    filename: str
    content_type: str
    content: bytes


def page_headers(call: Call, reply: Reply, total: int) -> Reply:
    """`X-Total-Count`, `X-Limit`, `X-Offset` where the operation's success response documents them."""
    documented = next(iter(call.operation["responses"].values())).get("headers", {})
    if "X-Total-Count" in documented:
        reply.headers["X-Total-Count"] = str(total)
        reply.headers["X-Limit"] = str(call.query.get("limit", 500))
        reply.headers["X-Offset"] = str(call.query.get("offset", 0))
    return reply


def error(status: int, message: str) -> Reply:
    """bexio's error shape."""
    return Reply(status, {"error_code": status, "message": message})


Handler = Callable[[Call], Reply]
