"""The command-line interface: parses options, calls the library and presents its results."""
