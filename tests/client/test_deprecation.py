"""A deprecated operation still works and says, when called, why it is deprecated and what replaces it."""

import warnings

import pytest

from bexio_client.models import EmployeeWrite


@pytest.fixture
def employee(bexio):
    """An employee the mock knows: a paystub of an unknown one is a 404."""
    return bexio.employees.create(body=EmployeeWrite(first_name="Eva", last_name="Kunz")).id


def test_a_deprecated_operation_warns_with_its_replacement(bexio, employee):
    with pytest.warns(DeprecationWarning, match="getPaystubPdf is deprecated: Deprecated on 2026-05-26"):
        bexio.documents.get_paystub_pdf(employee, 2026, 5)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        bexio.documents.download_paystub_pdf(employee, 2026, 5)  # its replacement does not warn


def test_the_warning_points_at_the_callers_line(bexio, employee):
    with pytest.warns(DeprecationWarning) as caught:
        bexio.documents.get_paystub_pdf(employee, 2026, 5)
    assert caught[0].filename == __file__
