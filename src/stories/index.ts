// Stories: incremental clustering of stored articles and each story's cached cross-check.
export { clusterArticle, prepareArticle, scoreStories, decideAssignment, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions, type IngestOutcome } from './cluster.js';
export { extractFeatures, type Features } from './features.js';
export { contentHash, normalizeUrl } from './identity.js';
export { readInputs, type InputBatch } from './inputs.js';
export { storyReport, liveStory, storyDocuments, type StoryReport } from './report.js';
