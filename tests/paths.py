"""Where the tests find the repository's files."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUTES = ROOT / "tests" / "data" / "routes.tsv"
PUBLISHED_YAML = ROOT / "generated" / "openapi" / "bexio.yaml"
PUBLISHED_JSON = ROOT / "generated" / "openapi" / "bexio.json"
