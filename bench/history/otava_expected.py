#!/usr/bin/env python3
"""Otava's change points on seeded synthetic series: the expected values of OtavaAgreementTest.

Regenerate (Otava's source is read from a checkout, never copied into this repository):

    git clone https://github.com/apache/otava /tmp/otava
    python3 bench/history/otava_expected.py /tmp/otava \
        > platform-history/src/test/resources/io/benchctl/history/changepoint/otava-expected.csv

Needs python3 with numpy and scipy. Otava's package __init__ pulls its optional integrations, so
this imports only otava/analysis.py (and otava/change_point_divisive) through a stub package in a
temporary folder. Prints the goal figures (flagged A/A series, found steps) to stderr.

The series come from SplitMix64 and a sum of twelve uniforms for the noise (only additions and
multiplications, so Java's SyntheticSeries rebuilds them bit for bit from the seed): run i is
base * (1 + cv * z_i), times the factor of every step at or before i, rounded to an integer
when the row says so.
"""
import os
import sys
import tempfile

MASK = (1 << 64) - 1
# The options benchctl uses by default (ChangePointOptions.DEFAULTS).
DEFAULTS = (40, 5e-5, 0.01)


def splitmix64(seed):
    state = seed & MASK
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def series(length, seed, base, cv, steps, integer):
    bits = splitmix64(seed)
    values = []
    for i in range(length):
        z = 0.0
        for _ in range(12):
            z += (next(bits) >> 11) * 2.0**-53
        z -= 6.0
        v = base * (1.0 + cv * z)
        for position, factor in steps:
            if position <= i:
                v = v * factor
        values.append(float(round(v)) if integer else v)
    return values


def rows():
    """(name, length, seed, base, cv, steps, integer, window, max_pvalue, min_magnitude)."""
    for seed in range(200):
        yield ("aa", 60, seed, 100.0, 0.03, [], False) + DEFAULTS
    for seed in range(200):
        yield ("step10", 60, 1_000_000 + seed, 100.0, 0.03, [(40, 1.10)], False) + DEFAULTS
    # Other shapes and options: several steps up and down, other noise, windows, levels, and
    # integer series (exact sums, so ties between splits are broken the same way).
    pick = splitmix64(424242)
    choose = lambda options: options[next(pick) % len(options)]
    for k in range(120):
        length = choose([40, 80, 120, 200, 300])
        count = choose([0, 1, 2, 3])
        positions = sorted({5 + next(pick) % (length - 10) for _ in range(count)})
        steps = [(p, choose([0.8, 0.9, 0.95, 1.05, 1.1, 1.25])) for p in positions]
        integer = k % 4 == 3
        yield ("mixed", length, 2_000_000 + k, 30000.0 if integer else 100.0, choose([0.01, 0.02, 0.05]),
               steps, integer, choose([10, 20, 30, 50]), choose([0.01, 0.001, 1e-4, 5e-5]), choose([0.0, 0.05]))


def import_otava(checkout):
    stub = tempfile.mkdtemp(prefix="otava-stub-")
    os.mkdir(os.path.join(stub, "otava"))
    open(os.path.join(stub, "otava", "__init__.py"), "w").close()
    for name in ("analysis.py", "change_point_divisive"):
        os.symlink(os.path.join(checkout, "otava", name), os.path.join(stub, "otava", name))
    sys.path.insert(0, stub)
    from otava.analysis import compute_change_points
    return compute_change_points


def main():
    compute_change_points = import_otava(os.path.abspath(sys.argv[1]))
    print("# Otava's change points on seeded series; regenerate with bench/history/otava_expected.py.")
    print("# name,length,seed,base,cv,steps(position:factor ...),integer,window,maxPValue,minMagnitude,"
          "sum(repr of the series' sum, a check of the generator),changePoints(...)")
    figures = {}
    for name, length, seed, base, cv, steps, integer, window, max_p, min_mag in rows():
        values = series(length, seed, base, cv, steps, integer)
        points, _ = compute_change_points(values, window_len=window, max_pvalue=max_p, min_magnitude=min_mag)
        indexes = [int(p.index) for p in points]
        total = 0.0
        for v in values:
            total += v
        print(",".join([name, str(length), str(seed), repr(base), repr(cv),
                        " ".join(f"{p}:{f!r}" for p, f in steps), str(integer).lower(),
                        str(window), repr(max_p), repr(min_mag), repr(total), " ".join(map(str, indexes))]))
        hit = any(abs(i - 40) <= 1 for i in indexes) if name == "step10" else bool(indexes)
        figures[name] = figures.get(name, 0) + hit
    print(f"Otava with window {DEFAULTS[0]}, max_pvalue {DEFAULTS[1]}, min_magnitude {DEFAULTS[2]}: "
          f"A/A series flagged {figures['aa']}/200, 10% step found within one run {figures['step10']}/200",
          file=sys.stderr)


if __name__ == "__main__":
    main()
