"""`python -m releasedesk`: the same command line as the `releasedesk` script."""

from releasedesk import onecommand

onecommand.start()  # before the command line's imports (collector thresholds, Pillow on first use)

from releasedesk.cli import run  # noqa: E402 (after onecommand.start, on purpose)

run()
