"""Precision of ``long_sentence`` on real public-sector text, judged by the rule's builder.

BUILDER-JUDGED: the verdicts in ``benchmarks/data/sentence_judgements.yaml`` were written by the developer
who built the rule, so they measure the builder as much as the rule (blind judges have found the builders'
own figures 0.15-0.25 above theirs). Since stop 22 a finding is judged as the writer meets it, the way the
blind judges do: ``correct`` only if a strict klarspråk consultant would ask the writer to change that
sentence AND the message and suggestion are usable (a split at a real clause boundary); ``debatable`` when
the problem is real but the advice is poor (a split inside a phrase, a part that cannot stand as a
sentence); ``wrong`` when the sentence is fine for its genre (a plain enumeration, a title, a quotation),
whatever the severity. A verdict holds for the exact suggestion it was given with; a new suggestion is
judged again. Precision is correct / (correct + wrong), as in the blind evaluation.

The findings come from the development documents only: ``blind_split.dev_set()`` (realtext),
``blind_talbanken.dev_set()`` (1970s public information brochures) and ``blind_eukalyptus.dev_set()``
(2010s government press releases and a European Parliament debate); no blind set is analysed here.
The documents of the blind-judged long_sentence verdicts on development documents (``TUNED``) were read
while the rule was reworked in stop 22, so they are left out: the figures are for documents nobody tuned
on. ``SAMPLE`` findings are drawn by a fixed hash of each finding (salt ``SEED``, chosen before any
finding was seen), so the samples of two versions of the rule overlap wherever the findings agree.
Judgements of earlier stops (``rewrite``: the sentence alone, rounds ``before``, ``validation``, ``after``)
stay in the file as history and are not counted.

    python benchmarks/sentence_precision.py            # measure, write benchmarks/results/sentence_precision.json
    python benchmarks/sentence_precision.py --pending  # print sampled findings not yet judged (JSON lines)
    python benchmarks/sentence_precision.py --label before   # store the figures under another name
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator


import blind_eukalyptus
import blind_split
import blind_talbanken
import klarsprak
from docblocks import judged_sample, judging_parser, write_json
from klarsprak import Document
from klarsprak.archive import read_document

REPO = Path(__file__).resolve().parents[1]
RULE = "long_sentence"
JUDGEMENTS = REPO / "benchmarks" / "data" / "sentence_judgements.yaml"
RESULTS = REPO / "benchmarks" / "results" / "sentence_precision.json"
SAMPLE = 30
SEED = "long-sentence-consultant-2026-11-30"
HEAD_WORDS = 8
VERDICTS = ("correct", "wrong", "debatable")
#: The documents of the blind-judged long_sentence verdicts on development documents (stop 22,
#: /work/team/r7/dev_verdicts.yaml) that the rework read: left out of the sample.
TUNED = frozenset({
    'eukalyptus/Eupa_00-01-17#14',
    'helsingborg_bygglov_pages/hbg_planning_permission_faq.md',
    'regeringen_g0vse/docs/artiklar__2024__01__totalforsvaret-kan-inte-vanta--flera-satsningar-presenterade-pa-folk-och-forsvar.md',
    'regeringen_g0vse/docs/artiklar__2025__10__den-forsta-av-60-jas-39-gripen-e-har-levererats-till-forsvarsmakten.md',
    'regeringen_g0vse/docs/artiklar__2025__11__det-svenska-totalforsvarsarbetet-uppmarksammades-pa-natokonferens-om-civil-planering.md',
    'regeringen_g0vse/docs/debattartiklar__2023__05__den-fria-rorligheten-ska-inte-skydda-kriminella.md',
    'regeringen_g0vse/docs/debattartiklar__2024__04__ukrainares-livsvillkor-i-sverige-ska-forbattras.md',
    'regeringen_g0vse/docs/informationsmaterial__2018__10__sveriges-arbete-med-global-halsa--for-genomforandet-av-agenda-2030.md',
    'regeringen_g0vse/docs/informationsmaterial__2020__12__viktigare-lagar-och-forordningar-infor-arsskiftet-20202021.md',
    'regeringen_g0vse/docs/informationsmaterial__2021__06__viktigare-lagar-och-forordningar-infor-halvarsskiftet-2021.md',
    'regeringen_g0vse/docs/informationsmaterial__2023__12__viktigare-lagar-och-forordningar-infor-arsskiftet-20232024.md',
    'regeringen_g0vse/docs/pressmeddelanden__2024__05__en-ny-och-starkt-vardgaranti.md',
    'regeringen_g0vse/docs/pressmeddelanden__2024__10__regeringen-fortsatter-bana-vag-for-ny-karnkraft-genom-uppdrag-till-riksgaldskontoret.md',
    'regeringen_g0vse/docs/pressmeddelanden__2025__08__regeringen-vill-tillata-utvinning-av-uran.md',
    'regeringen_g0vse/docs/pressmeddelanden__2025__09__regeringen-storsatsar-pa-idrottshallar-och-annan-plats-for-idrott.md',
    'regeringen_g0vse/docs/regeringsuppdrag__2024__05__uppdrag-att-forbereda-infor-humanmaterialforordningen.md',
    'regeringen_g0vse/docs/remisser__2025__09__remiss-av-eu-kommissionens-forslag-till-europaparlamentets-och-radets-forordningar-for-perioden-20282034.md',
    'regeringen_g0vse/docs/tal__2023__06__kulturminister-parisa-liljestrands-anforande-vid-invigningen-av-almedalsveckan-2023.md',
    'regeringen_g0vse/docs/uttalanden__2023__01__gemensamt-uttalande-fran-den-internationella-samordnings--och-atgardsgruppen-for-offer-fran-ps752-angaende-skiljedomsforfarande.md',
    'sundsvall_tillvaxtstrategi/tillvaxtstrategi_sundsvall_full.md',
    'talbanken/P123',
    'talbanken/P418',
})


def documents() -> Iterator[tuple[str, Document]]:
    """The development documents with their names: realtext paths, ``talbanken/<id>``, ``eukalyptus/<id>``."""
    for path in blind_split.dev_set():
        yield path.relative_to(blind_split.REALTEXT).as_posix(), read_document(path)
    for doc in blind_talbanken.dev_set():
        yield f"talbanken/{doc}", Document(text=blind_talbanken.text(doc))
    for doc in blind_eukalyptus.dev_set():
        yield f"eukalyptus/{doc}", Document(text=blind_eukalyptus.text(doc))


def collect() -> tuple[list[dict[str, Any]], int, int]:
    """Every long_sentence finding on the development documents, the number of documents and their words."""
    names, docs = zip(*documents())
    rows: list[dict[str, Any]] = []
    words = 0
    for name, report in zip(names, klarsprak.Analyzer().pipe(list(docs), batch_size=8)):
        words += report.metrics["words"]
        for f in report.findings:
            if f.rule == RULE:
                rows.append({"doc": name, "start": f.start, "end": f.end, "head": head(f.text),
                             "severity": str(f.severity.value if hasattr(f.severity, "value") else f.severity),
                             "message": f.message, "suggestion": f.suggestions[0] if f.suggestions else "",
                             "text": f.text})
    return rows, len(names), words


def head(text: str) -> str:
    """The first words of a sentence: enough to find it again, short enough for the judgement file."""
    return " ".join(text.split()[:HEAD_WORDS])


def rank(row: dict[str, Any]) -> str:
    """A fixed pseudo-random rank per finding, so the sample stays put when other findings change."""
    return hashlib.sha256(f"{SEED}|{row['doc']}|{row['start']}|{row['end']}".encode()).hexdigest()


def key(row: dict[str, Any]) -> tuple[str, int, int, str]:
    """A finding with its advice: a verdict counts only for the suggestion it was given with."""
    return (row["doc"], row["start"], row["end"], row.get("suggestion"))


def precision(verdicts: list[str]) -> dict[str, Any]:
    """Counts per verdict, precision (correct / (correct + wrong)) and the debatable share."""
    counts = {v: verdicts.count(v) for v in VERDICTS}
    decided = counts["correct"] + counts["wrong"]
    return {"precision": round(counts["correct"] / decided, 3) if decided else None, **counts,
            "debatable_share": round(counts["debatable"] / len(verdicts), 3) if verdicts else None,
            "judged": len(verdicts)}


def main(argv: list[str] | None = None) -> int:
    ap = judging_parser(__doc__)
    ap.add_argument("--label", default="current", help="name of this run in the results file")
    args = ap.parse_args(argv)
    rows, n_docs, words = collect()
    picked = sorted((r for r in rows if r["doc"] not in TUNED), key=rank)[:SAMPLE]
    judged = judged_sample(picked, JUDGEMENTS, key, args.pending)
    if judged is None:
        return 0
    verdicts = [(r, judged[key(r)]) for r in picked if key(r) in judged]
    if len(verdicts) < len(picked):
        print(f"{len(picked) - len(verdicts)} sampled findings not judged yet (--pending)", file=sys.stderr)
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    result = {
        "builder_judged": True, "commit": commit, "seed": SEED, "sample_size": len(picked),
        "all": precision([j["verdict"] for _, j in verdicts]),
        "warning": precision([j["verdict"] for r, j in verdicts if r["severity"] == "warning"]),
        "info": precision([j["verdict"] for r, j in verdicts if r["severity"] == "info"]),
        "findings": len(rows), "warnings": sum(r["severity"] == "warning" for r in rows),
        "words": words, "findings_per_1000_words": round(1000 * len(rows) / words, 2),
        "warnings_per_1000_words": round(1000 * sum(r["severity"] == "warning" for r in rows) / words, 2),
        "documents": n_docs,
    }
    stored = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.is_file() else {}
    stored[args.label] = result
    write_json(RESULTS, stored)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
