"""Print the OpenAPI schema of the app: `python -m spinscope.web.openapi > docs/openapi.json`."""

from __future__ import annotations

import json
import sys

from .app import create_app

if __name__ == "__main__":
    sys.stdout.write(json.dumps(create_app().openapi(), indent=2, sort_keys=True) + "\n")
