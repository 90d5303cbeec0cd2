#!/usr/bin/env python
"""Ingestion benchmark: language identification, the tricky sentence-split spots, throughput.

    python scripts/bench_ingest.py [--copies 20] [--skip-langid]

1. Language identification on ../shared/eval (read in place, skipped when absent):
   Tatoeba deu-eng (1000 short German and 1000 short English sentences), WMT22 de-en
   (1984 German source sentences, 1984 English reference sentences) and WMT23 de-en
   (549 German source paragraphs, 549 English reference paragraphs).  Reported: accuracy
   of the detector restricted to de/en, and how many texts the wider detector would have
   called "another language" (which drops a paragraph of 60+ letters): each of those is
   real text lost.
2. The tricky spots of the seed articles: does ``split_sentences`` cut them as a person
   would?
3. Throughput: ``ingest_paths`` over the five seeds copied ``--copies`` times.

Timings are wall-clock on whatever machine runs this; on a shared machine they are noisy.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "eval"

from aligner.langid import detect, paragraph_language  # noqa: E402
from aligner.segment import split_sentences  # noqa: E402

LANGS = ("de", "en")


def lines(path: Path) -> list[str]:
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def langid_sets() -> list[tuple[str, str, list[str]]]:
    sets = []
    cand = [
        ("tatoeba de", "de", SHARED / "tatoeba-deu-eng" / "tatoeba.deu-eng.deu"),
        ("tatoeba en", "en", SHARED / "tatoeba-deu-eng" / "tatoeba.deu-eng.eng"),
        ("wmt22 src de", "de", SHARED / "wmt22-de-en" / "txt" / "sources" / "generaltest2022.de-en.src.de"),
        ("wmt22 ref en", "en", SHARED / "wmt22-de-en" / "txt" / "references" / "generaltest2022.de-en.ref.A.en"),
        ("wmt23 src de", "de", SHARED / "wmt23-de-en" / "txt" / "sources" / "generaltest2023.de-en.src.de"),
        ("wmt23 ref en", "en", SHARED / "wmt23-de-en" / "txt" / "references" / "generaltest2023.de-en.ref.refA.en"),
    ]
    for name, lang, path in cand:
        if path.exists():
            sets.append((name, lang, lines(path)))
        else:
            print(f"(missing {path}; skipped)")
    return sets


def bench_langid() -> None:
    sets = langid_sets()
    if not sets:
        return
    print("\n1. language identification (restricted to de, en)")
    print("   detector: the text alone; in article: paragraph_language() inside an article of the same")
    print("   language; foreign: inside an article of the other language (a mixed article);")
    print("   as other lang: texts the wider detector calls a non-configured language (would be dropped)")
    print(f"{'set':14} {'texts':>6} {'mean chars':>10} {'detector':>9} {'in article':>10} {'foreign':>8} {'as other lang':>14} {'texts/s':>8}")
    for name, lang, texts in sets:
        foreign_lang = "en" if lang == "de" else "de"
        t0 = time.perf_counter()
        right = sum(detect(t, LANGS).language == lang for t in texts)
        same = foreign = other = 0
        wrong_examples = []
        for t in texts:
            got, o = paragraph_language(t, LANGS, lang)
            same += got == lang
            foreign += paragraph_language(t, LANGS, foreign_lang)[0] == lang
            if o is not None:
                other += 1
                if len(wrong_examples) < 2:
                    wrong_examples.append(f"{o}: {t[:70]}")
        dt = time.perf_counter() - t0
        mean = sum(map(len, texts)) / len(texts)
        n = len(texts)
        print(f"{name:14} {n:6d} {mean:10.0f} {right / n:9.1%} {same / n:10.1%} {foreign / n:8.1%} {other:14d} {n / dt:8.0f}")
        for ex in wrong_examples:
            print(f"{'':16}e.g. {ex}")


# (lang, text, expected sentences): written by hand from the seed articles
TRICKY = [
    ("14. Dezember", "de", "Am 14. Dezember schloss er es nicht aus. Dann ging er.", ["Am 14. Dezember schloss er es nicht aus.", "Dann ging er."]),
    ("Lat.- amerikanische", "de", "Die „geneigte“ Lat.- amerikanische Hemisphäre bleibt. Ende.", ["Die „geneigte“ Lat.- amerikanische Hemisphäre bleibt.", "Ende."]),
    ("US- Amerikaner", "de", "Und die US- Amerikaner sind dumm genug. Ja.", ["Und die US- Amerikaner sind dumm genug.", "Ja."]),
    ("US-Unterstaatssekretärin", "de", "Er sprach mit der US-Unterstaatssekretärin Wendy Sherman. Dann nicht mehr.", ["Er sprach mit der US-Unterstaatssekretärin Wendy Sherman.", "Dann nicht mehr."]),
    ('..." sagte er.', "de", '"Es ist der amerikanische Stil, Optionen zu haben", sagte er. "Das ist der Grundstein."', ['"Es ist der amerikanische Stil, Optionen zu haben", sagte er.', '"Das ist der Grundstein."']),
    ("… inside „…“", "de", "„Ich möchte das nicht bestätigen … und ich schließe es auch nicht aus“, sagte Ryabkov. Gut.", ["„Ich möchte das nicht bestätigen … und ich schließe es auch nicht aus“, sagte Ryabkov.", "Gut."]),
    ("“…fruchtbar.”", "de", "Bei Putin war es so “Freundlich und fruchtbar.” Sie tauschten Meinungen.", ["Bei Putin war es so “Freundlich und fruchtbar.”", "Sie tauschten Meinungen."]),
    ("quote over 3 sentences", "de", '"Der Präsident hat sich geäußert. Das wollen wir nicht. Die Diplomaten müssen sich einigen."', ['"Der Präsident hat sich geäußert.', "Das wollen wir nicht.", 'Die Diplomaten müssen sich einigen."']),
    ('said."You', "en", 'Peskov has said."You know that relations are deep," he said.', ["Peskov has said.", '"You know that relations are deep," he said.']),
    ("Tuesday.Putin", "en", "He spoke to reporters on Tuesday.Putin and Diaz-Canel spoke by phone.", ["He spoke to reporters on Tuesday.", "Putin and Diaz-Canel spoke by phone."]),
    ("Kremlin.Monday's", "en", "It was agreed, according to the Kremlin.Monday's phone call came later.", ["It was agreed, according to the Kremlin.", "Monday's phone call came later."]),
    ("traditions...and", "en", '"Relations have deep traditions...and indeed, it is important. This is it," he said.', ['"Relations have deep traditions...and indeed, it is important.', 'This is it," he said.']),
    ("coordination...in", "en", 'Talks on "coordination...in the international arena" included nothing, he said "No."', ['Talks on "coordination...in the international arena" included nothing, he said "No."']),
    ("Oct. 17, 2001", "en", "A radar station is seen in Lourdes, Cuba Wednesday Oct. 17, 2001. It is old.", ["A radar station is seen in Lourdes, Cuba Wednesday Oct. 17, 2001.", "It is old."]),
    ("“…” – said", "en", "“It all depends on our counterparts” – said Ryabkov in an interview. Then he left.", ["“It all depends on our counterparts” – said Ryabkov in an interview.", "Then he left."]),
    ("2.5 years", "en", "The first meeting in 2.5 years was held in Brussels. Allies met.", ["The first meeting in 2.5 years was held in Brussels.", "Allies met."]),
    ("(PAP) end", "en", 'It was not good "- said Pieskow. (PAP)', None),  # report only: a judgement call
]


def bench_tricky() -> None:
    print("\n2. tricky spots (split_sentences)")
    print(f"{'spot':26} {'lang':4} {'result':7} sentences")
    passed = total = 0
    for name, lang, text, want in TRICKY:
        got = [text[s:e] for s, e in split_sentences(text, lang)]
        if want is None:
            verdict = "(info)"
        else:
            total += 1
            ok = got == want
            passed += ok
            verdict = "ok" if ok else "WRONG"
        print(f"{name:26} {lang:4} {verdict:7} {' | '.join(got)}")
    print(f"passed {passed} of {total}")


def bench_throughput(copies: int) -> None:
    from aligner.ingest import ingest_paths

    seeds = ROOT / "corpora" / "seeds"
    tmp = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        for k in range(copies):
            for f in seeds.glob("*.txt"):
                shutil.copy(f, tmp / f"{k:03d}_{f.name}")
        t0 = time.perf_counter()
        ingest_paths([seeds], quiet=True)  # warm-up: model loading
        warm = time.perf_counter() - t0
        t0 = time.perf_counter()
        res = ingest_paths([tmp], quiet=True)
        dt = time.perf_counter() - t0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    chars = sum(len(a.text) for a in res.articles)
    print("\n3. throughput (ingest_paths, after a warm-up run that loads the models)")
    print(f"{'first run (5 seeds, cold)':28} {warm:8.2f} s")
    print(f"{'articles':28} {len(res.articles):8d}")
    print(f"{'sentences':28} {len(res.sentences):8d}")
    print(f"{'seconds':28} {dt:8.2f}")
    print(f"{'articles/s':28} {len(res.articles) / dt:8.1f}")
    print(f"{'sentences/s':28} {len(res.sentences) / dt:8.1f}")
    print(f"{'characters/s':28} {chars / dt:8.0f}")


def bench_emoji_scan() -> None:
    """SoMaJo with and without ``segment._skip_emoji_scan``: same tokens? CPU seconds."""
    import resource

    from somajo import SoMaJo

    from aligner.segment import _skip_emoji_scan

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    wmt = SHARED / "wmt22-de-en" / "txt"
    sets = {"de_CMC": wmt / "sources" / "generaltest2022.de-en.src.de",
            "en_PTB": wmt / "references" / "generaltest2022.de-en.ref.A.en"}
    extra = ["Super 😀👍🏽 toll!!! :-) ❤️ Das ist 1️⃣ Test #️⃣ und 🇩🇪 Flagge.", "Hi 👨‍👩‍👧 family ☺ ok. © 2022 ™ ‼"]
    print("\n## SoMaJo emoji scan skipped where a token has no emoji character")
    print(f"{'model':8} {'paragraphs':>10} {'same tokens':>12} {'CPU s plain':>12} {'CPU s skip':>11}")
    for model, path in sets.items():
        if not path.exists():
            continue
        paras = lines(path) + extra
        out = []
        for skip in (False, True):
            tok = SoMaJo(model, split_camel_case=False, split_sentences=True, character_offsets=True)
            if skip:
                _skip_emoji_scan(tok)
            t0 = cpu()
            toks = [[(t.text, t.character_offset, t.token_class) for t in sent] for p in paras for sent in tok.tokenize_text([p])]
            out.append((toks, cpu() - t0))
        print(f"{model:8} {len(paras):10d} {str(out[0][0] == out[1][0]):>12} {out[0][1]:12.2f} {out[1][1]:11.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=20, help="copies of the 5 seeds for the throughput run")
    ap.add_argument("--skip-langid", action="store_true")
    args = ap.parse_args()
    if not args.skip_langid:
        bench_langid()
    bench_tricky()
    bench_emoji_scan()
    bench_throughput(args.copies)


if __name__ == "__main__":
    main()
