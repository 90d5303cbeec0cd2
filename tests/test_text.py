"""aligner.text: the one chrF, held to sacrebleu."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import sacrebleu

from aligner.text.chrf import Profile, chrf, chrf_both, chrf_profiles

ROOT = Path(__file__).resolve().parents[1]
TSV = ROOT / "corpora" / "translations" / "seeds.de-en.tsv"


def _pairs() -> list[tuple[str, str]]:
    rows = [line.split("\t")[:2] for line in TSV.read_text(encoding="utf-8").splitlines() if "\t" in line]
    src = [r[0] for r in rows]
    tgt = [r[1] for r in rows]
    rng = random.Random(7)
    shuffled = tgt[:]
    rng.shuffle(shuffled)
    pairs = list(zip(tgt, src)) + list(zip(tgt, shuffled)) + list(zip(src, shuffled))
    alphabet = "abcdeäöüß \tXYZ.,„“0123"
    for _ in range(300):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        pairs.append((a, b))
    pairs += [("", ""), ("", "x"), ("x", ""), ("   ", "a"), ("a", "a"), ("ab", "ba"), ("Merz", "Merz!"),
              ("ein Test", "einTest"), ("😀 Ja", "😀 Nein")]
    return pairs


def test_chrf_equals_sacrebleu_sentence_chrf():
    pairs = _pairs()
    assert len(pairs) > 400
    worst = max(abs(chrf(h, r) - sacrebleu.sentence_chrf(h, [r]).score / 100) for h, r in pairs)
    assert worst < 1e-9


@pytest.mark.parametrize("beta", [1.0, 2.0, 3.0])
def test_chrf_both_is_both_directions(beta):
    for a, b in _pairs()[:200]:
        pa, pb = Profile.of(a), Profile.of(b)
        ab, ba = chrf_both(pa, pb, beta)
        assert ab == pytest.approx(chrf_profiles(pa, pb, beta), abs=1e-12)
        assert ba == pytest.approx(chrf_profiles(pb, pa, beta), abs=1e-12)
        sb = sacrebleu.metrics.CHRF(beta=beta)
        assert ab == pytest.approx(sb.sentence_score(a, [b]).score / 100, abs=1e-9)


def test_one_chrf_in_the_package():
    import aligner.match.score as score
    import aligner.similarity as similarity
    import aligner.text.chrf as one

    assert similarity.chrf is one.chrf and similarity.Profile is one.Profile
    assert score.chrf_both is one.chrf_both


def test_components_match_a_brute_force_search():
    from aligner.graph import DisjointSets, components

    rng = random.Random(3)
    for _ in range(50):
        n = rng.randint(0, 30)
        pairs = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 2 * n))] if n else []
        # brute force: grow each component by repeated sweeps
        label = list(range(n))
        changed = True
        while changed:
            changed = False
            for a, b in pairs:
                lo = min(label[a], label[b])
                if label[a] != lo or label[b] != lo:
                    label[a] = label[b] = lo
                    changed = True
        expect: dict[int, list[int]] = {}
        for i in range(n):
            expect.setdefault(label[i], []).append(i)
        assert components(n, pairs) == list(expect.values())
        uf = DisjointSets(n)
        for a, b in pairs:
            uf.union(a, b)
        assert [uf.find(i) for i in range(n)] == [label[i] for i in range(n)]


def test_attach_keeps_the_callers_root():
    """DisjointSets.attach(root, other) keeps ``root`` even when it is the larger id
    (agglomerative clustering keys its bookkeeping by the root it keeps)."""
    from aligner.graph import DisjointSets

    sets = DisjointSets(4)
    sets.union(0, 1)
    sets.attach(3, sets.find(1))
    assert [sets.find(i) for i in range(4)] == [3, 3, 2, 3]
    assert sets.components() == [[0, 1, 3], [2]]
