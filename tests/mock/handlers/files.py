"""Files: a multipart upload stores each part's bytes; download and preview serve them back."""

import uuid
from datetime import UTC, datetime

from ..call import Call, FilePart, Reply, error
from .crud import Resource, family, public

CONTENT = "_content"
FILES: Resource = family(
    "file",
    "File",
    "Files",
    operations=("list", "search", "get", "update", "delete"),
    id_param="file_id",
)


MAX_UPLOAD = 12 * 1024 * 1024  # "max. 12 MB" (reference, Create new file)


def upload(call: Call) -> Reply:
    """Store every part; only the documented types (those a download may answer with) are taken."""
    template = call.example().body[0]
    accepted = set(call.mock.operations["downloadFile"]["responses"]["200"]["content"])
    parts: list[FilePart] = list((call.body or {}).values())
    for part in parts:  # a part that states no type is plain bytes
        part.content_type = part.content_type or "application/octet-stream"
    if sum(len(part.content) for part in parts) > MAX_UPLOAD:
        return error(422, "the upload exceeds 12 MB")
    if unsupported := sorted({p.content_type for p in parts if p.content_type not in accepted}):
        return error(415, f"unsupported file types: {', '.join(unsupported)}")
    files = FILES.collection(call)
    return Reply(201, [public(files.add(file_record(template, part))) for part in parts])


def file_record(template: dict, part: FilePart) -> dict:
    """A stored file as bexio describes one (inbox files and manual entry attachments alike)."""
    name, _, extension = part.filename.rpartition(".")
    return {
        **template,
        "uuid": str(uuid.uuid4()),
        "name": name or part.filename,
        "extension": extension,
        "mime_type": part.content_type or "application/octet-stream",
        "size_in_bytes": len(part.content),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        CONTENT: part.content,
    }


def download(call: Call) -> Reply:
    record = FILES.find(call)
    return Reply(200, content(record), media_type=record["mime_type"]) if record else FILES.not_found(call)


def preview(call: Call) -> Reply:
    record = FILES.find(call)
    return Reply(200, content(record), media_type="application/octet-stream") if record else FILES.not_found(call)


def content(record: dict) -> bytes:
    """The uploaded bytes. The reference's sample file has none: it serves a labelled placeholder."""
    return record.get(CONTENT) or f"placeholder content of the sample file {record['name']}".encode()


HANDLERS = {"createFile": upload, "downloadFile": download, "getFilePreview": preview}
