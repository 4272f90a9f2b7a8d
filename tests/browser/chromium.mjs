// What the node tools of the test suite share: their pinned packages and the system Chromium.
//
// Each tool is `node TOOL.mjs CHROMIUM ARGUMENT...`: it calls `run` with a function that
// gets the launched browser and the arguments, and prints what that function returns as
// one JSON object. Exit code 0 when the run worked, whatever it found; 2 otherwise, with
// the reason on stderr (pytest shows it).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);

/** A script file of a package installed here (`npm ci`), and that package's version. */
export function packageScript(name, file) {
  return {
    source: readFileSync(require.resolve(`${name}/${file}`), "utf8"),
    version: require(`${name}/package.json`).version,
  };
}

/** A browser context that can reach only the URLs `allowed` matches: the pages under
 * test are self-contained, so any other request is a bug of theirs and is refused. */
export async function isolatedContext(browser, allowed, options = {}) {
  const context = await browser.newContext(options);
  await context.route((url) => !allowed.test(url.href), (route) => route.abort());
  return context;
}

/** Launch Chromium (argv[2]), hand it and the other arguments to `work`, print its result. */
export async function run(work) {
  const [executablePath, ...rest] = process.argv.slice(2);
  try {
    const browser = await chromium.launch({
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    let result;
    try {
      result = await work(browser, rest);
    } finally {
      await browser.close();
    }
    process.stdout.write(JSON.stringify(result, null, 1) + "\n");
  } catch (error) {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  }
}
