#!/usr/bin/env python3
"""Serves a static folder on 127.0.0.1 with the right MIME types (application/wasm
matters: browsers refuse to stream-compile wasm served as anything else)."""
import functools
import http.server
import socket
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".html": "text/html; charset=utf-8",
    }

    def end_headers(self):
        # Always fetch the newest build while developing.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        pass


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "build/wasm/site"
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
    handler = functools.partial(Handler, directory=folder)
    for candidate in range(port, port + 20):
        try:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", candidate), handler)
            break
        except OSError:
            continue
    else:
        sys.exit(f"Hittade ingen ledig port mellan {port} och {port + 19}")
    print(f"Strategispegeln körs på http://127.0.0.1:{server.server_port}/  (avsluta med Ctrl+C)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
