"""``python -m nkreports``."""

from nkreports.cli import main

raise SystemExit(main())
