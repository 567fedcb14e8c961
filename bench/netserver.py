#!/usr/bin/env python3
"""Host end of the throughput phases of `make bench`.

Listens on 127.0.0.1 (QEMU user networking forwards dom0's connections to
10.0.2.2:<port> there, no extra netdev option needed) and speaks just
enough HTTP for busybox wget:
  GET  /rx/<n>  sends n bytes (host -> dom0)
  POST /tx      reads the request body, answers with its length (dom0 -> host)
Writes the port it got to PORTFILE, then serves until killed.
Usage: netserver.py PORTFILE
"""
import http.server
import sys

CHUNK = bytes(65536)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if len(parts) != 2 or parts[0] != "rx" or not parts[1].isdigit():
            self.send_error(404)
            return
        n = int(parts[1])
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(n))
        self.end_headers()
        while n > 0:
            k = min(n, len(CHUNK))
            self.wfile.write(CHUNK[:k])
            n -= k

    def do_POST(self):
        if self.path.strip("/") != "tx":
            self.send_error(404)
            return
        left = int(self.headers.get("Content-Length", "0"))
        got = 0
        while left > 0:
            b = self.rfile.read(min(left, 1 << 20))
            if not b:
                break
            got += len(b)
            left -= len(b)
        body = str(got).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write("%d\n" % srv.server_address[1])
    import os
    os.replace(sys.argv[1] + ".tmp", sys.argv[1])
    srv.serve_forever()


if __name__ == "__main__":
    main()
