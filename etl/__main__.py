import signal
import sys

from .cli import main

if hasattr(signal, "SIGPIPE"):  # `python -m etl check plan.docx | head` ends quietly, as Unix tools do
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
sys.exit(main())
