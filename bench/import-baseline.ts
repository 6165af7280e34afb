/**
 * Baseline for bench/import.ts: the same files written with a plain loop of
 * `strapi.documents().create` calls — parse, create the article, create its quotes —
 * with no matching, no speakers or institutions, no import records, no transaction.
 * Run: tsx bench/import-baseline.ts <dir>
 */
import fs from 'fs';
import path from 'path';
import { createStrapi } from '@strapi/strapi';
import { parsePressText } from '../src/plugins/press-import/server/src/parser';

async function main() {
  const dir = process.argv[2];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const root = path.join(__dirname, '..');
  const strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist') }).load();
  strapi.log.level = 'error';
  for (const name of files) {
    const parse = parsePressText(fs.readFileSync(path.join(dir, name)), { file: name });
    if (!parse.ok) continue;
    const article = await strapi.documents('api::article.article').create({
      locale: parse.locale,
      data: {
        title: parse.title.slice(0, 300),
        lead: parse.lead,
        body: parse.paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })) as any,
      },
    });
    for (const [order, quote] of parse.quotes.entries()) {
      await strapi.documents('api::quote.quote').create({ locale: parse.locale, data: { text: quote.text, order, article: article.documentId } as any });
    }
  }
  await strapi.destroy();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
