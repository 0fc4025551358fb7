import { htmlDraft } from '../src/ingest/html.ts';
const cases = [
  '<p>Ferry fares in Ostrava Bay will rise by four percent next spring, the port authority said.</p>',
  `<!doctype html><html><head><title>Ferry fares rise | Ostrava Post</title>
  <meta property="og:site_name" content="Ostrava Post"><meta property="article:published_time" content="2026-03-02T08:00:00+01:00">
  <meta name="author" content="Mara Lind">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry fares to rise in Ostrava Bay","datePublished":"2026-03-02","publisher":{"@type":"Organization","name":"Ostrava Post Ltd"},"author":[{"name":"Mara Lind"}]}</script>
  <script>alert(1)</script></head><body><nav><a href="/">Home</a> <a href="/x">World</a></nav>
  <article><h1>Ferry fares to rise in Ostrava Bay</h1><p class="byline">By Mara Lind</p>
  <p>Ferry fares in Ostrava Bay will rise by four percent next spring, the port authority said on Monday, citing fuel costs and a new pier.</p>
  <p>The authority's director, Ivo Brandt, said the increase was "modest and overdue." Commuters' groups disagreed.</p>
  <figure><img src="x.jpg"><figcaption>The new pier at dawn. (Photo: Jan Holm/Ostrava Post)</figcaption></figure>
  <h2>What commuters say</h2>
  <p>Several regular passengers said they would switch to the coastal bus line if the fares went up again next year.</p>
  <p>Read more: Ostrava Bay pier opens to the public</p>
  <p>Sign up for our morning newsletter to get the news delivered to your inbox.</p>
  <h3>Next steps</h3>
  <p>The city council will vote on the fare plan in April, after a public hearing at the harbour office.</p>
  <p>Tomas Ek contributed to this report.</p>
  </article><footer>Copyright 2026 Ostrava Post. All rights reserved.</footer></body></html>`,
];
for (const c of cases) { const d = htmlDraft(c, 'x'); console.log(JSON.stringify(d, null, 1)); for (const h of d.headings ?? []) console.log('H:', d.text.slice(h.start, h.end)); }
