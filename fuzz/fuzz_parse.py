"""Fuzz parse, extract and resolve: no exception escapes, no stage fails inside, offsets hold.

Run for minutes, outside CI (see fuzz/README.md):

    python fuzz/fuzz_parse.py --minutes 10              # hypothesis, structured documents
    python fuzz/fuzz_parse.py --atheris -- -max_total_time=600   # coverage-guided (pip install atheris)

A failing input is printed and written to fuzz/findings/; fix the bug and keep the input as a
regression test in tests/regressions/.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graphbuild.extract import extract_facts  # noqa: E402
from graphbuild.models import DocumentFacts  # noqa: E402
from graphbuild.parse import parse_meeting  # noqa: E402
from graphbuild.resolve import resolve  # noqa: E402
from graphbuild.sources import source_from_text  # noqa: E402
from graphbuild.sources.html import html_to_text  # noqa: E402

FINDINGS = Path(__file__).resolve().parent / "findings"

# Words the parser and the extractor react to, so generated documents reach deep paths.
VOCABULARY = [
    "REFERAT", "DAGSORDEN", "Referat", "Dagsorden", "Direktionen", "Chefforum", "KD-Net", "KKR",
    "Punkt 1:", "Punkt 2: Lukket:", "Punkt 17:", "pkt. 65", "Sag nr. 130", "1.", "3.", "12.",
    "Sagsfremstilling", "Indstilling", "Indstillinger", "Beslutning", "Bilag", "Økonomi", "Lovgrundlag",
    "Anledning", "Resume", "Behandling", "Sagstype", "Åbent", "Lukket", "Indholdsfortegnelse",
    "Deltagere:", "Afbud:", "Fraværende:", "i stedet deltager", "Suppleant for", "stedfortræder",
    "Mødedato", "Mødested", "Dato:", "Tid:", "Sted:", "Udgivet:", "Mandag d. 22. februar 2021 kl. 12:30",
    "den 24. januar 2020, kl. 10.00 – 12.00", "4. oktober 2023 13:00-14:30", "29. februar 2021",
    "Sagsnr.: 326-2017-43896", "J.nr.: 00.01.10", "Dokumentnr.: 326-2021-44624", "00.15.10-A21-1-21",
    "Kalundborg Kommune", "Albertslund Kommune", "Region Midtjylland", "KL", "KOMBIT", "DASSOS", "KOSU",
    "Den Storkøbenhavnske Digitaliseringsforening", "DSD", "KL Play: Sundhed og Social", "KL Play",
    "Socialstyrelsen", "Sundhedsstyrelsen", "Jesper Thyrring Møller", "Lone Rasmussen", "Jens Hansen (A)",
    "formand", "næstformand", "direktør", "kommunaldirektør", "fratræder", "tiltræder", "pr. 1. februar",
    "besluttede at tilmelde sig", "Godkendt.", "Taget til efterretning.", "Drøftet.", "Det indstilles, at",
    "Direktionens møde den 22. februar 2021:", "bakker op", "udsat", "500.000 kr.", "1,2 mio. kr.",
    "jf. servicelovens § 108", "lov nr. 1234 af 12. december 2019", "Password:", "Login:", "Kodeord: x1",
    "010203-1234", ":", "-", "–", "**", "#", "\t", "\n", "\n\n", " ", "(", ")", "[", "]", "§",
    "<script>alert(1)</script>", "' OR 1=1 //", "}) DETACH DELETE n //", "\u202e", "e\u0301", "\u0000",
    "\r\n", "\r", "\ufeff", "\u2028",
]  # fmt: skip


def check_document(text: str, name: str = "fuzz.txt") -> DocumentFacts:
    """Run one text through the stages and check the contracts; raise AssertionError on a break."""
    doc = source_from_text(text, name=name)
    meeting = parse_meeting(doc)
    assert not any(e.startswith("parse failed") for e in meeting.errors), meeting.errors
    length = len(doc.text)
    for item in meeting.items:
        assert 0 <= item.start <= item.end <= length, (item.number, item.start, item.end, length)
        for section in item.sections:
            assert doc.text[section.start : section.end] == section.text, section.heading
    for person in meeting.attendance:
        assert 0 <= person.start <= person.end <= length, person
    facts = extract_facts(meeting)
    assert not any(e.startswith("extract:") for e in facts.errors), facts.errors
    ids = {entity.id for entity in facts.entities}
    for relation in facts.relations:
        ev = relation.evidence
        assert 0 <= ev.start <= ev.end <= length, ev
        assert doc.text[ev.start : ev.end] == ev.quote, (ev.quote, ev.start, ev.end)
        assert relation.source in ids and relation.target in ids, relation
    facts.to_json_dict()  # must serialise
    return facts


def check_corpus(texts: list[str]) -> None:
    """Several documents resolved together: resolve must not raise and every rel has its nodes."""
    graph = resolve([check_document(text, name=f"doc{i}.txt") for i, text in enumerate(texts)])
    for rel in graph.rels.values():
        assert rel.source in graph.nodes and rel.target in graph.nodes, rel


def _record(text: str, error: BaseException) -> Path:
    FINDINGS.mkdir(exist_ok=True)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    path = FINDINGS / f"crash-{digest}.txt"
    path.write_text(f"{type(error).__name__}: {error}\n---\n{text!r}\n", encoding="utf-8")
    return path


def run_hypothesis(minutes: float) -> int:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    words = st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=20))
    documents = st.one_of(
        st.text(max_size=3000),
        st.lists(words, max_size=200).map(" ".join),
        st.lists(st.lists(words, max_size=12).map(" ".join), max_size=60).map("\n".join),
    )
    deadline = time.monotonic() + minutes * 60
    examples = 0
    failures = 0

    @settings(
        max_examples=300,  # one round; rounds repeat until the time is up
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.shrink],
    )
    @given(st.lists(documents, min_size=1, max_size=3), st.text(max_size=400))
    def target(texts: list[str], markup: str) -> None:
        nonlocal examples
        examples += 1
        check_corpus(texts)
        check_document(html_to_text(markup) or "-", name="fuzz.html")

    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        try:
            target()
        except Exception as error:  # a finding: print, save, carry on looking
            failures += 1
            text = repr(error)[:2000]
            print(f"FINDING {failures}: {text}", file=sys.stderr)
            _record(text, error)
    print(f"hypothesis: {examples} examples in {rounds} rounds, {failures} findings", file=sys.stderr)
    return 1 if failures else 0


def run_atheris(argv: list[str]) -> int:
    import atheris

    def one_input(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        pieces = []
        while provider.remaining_bytes():
            if provider.ConsumeBool():
                pieces.append(VOCABULARY[provider.ConsumeIntInRange(0, len(VOCABULARY) - 1)])
            else:
                pieces.append(provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 24)))
        text = " ".join(pieces)
        try:
            check_document(text)
        except Exception as error:
            print(f"saved {_record(text, error)}", file=sys.stderr)
            raise

    atheris.instrument_all()
    atheris.Setup([sys.argv[0], *argv], one_input)
    atheris.Fuzz()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=2.0, help="how long hypothesis runs")
    parser.add_argument("--atheris", action="store_true", help="coverage-guided fuzzing with atheris")
    parser.add_argument("rest", nargs="*", help="after --: libFuzzer options for atheris")
    args = parser.parse_args()
    if args.atheris:
        return run_atheris(args.rest)
    return run_hypothesis(args.minutes)


if __name__ == "__main__":
    sys.exit(main())
