#!/usr/bin/env python3
"""Writes a Hugo site equivalent to a ZielSite project's region pages: the yardstick of bench/run.sh.

For every region and year of a ZielSite sample project (its data/regions.csv and provenance.json) it writes one
content page whose front matter holds everything precomputed (5 targets, 5 charts with two 12-month series) and
whose body is the region's agreement text of that year as Markdown (about 9 KB; the agreement of the nearest
year where the sample has none). The layouts render the page shape of a ZielSite region page: navigation,
a 5-row target table, 5 chart scripts each with a 12-month table, and the agreement text rendered from
Markdown; about 17 KB of HTML per page. `--thin` leaves the agreement text out (the stretch yardstick).

Deterministic: values come from a seeded generator, files are written in sorted order.

    python3 bench/hugo_site.py --project PROJECT --out SITE [--thin]
"""
import argparse
import csv
import json
import os
import random
import re
import shutil

MONTHS = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."]
TARGETS = [
    ("integrationen", "Veränderung der Zahl der Integrationen", ">="),
    ("k2", "Integrationsquote (K2)", ">="),
    ("k2_gap", "Abstand der Integrationsquoten Frauen/Männer", "<="),
    ("k3", "Veränderung des Bestands an Langzeitleistungsbeziehenden (K3)", "<="),
    ("integrationen_lzb", "Veränderung der Integrationen von Langzeitleistungsbeziehenden", ">="),
]
CHARTS = [
    ("integrationen", "Integrationen je Monat"),
    ("k2", "Integrationsquote (K2), Jahresfortschrittswert in %"),
    ("k2_gap", "Integrationsquote Frauen und Männer in %"),
    ("lzb", "Langzeitleistungsbeziehende im Monat"),
    ("integrationen_lzb", "Integrationen von Langzeitleistungsbeziehenden je Monat"),
]
STATUS = {"met": "erreicht", "missed": "verfehlt", "on_track": "auf Kurs", "off_track": "nicht auf Kurs"}


def slug(name):
    s = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def de(x, digits=1):
    return f"{x:,.{digits}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def markdown(text):
    """The OCR text as Markdown: paragraphs stay paragraphs, bullets become list items."""
    out = []
    for line in text.splitlines():
        line = line.rstrip()
        if line.startswith("• "):
            line = "- " + line[2:]
        out.append(line)
    return "\n".join(out).strip() + "\n"


def agreements(project):
    """(slug, year) -> agreement text, from the sample's content/agreements/<year>/<slug>.txt."""
    found = {}
    root = os.path.join(project, "content", "agreements")
    for year in sorted(os.listdir(root)):
        for name in sorted(os.listdir(os.path.join(root, year))):
            with open(os.path.join(root, year, name), encoding="utf-8") as f:
                found[(name[:-4], int(year))] = f.read()
    return found


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--project", required=True, help="a ZielSite sample project (regions, years, agreement texts)")
    p.add_argument("--out", required=True)
    p.add_argument("--thin", action="store_true", help="no agreement text (the thinner pages)")
    a = p.parse_args()

    with open(os.path.join(a.project, "data", "regions.csv"), encoding="utf-8-sig") as f:
        regions = [(r["ags"], r["name"]) for r in csv.DictReader(f, delimiter=";")]
    with open(os.path.join(a.project, "data", "provenance.json"), encoding="utf-8") as f:
        gen = json.load(f).get("generator") or {"years": 6, "last_month": "2025-06"}
    last = int(gen["last_month"][:4])
    years = list(range(last - gen["years"] + 1, last + 1))
    texts = {} if a.thin else agreements(a.project)

    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copytree(os.path.join(here, "hugo"), a.out)
    rng = random.Random(48)
    content = os.path.join(a.out, "content")
    with open(os.path.join(content, "_index.md"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"title": "Zielerreichung der Jobcenter", "years": years}, ensure_ascii=False) + "\n")
    for year in years:
        ydir = os.path.join(content, str(year))
        os.makedirs(ydir, exist_ok=True)
        with open(os.path.join(ydir, "_index.md"), "w", encoding="utf-8") as f:
            f.write(json.dumps({"title": f"Zielerreichung {year}", "year": year}, ensure_ascii=False) + "\n")
        for i, (ags, name) in enumerate(regions):
            s = slug(name)
            months = 6 if year == last else 12
            targets = []
            for key, label, op in TARGETS:
                target, actual = rng.uniform(-6, 14), rng.uniform(-8, 16)
                status = ("met" if (actual >= target) == (op == ">=") else "missed") if months == 12 else \
                         ("on_track" if (actual >= target) == (op == ">=") else "off_track")
                unit = " Pp." if key == "k2_gap" else " %"
                targets.append({"key": key, "label": label, "op": "≥" if op == ">=" else "≤",
                                "target": de(target) + unit, "actual": de(actual) + unit,
                                "status": status, "statustext": STATUS[status]})
            charts = []
            for key, title in CHARTS:
                base = rng.uniform(20, 4000)
                prev = [round(base * rng.uniform(0.8, 1.2), 1) for _ in range(12)]
                cur = [round(base * rng.uniform(0.8, 1.2), 1) for _ in range(months)]
                charts.append({"id": key, "title": title,
                               "rows": [{"m": f"{MONTHS[m]} {year}", "prev": de(prev[m]),
                                         "cur": de(cur[m]) if m < months else "–"} for m in range(12)],
                               "prev": prev, "cur": cur})
            page = {
                "title": name, "year": year, "ags": ags, "slug": s, "years": years,
                "stand": f"{['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'][months-1]} {year}",
                "prevRegion": slug(regions[i - 1][1]), "nextRegion": slug(regions[(i + 1) % len(regions)][1]),
                "targets": targets, "charts": charts,
            }
            body = ""
            if not a.thin:
                text = texts.get((s, year)) or next((texts[(s, y)] for y in sorted(years, key=lambda y: abs(y - year)) if (s, y) in texts), "")
                body = markdown(text)
            with open(os.path.join(ydir, s + ".md"), "w", encoding="utf-8") as f:
                f.write(json.dumps(page, ensure_ascii=False, separators=(",", ":")) + "\n\n" + body)


if __name__ == "__main__":
    main()
