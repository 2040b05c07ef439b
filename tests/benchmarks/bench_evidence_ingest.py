"""Evidence intake: memory must not grow with file size, throughput must stay near disk speed.

Ingests a small and a large file (1 GiB by default; `--megabytes N` to change) in a fresh
child process each, and prints peak resident memory and throughput with their ratios.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from core.evidence_store import EvidenceFiles
    source, store = Path(sys.argv[1]), Path(sys.argv[2])
    start = time.perf_counter()
    stored = EvidenceFiles(store).ingest(source)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"size": stored.size, "seconds": seconds, "peak_kib": peak_kib}))
    """
)


def make_file(path: Path, megabytes: int) -> Path:
    block = bytes(range(256)) * 4096
    with path.open("wb") as handle:
        for index in range(megabytes):
            handle.write(index.to_bytes(8, "big") + block[8:])
    return path


def measure(source: Path, store: Path) -> dict[str, float]:
    root = Path(__file__).resolve().parents[2]
    output = subprocess.run(
        [sys.executable, "-c", CHILD, str(source), str(store)],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(output))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=int, default=1024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        small = measure(make_file(base / "small.bin", 8), base / "store-small")
        large = measure(make_file(base / "large.bin", args.megabytes), base / "store-large")
    for name, result in (("8 MiB", small), (f"{args.megabytes} MiB", large)):
        rate = result["size"] / result["seconds"] / 2**20
        print(f"{name:>10}: peak RSS {result['peak_kib'] / 1024:7.1f} MiB, {rate:7.1f} MiB/s")
    print(
        f"size ratio {large['size'] / small['size']:.0f}x, "
        f"peak memory ratio {large['peak_kib'] / small['peak_kib']:.2f}x"
    )


if __name__ == "__main__":
    main()
