"""What an import loads, each in a fresh interpreter: models on first use, sections on first use."""

import json
import subprocess
import sys

from tests.paths import ROOT

MODELS_DIR = ROOT / "generated" / "bexio_client" / "models"


def loaded_after(code: str) -> dict:
    """Run `code` in a fresh interpreter; `shown` is what it printed (JSON), `modules` the bexio_client modules."""
    script = f"import json, sys\n{code}\nprint(json.dumps({{'shown': shown, 'modules': sorted(sys.modules)}}))"
    output = subprocess.check_output([sys.executable, "-c", script], env={"PYTHONPATH": str(ROOT / "generated")})
    result = json.loads(output)
    result["modules"] = [name for name in result["modules"] if name.startswith("bexio_client")]
    return result


def test_importing_the_package_loads_no_model_no_section_and_no_asyncio():
    result = loaded_after("import bexio_client\nshown = 'asyncio' in sys.modules")
    modules = result["modules"]
    assert "bexio_client._client" in modules
    assert result["shown"] is False, "asyncio is imported on first async use, not by `import bexio_client`"
    assert [name for name in modules if name.startswith("bexio_client.models")] == []
    assert [name for name in modules if name.startswith("bexio_client.api.")] == []


def test_one_model_loads_its_own_module_and_few_others():
    modules = loaded_after("from bexio_client.models import Contact\nshown = Contact.__name__")["modules"]
    models = [name for name in modules if name.startswith("bexio_client.models.")]
    assert "bexio_client.models.contact" in models
    assert len(models) <= 5, models


def test_every_model_is_listed_and_resolves():
    result = loaded_after(
        "import bexio_client.models as models\n"
        "listed = sorted(models.__all__)\n"
        "shown = {'all': listed, 'dir': sorted(set(listed) - set(dir(models))),"
        " 'resolved': [name for name in listed if getattr(models, name) is not None]}"
    )
    modules = {path.stem for path in MODELS_DIR.glob("*.py")} - {"__init__"}
    assert len(result["shown"]["all"]) == len(modules)
    assert result["shown"]["dir"] == []
    assert result["shown"]["resolved"] == result["shown"]["all"]


def test_an_unknown_model_is_an_attribute_error():
    shown = loaded_after(
        "import bexio_client.models as models\n"
        "try:\n    models.NoSuchModel\n    shown = 'found'\nexcept AttributeError as error:\n    shown = str(error)"
    )["shown"]
    assert shown == "module 'bexio_client.models' has no attribute 'NoSuchModel'"
