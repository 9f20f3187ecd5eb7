"""Run the fuzz targets, one after another: ``python fuzz/run.py [--seconds 600] [target …]``.

Needs the fuzz extra (``pip install -e '.[fuzz]'``). Each target starts from the seed
corpus (the bundled story's articles and the test pages) and keeps what it learns in
``fuzz/corpus/<target>/`` (not committed). A crash leaves its input as
``fuzz/crashes/<target>-crash-…`` and makes this script exit non-zero. Findings so far are
in ``docs/reliability.md``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGETS = ("quotes", "clean", "html")
SEEDS = {
    "quotes": sorted((ROOT / "corpus" / "nato-shootdown-2024").glob("*.txt")),
    "clean": sorted((ROOT / "corpus" / "nato-shootdown-2024").glob("*.txt")),
    "html": sorted((ROOT / "tests" / "data" / "pages").glob("*.htm*")),
}


def run(target: str, seconds: int, jobs: int) -> int:
    corpus = HERE / "corpus" / target
    corpus.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS[target]:
        copy = corpus / f"seed-{seed.name}"
        if not copy.exists():
            shutil.copyfile(seed, copy)
    crashes = HERE / "crashes"
    crashes.mkdir(exist_ok=True)
    command = [
        sys.executable,
        str(HERE / f"fuzz_{target}.py"),
        str(corpus),
        f"-max_total_time={seconds}",
        f"-artifact_prefix={crashes}/{target}-",
        "-max_len=65536",
        "-timeout=60",
        "-print_final_stats=1",
    ]
    if jobs > 1:
        command.append(f"-fork={jobs}")
    print("$", " ".join(command), flush=True)
    return subprocess.call(command, cwd=HERE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", default=list(TARGETS), choices=TARGETS)
    parser.add_argument("--seconds", type=int, default=600, help="time per target")
    parser.add_argument("--jobs", type=int, default=1, help="fuzzing processes per target")
    args = parser.parse_args()
    failed = [t for t in args.targets if run(t, args.seconds, args.jobs) != 0]
    if failed:
        print(f"crashes in: {', '.join(failed)} (inputs under fuzz/crashes/)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
