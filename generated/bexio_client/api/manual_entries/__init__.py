"""ManualEntries: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    add_manual_compound_entry_file,
    add_manual_entry_line_file,
    create_manual_entry,
    delete_manual_compound_entry_file,
    delete_manual_entry,
    delete_manual_entry_line_file,
    get_manual_compound_entry_file,
    get_manual_entry_line_file,
    get_next_manual_entry_ref_nr,
    list_manual_compound_entry_files,
    list_manual_entries,
    list_manual_entry_line_files,
    update_manual_entry,
)


class ManualEntriesResource(Resource):
    """ManualEntries operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_manual_entries)
    create = Operation(create_manual_entry)
    update = Operation(update_manual_entry)
    delete = Operation(delete_manual_entry)
    get_next_manual_entry_ref_nr = Operation(get_next_manual_entry_ref_nr)
    list_manual_entry_line_files = Operation(list_manual_entry_line_files)
    add_manual_entry_line_file = Operation(add_manual_entry_line_file)
    get_manual_entry_line_file = Operation(get_manual_entry_line_file)
    delete_manual_entry_line_file = Operation(delete_manual_entry_line_file)
    list_manual_compound_entry_files = Operation(list_manual_compound_entry_files)
    add_manual_compound_entry_file = Operation(add_manual_compound_entry_file)
    get_manual_compound_entry_file = Operation(get_manual_compound_entry_file)
    delete_manual_compound_entry_file = Operation(delete_manual_compound_entry_file)
