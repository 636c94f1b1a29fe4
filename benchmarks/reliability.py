"""Reliability of `keryx batch` on a hostile archive: crashes, hangs, unaccounted files,
kill -9 and resume, determinism.

    python benchmarks/reliability.py                 # about 10 minutes on 2 busy cores
    python benchmarks/reliability.py --kills 2       # fewer kill/resume rounds

The archive is built in a temporary folder from the project's own files (tests/data/hostile,
tests/data/formats, samples/) plus cases made here: symlink loops, links out of the folder,
dangling links, a FIFO, a socket, hidden files, duplicates, undecodable filenames, a .docx
bomb, an e-mail without a charset, a .txt that starts like an e-mail, a 50 MB file, a folder
named like a file, a run of 20,000 '&', and a 2-million-character release (the "runaway":
with --timeout 20 it must end as a timeout error record and free its worker).

Figures printed:
  inputs          entries found by an independent walk of the archive
  crashes         runs that ended with a traceback or a non-zero exit other than 1 (inputs
                  failed), plus error records of kind "internal"
  hangs           runs that did not finish within --wall seconds
  unaccounted     entries that are neither a record, an error record nor a skip record
                  (or inside a skipped folder)
  determinism     -j 1, -j 2 and a Dask LocalCluster (if installed) give byte-identical outputs
  kill/resume     a -j 2 run killed with SIGKILL at several moments, then rerun, gives
                  byte-identical outputs to the clean run
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "pipeline"))

from keryx.io.files import display_path  # noqa: E402

KERYX = [sys.executable, "-c", "import sys; from keryx.cli.app import app; sys.argv[0] = 'keryx'; app()"]
GREEK = ("Ο Δήμαρχος Θερμαϊκού κ. Γιώργος Παπαδόπουλος εγκαίνιασε στις 4 Οκτωβρίου 2019 "
         "το νέο σχολείο στην Περαία.")


def build_archive(root: Path) -> Path:
    src = root / "archive"
    src.mkdir()
    for folder in ("hostile", "formats"):
        dest = src / folder
        shutil.copytree(ROOT / "tests" / "data" / folder, dest)
    shutil.copytree(ROOT / "samples", src / "samples")
    g = src / "generated"
    g.mkdir()
    (g / "loop-a").symlink_to(g / "loop-b")
    (g / "loop-b").symlink_to(g / "loop-a")
    (g / "up").symlink_to(src)
    (g / "passwd.txt").symlink_to("/etc/passwd")
    (g / "dangling.txt").symlink_to(g / "nowhere.txt")
    os.mkfifo(g / "fifo.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(g / "socket.txt"))
    sock.close()
    (g / ".hidden.txt").write_text(GREEK, encoding="utf-8")
    (g / ".git").mkdir()
    (g / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (g / "copy-of-seed.txt").write_bytes((ROOT / "samples" / "000_a64c21614b066e79.txt").read_bytes())
    (g / os.fsdecode(b"\xc4\xe5\xeb\xf4\xdf\xef.txt")).write_text(GREEK, encoding="utf-8")
    (g / os.fsdecode(b"\xe1\xe4\xe5\xe9\xef-\xff.txt")).write_bytes(b"")
    (g / "folder.txt").mkdir()
    with (g / "huge-50MB.txt").open("wb") as fh:
        fh.write(GREEK.encode())
        fh.truncate(50 * 1024 * 1024)
    (g / "ampersands.txt").write_text(GREEK + " " + "&" * 20_000 + " " + GREEK, encoding="utf-8")
    (g / "from-subject.txt").write_text("From: Γραφείο Τύπου\nSubject: Εγκαίνια σχολείου\n\n" + GREEK, encoding="utf-8")
    (g / "no-charset.eml").write_bytes(b"From: a@b.gr\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain\n\n"
                                       + GREEK.encode("windows-1253"))
    para = "<w:p><w:r><w:t>Ο Δήμαρχος Θερμαϊκού ενημερώνει τους δημότες.</w:t></w:r></w:p>".encode()
    with zipfile.ZipFile(g / "bomb.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("word/document.xml", b"<w:document><w:body>" + para * (190 * 1024 * 1024 // len(para))
                    + b"</w:body></w:document>")
    base = "\n\n".join(p.read_text("utf-8").strip() for p in sorted((ROOT / "samples").glob("*.txt")))
    (g / "runaway-2M.txt").write_text((base + "\n\n") * (2_000_000 // len(base) + 1), encoding="utf-8")
    deep = g
    for i in range(40):
        deep = deep / f"d{i}"
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(GREEK, encoding="utf-8")
    return src


def walk_entries(src: Path) -> list[str]:
    """Every non-folder entry and every link, found without keryx (display paths)."""
    out = []
    for folder, dirs, files in os.walk(src):
        for name in dirs:
            p = Path(folder) / name
            if p.is_symlink():
                out.append(display_path(p))
        out.extend(display_path(Path(folder) / f) for f in files)
    return sorted(out)


def run(src: Path, out: Path, extra: list[str], wall: float, timeout: float) -> tuple[int | None, str, float]:
    """(exit code or None for a hang, stderr, seconds)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "pipeline")}
    t = time.time()
    proc = subprocess.Popen([*KERYX, "batch", str(src), "-o", str(out), "-q", "--timeout", str(timeout), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        _, err = proc.communicate(timeout=wall)
        return proc.returncode, err.decode("utf-8", "replace"), time.time() - t
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None, "", time.time() - t


def outputs(out: Path) -> dict[str, bytes]:
    files = {}
    for p in sorted(out.rglob("*")):
        if p.is_file() and not p.name.startswith(".") and p.name != "report.html":  # it carries its time
            files[str(p.relative_to(out))] = p.read_bytes()
    return files


def accounted(out: Path, entries: list[str]) -> list[str]:
    """The entries nothing in the outputs accounts for."""
    seen = set()
    for name, key in (("records.jsonl", None), ("errors.jsonl", "path"), ("skipped.jsonl", "path")):
        for line in (out / name).read_text("utf-8").splitlines():
            obj = json.loads(line)
            seen.add(obj["document"]["path"] if key is None else obj[key])
    missing = []
    for e in entries:
        parts = Path(e).parts
        if not any(str(Path(*parts[:k])) in seen for k in range(1, len(parts) + 1)):
            missing.append(e)
    return missing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=4, help="kill/resume rounds")
    ap.add_argument("--timeout", type=float, default=20.0, help="keryx batch --timeout")
    ap.add_argument("--wall", type=float, default=900.0, help="seconds before a run counts as hung")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        src = build_archive(root)
        entries = walk_entries(src)
        print(f"inputs: {len(entries)} entries in the archive (regular files, links, FIFO, socket)")
        crashes = hangs = 0
        results: dict[str, dict[str, bytes]] = {}
        modes = [("-j 1", ["-j", "1"]), ("-j 2", ["-j", "2"])]
        try:
            import distributed  # noqa: F401

            modes.append(("dask local:2", ["--cluster", "local:2"]))
        except ImportError:
            pass
        for label, extra in modes:
            out = root / f"out {label}"
            code, err, secs = run(src, out, extra, args.wall, args.timeout)
            if code is None:
                hangs += 1
                print(f"  {label}: HUNG (over {args.wall:.0f} s)")
                continue
            if code not in (0, 1) or "Traceback" in err:
                crashes += 1
            internal = [e for e in map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines())
                        if e["error"] == "internal"]
            crashes += len(internal)
            missing = accounted(out, entries)
            results[label] = outputs(out)
            n = {k: len((out / k).read_text("utf-8").splitlines()) for k in
                 ("records.jsonl", "errors.jsonl", "skipped.jsonl")}
            kinds: dict[str, int] = {}
            for e in map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines()):
                kinds[e["error"]] = kinds.get(e["error"], 0) + 1
            print(f"  {label}: exit {code} in {secs:.0f} s; {n['records.jsonl']} records, {n['errors.jsonl']} "
                  f"error records ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), "
                  f"{n['skipped.jsonl']} skipped; internal errors {len(internal)}; unaccounted {len(missing)}"
                  + (f" {missing[:5]}" if missing else ""))
        labels = list(results)
        same = all(results[k] == results[labels[0]] for k in labels)
        print(f"determinism: {' = '.join(labels)} byte-identical: {same} ({len(results[labels[0]])} files)")
        for k in labels[1:]:
            differ = sorted(set(results[k]) ^ set(results[labels[0]])) + sorted(
                f for f in set(results[k]) & set(results[labels[0]]) if results[k][f] != results[labels[0]][f])
            if differ:
                print(f"  {k} differs from {labels[0]} in: {differ[:6]}")
        clean = results.get("-j 2")
        kill_ok = 0
        n_records = len([f for f in (clean or {}) if f.startswith("records/")])
        for i in range(args.kills):
            # The moments: while the model loads, then after a growing share of the records.
            target = round(n_records * i / args.kills)
            out = root / f"killed {i}"
            env = {**os.environ, "PYTHONPATH": str(ROOT / "pipeline")}
            proc = subprocess.Popen([*KERYX, "batch", str(src), "-o", str(out), "-q", "-j", "2", "--timeout",
                                     str(args.timeout)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    env=env, start_new_session=True)
            t = time.time()
            if target == 0:
                time.sleep(2)
            while target and proc.poll() is None and time.time() - t < args.wall:
                if (out / "records").exists() and len(list((out / "records").glob("*.json"))) >= target:
                    break
                time.sleep(0.05)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:  # it had already finished
                pass
            proc.wait()
            killed_after = time.time() - t
            done_before = len(list((out / "records").glob("*.json"))) if (out / "records").exists() else 0
            code, err, _ = run(src, out, ["-j", "2"], args.wall, args.timeout)
            identical = code is not None and outputs(out) == clean
            kill_ok += identical
            print(f"  kill -9 after {killed_after:.0f} s ({done_before} of {n_records} records written), "
                  f"rerun exit {code}: outputs identical to the clean run: {identical}")
        print(f"\ncrashes {crashes}, hangs {hangs}, unaccounted files "
              f"{sum(len(accounted(root / f'out {k}', entries)) for k in results)}, "
              f"kill/resume identical {kill_ok}/{args.kills}, deterministic {same}")
        return 0 if not crashes and not hangs and same and kill_ok == args.kills else 1


if __name__ == "__main__":
    sys.exit(main())
