"""A real SMTP server on loopback for tst_email: prints its port, then
appends every message it receives to the file named on the command line as
one JSON line. Stops when its standard input closes.

With a second argument "login", it also offers AUTH without TLS (as a
server that does not offer STARTTLS, or a man in the middle that strips it,
would) and records every login it is sent as a JSON line {"login": …,
"password": …}, so a test can tell whether a password went out in the clear."""
import json
import socket
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def record(entry):
    with open(sys.argv[1], "a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")


class Sink:
    async def handle_DATA(self, server, session, envelope):
        record({
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "data": envelope.content.decode("utf-8", "replace"),
        })
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    if isinstance(auth_data, LoginPassword):
        record({"login": auth_data.login.decode("utf-8", "replace"),
                "password": auth_data.password.decode("utf-8", "replace")})
    return AuthResult(success=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


port = free_port()
options = {}
if len(sys.argv) > 2 and sys.argv[2] == "login":
    options = {"authenticator": authenticator, "auth_require_tls": False}
controller = Controller(Sink(), hostname="127.0.0.1", port=port, **options)
controller.start()
print(port, flush=True)
sys.stdin.read()
controller.stop()
