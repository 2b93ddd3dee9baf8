#!/usr/bin/env python3
"""Checks one development set's gold files against its articles; each devsetN/validate.py calls it.

usage: python3 src/test/resources/validate_devset.py SET_DIR MAX_SENTENCES   (exit 1 on problems)

Checks: 10 / 4 non-empty columns, known stances, certainties and required flags, each label among
its own aliases, no duplicate rows, every article present, every evidence and quote_start found
verbatim in its article, 5-MAX_SENTENCES sentences per article, and every article named by a gold
row (the scorer ignores articles the gold never names, so false positives there would go uncounted).
"""
import pathlib, re, sys

if len(sys.argv) != 3:
    sys.exit("usage: validate_devset.py SET_DIR MAX_SENTENCES")
HERE = pathlib.Path(sys.argv[1]).resolve()
MAX_SENTENCES = int(sys.argv[2])
ART = HERE / "articles"
STANCES = {"asserts", "suspects", "accuses", "claims_responsibility", "denies",
           "neither_confirms_nor_denies", "rejects_accusation"}
CERTAINTIES = {"confirmed", "likely", "possible", "unknown"}
problems = []
texts = {}

def table(name, width):
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    seen = set()
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != width or any(not c.strip() for c in cols):
            problems.append(f"{name}:{n}: expected {width} non-empty columns, got {len(cols)}")
            continue
        if line in seen:
            problems.append(f"{name}:{n}: duplicate row")
        seen.add(line)
        yield n, cols

def article(name, n, file):
    if file not in texts:
        path = ART / file
        texts[file] = path.read_text(encoding="utf-8") if path.is_file() else None
    if texts[file] is None:
        problems.append(f"{name}:{n}: no article {file}")
    return texts[file]

named = set()
for n, c in table("gold.tsv", 10):
    file, att, att_al, strike, perp, perp_al, stance, cert, evidence, req = c
    named.add(file)
    text = article("gold.tsv", n, file)
    if stance not in STANCES: problems.append(f"gold.tsv:{n}: unknown stance {stance}")
    if cert not in CERTAINTIES: problems.append(f"gold.tsv:{n}: unknown certainty {cert}")
    if req not in ("yes", "no"): problems.append(f"gold.tsv:{n}: required must be yes or no, not {req}")
    if att not in att_al.split("|"): problems.append(f"gold.tsv:{n}: attributor {att} not in its aliases")
    if perp not in perp_al.split("|"): problems.append(f"gold.tsv:{n}: perpetrator {perp} not in its aliases")
    if text is not None and evidence not in text:
        problems.append(f"gold.tsv:{n}: evidence not in {file}: {evidence[:60]}")
for n, c in table("quotes.tsv", 4):
    file, speaker, aliases, start = c
    text = article("quotes.tsv", n, file)
    if speaker not in aliases.split("|"): problems.append(f"quotes.tsv:{n}: speaker {speaker} not in its aliases")
    if len(start.split()) > 10: problems.append(f"quotes.tsv:{n}: quote_start longer than 10 words")
    if text is not None and start not in text:
        problems.append(f"quotes.tsv:{n}: quote_start not in {file}: {start}")
for path in sorted(ART.glob("*.txt")):
    body = " ".join(path.read_text(encoding="utf-8").splitlines()[1:])
    sentences = len(re.findall(r"[.!?][\"'”’)]*(\s|$)", body))
    if not 5 <= sentences <= MAX_SENTENCES:
        problems.append(f"{path.name}: {sentences} sentences (want 5-{MAX_SENTENCES})")
    if path.name not in named:
        problems.append(f"{path.name}: no gold row")
print("\n".join(problems) or f"{HERE.name} OK: {len(named)} articles")
sys.exit(1 if problems else 0)
