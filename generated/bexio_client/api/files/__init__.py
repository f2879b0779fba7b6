"""Files: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_file,
    delete_file,
    download_file,
    get_file,
    get_file_preview,
    get_file_usage,
    list_files,
    search_files,
    update_file,
)


class FilesResource(Resource):
    """Files operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_files)
    create = Operation(create_file)
    search = Operation(search_files)
    get = Operation(get_file)
    delete = Operation(delete_file)
    update = Operation(update_file)
    download = Operation(download_file)
    get_file_preview = Operation(get_file_preview)
    get_file_usage = Operation(get_file_usage)
