// Runs axe-core over HTML pages in the system Chromium, once per colour scheme.
//
// Usage: node run-axe.mjs CHROMIUM PAGE.html...
// Prints one JSON object: {"axe": version, "results": [{page, scheme, violations: [...]}]}.
// Every rule axe-core ships runs (none is switched off); a page passes when its list of
// violations is empty. Exit codes as chromium.mjs says.
import { pathToFileURL } from "node:url";
import { isolatedContext, packageScript, run } from "./chromium.mjs";

const axe = packageScript("axe-core", "axe.min.js");

await run(async (browser, pages) => {
  const results = [];
  for (const scheme of ["light", "dark"]) {
    // The reports forbid scripts in their Content-Security-Policy; axe is the one let in.
    const context = await isolatedContext(browser, /^file:/, {
      colorScheme: scheme, viewport: { width: 1600, height: 1200 }, bypassCSP: true,
    });
    const page = await context.newPage();
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      await page.addScriptTag({ content: axe.source });
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
  return { axe: axe.version, results };
});
