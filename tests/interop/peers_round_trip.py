"""Our exports through the real Label Studio and doccano, and back: not part of the default test run.

    python tests/interop/peers_round_trip.py [--work DIR] [--fixtures DIR]

It installs Label Studio 1.23.2 and doccano 1.8.4 from PyPI into virtual
environments of their own under --work (once), starts both on 127.0.0.1
only, builds a project of the annotated seed article and 20 ANT articles
(nested entities, quotes with entity and free-text speakers, cues, relations,
topics, an emoji before a name, a quote across a paragraph break), exports it
with `annotator export`, imports that into each tool through its REST API,
exports again from the tool, imports the tool's file with `annotator import`
and compares the two projects document by document: span texts, labels,
speakers, cues, relations and topics. It prints what survived and exits 1 on
any difference. With --fixtures it also keeps the files the tools wrote (the
committed fixtures under tests/fixtures/peers/ were made this way). Needs
../shared/data beside the checkout and a network that reaches PyPI.
"""

from __future__ import annotations

import argparse
import io
import json
import lzma
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

LABEL_STUDIO = "label-studio==1.23.2"
DOCCANO = ["doccano==1.8.4", "marshmallow<4", "numpy<2"]  # doccano's own pins no longer hold these back
LS_TOKEN = "interop" + uuid.uuid5(uuid.NAMESPACE_URL, "annotator").hex
PASSWORD = "annotator-interop"


# --- the project we send out ---------------------------------------------------------------


def fixture_documents() -> list[dict]:
    """The documents of the committed fixtures: the seed article annotated, and a made-up tricky one."""
    from test_native_roundtrip import annotated_seed, annotated_tricky

    from annotator.formats.txt import read

    return [annotated_seed(next(read(SHARED / "seed-article.txt")).text), annotated_tricky()]


def build_project(work: Path, *, ant: bool = True) -> Path:
    """The fixture documents plus (with `ant`) 20 ANT articles annotated by the suggester and accepted,
    with relations and an emoji before a tagged name."""
    from annotator.core import ops
    from annotator.core.store import Project
    from annotator.core.suggest import suggest_document
    from annotator.importer import ImportOptions, import_paths
    from helpers import write_jsonl

    db = work / "original.db"
    db.unlink(missing_ok=True)
    fixed = fixture_documents()
    articles = []
    with lzma.open(SHARED / "ant-multisource-v2.1.jsonl.xz", "rt", encoding="utf-8") as stream:
        for line in stream:
            article = json.loads(line)
            if article["text"].strip() and len(article["text"]) < 3000 and any(v in article["text"] for v in ("قال", "أكد")):
                articles.append({"id": article["docno"], "text": article["text"], "meta": {"title": article["title"]}})
            if len(articles) == 20 or not ant:
                break
    articles = articles if ant else []
    if articles:
        articles[0]["text"] = "😀 " + articles[0]["text"]  # an emoji before every name of the article
    path = write_jsonl(work / "original.jsonl", [*fixed, *articles])
    gazetteer = {"ترامب": "PERSON", "العراق": "GPE", "مصر": "GPE", "السعوديه": "GPE", "ايران": "GPE", "روسيا": "GPE",
                 "الامم المتحده": "ORG", "واشنطن": "GPE", "سوريا": "GPE", "اسرائيل": "GPE", "لبنان": "GPE",
                 "الولايات المتحده": "GPE", "بوتين": "PERSON", "الاتحاد الاوروبي": "ORG", "تركيا": "GPE"}
    with Project.open(db) as project:
        import_paths(project, [path], ImportOptions(annotator="analyst-1"))
        for document in list(project.documents()):
            if document.id in {d["id"] for d in fixed}:
                continue
            for change in suggest_document(project, document.key, annotator="suggester", gazetteer=gazetteer):
                for edit in change.edits:
                    if edit.after and edit.after.get("suggested"):
                        table = "entities" if "label" in edit.after else "quotes"
                        ops.accept_suggestion(project, table, edit.after["id"], annotator="analyst-1")
            fresh = project.document(document.key)
            if len(fresh.entities) >= 2 and fresh.entities[0].text != fresh.entities[1].text:
                ops.add_relation(project, document.key, fresh.entities[0].id, fresh.entities[1].id, "PART_OF",
                                 annotator="analyst-1")
            ops.set_topic(project, document.key, "politics", True, annotator="analyst-1")
    return db


def annotator_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True, text=True, cwd=ROOT)


def comparable(db: Path) -> dict[str, dict]:
    """What must survive a trip through a peer: span texts and labels, speakers, cues, relations, topics."""
    exported = annotator_cli("export", "--db", str(db))
    documents = {}
    for line in exported.stdout.splitlines():
        document = json.loads(line)
        entities = {e["id"]: (e["start"], e["end"], e["label"], e["text"]) for e in document["entities"]}
        documents[str(document["id"])] = {
            "entities": sorted(entities.values()),
            "quotes": sorted(
                (q["start"], q["end"], q["text"], entities.get(q["speaker"]), q.get("speaker_text"),
                 None if q["cue"] is None else (q["cue"]["start"], q["cue"]["end"], q["cue"]["text"]))
                for q in document["quotes"]),
            "relations": sorted((entities[r["head"]], entities[r["tail"]], r["label"]) for r in document["relations"]),
            "topics": sorted(document["topics"]),
        }
    return documents


def differences(original: dict, back: dict) -> list[str]:
    found = []
    for document_id, expected in original.items():
        got = back.get(document_id)
        if got is None:
            found.append(f"{document_id}: missing")
            continue
        for key, value in expected.items():
            if got[key] != value:
                found.append(f"{document_id}: {key} differ: {len(value)} sent, {len(got[key])} back; "
                             f"first differences {[x for x in value if x not in got[key]][:2]} / {[x for x in got[key] if x not in value][:2]}")
    return found


def counts(documents: dict) -> str:
    total = {key: sum(len(d[key]) for d in documents.values()) for key in ("entities", "quotes", "relations", "topics")}
    speakers = sum(1 for d in documents.values() for q in d["quotes"] if q[3] or q[4])
    cues = sum(1 for d in documents.values() for q in d["quotes"] if q[5])
    return (f"{len(documents)} documents, {total['entities']} entities, {total['quotes']} quotes "
            f"({speakers} with speakers, {cues} with cues), {total['relations']} relations, {total['topics']} topics")


# --- running the peers ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def venv(work: Path, name: str, python: str, packages: list[str]) -> Path:
    folder = work / name
    if not (folder / "bin" / "python").exists():
        subprocess.run([python, "-m", "venv", str(folder)], check=True)
        subprocess.run([folder / "bin" / "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([folder / "bin" / "pip", "install", "-q", *packages], check=True)
    return folder


def python_for_doccano() -> str:
    """doccano 1.8.4's dependencies build on Python 3.10 at the newest."""
    for candidate in ("python3.10", str(Path.home() / ".pyenv/versions/3.10.13/bin/python")):
        if shutil.which(candidate) or Path(candidate).exists():
            return candidate
    return sys.executable


def request(url: str, *, data=None, headers=None, method=None, raw: bool = False):
    body = json.dumps(data).encode() if data is not None and not isinstance(data, bytes) else data
    headers = {"Content-Type": "application/json", **(headers or {})} if data is not None and not isinstance(data, bytes) else (headers or {})
    with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers, method=method), timeout=120) as response:
        content = response.read()
    return content if raw else json.loads(content or b"null")


def wait_for(url: str, seconds: int = 120) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


class LabelStudio:
    def __init__(self, work: Path):
        self.home = venv(work, "label-studio", sys.executable, [LABEL_STUDIO])
        self.data = work / "label-studio-data"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self) -> None:
        environment = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(self.data)}
        command = [str(self.home / "bin" / "label-studio"), "start", "--no-browser", "--internal-host", "127.0.0.1",
                   "--host", self.url, "--port", str(self.port), "--username", "interop@example.com",
                   "--password", PASSWORD, "--user-token", LS_TOKEN]
        self.process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(self.url + "/health")
        # Label Studio 1.23 turns legacy tokens off for new organisations; this local one allows them.
        with sqlite3.connect(self.data / "label_studio.sqlite3") as database:
            database.execute("UPDATE jwt_auth_jwtsettings SET legacy_api_tokens_enabled = 1")

    def round_trip(self, export: Path, config: Path) -> bytes:
        headers = {"Authorization": f"Token {LS_TOKEN}"}
        project = request(self.url + "/api/projects", data={"title": f"annotator {uuid.uuid4().hex[:6]}",
                                                           "label_config": config.read_text(encoding="utf-8")}, headers=headers)
        tasks = json.loads(export.read_text(encoding="utf-8"))
        request(f"{self.url}/api/projects/{project['id']}/import", data=tasks, headers=headers)
        return request(f"{self.url}/api/projects/{project['id']}/export?exportType=JSON", headers=headers, raw=True)

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(30)


class Doccano:
    def __init__(self, work: Path):
        self.home = venv(work, "doccano", python_for_doccano(), DOCCANO)
        self.data = work / "doccano-data"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.processes = []
        self.environment = {
            **os.environ, "DOCCANO_HOME": str(self.data), "STANDALONE": "True",
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DATABASE_URL": f"sqlite:///{self.data}/db.sqlite3", "MEDIA_ROOT": str(self.data / "media"),
        }

    def start(self) -> None:
        doccano = str(self.home / "bin" / "doccano")
        subprocess.run([doccano, "init"], env=self.environment, check=True, capture_output=True)
        subprocess.run([doccano, "createuser", "--username", "admin", "--password", PASSWORD],
                       env=self.environment, capture_output=True)
        backend = next((self.home / "lib").glob("python3.*/site-packages/backend"))
        # `doccano webserver` binds every interface; the same app on loopback only.
        self.processes.append(subprocess.Popen(
            [str(self.home / "bin" / "gunicorn"), "--bind", f"127.0.0.1:{self.port}", "--workers", "2",
             "--chdir", str(backend), "config.wsgi"], env=self.environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        self.processes.append(subprocess.Popen([doccano, "task"], env=self.environment,
                                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for(self.url + "/v1/health/")
        self.headers = {"Authorization": "Token " + request(self.url + "/v1/auth/login/",
                                                               data={"username": "admin", "password": PASSWORD})["key"]}

    def _wait(self, task_id: str) -> None:
        for _ in range(240):
            status = request(f"{self.url}/v1/tasks/status/{task_id}", headers=self.headers)
            if status.get("ready"):
                if status.get("error"):
                    raise RuntimeError(f"doccano task failed: {status['error']}")
                return
            time.sleep(1)
        raise RuntimeError("doccano task did not finish")

    def round_trip(self, export: Path, settings: dict) -> bytes:
        project = request(self.url + "/v1/projects", headers=self.headers, data={
            "name": f"annotator {uuid.uuid4().hex[:6]}", "description": "interop", "project_type": "SequenceLabeling",
            "resourcetype": "SequenceLabelingProject", "allow_overlapping": settings["allow_overlapping"],
            "use_relation": settings["use_relation"], "grapheme_mode": settings["grapheme_mode"], "guideline": ""})
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"filepond\"; filename=\"{export.name}\"\r\n"
                "Content-Type: application/octet-stream\r\n\r\n").encode() + export.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
        upload_id = request(self.url + "/v1/fp/process/", data=body, raw=True, method="POST",
                            headers={**self.headers, "Content-Type": f"multipart/form-data; boundary={boundary}"}).decode()
        task = request(f"{self.url}/v1/projects/{project['id']}/upload", headers=self.headers, data={
            "uploadIds": [upload_id], "format": "JSONL", "task": "RelationExtraction", "column_data": "text",
            "column_label": "label", "delimiter": "", "encoding": "utf_8"})
        self._wait(task["task_id"])
        status = request(f"{self.url}/v1/tasks/status/{task['task_id']}", headers=self.headers)
        if status.get("result", {}).get("error"):
            raise RuntimeError(f"doccano refused the import: {status['result']['error'][:5]}")
        task = request(f"{self.url}/v1/projects/{project['id']}/download", headers=self.headers,
                       data={"format": "JSONL", "exportApproved": False})
        self._wait(task["task_id"])
        archive = request(f"{self.url}/v1/projects/{project['id']}/download?taskId={task['task_id']}",
                          headers=self.headers, raw=True)
        with zipfile.ZipFile(io.BytesIO(archive)) as opened:
            return opened.read(opened.namelist()[0])

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
            process.wait(30)


# --- the trip ---------------------------------------------------------------------------------


def trip(name: str, peer, original_db: Path, work: Path, fixtures: Path | None) -> list[str]:
    suffix = {"label-studio": "label-studio.json", "doccano": "doccano.jsonl"}[name]
    export = work / f"sent.{suffix}"
    result = annotator_cli("export", "--db", str(original_db), "--format", name, "--out", str(export))
    if result.returncode:
        return [f"our export failed: {result.stderr}"]
    print(f"  our export said: {result.stderr.strip() or 'nothing'}")
    if name == "label-studio":
        returned = peer.round_trip(export, work / "sent.label-config.xml")
    else:
        returned = peer.round_trip(export, json.loads((work / "sent.doccano-project.json").read_text(encoding="utf-8")))
    back_file = work / f"from-{suffix}"
    back_file.write_bytes(returned)
    if fixtures:
        fixtures.mkdir(parents=True, exist_ok=True)
        shutil.copy(back_file, fixtures / f"written-by-{name}.{suffix.split('.', 1)[1]}")
    back_db = work / f"back-{name}.db"
    back_db.unlink(missing_ok=True)
    result = annotator_cli("import", "--db", str(back_db), "--format", name, "--add-labels", "--no-progress", str(back_file))
    print(f"  our import said: {(result.stdout + result.stderr).strip()}")
    if result.returncode:
        return [f"our import of {name}'s file failed"]
    original, back = comparable(original_db), comparable(back_db)
    print(f"  sent: {counts(original)}\n  back: {counts(back)}")
    return differences(original, back)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path.home() / ".cache" / "annotator-interop")
    parser.add_argument("--fixtures", type=Path, help="keep the files the peers wrote here")
    parser.add_argument("--only", choices=["label-studio", "doccano"])
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    original_db = build_project(args.work, ant=not args.fixtures)  # fixtures hold no shared data
    failures = 0
    for name, peer_class in (("label-studio", LabelStudio), ("doccano", Doccano)):
        if args.only and args.only != name:
            continue
        print(f"{name}:")
        peer = peer_class(args.work)
        try:
            peer.start()
            found = trip(name, peer, original_db, args.work, args.fixtures)
        finally:
            peer.stop()
        print("  identical after the round trip" if not found else "  DIFFERENCES:\n    " + "\n    ".join(found[:20]))
        failures += bool(found)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
