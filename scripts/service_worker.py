#!/usr/bin/env python3
"""Writes the site's sw.js: web/shell/sw.js with the list of the site's files
and their SHA-256 in place of `{/* FILES */}`, and a version (a hash over that
list) in place of `/* VERSION */`.

A new build with any file changed gives a new version, so sw.js changes, the
browser installs the new worker and it fills a new cache (docs/offline.md).
The list is the files given here (web/CMakeLists.txt names them), not whatever
lies in the folder, so a stale file is never precached.

Usage: service_worker.py TEMPLATE SITE_DIR OUT FILE…
"""
import hashlib
import json
import os
import sys


def main(argv):
    if len(argv) < 5:
        sys.exit(__doc__)
    template, site, out, files = argv[1], argv[2], argv[3], argv[4:]
    with open(template, encoding="utf-8") as f:
        text = f.read()
    hashes = {}
    for name in files:
        with open(os.path.join(site, name), "rb") as f:
            hashes[name] = hashlib.sha256(f.read()).hexdigest()
    listing = json.dumps(hashes, sort_keys=True, separators=(",", ":"))
    version = hashlib.sha256(listing.encode("utf-8")).hexdigest()[:16]
    for marker, value in (("{/* FILES */}", listing), ("/* VERSION */", version)):
        if text.count(marker) != 1:
            sys.exit(f"{template}: expected the marker {marker} once")
        text = text.replace(marker, value)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, out)


if __name__ == "__main__":
    main(sys.argv)
