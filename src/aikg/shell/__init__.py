"""`aikg shell`: an interactive SPARQL prompt with completion from the graph (pgcli-like).

    suggest.py   what may go at the cursor (a pure function of the text)
    completer.py candidates for each suggestion, from a metadata snapshot
    metadata.py  the snapshot, loaded from the store on a background thread
    commands.py  the backslash commands (\\help, \\q, \\describe, ...)
    output.py    tables, formats and the pager
    app.py       the prompt session, key bindings, toolbar and run loop
    cli.py       the `shell` click command

Importing this package imports nothing heavy; the prompt is built when the shell starts.
"""
