"""How long making the renditions of a 6000x4000 JPEG takes, and how much memory.

    DJANGO_DEBUG=1 .venv/bin/python bench/renditions.py [--runs 3] [--size 6000x4000]

Rerunnable and self-contained: the photo and its renditions go to a temporary MEDIA_ROOT that
is removed afterwards, and no database is touched. Each run is a fresh process, so its peak
resident memory (minus what Django and Pillow take once imported) is the renditions' alone.
"""

import argparse
import io
import multiprocessing
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
SOURCE_NAME = "bench/photo.jpg"


def photo_bytes(width, height):
    """A photo-like JPEG: blurred noise under soft shapes, which encoders find realistic work."""
    image = Image.effect_noise((width // 4, height // 4), 50).convert("RGB")
    draw = ImageDraw.Draw(image)
    for step in range(40):
        x, y = (step * 97) % image.width, (step * 61) % image.height
        draw.ellipse((x, y, x + image.width // 5, y + image.height // 4), fill=(step * 6, 90, 160))
    image = image.resize((width, height)).filter(ImageFilter.GaussianBlur(3))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def peak_rss_mb():
    """This process's peak resident memory in MiB."""
    status = Path("/proc/self/status")
    if status.exists():
        # Linux: VmHWM belongs to this program; ru_maxrss would include the parent's peak,
        # which survives the fork and exec that start a run.
        line = next(line for line in status.read_text().splitlines() if line.startswith("VmHWM"))
        return int(line.split()[1]) / 2**10
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # bytes on macOS


def measure(results):
    """One run in a fresh process: seconds, memory and files for one photo's renditions."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from reviews.images import renditions_make
    from reviews.models import Film

    baseline = peak_rss_mb()
    started = time.perf_counter()
    renditions = renditions_make(Film(poster=SOURCE_NAME).poster)
    seconds = time.perf_counter() - started
    files = len(renditions["webp"]) + len(renditions["fallback"])
    results.put((seconds, peak_rss_mb() - baseline, peak_rss_mb(), files))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", default="6000x4000", help="WIDTHxHEIGHT of the photo")
    args = parser.parse_args()
    width, height = map(int, args.size.split("x"))

    media_root = Path(tempfile.mkdtemp(prefix="renditions-bench-"))
    os.environ["MEDIA_ROOT"] = str(media_root)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reviewsite.settings")
    try:
        source = media_root / SOURCE_NAME
        source.parent.mkdir(parents=True)
        source.write_bytes(photo_bytes(width, height))
        print(f"Source: {width}x{height} JPEG, {source.stat().st_size / 2**20:.1f} MiB")
        context = multiprocessing.get_context("spawn")
        times = []
        for run in range(1, args.runs + 1):
            results = context.Queue()
            process = context.Process(target=measure, args=(results,))
            process.start()
            seconds, extra_mb, peak_mb, files = results.get()
            process.join()
            times.append(seconds)
            print(
                f"run {run}: {seconds:.2f} s, {files} files, peak memory +{extra_mb:.0f} MiB "
                f"over Django and Pillow loaded ({peak_mb:.0f} MiB resident at peak)"
            )
        print(f"median: {statistics.median(times):.2f} s")
    finally:
        shutil.rmtree(media_root)


if __name__ == "__main__":
    main()
