import sys

from releasedesk.cli import main

sys.exit(main(sys.argv[1:]))
