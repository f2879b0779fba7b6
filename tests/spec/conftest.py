import csv
import json

import pytest

from tests.mock.app import PUBLISHED_SPEC
from tests.paths import ROUTES


@pytest.fixture(scope="session")
def spec() -> dict:
    return json.loads(PUBLISHED_SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def routes() -> list[dict]:
    """The 301 documented operations (copy of shared/routes.tsv)."""
    with ROUTES.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))
