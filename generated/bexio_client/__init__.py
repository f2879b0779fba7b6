"""The typed Python client for the bexio API.

`Bexio` / `AsyncBexio` add authentication, retries, typed errors and pagination to the
generated operations (`bexio_client.api`) and models (`bexio_client.models`).
"""

from ._client import AsyncBexio, Bexio
from ._retries import RetryPolicy
from ._version import __version__
from .client import AuthenticatedClient, Client
from .oauth import OAuth2
from .pdf import pdf_bytes
from .search import Search

__all__ = (
    "AsyncBexio",
    "AuthenticatedClient",
    "Bexio",
    "Client",
    "OAuth2",
    "RetryPolicy",
    "Search",
    "__version__",
    "pdf_bytes",
)
