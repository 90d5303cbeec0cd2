"""Run directories built by hand for stage tests (no ingest needed)."""

from __future__ import annotations


def declared_pair_run(tmp_path, de, en, mt):
    """A run store with a German article, its English translation (declared) and the MT."""
    from aligner.model import Article, Sentence, Translation
    from aligner.store import RunStore

    store = RunStore(tmp_path / "run")
    arts = [
        Article("a-de", " ".join(de), language="de"),
        Article("a-en", " ".join(en), language="en", translation_of="a-de"),
    ]
    sents = []
    for art, texts in ((arts[0], de), (arts[1], en)):
        pos = 0
        for k, t in enumerate(texts):
            sents.append(Sentence(f"{art.id}#s{k:04d}", art.id, "", k, pos, pos + len(t), t, art.language))
            pos += len(t) + 1
    store.write("articles.jsonl", arts)
    store.write("sentences.jsonl", sents)
    store.write("translations.jsonl", [
        Translation(f"a-de#s{k:04d}", d, e, "de", "en", "precomputed", "test") for k, (d, e) in enumerate(zip(de, mt))
    ])
    return store, arts
