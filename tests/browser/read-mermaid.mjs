// Reads Mermaid `journey` diagrams with Mermaid itself, in the system Chromium.
//
// Usage: node read-mermaid.mjs CHROMIUM DIAGRAM.mmd...
// Prints one JSON object: {"mermaid": version, "results": [{file, title, accTitle,
// accDescr, sections, tasks: [{section, task, score, people}]} or {file, error}]}.
// Everything comes from Mermaid's own journey database after it parsed the text, except
// a title given in front matter, which Mermaid applies only when it renders: that one
// is read from the rendered diagram. A score Mermaid cannot read (NaN) comes out as null.
// Exit codes as chromium.mjs says.
import { readFileSync } from "node:fs";
import { isolatedContext, packageScript, run } from "./chromium.mjs";

const mermaid = packageScript("mermaid", "dist/mermaid.min.js");

await run(async (browser, files) => {
  const context = await isolatedContext(browser, /^(about|data):/);
  const page = await context.newPage();
  await page.setContent("<!doctype html><html lang=\"en\"><head><title>Mermaid</title></head><body></body></html>");
  await page.addScriptTag({ content: mermaid.source });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false }));
  const results = [];
  for (const [index, file] of files.entries()) {
    const text = readFileSync(file, "utf8");
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
    }, { text, id: `diagram-${index + 1}` });
    results.push({ file, ...found });
  }
  await context.close();
  return { mermaid: mermaid.version, results };
});
