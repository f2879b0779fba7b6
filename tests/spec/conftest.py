import json

import pytest

from tests.mock.app import PUBLISHED_SPEC
from tests.routes import published


@pytest.fixture(scope="session")
def spec() -> dict:
    return json.loads(PUBLISHED_SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def routes() -> list[dict]:
    """The operations bexio documents today (tests/data/routes.tsv without its removed rows)."""
    return published()
