// Time until the charts of a region page are drawn, in Debian's Chromium (puppeteer-core from bench/lighthouse/).
// Usage: node bench/chart-timing.cjs URL [cpuSlowdown=1] [runs=3]
// Prints two figures per run (median at the end):
//   all   – from navigation start until every chart is drawn, in a window tall enough to show all of them at once
//           (what the old page did on load);
//   view  – in a phone-sized window (390×844): from scrolling a chart into view until it is drawn, for the first
//           chart (plotly.js loaded on demand) and the last one.
const path = require("path");
const puppeteer = require(path.join(__dirname, "lighthouse", "node_modules", "puppeteer-core"));
const [url, slow = "1", runsArg = "3"] = process.argv.slice(2);
const rate = Number(slow), runs = Number(runsArg);
const drawn = "document.querySelectorAll('figure .chart.js-plotly-plot .main-svg').length";
const charts = "document.querySelectorAll('figure .chart').length";

async function page(browser, width, height) {
  const p = await browser.newPage();
  await p.setViewport({ width, height });
  const cdp = await p.target().createCDPSession();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  return p;
}

(async () => {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const all = [], first = [], last = [];
  for (let i = 0; i < runs; i++) {
    let p = await page(browser, 1280, 20000);
    await p.goto(url, { waitUntil: "domcontentloaded" });
    const n = await p.evaluate(charts);
    await p.waitForFunction(`${drawn} >= ${n}`, { timeout: 120000, polling: 20 });
    all.push(await p.evaluate(() => performance.now()));
    await p.close();

    p = await page(browser, 390, 844);
    await p.goto(url, { waitUntil: "load" });
    await new Promise(r => setTimeout(r, 500));
    const ids = await p.evaluate(() => [...document.querySelectorAll("figure .chart")].map(e => e.id));
    for (const [k, id] of [[0, ids[0]], [1, ids[ids.length - 1]]]) {
      const t = await p.evaluate(id => { document.getElementById(id).scrollIntoView(); return performance.now(); }, id);
      await p.waitForFunction(id => document.querySelector("#" + id + " .main-svg"), { timeout: 120000, polling: 10 }, id);
      const done = await p.evaluate(() => performance.now());
      (k === 0 ? first : last).push(done - t);
    }
    await p.close();
  }
  await browser.close();
  const med = a => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(0);
  console.log(`${url} cpu×${rate}: all charts drawn ${med(all)} ms after navigation (tall window); ` +
    `phone: first chart ${med(first)} ms after scrolling to it, last chart ${med(last)} ms (median of ${runs})`);
})().catch(e => { console.error(e); process.exit(1); });
