"""How long finding regions takes, per 1,000 characters of text.

Run from the repository root (a standalone script, not a test)::

    python benchmarks/bench_regions.py            # about 200,000 characters, 5 rounds
    python benchmarks/bench_regions.py --chars 1000000 --rounds 3

The text is generated: invented report sentences in the outlets' style that
name places from the gazetteer in many spellings (press, MR, RR, suffixed,
lower-case "province", line breaks inside names) mixed with sentences that name
none.  The index is built once per gazetteer; its cost is reported apart.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from nkreports.gazetteer import Gazetteer, default_gazetteer, find_regions

_TEMPLATES = (
    "A source in {a} told Daily NK on Tuesday that traders from {b} were arrested.",
    "Residents of {a} province said the market in {b} closed early last month.",
    "Officials at the {a} Customs House ordered a halt to freight bound for {b}.",
    "Smugglers moved goods from {a} to\n{b} before the border was sealed.",
    "The price of rice in {a} rose while corn fell in {b}, the survey found.",
)
_PLAIN = (
    "The source added that nobody knows how long the new rules will last.",
    "Prices of imported goods have climbed steadily since the pandemic.",
    "Market managers were told to report any trader who ignores the order.",
    "Several families have already sold their furniture to buy grain.",
)


def make_text(gaz: Gazetteer, chars: int, seed: int = 7) -> str:
    """A deterministic text of about *chars* characters naming gazetteer places."""
    rng = random.Random(seed)
    names = [s for r in gaz for s in r.spellings if s[:1].isupper()]
    parts: list[str] = []
    size = 0
    while size < chars:
        if rng.random() < 0.5:
            sentence = rng.choice(_TEMPLATES).format(a=rng.choice(names), b=rng.choice(names))
        else:
            sentence = rng.choice(_PLAIN)
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200_000, help="size of the generated text")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (the median is reported)")
    args = parser.parse_args()

    started = time.perf_counter()
    gaz = default_gazetteer()
    loaded = time.perf_counter()
    find_regions("Hyesan", gaz)  # builds the spelling index once
    indexed = time.perf_counter()

    text = make_text(gaz, args.chars)
    timings = []
    found = 0
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        found = len(find_regions(text, gaz))
        timings.append(time.perf_counter() - t0)
    median = statistics.median(timings)
    print(f"load gazetteer        {1000 * (loaded - started):8.1f} ms")
    print(f"build spelling index  {1000 * (indexed - loaded):8.1f} ms (once per gazetteer)")
    print(f"text                  {len(text):8d} chars, {found} mentions")
    print(f"find_regions          {1000 * median:8.1f} ms (median of {args.rounds})")
    print(f"per 1,000 characters  {1000 * median / (len(text) / 1000):8.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
