"""match summary counts: a pair is either never compared or compared and not judged, never both."""

from aligner.match.consistency import pairs_not_compared, pairs_not_judged
from aligner.model import Cluster, ClusterPair


def test_a_pair_never_compared_is_not_also_counted_not_judged():
    note = {"not_judged": "the two versions were not matched on their words"}
    never = ClusterPair("x#q0", "y#q0", compared="none", details=dict(note))
    judged_not = ClusterPair("x#q0", "z#q0", compared="english", details=dict(note))
    fine = ClusterPair("y#q0", "z#q0", compared="english")
    c = Cluster("c1", [], pairs=[never, judged_not, fine])
    assert pairs_not_compared([c]) == [never]
    assert [p for _, p in pairs_not_judged([c])] == [judged_not]
