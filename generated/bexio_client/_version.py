# Copied by `make generate` from overrides/python/_version.py: edit that file, not this copy.
"""The version of bexio-client (read by pyproject.toml and sent in the User-Agent)."""

__version__ = "0.1.0"
