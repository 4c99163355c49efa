#!/usr/bin/env python3
"""The ZielSite/Hugo benchmark behind bench/run.sh (see docs/performance.md).

Builds each case several times, interleaving the tools (so both see the same machine load), each run into a
fresh output folder (removed after the case) and, for ZielSite, with an empty build cache, under /usr/bin/time -v; reports the medians of wall
time, CPU time (user + system) and peak memory (maximum resident set size), pages per second and the
ZielSite/Hugo ratios, as a Markdown table on standard output and in bench/out/results.md.

Cases: Germany scale (404 regions x 10 years) against Hugo with and without the agreement text; the default
project (the repository) and 3x / 10x sample projects (cost should grow linearly); a rebuild of the Germany-scale
project after one data file changed (with the build cache), checked byte for byte against a full build.
"""
import argparse
import filecmp
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "bench", "out")


def sh(args, **kw):
    return subprocess.run(args, check=True, **kw)


def measure(args, cwd=None):
    """Runs args under /usr/bin/time -v; returns (wall s, cpu s, peak MiB, stdout)."""
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-v"] + args, cwd=cwd, capture_output=True, text=True)
    wall = time.monotonic() - t0
    if p.returncode != 0:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit(f"bench: failed: {' '.join(args)}")
    def field(name):
        m = re.search(re.escape(name) + r":\s*([0-9.:]+)", p.stderr)
        return m.group(1)
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    rss = int(field("Maximum resident set size (kbytes)")) / 1024
    return wall, cpu, rss, p.stdout + p.stderr


def html_count(site):
    return sum(1 for _, _, files in os.walk(site) for f in files if f.endswith(".html"))


class Tool:
    """One tool on one project. Every run writes into a fresh output folder (`<site>.runN`) that is removed only
    after the case: deleting thousands of files just before a build makes the next file creations slow on ext4
    without a journal (the allocator skips recently deleted inodes, see docs/performance.md), and that would
    punish whichever tool happens to run next."""

    def __init__(self, name, project, site, kind, cli=None):
        self.name, self.project, self.site, self.kind, self.cli = name, project, site, kind, cli
        self.runs = []
        self.used = []
        self.last = site

    def clean_cache(self):
        if self.kind == "zielsite":
            shutil.rmtree(os.path.join(self.project, ".zielsite-cache"), ignore_errors=True)

    def command(self, site=None):
        site = site or self.site
        if self.kind == "zielsite":
            return [self.cli, "build", "--project", self.project, "--out", site], None
        return ["hugo", "--quiet", "-d", site], self.project

    def fresh(self, suffix):
        site = f"{self.site}.{suffix}"
        shutil.rmtree(site, ignore_errors=True)
        self.clean_cache()
        self.used.append(site)
        self.last = site
        return site

    def run(self):
        args, cwd = self.command(self.fresh(f"run{len(self.runs)}"))
        self.runs.append(measure(args, cwd)[:3])

    def discard(self):
        for site in self.used:
            shutil.rmtree(site, ignore_errors=True)
        self.clean_cache()
        self.used = []

    def median(self, i):
        return statistics.median(r[i] for r in self.runs)


def row(case, tool, pages, ref=None, note=""):
    wall, cpu, rss = tool.median(0), tool.median(1), tool.median(2)
    ratio = f"{wall / ref.median(0):.2f}× / {rss / ref.median(2):.2f}×" if ref else note
    return f"| {case} | {tool.name} | {pages:,} | {len(tool.runs)} | {wall:.2f} | {cpu:.2f} | {rss:,.0f} | {pages / wall:,.0f} | {ratio} |"


HEADER = ("| case | tool | HTML pages | runs | wall s (median) | CPU s (median) | peak MiB (median) | pages/s | ZielSite/Hugo wall / memory |\n"
          "|---|---|---:|---:|---:|---:|---:|---:|---|")


def sample(cli, path, regions, years=None):
    if os.path.exists(os.path.join(path, "data", "regions.csv")):
        return path
    args = [cli, "sample", "--out", path, "--regions", str(regions)] + (["--years", str(years)] if years else [])
    sh(args, stdout=subprocess.DEVNULL)
    return path


def hugo_site(project, path, thin=False):
    if not os.path.exists(os.path.join(path, "config.toml")):
        sh([sys.executable, os.path.join(REPO, "bench", "hugo_site.py"), "--project", project, "--out", path] + (["--thin"] if thin else []))
    return path


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip().split(" BuildDate")[0]
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    return f"{os.cpu_count()} cores ({cpu}), {int(mem) / 1024 / 1024:.1f} GiB memory; {hugo}; .NET SDK {dotnet}"


def loadavg():
    return open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "n/a"


def first_agreement(project):
    """The first agreement text of the project in path order (the one the rebuild case changes)."""
    root = os.path.join(project, "content", "agreements")
    for d, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".txt") and not f.endswith(".korrektur.txt"):
                return os.path.join(d, f)
    raise SystemExit("bench: the project has no agreement")


def toggle_trailing_line(path):
    """Adds an empty line at the end of a text (and removes it on the next call): a changed input, the same agreement."""
    with open(path, "rb") as f:
        data = f.read()
    data = data[:-1] if data.endswith(b"\n\n") else data + b"\n"
    with open(path, "wb") as f:
        f.write(data)


def toggle_value(csv_path):
    """Changes the value of the file's last data row by one (and back on the next call): one changed input."""
    with open(csv_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = max(j for j, l in enumerate(lines) if l.strip())
    parts = lines[i].split(";")
    value = parts[3].replace(",", ".")
    backup = csv_path + ".orig-value"
    if os.path.exists(backup):
        parts[3] = open(backup).read()
        os.remove(backup)
    else:
        open(backup, "w").write(parts[3])
        parts[3] = str(int(float(value)) + 1) if "." not in value else f"{float(value) + 1:.1f}"
    lines[i] = ";".join(parts)
    with open(csv_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cli", required=True, help="the built zielsite program")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--cases", default="germany,scale,rebuild")
    p.add_argument("--no-zielsite", action="store_true", help="measure Hugo only (while zielsite build is not there yet)")
    a = p.parse_args()
    cases = a.cases.split(",")
    os.makedirs(OUT, exist_ok=True)
    sites = os.path.join(OUT, "sites")
    lines = [f"Machine: {machine()}.", f"Load average (1 min) at start: {loadavg()}.", "", HEADER]
    print("\n".join(lines), flush=True)
    profiles = []

    def emit(line):
        lines.append(line)
        print(line, flush=True)

    def compare(case, project, hugo_projects, runs):
        z = Tool("ZielSite", project, os.path.join(sites, case + "-zielsite"), "zielsite", a.cli)
        hs = [Tool(name, hp, os.path.join(sites, f"{case}-{name.split()[0].lower()}{i}"), "hugo") for i, (name, hp) in enumerate(hugo_projects)]
        tools = ([] if a.no_zielsite else [z]) + hs
        for _ in range(runs):
            for t in tools:
                t.run()
        ref = hs[0] if hs else None
        if not a.no_zielsite:
            emit(row(case, z, html_count(z.last), ref))
            # The stage profile comes from one more full build (empty cache, fresh folder).
            _, _, _, out = measure(z.command(z.fresh("profile"))[0] + ["--timings"])
            profiles.append((case, out))
        for h in hs:
            emit(row(case, h, html_count(h.last)))
        for t in tools:
            t.discard()
        return z, hs

    if "germany" in cases:
        g = sample(a.cli, os.path.join(OUT, "projects", "germany"), 404, 10)
        compare("Germany 404×10", g, [("Hugo", hugo_site(g, os.path.join(OUT, "hugo", "germany"))),
                                      ("Hugo thin (no agreement text)", hugo_site(g, os.path.join(OUT, "hugo", "germany-thin"), thin=True))], a.runs)
    if "scale" in cases:
        for case, project in [("default 18×6", REPO),
                              ("3× 54×6", sample(a.cli, os.path.join(OUT, "projects", "x3"), 54)),
                              ("10× 180×6", sample(a.cli, os.path.join(OUT, "projects", "x10"), 180))]:
            compare(case, project, [("Hugo", hugo_site(project, os.path.join(OUT, "hugo", case.split()[0])))], max(a.runs, 3))
    if "rebuild" in cases and not a.no_zielsite:
        g = sample(a.cli, os.path.join(OUT, "projects", "germany"), 404, 10)
        project = os.path.join(OUT, "projects", "germany-rebuild")
        shutil.rmtree(project, ignore_errors=True)
        shutil.copytree(g, project, ignore=shutil.ignore_patterns(".zielsite-cache", "_site"))
        site = os.path.join(sites, "rebuild")
        shutil.rmtree(site, ignore_errors=True)
        full = Tool("ZielSite full build", project, site, "zielsite", a.cli)
        full.run()
        site = full.last
        changed = os.path.join(project, "data", "kennzahlen", sorted(os.listdir(os.path.join(project, "data", "kennzahlen")))[-1])
        agreement = first_agreement(project)
        scenarios = [("one data file changed", lambda: toggle_value(changed)),
                     ("one agreement changed", lambda: toggle_trailing_line(agreement)),
                     ("nothing changed", lambda: None)]
        results = []
        for label, change in scenarios:
            re_runs = []
            for _ in range(a.runs):
                change()
                re_runs.append(measure([a.cli, "build", "--project", project, "--out", site, "--timings"]))
            reb = Tool(f"ZielSite rebuild, {label}", project, site, "zielsite")
            reb.runs = [r[:3] for r in re_runs]
            profiles.append((f"rebuild, {label}", re_runs[-1][3]))
            # A full build without the cache, into another folder: the rebuild must equal it byte for byte.
            check = os.path.join(sites, "rebuild-check")
            shutil.rmtree(check, ignore_errors=True)
            sh([a.cli, "build", "--no-cache", "--project", project, "--out", check], stdout=subprocess.DEVNULL)
            results.append((reb, same_tree(site, check)))
        pages = html_count(site)
        emit(row("rebuild Germany", full, pages))
        for reb, same in results:
            emit(row("rebuild Germany", reb, pages, note=f"{reb.median(0) / full.median(0) * 100:.0f} % of the full build's wall time; output {'identical to' if same else 'DIFFERS from'} a full build"))

    lines.append("")
    lines.append(f"Load average (1 min) at end: {loadavg()}.")
    print(lines[-1])
    for case, out in profiles:
        timings = [l for l in out.splitlines() if l.startswith("  ") and " ms" in l]
        block = ["", f"Stage timings, {case} (zielsite build --timings):", "```"] + timings + ["```"]
        lines.extend(block)
        print("\n".join(block))
    with open(os.path.join(OUT, "results.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def same_tree(a, b):
    """True when both folders hold the same files with the same bytes."""
    def walk(root):
        return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)
    fa, fb = walk(a), walk(b)
    if fa != fb:
        return False
    return all(filecmp.cmp(os.path.join(a, f), os.path.join(b, f), shallow=False) for f in fa)


if __name__ == "__main__":
    main()
