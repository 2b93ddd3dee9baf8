#!/usr/bin/env python3
"""Checks devset3: column counts, known values, files present, evidence and quote starts found verbatim.

usage: python3 src/test/resources/devset3/validate.py   (prints problems; exit 1 if any)
"""
import pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ART = HERE / "articles"
STANCES = {"asserts", "suspects", "accuses", "claims_responsibility", "denies",
           "neither_confirms_nor_denies", "rejects_accusation"}
CERTAINTIES = {"confirmed", "likely", "possible", "unknown"}
problems = []

def rows(name, width):
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != width or any(not c.strip() for c in cols):
            problems.append(f"{name}:{n}: expected {width} non-empty columns, got {len(cols)}")
            continue
        yield n, cols

def text_of(name, file, n):
    path = ART / file
    if not path.is_file():
        problems.append(f"{name}:{n}: no article {file}")
        return None
    return path.read_text(encoding="utf-8")

used = set()
seen_rows = set()
for n, c in rows("gold.tsv", 10):
    file, att, att_al, strike, perp, perp_al, stance, cert, evidence, req = c
    used.add(file)
    if tuple(c) in seen_rows: problems.append(f"gold.tsv:{n}: duplicate row")
    seen_rows.add(tuple(c))
    text = text_of("gold.tsv", file, n)
    if stance not in STANCES: problems.append(f"gold.tsv:{n}: stance {stance}")
    if cert not in CERTAINTIES: problems.append(f"gold.tsv:{n}: certainty {cert}")
    if req not in ("yes", "no"): problems.append(f"gold.tsv:{n}: required {req}")
    if att not in att_al.split("|") or perp not in perp_al.split("|"):
        problems.append(f"gold.tsv:{n}: label missing from its own aliases")
    if text is not None and evidence not in text:
        problems.append(f"gold.tsv:{n}: evidence not in {file}: {evidence[:60]}")
for n, c in rows("quotes.tsv", 4):
    file, spk, aliases, start = c
    text = text_of("quotes.tsv", file, n)
    if text is not None and start not in text:
        problems.append(f"quotes.tsv:{n}: quote_start not in {file}: {start}")
    if spk not in aliases.split("|"):
        problems.append(f"quotes.tsv:{n}: speaker missing from its aliases")
for path in sorted(ART.glob("*.txt")):
    body = path.read_text(encoding="utf-8").splitlines()[1:]
    sentences = len(re.findall(r"[.!?][\"'”’)]*(\s|$)", " ".join(body)))
    if not 5 <= sentences <= 20:
        problems.append(f"{path.name}: {sentences} sentences")
    if path.name not in used:
        problems.append(f"{path.name}: no gold row (false positives there would not be scored)")
print("\n".join(problems) or "devset3 OK")
sys.exit(1 if problems else 0)
