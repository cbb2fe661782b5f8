"""Linux bundle only: rebuild Qt's 31 MB ICU data library with just what a Polish/English app uses (~5 MB).

Qt's Linux wheels link ICU (collation, text boundaries, converters) and carry ICU's data for every language of the
world in ``libicudata.so.NN``. This script takes that data package out of the library, removes with ICU's own
``icupkg`` the locale data of other languages, the Chinese/Japanese/Thai/Khmer/Burmese word dictionaries, the
transliterators, the legacy encodings and the character names, and links the rest back into a library of the same name and
symbol (``icudtNN_dat``). Polish and English collation, the Unicode properties and normalisation stay.
Tools: binutils (nm, readelf, objcopy), gcc and icupkg (Debian/Ubuntu: ``apt install gcc icu-devtools``).

Usage: ``python packaging/shrink_icu.py IN_LIBICUDATA OUT_LIBICUDATA``
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("pl", "en")
# Stems of per-locale data: a 2-3 letter language, then optional script/region/variant (en_GB, sr_Latn_BA, es_419).
LOCALE_STEM = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]+)*$")
DROPPED_TREES = ("translit/",)
DROPPED_ITEMS = ("unames.icu",)  # Unicode character names: Qt never looks a character up by its name


def tools_available() -> bool:
    """Whether this machine can shrink the data (else the bundle keeps the full library)."""
    return all(shutil.which(tool) for tool in ("nm", "readelf", "gcc", "icupkg"))


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The ICU data symbol's name, its offset in the file and its size."""
    symbols = subprocess.run(["nm", "-D", "--defined-only", "-S", str(library)], check=True, capture_output=True,
                             text=True).stdout
    address, size, _kind, name = next(line.split() for line in symbols.splitlines() if re.search(r"icudt\d+_dat", line))
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], check=True, capture_output=True, text=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, int(address, 16) - section_address + section_offset, int(size, 16)
    raise SystemExit(f"{library}: no .rodata section")


def keep_item(item: str) -> bool:
    """Whether one item of the ICU data package is needed by a Polish/English Qt app."""
    if item.startswith(DROPPED_TREES) or item.endswith((".dict", ".cnv")) or item in DROPPED_ITEMS:
        return False  # dictionaries: CJK/Thai word breaks; .cnv: legacy encodings (UTF-8/16 and Latin-1 are built in)
    stem = item.rsplit("/", 1)[-1].removesuffix(".res")
    if not item.endswith(".res") or stem in ("root", "pool", "res_index"):
        return True
    match = LOCALE_STEM.match(stem)
    return match is None or match["lang"] in LANGUAGES


def shrink(library: Path, out: Path) -> None:
    """Write a smaller `out` library with the same soname and data symbol as `library`."""
    name, offset, size = data_symbol(library)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        package_name = name.removesuffix("_dat") + "l"  # icudt73l: the item prefix icupkg expects
        full = tmp / f"{package_name}.dat"
        with library.open("rb") as source:
            source.seek(offset)
            full.write_bytes(source.read(size))
        listing = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True, text=True).stdout
        items = listing.split()
        dropped = [item for item in items if not keep_item(item)]
        (tmp / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        (tmp / "small").mkdir()  # the package keeps its name: icupkg prefixes items with the file's name
        # The root word-break rules name the CJK/Thai dictionaries; without them ICU breaks those scripts simply.
        subprocess.run(["icupkg", "--ignore-deps", "-r", "dropped.txt", full.name, f"small/{full.name}"], cwd=tmp,
                       check=True, capture_output=True)
        full = tmp / "small" / full.name
        assembly = tmp / "icudata.S"
        assembly.write_text(
            f'.section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n'
            f'.incbin "{full}"\n.size {name}, .-{name}\n.section .note.GNU-stack,"",@progbits\n', encoding="utf-8")
        soname = library.name
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), str(assembly)],
                       check=True)
        print(f"ICU data: {size / 1e6:.1f} MB -> {full.stat().st_size / 1e6:.1f} MB ({len(dropped)} of {len(items)} "
              f"items dropped)")


if __name__ == "__main__":
    shrink(Path(sys.argv[1]), Path(sys.argv[2]))
