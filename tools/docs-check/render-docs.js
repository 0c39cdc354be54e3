// Renders API reference pages (Redocly build-docs output) in a real headless Chromium and reports what they list:
//   node render-docs.js <chromium> <url>...
// Prints one JSON object per page: { url, title, links, sections, errors, consoleErrors, external }.
// links: the page's in-page links (#/<tag>/<operation>, one per operation in each tag's list), collected while every
//   section is scrolled into view (a section renders only when it comes near the viewport) and its "Show N more"
//   operations are opened;
// errors: uncaught page errors, a failed load, sections that never rendered;
// external: URLs fetched from another origin (the reference is meant to be self-contained).
// Judging the result is the caller's job (DocsRenderTest).
const { chromium } = require('playwright-core');

async function render(browser, url) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = [];
    const consoleErrors = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    // What the page fetches from anywhere but its own origin (the reference is meant to be self-contained).
    const origin = new URL(url).origin;
    const external = new Set();
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) external.add(r.url()); });
    const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (!response || !response.ok()) {
        errors.push(`HTTP ${response ? response.status() : 'no response'} for ${url}`);
    }
    const links = new Set();
    const sections = await page.$$eval('[data-section-id]', (all) => [...new Set(all.map((e) => e.dataset.sectionId))]);
    for (const id of sections) {
        // in the page, not through a locator: a section re-renders (and replaces its element) while it loads
        await page.evaluate((sid) => {
            const all = document.querySelectorAll(`[data-section-id="${CSS.escape(sid)}"]`);
            all[all.length - 1]?.scrollIntoView();
        }, id);
        // rendered when it has content; a section that stays empty is reported by the links it lacks
        await page.waitForFunction((sid) => [...document.querySelectorAll(`[data-section-id="${CSS.escape(sid)}"]`)]
            .some((e) => e.childElementCount > 0), id, { timeout: 30_000 })
            .catch(() => errors.push(`section ${id} never rendered`));
        // a tag lists its first 8 operations, the rest behind "Show N more...": click it, as a reader would
        for (let more = 0; more < 20; more++) {
            const button = page.locator('[data-testid="show-more-operations"]').first();
            if (await button.count() === 0) break;
            await button.click();
        }
        for (const href of await page.$$eval('a[href^="#/"]', (all) => all.map((a) => a.getAttribute('href')))) {
            links.add(href);
        }
    }
    const title = await page.title();
    await page.close();
    return { url, title, links: [...links].sort(), sections, errors, consoleErrors, external: [...external].sort() };
}

(async () => {
    const [executablePath, ...urls] = process.argv.slice(2);
    if (!executablePath || urls.length === 0) {
        console.error('usage: node render-docs.js <chromium> <url>...');
        process.exit(2);
    }
    const browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-gpu'] });
    try {
        for (const url of urls) {
            console.log(JSON.stringify(await render(browser, url)));
        }
    } finally {
        await browser.close();
    }
})().catch((e) => {
    console.error(e);
    process.exit(1);
});
