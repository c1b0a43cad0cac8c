"""`python -m cchc_desktop` starts the window."""

import sys

from cchc_desktop.gui.entry import main

sys.exit(main())
