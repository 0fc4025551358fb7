// Stores one article and assigns its story on PostgreSQL so that concurrent workers decide as one process would.
import type { Doc } from '../model/index.js';
import type { Assignment, CandidateQuery, Store } from '../store/store.js';
import { identityLockKeys, type PgTransaction, type PostgresStore } from '../store/postgres/postgres-store.js';
import { DEFAULT_CLUSTER_OPTIONS, findStored, prepareArticle, type ClusterOptions, type IngestOutcome } from '../stories/cluster.js';
import type { Features } from '../stories/features.js';
import { contentHash, normalizeUrl } from '../stories/identity.js';

/** Rounds of "prepare, lock the keys it needs" before giving up on a key set that keeps changing. */
const MAX_ROUNDS = 4;

/** A view of a store that records the candidate queries clustering made and the articles they returned. */
function recording(store: Store): { store: Store; queries: CandidateQuery[]; seen: Set<number> } {
  const queries: CandidateQuery[] = [];
  const seen = new Set<number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'findCandidates') {
        return async (query: CandidateQuery) => {
          const hits = await target.findCandidates(query);
          queries.push(query);
          for (const hit of hits) seen.add(hit.article);
          return hits;
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: proxy, queries, seen };
}

async function sameCandidates(tx: PgTransaction, queries: CandidateQuery[], seen: Set<number>): Promise<boolean> {
  const now = new Set<number>();
  for (const query of queries) for (const hit of await tx.findCandidates(query)) now.add(hit.article);
  return now.size === seen.size && [...now].every((id) => seen.has(id));
}

/**
 * Clusters and stores one article. The decision is prepared without locks; then, in one transaction, the
 * article's identity (hash, URL) and every candidate-index key it uses are locked with advisory locks, and the
 * candidate lookup is repeated. Two articles that could be candidates of each other share a key, so the second
 * waits for the first to commit and then sees it: when the candidates changed meanwhile, the decision is
 * prepared again under the locks. Articles sharing no key never wait for each other.
 */
export async function assignArticle(store: PostgresStore, doc: Doc, features: Features, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS, addedAt?: string): Promise<IngestOutcome> {
  const stored = await findStored(store, doc);
  if (stored) return stored;
  const hash = contentHash(doc.text);
  const url = normalizeUrl(doc.source);
  const first = recording(store);
  const prepared = await prepareArticle(first.store, doc, features, options, addedAt);
  return store.transaction(async (tx) => {
    await tx.lock([...identityLockKeys({ hash, url }), ...prepared.article.keys]);
    // A copy stored meanwhile (a redelivered or duplicated job) is found by addArticle under the identity lock.
    let chosen = prepared;
    if (!(await sameCandidates(tx, first.queries, first.seen))) {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        chosen = await prepareArticle(tx, doc, features, options, addedAt);
        // New keys (document frequencies moved) are locked too; then the decision is made again under them.
        if ((await tx.lock(chosen.article.keys)).length === 0) break;
      }
    }
    const { scores: _scores, ...assignment } = chosen.decision;
    const result = await tx.addArticle(chosen.article, assignment as Assignment);
    return { ...result, duplicate: !result.created, assignment: chosen.decision };
  });
}
