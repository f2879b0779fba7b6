# Copied by `make generate` from overrides/python/pdf.py: edit that file, not this copy.
"""The PDF of a quote, order, invoice or reminder as bytes.

bexio's `…/pdf` endpoints answer with JSON, `{name, size, mime, content}`, the file base64
encoded in `content` (research: live fixtures), not with a PDF stream.
"""

import base64
import binascii
from typing import Any

from .errors import BexioError


def pdf_bytes(document: Any) -> bytes:
    """The decoded file of a `KbDocumentPdf` (what `bexio.invoices.get_invoice_pdf(id)` returns)."""
    try:
        content = base64.b64decode(document.content, validate=True)
    except (binascii.Error, ValueError) as error:
        raise BexioError(f"the PDF {document.name!r} is not valid base64: {error}") from error
    return content
