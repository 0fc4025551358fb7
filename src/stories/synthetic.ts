// Invented news articles for tests and benches: deterministic, many stories, several outlets per story.
import type { Doc } from '../model/index.js';

const SYLLABLES = ['bar', 'vel', 'dor', 'kin', 'mas', 'tor', 'lun', 'gar', 'pel', 'ris', 'ond', 'hal', 'mer', 'sta', 'qui', 'zen', 'fal', 'bro', 'cai', 'dun', 'ell', 'fen', 'gos', 'hem', 'ivo', 'jor', 'kal', 'lor'];
const EVENTS = [
  ['fire', 'destroyed', 'warehouse', 'firefighters'], ['flood', 'swamped', 'riverside district', 'rescue crews'],
  ['strike', 'halted', 'tram network', 'union leaders'], ['explosion', 'damaged', 'chemical plant', 'inspectors'],
  ['landslide', 'buried', 'mountain road', 'engineers'], ['power cut', 'darkened', 'northern suburbs', 'grid operators'],
  ['bridge collapse', 'closed', 'harbour bridge', 'surveyors'], ['cyberattack', 'disrupted', 'hospital network', 'investigators'],
  ['ferry accident', 'stranded', 'island ferry', 'coast guard'], ['protest', 'blocked', 'city square', 'police'],
];
const OUTLETS = ['Northgate Herald', 'Valley Dispatch', 'Coastline Post', 'Meridian Wire', 'Eastfield Courier', 'Lantern Times'];
const FILLER = ['Residents described a tense night as officials gathered near the scene.', 'Local businesses said they expected delays for several days.',
  'A statement from the regional office promised a full review of the response.', 'Witnesses said the first warnings came late in the afternoon.',
  'The council scheduled an emergency session for the following morning.', 'Schools in the area were told to stay closed until further notice.',
  'Volunteers set up a shelter in the sports hall near the station.', 'Insurance assessors were expected to arrive later in the week.'];

/** Deterministic pseudo-random numbers in [0, 1) from a seed (mulberry32): generated data is the same every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(rand: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

export type SyntheticArticle = { doc: Doc; story: number };

/** The `index`-th article of a stream where every story has `perStory` reports (same facts, different outlets and wording). */
export function syntheticArticle(index: number, perStory = 4, seed = 1): SyntheticArticle {
  const story = Math.floor(index / perStory);
  const version = index % perStory;
  const s = rng(story * 7919 + seed);
  const town = word(s, 2);
  const person = `${word(s, 2)} ${word(s, 3)}`;
  const official = `${word(s, 2)} ${word(s, 2)}`;
  const company = `${word(s, 2)} ${['Logistics', 'Holdings', 'Energy', 'Transit', 'Works'][Math.floor(s() * 5)]}`;
  const [event, verb, place, responders] = EVENTS[Math.floor(s() * EVENTS.length)];
  const killed = 1 + Math.floor(s() * 9);
  const injured = 10 + Math.floor(s() * 90);
  const day = 19000 + Math.floor(story / 25);
  const r = rng(index * 104729 + seed);
  const date = new Date((day + Math.floor(r() * 2)) * 86_400_000).toISOString().slice(0, 10);
  const outlet = OUTLETS[(story + version) % OUTLETS.length];
  const lines = [
    `A ${event} ${verb} the ${place} in ${town} on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday'][Math.floor(r() * 4)]}, killing ${killed} people and injuring ${injured}, ${responders} said.`,
    `"We are doing everything we can," said ${person}, who leads the ${town} emergency service.`,
    `${official}, a spokesperson for ${company}, said the company would cooperate with the inquiry into the ${event} in ${town}.`,
    `${person} told the ${outlet} that ${responders} had worked through the night at the ${place}.`,
  ];
  const fillers = FILLER.slice().sort(() => r() - 0.5).slice(0, 1 + Math.floor(r() * 2));
  const detail = `Officials in ${town} said ${injured - killed} of the injured were taken to the ${word(s, 2)} clinic, and that ${company} had ${['suspended', 'halted', 'reviewed'][Math.floor(s() * 3)]} work at the ${place}.`;
  const body = [...lines.slice(0, 2 + (version % 3)), detail, ...fillers, lines[3], `Reporting by the ${outlet} desk, item ${index}.`];
  const text = body.join('\n\n');
  return {
    story,
    doc: { id: `d${index + 1}`, source: `https://news.example/${story}/${index}`, outlet, published: date, title: `${event[0].toUpperCase()}${event.slice(1)} in ${town}: ${killed} dead`, contributors: [], text, removed: [] },
  };
}
