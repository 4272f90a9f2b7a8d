// Runs axe-core over HTML pages in the system Chromium, once per colour scheme.
//
// Usage: node run-axe.mjs CHROMIUM PAGE.html...
// Prints one JSON object: {"axe": version, "results": [{page, scheme, violations: [...]}]}.
// Every rule axe-core ships runs (none is switched off); a page passes when its list of
// violations is empty. Exit code 0 when the run worked, whatever it found; 2 otherwise.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const axeVersion = require("axe-core/package.json").version;
const [executablePath, ...pages] = process.argv.slice(2);

const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const results = [];
try {
  for (const scheme of ["light", "dark"]) {
    // The reports forbid scripts in their Content-Security-Policy; axe is the one let in.
    const context = await browser.newContext({
      colorScheme: scheme, viewport: { width: 1600, height: 1200 }, bypassCSP: true,
    });
    // Self-contained pages: any network request is a bug of the page, so none may leave.
    await context.route(/^(?!file:)/, (route) => route.abort());
    const page = await context.newPage();
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      await page.addScriptTag({ content: axeSource });
      const found = await page.evaluate(async () => {
        const outcome = await window.axe.run(document, { resultTypes: ["violations"] });
        return outcome.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
        }));
      });
      results.push({ page: file, scheme, violations: found });
    }
    await context.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify({ axe: axeVersion, results }, null, 1) + "\n");
