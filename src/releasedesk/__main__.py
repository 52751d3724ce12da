"""`python -m releasedesk`: the same command line as the `releasedesk` script."""

from releasedesk.cli import run

run()
