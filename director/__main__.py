"""`python -m director` is the `director` command."""

import sys

from director.cli import main

sys.exit(main())
