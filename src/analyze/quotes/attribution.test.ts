// Table-driven tests of quote detection and speaker attribution on invented sentences with hand-written entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../model/index.js';
import { findQuotes } from './index.js';
import { stateWith, type HandEntity } from './test-state.js';

type Want = { kind: Quote['kind']; text: string; speaker?: string | null; cue?: string; how?: string; channel?: string; outlet?: string };
type Case = { name: string; text: string; entities?: HandEntity[]; want?: Want[]; none?: string[]; count?: number; citations?: [string, string][] };

const P = (name: string, extra: Partial<HandEntity> = {}): HandEntity => ({ name, type: 'person', ...extra });
const O = (name: string, extra: Partial<HandEntity> = {}): HandEntity => ({ name, type: 'organization', ...extra });
const OUTLET = (name: string): HandEntity => ({ name, type: 'organization', subtype: 'outlet' });

const CASES: Case[] = [
  // Direct quotes: marks, frames, inversion
  { name: 'straight quotes, post-frame with name', text: '"We will rebuild the bridge by spring," Mara Linde said.', entities: [P('Mara Linde')],
    want: [{ kind: 'direct', text: 'We will rebuild the bridge by spring', speaker: 'Mara Linde', cue: 'said', how: 'explicit' }] },
  { name: 'curly quotes, post-frame with name', text: '\u201cThe water is safe to drink,\u201d Tomas Okafor said on Monday.', entities: [P('Tomas Okafor')],
    want: [{ kind: 'direct', text: 'The water is safe to drink', speaker: 'Tomas Okafor', cue: 'said' }] },
  { name: 'inverted frame: said NAME', text: '"The harbor will reopen next week," said Jun Park, the port director.', entities: [P('Jun Park')],
    want: [{ kind: 'direct', text: 'The harbor will reopen next week', speaker: 'Jun Park', cue: 'said' }] },
  { name: 'pre-frame with colon', text: 'Elena Sorvino told the crowd: "We have waited long enough for this road."', entities: [P('Elena Sorvino')],
    want: [{ kind: 'direct', text: 'We have waited long enough for this road.', speaker: 'Elena Sorvino', cue: 'told' }] },
  { name: 'pre-frame with comma after cue', text: 'Ravi Menon said, "Nobody will lose their job over this."', entities: [P('Ravi Menon')],
    want: [{ kind: 'direct', text: 'Nobody will lose their job over this.', speaker: 'Ravi Menon', cue: 'said' }] },
  { name: 'pre-frame with "that" and a capital', text: 'Asked about the strike, Ravi Menon answered that "We are ready to talk tomorrow, and we will listen."', entities: [P('Ravi Menon')],
    want: [{ kind: 'direct', text: 'We are ready to talk tomorrow, and we will listen.', speaker: 'Ravi Menon', cue: 'answered' }] },
  { name: 'question mark then lower-case frame', text: '"Why would we leave now?" asked Lina Haddad.', entities: [P('Lina Haddad')],
    want: [{ kind: 'direct', text: 'Why would we leave now?', speaker: 'Lina Haddad', cue: 'asked' }] },
  { name: 'a question cue before the quote names nobody: the frame after it does', text: 'Asked about the plan, "It is dead and buried," Carla Benz said.', entities: [P('Carla Benz')],
    want: [{ kind: 'direct', text: 'It is dead and buried', speaker: 'Carla Benz', cue: 'said' }] },
    { name: 'inverted frame with a description and a relative clause', text: 'Observers agree. "The old ways remain in place," said a Western diplomat, who asked not to be named.', entities: [],
    want: [{ kind: 'direct', text: 'The old ways remain in place', speaker: null, cue: 'said', how: 'description' }] },
    { name: 'titled speaker in one phrase', text: '"The budget is balanced," Finance Minister Carla Benz said.', entities: [P('Carla Benz')],
    want: [{ kind: 'direct', text: 'The budget is balanced', speaker: 'Carla Benz' }] },
  { name: 'organization as speaker', text: '"All flights will resume on Friday," Coastal Airways said in a statement.', entities: [O('Coastal Airways')],
    want: [{ kind: 'direct', text: 'All flights will resume on Friday', speaker: 'Coastal Airways', channel: 'in a statement' }] },
  { name: 'appositive after the name', text: '"The dam held," Nadia Farouk, the chief engineer, said.', entities: [P('Nadia Farouk')],
    want: [{ kind: 'direct', text: 'The dam held', speaker: 'Nadia Farouk' }] },
  { name: 'appositive before the name', text: 'Earlier, the chief engineer of the district, Nadia Farouk, spoke. "The dam held through the night," she said.', entities: [P('Nadia Farouk')],
    want: [{ kind: 'direct', text: 'The dam held through the night', speaker: 'Nadia Farouk', how: 'pronoun' }] },
  { name: 'speaker with adverb and auxiliary', text: '"We owe the town an apology," Mara Linde has also said.', entities: [P('Mara Linde')],
    want: [{ kind: 'direct', text: 'We owe the town an apology', speaker: 'Mara Linde' }] },
  { name: 'nested single quotes stay inside', text: '"The contract says \'no layoffs before 2030,\' and we hold them to it," Jun Park said.', entities: [P('Jun Park')],
    want: [{ kind: 'direct', text: 'The contract says \'no layoffs before 2030,\' and we hold them to it', speaker: 'Jun Park' }], count: 1 },
  { name: 'nested curly single quotes', text: '\u201cThe charter promises \u2018open water for all boats,\u2019 and we will keep it,\u201d Tomas Okafor said.', entities: [P('Tomas Okafor')],
    want: [{ kind: 'direct', text: 'The charter promises \u2018open water for all boats,\u2019 and we will keep it', speaker: 'Tomas Okafor' }], count: 1 },
  { name: 'ellipsis inside a quote', text: '"We tried everything...Nothing worked. We need help," Lina Haddad said.', entities: [P('Lina Haddad')],
    want: [{ kind: 'direct', text: 'We tried everything...Nothing worked. We need help', speaker: 'Lina Haddad' }] },
  { name: 'several sentences in one quote', text: '"The river rose fast. We moved the children first. Then the animals," Ravi Menon said.', entities: [P('Ravi Menon')],
    want: [{ kind: 'direct', text: 'The river rose fast. We moved the children first. Then the animals', speaker: 'Ravi Menon' }] },
  { name: 'channel: wrote on X', text: '"The vote was rigged from the start," Elena Sorvino wrote on X.', entities: [P('Elena Sorvino'), O('X', { subtype: 'platform' })],
    want: [{ kind: 'direct', text: 'The vote was rigged from the start', speaker: 'Elena Sorvino', cue: 'wrote', channel: 'on X' }] },
  { name: 'channel: in a post on a platform', text: '"THE PLANT STAYS OPEN," Carla Benz said in a Harbor Social post.', entities: [P('Carla Benz')],
    want: [{ kind: 'direct', text: 'THE PLANT STAYS OPEN', speaker: 'Carla Benz', channel: 'in a Harbor Social post' }] },
  { name: 'channel: during a speech broadcast by media', text: 'Nadia Farouk visited the dam. "Not one house will be lost," she said during a speech broadcast by regional media.', entities: [P('Nadia Farouk')],
    want: [{ kind: 'direct', text: 'Not one house will be lost', speaker: 'Nadia Farouk', channel: 'during a speech broadcast by regional media' }] },

  // Interrupted and multi-paragraph quotes
  { name: 'interrupted quote: second piece is adjacent', text: '"We will not discuss that," Jun Park said. "We want the money back, and soon."', entities: [P('Jun Park')],
    want: [{ kind: 'direct', text: 'We will not discuss that', speaker: 'Jun Park', how: 'explicit' }, { kind: 'direct', text: 'We want the money back, and soon.', speaker: 'Jun Park', how: 'adjacent' }] },
  { name: 'interrupted mid-sentence', text: '"This road," Lina Haddad said, "was promised ten years ago."', entities: [P('Lina Haddad')],
    want: [{ kind: 'direct', text: 'This road', speaker: 'Lina Haddad' }, { kind: 'direct', text: 'was promised ten years ago.', speaker: 'Lina Haddad' }] },
  { name: 'multi-paragraph quote continues the speaker', text: 'Ravi Menon spoke for an hour.\n\n"We have lost the harvest," Ravi Menon said. "The rain came too late.\n\n"Next year we plant earlier."\n\nThe meeting ended at noon.', entities: [P('Ravi Menon')],
    want: [{ kind: 'direct', text: 'The rain came too late.', speaker: 'Ravi Menon', how: 'adjacent' }, { kind: 'direct', text: 'Next year we plant earlier.', speaker: 'Ravi Menon', how: 'adjacent' }] },
  { name: 'unclosed quote at paragraph end, next paragraph plain', text: '"We tried to stop it, Carla Benz said.\n\nThe council met on Tuesday.', entities: [P('Carla Benz')],
    none: ['The council met on Tuesday.'] },

  { name: 'a colon closing the paragraph before introduces the quote', text: 'Port director Jun Park said:\n\n"We will reopen the harbor on Monday."', entities: [P('Jun Park')],
    want: [{ kind: 'direct', text: 'We will reopen the harbor on Monday.', speaker: 'Jun Park', cue: 'said' }] },
  { name: 'a frameless quote with no speaker nearby stays unattributed', text: 'The storm passed.\n\n"Nothing is left of the pier."', entities: [],
    want: [{ kind: 'direct', text: 'Nothing is left of the pier.', speaker: null }] },

  // Pronouns and the speaker rule
  { name: 'he added right after the named speaker', text: '"The bridge is safe," Tomas Okafor said. "We checked every bolt," he added.', entities: [P('Tomas Okafor')],
    want: [{ kind: 'direct', text: 'We checked every bolt', speaker: 'Tomas Okafor', cue: 'added', how: 'pronoun' }] },
  { name: 'he added after a sentence about someone else', text: 'The plan is sound, Tomas Okafor said. Jun Park has opposed the plan for years. "We checked every bolt," he added.', entities: [P('Tomas Okafor'), P('Jun Park')],
    want: [{ kind: 'direct', text: 'We checked every bolt', speaker: 'Tomas Okafor', how: 'pronoun' }] },
  { name: 'she insisted after another person is mentioned', text: '"The clinic stays open," Lina Haddad said. Ravi Menon, her deputy, visited the clinic on Friday. The staff must be paid, she insisted.', entities: [P('Lina Haddad'), P('Ravi Menon')],
    want: [{ kind: 'reported', text: 'The staff must be paid', speaker: 'Lina Haddad', cue: 'insisted', how: 'pronoun' }] },
  { name: 'pronoun gender picks the matching speaker', text: '"Prices will fall," Mrs. Carla Benz said. "Wages will rise," Mr. Jun Park said. "Both are true," she added.', entities: [P('Carla Benz'), P('Jun Park')],
    want: [{ kind: 'direct', text: 'Both are true', speaker: 'Carla Benz', how: 'pronoun' }] },
  { name: 'pronoun with a newly introduced speaker in the sentence before', text: 'The mayor spoke first.\n\nLater, the head of the union, Elena Sorvino, addressed the workers. "We will strike on Monday," she said.', entities: [P('Elena Sorvino')],
    want: [{ kind: 'direct', text: 'We will strike on Monday', speaker: 'Elena Sorvino', how: 'pronoun' }] },
  { name: 'pronoun with nobody to point to stays empty', text: 'The storm hit at night. "We lost everything," he said.', entities: [],
    want: [{ kind: 'direct', text: 'We lost everything', speaker: null, cue: 'said' }] },
  { name: 'they: an organization speaker', text: 'The Harbor Union said the deal was fair. They added that the vote would be held on Friday.', entities: [O('Harbor Union')],
    want: [{ kind: 'reported', text: 'the vote would be held on Friday', speaker: 'Harbor Union', how: 'pronoun' }] },
  { name: 'they after a plural description keeps the description', text: 'Rescue officials said the tunnel was clear. They added that the road would reopen on Sunday.', entities: [],
    want: [{ kind: 'reported', text: 'the road would reopen on Sunday', speaker: null, how: 'pronoun' }] },
    { name: 'pronoun does not reach across a heading', text: '"We won," Jun Park said.\nNew rules for the port\nThe rules take effect in May, he said.', entities: [P('Jun Park')],
    want: [{ kind: 'reported', text: 'The rules take effect in May', speaker: null }] },

  // Surnames and shared surnames
  { name: 'surname-only speaker', text: 'Mara Linde runs the shelter. "We are full every night," Linde said.', entities: [P('Mara Linde')],
    want: [{ kind: 'direct', text: 'We are full every night', speaker: 'Mara Linde', how: 'surname' }] },
  { name: 'two people share a surname: nearest full name wins', text: 'Ana Reyes leads the council. Port chief Luis Reyes stated that the docks were closed. "Nobody works today," Reyes said.', entities: [P('Ana Reyes'), P('Luis Reyes')],
    want: [{ kind: 'reported', text: 'the docks were closed', speaker: 'Luis Reyes' }, { kind: 'direct', text: 'Nobody works today', speaker: 'Luis Reyes', how: 'surname' }] },
  { name: 'shared surname: the first one speaks before the second appears', text: 'Council head Ana Reyes said the budget was approved. The vote was close, Reyes claimed. Later, port chief Luis Reyes arrived.', entities: [P('Ana Reyes'), P('Luis Reyes')],
    want: [{ kind: 'reported', text: 'The vote was close', speaker: 'Ana Reyes', cue: 'claimed', how: 'surname' }] },

  // Reported speech
  { name: 'said that', text: 'Lina Haddad said that the school would reopen in March.', entities: [P('Lina Haddad')],
    want: [{ kind: 'reported', text: 'the school would reopen in March', speaker: 'Lina Haddad', cue: 'said' }] },
  { name: 'said with a date before that', text: 'Jun Park said on Tuesday that the ferry would stop running.', entities: [P('Jun Park')],
    want: [{ kind: 'reported', text: 'the ferry would stop running', speaker: 'Jun Park' }] },
  { name: 'claimed without that', text: 'Ravi Menon claimed the figures were wrong.', entities: [P('Ravi Menon')],
    want: [{ kind: 'reported', text: 'the figures were wrong', speaker: 'Ravi Menon', cue: 'claimed' }] },
  { name: 'urged someone to do something', text: 'Union leader Elena Sorvino urged the board to raise wages.', entities: [P('Elena Sorvino')],
    want: [{ kind: 'reported', text: 'the board to raise wages', speaker: 'Elena Sorvino', cue: 'urged' }] },
  { name: 'sentence-final attribution with surname', text: 'Mara Linde opened the shelter. The city has never funded it properly, Linde claimed.', entities: [P('Mara Linde')],
    want: [{ kind: 'reported', text: 'The city has never funded it properly', speaker: 'Mara Linde', cue: 'claimed', how: 'surname' }] },
  { name: 'sentence-final attribution, inverted', text: 'The tunnel will cost twice as much, said Tomas Okafor.', entities: [P('Tomas Okafor')],
    want: [{ kind: 'reported', text: 'The tunnel will cost twice as much', speaker: 'Tomas Okafor' }] },
  { name: 'according to X, content', text: 'According to Carla Benz, the mill will close in June.', entities: [P('Carla Benz')],
    want: [{ kind: 'reported', text: 'the mill will close in June', speaker: 'Carla Benz', cue: 'according to' }] },
  { name: 'content, according to X', text: 'The mill will close in June, according to Carla Benz.', entities: [P('Carla Benz')],
    want: [{ kind: 'reported', text: 'The mill will close in June', speaker: 'Carla Benz', cue: 'according to' }] },
  { name: 'participle cue takes the clause subject', text: 'Jun Park renewed his demand on Friday, saying that the port needed new cranes.', entities: [P('Jun Park')],
    want: [{ kind: 'reported', text: 'the port needed new cranes', speaker: 'Jun Park', cue: 'saying' }] },
  { name: 'participle after a quote: words inside the quote are not its subject', text: 'Jun Park met the unions. "It is over," he said, adding that the talks would resume.', entities: [P('Jun Park')],
    want: [{ kind: 'reported', text: 'the talks would resume', speaker: 'Jun Park', cue: 'adding' }] },
    { name: 'coordinated verbs share the subject', text: 'Mayor Lina Haddad rejected the offer and urged the council to wait.', entities: [P('Lina Haddad')],
    want: [{ kind: 'reported', text: 'the council to wait', speaker: 'Lina Haddad', cue: 'urged' }] },
  { name: 'wrote on X that', text: 'Ravi Menon wrote on X that the results were final.', entities: [P('Ravi Menon'), O('X', { subtype: 'platform' })],
    want: [{ kind: 'reported', text: 'the results were final', speaker: 'Ravi Menon', cue: 'wrote' }] },
  { name: 'posting on X, channel before the cue', text: 'Posting on X, Ravi Menon said that the results were final.', entities: [P('Ravi Menon'), O('X', { subtype: 'platform' })],
    want: [{ kind: 'reported', text: 'the results were final', speaker: 'Ravi Menon', channel: 'on X' }] },
  { name: 'description speaker with no entity: name kept, id empty', text: 'The mine is unsafe, a senior inspector familiar with the case said.', entities: [],
    want: [{ kind: 'reported', text: 'The mine is unsafe', speaker: null, how: 'description' }] },
  { name: 'definite description resolves to the carrier of the descriptor', text: 'Nadia Farouk is the spokeswoman of the port. The cranes are broken, the spokeswoman said.', entities: [P('Nadia Farouk', { descriptors: ['spokeswoman of the port'] })],
    want: [{ kind: 'reported', text: 'The cranes are broken', speaker: 'Nadia Farouk', how: 'description' }] },

  { name: 'appositive with a relative clause before the cue', text: 'Ravi Menon, a driver who is not related to the mayor, said the trucks were late.', entities: [P('Ravi Menon')],
    want: [{ kind: 'reported', text: 'the trucks were late', speaker: 'Ravi Menon' }] },
  { name: 'relative pronoun: the antecedent speaks', text: 'The station took calls from listeners who said the bridge was shaking.', entities: [],
    want: [{ kind: 'reported', text: 'the bridge was shaking', speaker: null, how: 'description' }] },
  { name: 'parenthetical attribution mid-sentence', text: 'The school will stay shut, a district spokesman said, but exams will go ahead.', entities: [],
    want: [{ kind: 'reported', text: 'The school will stay shut', cue: 'said', how: 'description' }] },
  { name: 'titles before a sentence-final name', text: 'The clinic sent two nurses to the coast, clinic director Lina Haddad said.', entities: [P('Lina Haddad')],
    want: [{ kind: 'reported', text: 'The clinic sent two nurses to the coast', speaker: 'Lina Haddad' }] },
  { name: 'dateline is cut from the content and cites its wire', text: 'PORT ELLIS, June 3 (Wirepress) \u2014 The ferry sank near the pier, officials said.', entities: [OUTLET('Wirepress')],
    want: [{ kind: 'reported', text: 'The ferry sank near the pier', outlet: 'Wirepress' }], citations: [['Wirepress', 'Wirepress']] },
  { name: 'declaring an emergency is no statement', text: 'Mayor Lina Haddad declared a state of emergency on Friday night.', entities: [P('Lina Haddad')], count: 0 },

  // Partial quotes and terms
  { name: 'partial quote inside a reported clause', text: 'Elena Sorvino urged the board to pursue a policy of "patience and restraint."', entities: [P('Elena Sorvino')],
    want: [{ kind: 'partial', text: 'patience and restraint', speaker: 'Elena Sorvino' }] },
  { name: 'partial quote after said that', text: 'Jun Park said that "some investors" want the harbor sold.', entities: [P('Jun Park')],
    want: [{ kind: 'partial', text: 'some investors', speaker: 'Jun Park' }] },
  { name: 'partial quote with an accusation cue', text: 'The old board, which Carla Benz has repeatedly accused of "gross neglect," resigned.', entities: [P('Carla Benz')],
    want: [{ kind: 'partial', text: 'gross neglect', speaker: 'Carla Benz', cue: 'accused' }] },
  { name: 'one quoted noun after a modifier is a term', text: 'Ravi Menon said the group\'s decade-long "struggle" had failed.', entities: [P('Ravi Menon')],
    want: [{ kind: 'term', text: 'struggle', speaker: null }] },
  { name: 'scare quotes without a speech cue are a term', text: 'The town\'s "miracle" harvest fed everyone.', entities: [],
    want: [{ kind: 'term', text: 'miracle' }] },
  { name: 'an organization word before a noun is no speaker', text: '"All flights will resume," the Coastal Airways board said.', entities: [O('Coastal Airways')],
    want: [{ kind: 'direct', text: 'All flights will resume', speaker: null, how: 'description' }] },
  { name: 'so-called marks a term', text: 'Lina Haddad said the so-called "green tax" would be dropped.', entities: [P('Lina Haddad')],
    want: [{ kind: 'term', text: 'green tax' }] },
  { name: 'quoted adjective is a partial quote', text: 'Tomas Okafor called the proposal "reckless."', entities: [P('Tomas Okafor')],
    want: [{ kind: 'partial', text: 'reckless', speaker: 'Tomas Okafor' }] },

  // Outlet citations
  { name: 'outlet reported, sentence-final', text: 'The ferry company lost money for three years, Harbor Times reported.', entities: [OUTLET('Harbor Times')],
    want: [{ kind: 'reported', text: 'The ferry company lost money for three years', speaker: 'Harbor Times', outlet: 'Harbor Times' }], citations: [['Harbor Times', 'Harbor Times reported']] },
  { name: 'told an outlet: cited outlet on the statement', text: 'The mine is unsafe, a senior inspector told The Evening Star.', entities: [OUTLET('The Evening Star')],
    want: [{ kind: 'reported', text: 'The mine is unsafe', cue: 'told', outlet: 'The Evening Star' }], citations: [['The Evening Star', 'told The Evening Star']] },
  { name: 'according to an outlet', text: 'The council met in secret, according to Wirepress.', entities: [OUTLET('Wirepress')],
    citations: [['Wirepress', 'according to Wirepress']] },
  { name: 'inner speaker, outer outlet', text: 'Meanwhile, the Harbor Union said that it reached a deal with the owners, Channel 9 News reported.', entities: [O('Harbor Union'), OUTLET('Channel 9 News')],
    want: [{ kind: 'reported', text: 'it reached a deal with the owners', speaker: 'Harbor Union', outlet: 'Channel 9 News' }], citations: [['Channel 9 News', 'Channel 9 News reported']] },
  { name: 'the report added refers to the last outlet', text: 'Jun Park said that the port was closed, Radio Norte reported. Park claimed that "nobody" was hurt, the report added.', entities: [P('Jun Park'), OUTLET('Radio Norte')],
    want: [{ kind: 'reported', text: 'the port was closed', speaker: 'Jun Park', outlet: 'Radio Norte' }], citations: [['Radio Norte', 'Radio Norte reported'], ['Radio Norte', 'the report added']] },
  { name: 'appositive outlet after a description', text: 'Jun Park stated that talks were "not possible," the city\'s public broadcaster, Radio Norte, reported.', entities: [P('Jun Park'), OUTLET('Radio Norte')],
    want: [{ kind: 'reported', text: 'talks were "not possible,"', speaker: 'Jun Park', outlet: 'Radio Norte' }, { kind: 'partial', text: 'not possible', speaker: 'Jun Park' }], citations: [['Radio Norte', 'Radio Norte, reported']] },
  { name: 'cited by an outlet after a channel', text: 'Ravi Menon also said that the fleet was "ready," in comments broadcast by local radio cited by Wirepress.', entities: [P('Ravi Menon'), OUTLET('Wirepress')],
    want: [{ kind: 'reported', text: 'the fleet was "ready,"', speaker: 'Ravi Menon', channel: 'in comments broadcast by local radio', outlet: 'Wirepress' }], citations: [['Wirepress', 'cited by Wirepress']] },
  { name: 'outlet named as a plain source is no citation', text: 'Reporters from Wirepress visited the dam on Sunday.', entities: [OUTLET('Wirepress')],
    count: 0, citations: [] },

  // Negative cases
  { name: 'no quotes in plain narration', text: 'The ferry left at noon and reached the island by two.', entities: [], count: 0 },
  { name: 'negated cue attributes nothing', text: 'Mara Linde did not say whether the shelter would close.', entities: [P('Mara Linde')], count: 0 },
  { name: 'did not reply is no statement', text: 'Outlets reached out to Jun Park for comment, but he did not reply.', entities: [P('Jun Park')], count: 0 },
  { name: 'a heading in quotation marks is no quote', text: '"The harbor will never close"\nThe port stayed open all week.', entities: [], count: 0 },
  { name: 'a marked heading is no quote', text: '"We stay," the sign read\nThe port stayed open all week.', entities: [], count: 0 },
  { name: 'title of a work is no quote', text: 'Lina Haddad wrote the book "The Long Winter Road" in two years.', entities: [P('Lina Haddad')], none: ['The Long Winter Road'] },
  { name: 'a work noun ending the sentence before is no title marker', text: 'Court papers seen by the Ledger show.\n"We are cooperating with everyone," said Ana Ruiz.', entities: [P('Ana Ruiz')],
    want: [{ kind: 'direct', text: 'We are cooperating with everyone', speaker: 'Ana Ruiz' }] },
    { name: 'title case name in quotes is no quote', text: 'The army launched "Operation Silver Gate" on Monday.', entities: [], count: 0 },
  { name: 'apostrophes are not quote marks', text: "The players' union met O'Neil's staff at the club's hall.", entities: [], count: 0 },
  { name: 'an inch mark is no quote', text: 'The fish was 30" long and weighed 12 pounds.', entities: [], count: 0 },
  { name: 'expressing interest is no statement', text: 'Carla Benz expressed interest in buying the mill during a visit on Thursday.', entities: [P('Carla Benz')], count: 0 },
  { name: 'passive "was told" names no speaker', text: 'Jun Park was told the ferry would stop.', entities: [P('Jun Park')], none: ['the ferry would stop'] },
];

function check(c: Case): void {
  const state = stateWith(c.text, c.entities ?? [], headingsOf(c.text));
  findQuotes(state);
  const quotes = state.quotes;
  const names = new Map(state.entities.map((e) => [e.id, e.name]));
  const show = quotes.map((q) => `${q.kind}:${q.span.text}:${q.speakerName ?? '-'}`).join(' | ');
  for (const q of quotes) assert.equal(c.text.slice(q.span.start, q.span.end), q.span.text, 'span text matches');
  for (const w of c.want ?? []) {
    const q = quotes.find((x) => x.span.text === w.text && x.kind === w.kind);
    assert.ok(q, `${w.kind} "${w.text}" not found; got ${show}`);
    if (w.speaker === null) assert.equal(q.speaker, undefined, `speaker of "${w.text}" should be empty`);
    else if (w.speaker !== undefined) assert.equal(q.speaker && names.get(q.speaker), w.speaker, `speaker of "${w.text}"; got ${show}`);
    if (w.cue) assert.equal(q.cue, w.cue, `cue of "${w.text}"`);
    if (w.how) assert.equal(q.attribution, w.how, `attribution of "${w.text}"`);
    if (w.channel) assert.equal(q.channel, w.channel, `channel of "${w.text}"`);
    if (w.outlet) assert.equal(q.citedOutlet, w.outlet, `cited outlet of "${w.text}"`);
  }
  for (const text of c.none ?? []) assert.ok(!quotes.some((q) => q.span.text === text), `"${text}" must not be a quote; got ${show}`);
  if (c.count !== undefined) assert.equal(quotes.length, c.count, `quote count; got ${show}`);
  if (c.citations) {
    assert.deepEqual(state.citations.map((x) => [x.outlet, x.span.text]), c.citations);
  }
}

/** Lines without end punctuation and without a verb of saying stand for subheadings in these cases. */
function headingsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i > 0 && i < lines.length - 1 && line && !/[.!?,:"\u201d]$/.test(line)) out.push({ start: at, end: at + line.length });
    if (i === 0 && lines.length > 1 && line && !/[.!?:"\u201d]$/.test(line)) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  });
  return out;
}

for (const c of CASES) test(`quotes: ${c.name}`, () => check(c));

test('quotes: the table holds at least 60 cases', () => {
  assert.ok(CASES.length >= 60, `${CASES.length} cases`);
});

test('quotes: a speaker pronoun joins its entity\'s mentions, sorted', () => {
  const text = '"The bridge is safe," Tomas Okafor said. "We checked every bolt," he added.';
  const state = stateWith(text, [P('Tomas Okafor')]);
  findQuotes(state);
  const mentions = state.entities[0].mentions;
  assert.deepEqual(mentions.map((m) => [m.text, m.link]), [['Tomas Okafor', 'explicit'], ['he', 'pronoun']]);
  const notes = state.notes.mentions as { start: number; link: string }[];
  assert.ok(notes.some((m) => m.link === 'pronoun' && text.slice(m.start, m.start + 2) === 'he'));
  assert.ok(notes.every((m, i) => i === 0 || notes[i - 1].start <= m.start));
});

test('quotes: odd input never throws', () => {
  for (const text of ['"', '""', '\u201c\u201c\u201d', '"a" "b" "c', "'''", '\n\n"\n"\n', 'He said.', '"x," he said, "']) {
    const state = stateWith(text, []);
    assert.doesNotThrow(() => findQuotes(state));
    for (const q of state.quotes) assert.equal(text.slice(q.span.start, q.span.end), q.span.text);
  }
});
