"""Stateful handlers by operationId; operations without one answer with their sample."""

from ..call import Handler
from . import banking, contacts, files, master_data, payroll, positions, projects, purchase, sales
from .crud import Resource

RESOURCES: list[Resource] = [
    *contacts.RESOURCES,
    files.FILES,
    *projects.RESOURCES,
    *master_data.RESOURCES,
    *purchase.RESOURCES,
    *sales.RESOURCES,
]
HANDLERS: dict[str, Handler] = {
    **banking.HANDLERS,
    **payroll.HANDLERS,
    **positions.HANDLERS,
    **files.HANDLERS,
    **projects.HANDLERS,
    **purchase.HANDLERS,
    **sales.HANDLERS,
}


def handlers(operations: dict) -> dict[str, Handler]:
    table = {op: handler for resource in RESOURCES for op, handler in resource.handlers().items()}
    table.update(HANDLERS)  # specific handlers wrap or replace the generic ones
    unknown = sorted(set(table) - set(operations))
    if unknown:
        raise LookupError(f"mock handlers for operations the spec does not have: {unknown}")
    return table
