"""The version of bexio-client (read by pyproject.toml and sent in the User-Agent)."""

__version__ = "1.0.0"
