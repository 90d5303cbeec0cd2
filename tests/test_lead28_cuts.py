"""Two English originals: a shorter statement in other words is no truncation of a longer one (rv54-20)."""
from aligner.match.consistency import kept_words


def test_other_words_are_not_kept_words():
    assert not kept_words("No evidence of a cyberattack at this time.",
                          "We have not seen any evidence that the outage was caused by a cyberattack.")


def test_a_quote_cut_short_keeps_its_words():
    assert kept_words("Flying is safe and it will stay that way",
                      "Flying is safe and it will stay that way. I'm getting to the bottom of this.")


def test_run_flags_no_truncation_between_two_statements(tmp_path):
    import json

    from run_stores import cli_run

    out, clusters = cli_run(tmp_path, {
        "a.txt": 'The outage hit thousands of flights.\n\n"We have not seen any evidence that the outage was caused by '
                 'a cyberattack," press secretary Karen Whitfield said on Wednesday.\n\n"Flying is safe and it will '
                 'stay that way. I am getting to the bottom of this," President Joe Biden said.\n',
        "b.txt": 'The outage hit thousands of flights.\n\nThe White House posted: "No evidence of a cyberattack at this '
                 'time." Biden wrote: "Flying is safe and it will stay that way."\n'})
    pairs = [p for c in clusters for p in c.get("pairs", [])]
    quotes = {json.loads(x)["id"]: json.loads(x)["text"] for x in (out / "quotes.jsonl").read_text().splitlines()}
    cut = [(quotes[p["a"]], quotes[p["b"]]) for p in pairs if "truncation" in p["flags"]]
    assert all("cyberattack" not in a + b for a, b in cut)
