"""The typed Python client for the bexio API.

`Bexio` / `AsyncBexio` give every operation of bexio's reference as a typed method
(`bexio.contacts.get(1) -> Contact`), with authentication, retries, typed errors and
pagination; the models are in `bexio_client.models`, the errors in `bexio_client.errors`.
"""

from ._client import AsyncBexio, Bexio
from ._retries import RetryPolicy
from ._version import __version__
from .oauth import OAuth2
from .pagination import AsyncPages, Pages
from .pdf import pdf_bytes
from .search import Search
from .types import UNSET, Response, Unset

__all__ = (
    "UNSET",
    "AsyncBexio",
    "AsyncPages",
    "Bexio",
    "OAuth2",
    "Pages",
    "Response",
    "RetryPolicy",
    "Search",
    "Unset",
    "__version__",
    "pdf_bytes",
)
