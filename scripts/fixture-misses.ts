/**
 * `npx tsx scripts/fixture-misses.ts`: the site-fixture posts the shipped model misjudges, read with the
 * real adapters (happy-dom) and scored by the shipped model. After a retrain, tests/e2e/knownModelMisses.ts
 * must list exactly these (the end-to-end site tests are strict both ways).
 */
import { Window } from 'happy-dom';
import { readFixture, siteFixtures, STATIC_SITES } from '../tests/e2e/harness.ts';
import { adapterFor } from '../utils/sites/index.ts';
import { createNodeClassifier } from './lib/nodeClassifier.ts';
const clf = createNodeClassifier();
// The same fixtures as tests/e2e/sites.test.ts, which checks the list this prints.
for (const [site, name] of siteFixtures(STATIC_SITES)) {
  const { html, expected } = readFixture(site, name);
  const win = new Window({ url: expected.url });
  win.document.write(html);
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
