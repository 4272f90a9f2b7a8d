// Reads Mermaid `journey` diagrams with Mermaid itself, in the system Chromium.
//
// Usage: node read-mermaid.mjs CHROMIUM DIAGRAM.mmd...
// Prints one JSON object: {"mermaid": version, "results": [{file, title, accTitle,
// accDescr, sections, tasks: [{section, task, score, people}]} or {file, error}]}.
// Everything comes from Mermaid's own journey database after it parsed the text, except
// a title given in front matter, which Mermaid applies only when it renders: that one
// is read from the rendered diagram. A score Mermaid cannot read (NaN) comes out as null.
// Exit code 0 when the run worked, whatever it found; 2 otherwise.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const mermaidSource = readFileSync(require.resolve("mermaid/dist/mermaid.min.js"), "utf8");
const mermaidVersion = require("mermaid/package.json").version;
const [executablePath, ...files] = process.argv.slice(2);

const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const results = [];
try {
  const context = await browser.newContext();
  await context.route(/^(?!about:|data:)/, (route) => route.abort());
  const page = await context.newPage();
  await page.setContent("<!doctype html><html lang=\"en\"><head><title>Mermaid</title></head><body></body></html>");
  await page.addScriptTag({ content: mermaidSource });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false }));
  let count = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    count += 1;
    const found = await page.evaluate(async ({ text, id }) => {
      const mermaid = window.mermaid;
      try {
        await mermaid.parse(text);
        const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db;
        // Read the database before rendering: Mermaid's getTasks() adds to what it returns.
        const reading = {
          title: db.getDiagramTitle(),
          accTitle: db.getAccTitle(),
          accDescr: db.getAccDescription(),
          sections: [...db.getSections()],
          tasks: db.getTasks().map((t) => ({
            section: t.section, task: t.task, score: Number.isNaN(t.score) ? null : t.score, people: t.people,
          })),
        };
        if (!reading.title) {
          const { svg } = await mermaid.render(id, text);
          const drawn = new DOMParser().parseFromString(svg, "image/svg+xml")
            .querySelector("svg > text[font-weight='bold']");
          reading.title = drawn ? drawn.textContent : "";
        }
        return reading;
      } catch (error) {
        return { error: String(error) };
      }
    }, { text, id: `diagram-${count}` });
    results.push({ file, ...found });
  }
  await context.close();
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify({ mermaid: mermaidVersion, results }, null, 1) + "\n");
