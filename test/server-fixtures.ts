// Invented articles for the server and web tests: one invented event told by two invented outlets that disagree.

export const BRIDGE_A = [
  'Mayor Lotte Brandvik of Quillhaven said on Monday that the harbour bridge would close for 12 weeks of repairs.',
  '"We have no choice," Brandvik said at the town hall. The repairs will cost 4 million crowns, according to the council.',
  'Ferries will run every half hour while the bridge is shut, the council said.',
].join('\n\n');

export const BRIDGE_B = [
  'The Quillhaven harbour bridge will close for 8 weeks, deputy mayor Arvid Solem said on Tuesday.',
  '"We have no choice," Solem said. The repairs will cost 4 million crowns.',
  'Ferries will run every half hour while the bridge is shut.',
].join('\n\n');

export const ORCHARD = [
  'Growers in the Teshwald valley began the apple harvest on Friday, two weeks earlier than last year.',
  'Cooperative chair Mirela Dunst said the crop was the largest since the cooperative was founded.',
].join('\n\n');

export const BRIDGE_ARTICLES = [
  { text: BRIDGE_A, outlet: 'Quill Post', published: '2026-05-04', title: 'Quillhaven bridge to close for repairs', url: 'https://quillpost.example/bridge' },
  { text: BRIDGE_B, outlet: 'Harbour Times', published: '2026-05-05', title: 'Harbour bridge shuts for eight weeks', url: 'https://harbourtimes.example/news/bridge' },
];
