"""The build of bexio-client: transcription → published OpenAPI document → Python package.

`python -m generator build` is what `make generate` runs; see `generator/__main__.py`.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
OVERLAYS_DIR = ROOT / "overrides" / "overlays"
TEMPLATES_DIR = ROOT / "overrides" / "templates"
RUNTIME_DIR = ROOT / "overrides" / "python"
GENERATED_DIR = ROOT / "generated"
PUBLISHED_SPEC_DIR = GENERATED_DIR / "openapi"
PACKAGE_DIR = GENERATED_DIR / "bexio_client"
CLIENT_CONFIG = Path(__file__).resolve().parent / "config.yaml"
# Recorded live answers: the evidence of the response rule (generator/responses.py).
RECORDINGS_DIR = ROOT / "tests" / "data" / "live"
