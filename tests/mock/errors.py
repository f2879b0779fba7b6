"""Turn openapi-core's validation errors into one message that names the field."""

from collections.abc import Iterable


def describe_errors(errors: Iterable[BaseException]) -> str:
    return "; ".join(_describe(error) for error in errors)


def _describe(error: BaseException) -> str:
    schema_errors = _schema_errors(error)
    where = _where(error)
    if schema_errors:
        details = ", ".join(_located(item) for item in schema_errors)
        return f"{where}: {details}" if where else details
    return _safe_str(error)


def _located(item) -> str:
    path = "/".join(str(part) for part in item.absolute_path)
    return f"{path}: {item.message}" if path else item.message


def _schema_errors(error: BaseException) -> list:
    """jsonschema errors hang off the cause chain (InvalidSchemaValue.schema_errors)."""
    while error is not None:
        found = getattr(error, "schema_errors", None)
        if found:
            return list(found)
        error = error.__cause__
    return []


def _where(error: BaseException) -> str:
    name, location = getattr(error, "name", None), getattr(error, "location", None)
    if name and location:
        return f"{location} parameter {name!r}"
    return "request body" if "Body" in type(error).__name__ else ""


def _safe_str(error: BaseException) -> str:
    """str() of some openapi-core errors raises on a body that is not UTF-8 (seen with 0.23.1)."""
    parts = []
    while error is not None:
        try:
            parts.append(str(error))
        except Exception:  # noqa: BLE001 - any failure to render falls back to the type name
            parts.append(type(error).__name__)
        error = error.__cause__
    return ": ".join(part for part in parts if part) or "invalid request"
