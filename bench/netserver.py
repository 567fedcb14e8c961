#!/usr/bin/env python3
"""Host end of the throughput phases of `make bench`.

Listens on 127.0.0.1 (QEMU user networking forwards dom0's connections to
10.0.2.2:<port> there, no extra netdev option needed) and speaks just
enough HTTP for busybox wget:
  GET  /rx/<n>  sends n bytes (host -> dom0)
and, on a second port, a raw TCP sink for dom0 -> host (busybox wget's
--post-file sends an empty body): it reads until dom0 half-closes
(busybox nc does on end of input), answers with the byte count, closes.
Writes "HTTP_PORT SINK_PORT" to PORTFILE, then serves until killed.
Usage: netserver.py PORTFILE
"""
import http.server
import os
import socketserver
import sys
import threading

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


class Sink(socketserver.BaseRequestHandler):
    def handle(self):
        got = 0
        while True:
            b = self.request.recv(1 << 20)
            if not b:
                break
            got += len(b)
        self.request.sendall(b"%d\n" % got)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    socketserver.ThreadingTCPServer.daemon_threads = True
    sink = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write("%d %d\n" % (srv.server_address[1], sink.server_address[1]))
    os.replace(sys.argv[1] + ".tmp", sys.argv[1])
    srv.serve_forever()


if __name__ == "__main__":
    main()
