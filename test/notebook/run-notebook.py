"""Executes a notebook headlessly with nbclient and writes the executed notebook.

usage: run-notebook.py IN.ipynb OUT.ipynb [KERNEL]
Exit 0 when every cell ran; a cell error still writes OUT (with the error output) and exits 1.
"""
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

source, target = sys.argv[1], sys.argv[2]
kernel = sys.argv[3] if len(sys.argv) > 3 else "tslab"
notebook = nbformat.read(source, as_version=4)
client = NotebookClient(notebook, timeout=600, kernel_name=kernel, allow_errors=False)
status = 0
try:
    client.execute()
except CellExecutionError as error:
    print(str(error)[:2000], file=sys.stderr)
    status = 1
nbformat.write(notebook, target)
sys.exit(status)
