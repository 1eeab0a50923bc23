"""The frozen app's entry point: the same command line as the `annotator` script (CONTRACT §3)."""

import sys

from annotator.cli import main

if __name__ == "__main__":
    sys.exit(main())
