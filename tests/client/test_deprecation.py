"""A deprecated operation still works and says, when called, why it is deprecated and what replaces it."""

import uuid
import warnings

import pytest


def test_a_deprecated_operation_warns_with_its_replacement(bexio):
    employee = uuid.uuid4()
    with pytest.warns(DeprecationWarning, match="getPaystubPdf is deprecated: Deprecated on 2026-05-26"):
        bexio.documents.get_paystub_pdf(employee, 2026, 5)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        bexio.documents.download_paystub_pdf(employee, 2026, 5)  # its replacement does not warn


def test_the_warning_points_at_the_callers_line(bexio):
    with pytest.warns(DeprecationWarning) as caught:
        bexio.documents.get_paystub_pdf(uuid.uuid4(), 2026, 5)
    assert caught[0].filename == __file__
