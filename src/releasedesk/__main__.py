"""`python -m releasedesk`: the same command line as the `releasedesk` script."""

import sys

from releasedesk.cli import main

sys.exit(main(sys.argv[1:]))
