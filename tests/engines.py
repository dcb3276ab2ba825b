"""Real SPARQL servers for the remote tests: Oxigraph server and Virtuoso Open Source 7.

Each runs on free loopback ports with a scratch database directory, answers before it is
handed out, and is stopped (by its process id) when the session ends. Virtuoso is installed
with apt-get when missing and possible (root, Debian); otherwise `unavailable()` says why and
the tests that need it skip. `.ci/run` installs it, so CI runs them.

Virtuoso is configured the way the README tells a user to (aikg.remote documents why):

* `[SPARQL] ResultSetMaxRows` and `MaxQueryExecutionTime` raised, so that no answer is cut
  short (aikg would stop with an error if one were);
* a user `aikg` with a generated password and SPARQL_UPDATE, for the authenticated
  `/sparql-auth` and `/sparql-graph-crud-auth` endpoints (digest auth); the `dba` password is
  replaced by a generated one too;
* Virtuoso's own graphs (its quad-map schema, LDP and service description) made private, so the
  default graph that anonymous queries see is the union of the graphs aikg pushed.
"""
from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

VIRTUOSO_PACKAGE = "virtuoso-opensource"
SYSTEM_GRAPHS = ("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
                 "http://localuriqaserver/sparql")
_install_error: str | None = None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, proc=None, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on 127.0.0.1:{port} after {seconds} s")


def stop(proc: subprocess.Popen, seconds: float = 20) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(seconds)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@dataclass
class Engine:
    """A running server: its query URL and the environment that carries its credentials."""
    name: str
    url: str
    env: dict = field(default_factory=dict)
    proc: subprocess.Popen | None = None
    workdir: Path | None = None

    def store(self, timeout: float = 60):
        """A RemoteStore with this engine's credentials (read from the environment)."""
        from aikg.remote import RemoteStore
        old = {k: os.environ.get(k) for k in self.env}
        os.environ.update(self.env)
        try:
            return RemoteStore(self.url, timeout=timeout)
        finally:
            for k, v in old.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v

    def clear(self) -> None:
        """Drop every graph aikg can see (never the server's private ones)."""
        rs = self.store()
        from aikg.rdf import META_GRAPH
        graphs = [*rs.all_graphs(), META_GRAPH]      # the derived facts graph too
        rs.update(";\n".join(f"DROP SILENT GRAPH {g}" for g in graphs))
        left = rs.all_graphs()
        rs.close()
        assert not left, f"{self.name}: graphs left after clearing: {[g.value for g in left][:5]}"

    def stop(self) -> None:
        if self.proc is not None:
            stop(self.proc)


# ---------------------------------------------------------------------- Oxigraph
def start_oxigraph(location: Path) -> Engine:
    from aikg.remote import find_oxigraph
    binary = find_oxigraph()
    if binary is None:
        raise RuntimeError("the `oxigraph` server binary is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port, proc)
    except Exception:
        stop(proc)
        raise
    # started without --union-default-graph: aikg asks for the union per request
    return Engine("oxigraph", f"http://127.0.0.1:{port}/query", {}, proc, location)


# ---------------------------------------------------------------------- Virtuoso
def virtuoso_binary() -> tuple[str | None, str | None]:
    """(virtuoso-t, isql-vt) paths, installing the Debian package once when they are missing
    and this process may (root with apt-get)."""
    global _install_error
    found = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    if all(found) or _install_error is not None:
        return found
    if not shutil.which("apt-get") or os.geteuid() != 0:
        _install_error = f"{VIRTUOSO_PACKAGE} is not installed (apt-get install {VIRTUOSO_PACKAGE}; needs root)"
        return found
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        r = subprocess.run(["apt-get", "install", "-y", "-qq", VIRTUOSO_PACKAGE], capture_output=True,
                           text=True, env=env, timeout=600)
        if r.returncode != 0:
            subprocess.run(["apt-get", "update", "-qq"], capture_output=True, env=env, timeout=600)
            r = subprocess.run(["apt-get", "install", "-y", "-qq", VIRTUOSO_PACKAGE], capture_output=True,
                               text=True, env=env, timeout=600)
        if r.returncode != 0:
            _install_error = f"apt-get install {VIRTUOSO_PACKAGE} failed: {(r.stderr or r.stdout).strip()[-300:]}"
    except (OSError, subprocess.TimeoutExpired) as e:
        _install_error = f"apt-get install {VIRTUOSO_PACKAGE} failed: {e}"
    return shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")


def unavailable() -> str | None:
    """Why Virtuoso cannot run here, or None."""
    server, isql = virtuoso_binary()
    if server and isql:
        return None
    return _install_error or f"virtuoso-t / isql-vt not found ({VIRTUOSO_PACKAGE})"


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
DirsAllowed = ., {db}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
MaxQueryMem = 1G
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


CONSTRUCT_PROCEDURES = ("SPARQL_CONSTRUCT_INIT", "SPARQL_CONSTRUCT_ACC", "SPARQL_CONSTRUCT_FIN")


def virtuoso_setup_sql(dba_password: str, user: str, password: str) -> str:
    group = "http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs"
    lines = [
        f"DB.DBA.USER_CREATE ('{user}', '{password}');",
        f'GRANT SPARQL_UPDATE TO "{user}";',
        # the role's grants reach CONSTRUCT's accumulator late on a busy machine (SR186 once in CI)
        *[f'GRANT EXECUTE ON DB.DBA.{proc} TO "{user}";' for proc in CONSTRUCT_PROCEDURES],
        "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);",
        f"DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('{user}', 3);",
        f"DB.DBA.RDF_GRAPH_GROUP_CREATE ('{group}', 1);",
        *[f"DB.DBA.RDF_GRAPH_GROUP_INS ('{group}', '{g}');" for g in SYSTEM_GRAPHS],
        "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);",
        f"DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('{user}', 0, 1);",
        f"DB.DBA.USER_CHANGE_PASSWORD ('dba', 'dba', '{dba_password}');",
    ]
    return "\n".join(lines) + "\n"


def start_virtuoso(workdir: Path, buffers: int = 20000) -> Engine:
    """A fresh Virtuoso in `workdir` (its database, log and ini live there)."""
    server, isql = virtuoso_binary()
    if not (server and isql):
        raise RuntimeError(unavailable() or "virtuoso not available")
    workdir = Path(workdir).resolve()        # the ini's paths are read relative to the server's cwd
    workdir.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = workdir / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(db=workdir, sql_port=sql_port, http_port=http_port,
                                       buffers=buffers, dirty=buffers * 3 // 4))
    log = open(workdir / "stdout.log", "wb")
    proc = subprocess.Popen([server, "+configfile", str(ini), "+foreground"], cwd=workdir,
                            stdout=log, stderr=subprocess.STDOUT)
    log.close()
    try:
        wait_port(http_port, proc, seconds=90)
        user, password, dba = "aikg", secrets.token_urlsafe(12), secrets.token_urlsafe(12)
        script = workdir / "setup.sql"
        script.write_text(virtuoso_setup_sql(dba, user, password))
        deadline = time.monotonic() + 60
        while True:     # the SQL port may open a little after the HTTP one
            r = subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", str(script)],
                               capture_output=True, text=True, timeout=120)
            if r.returncode == 0 and "Error" not in r.stdout + r.stderr:
                break
            if time.monotonic() > deadline or "Error" in r.stdout + r.stderr:
                raise RuntimeError(f"virtuoso set-up failed: {(r.stdout + r.stderr).strip()[-500:]}")
            time.sleep(0.5)
        script.unlink()
    except Exception:
        stop(proc)
        raise
    env = {"AIKG_ENDPOINT_USER": user, "AIKG_ENDPOINT_PASSWORD": password}
    engine = Engine("virtuoso", f"http://127.0.0.1:{http_port}/sparql", env, proc, workdir)
    engine.sql_port = sql_port
    engine.dba_password = dba
    return engine
