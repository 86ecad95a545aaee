/**
 * `npx tsx scripts/fixture-misses.ts`: the site-fixture posts the shipped model misjudges, read with the
 * real adapters (happy-dom) and scored by the shipped model. After a retrain, tests/e2e/knownModelMisses.ts
 * must list exactly these (the end-to-end site tests are strict both ways).
 */
import { Window } from 'happy-dom';
import { readdirSync, readFileSync } from 'node:fs';
import { adapterFor } from '../utils/sites/index.ts';
import { createNodeClassifier } from './lib/nodeClassifier.ts';
const clf = createNodeClassifier();
const root = 'tests/fixtures/sites';
for (const site of ['x', 'facebook', 'youtube', 'reddit', 'instagram', 'tiktok', 'telegram', 'whatsapp']) {
  for (const file of readdirSync(`${root}/${site}`).filter((f) => f.endsWith('.html'))) {
    const name = file.replace(/\.html$/, '');
    const expected = JSON.parse(readFileSync(`${root}/${site}/${name}.expected.json`, 'utf8'));
    const win = new Window({ url: expected.url });
    win.document.write(readFileSync(`${root}/${site}/${file}`, 'utf8'));
    const adapter = adapterFor(new URL(expected.url))!;
    const posts = adapter.findPosts(win.document as unknown as Document).map((p) => adapter.extract(p)?.text ?? '');
    const results = await clf.classify(posts);
    for (const post of expected.posts) {
      const index = posts.findIndex((t) => t.includes(post.contains));
      const flagged = results[index]?.flagged;
      if (flagged !== (post.kind === 'extremist'))
        console.log(
          `${site}/${name}`,
          post.kind,
          JSON.stringify(post.contains),
          'flag',
          results[index]?.scores.flag.toFixed(2),
        );
    }
    await win.happyDOM.close();
  }
}
