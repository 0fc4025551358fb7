// Boilerplate rules: cuts notices, prompts, photo credits, copyright lines and scraping residue out of a line.
import type { Removed } from '../model/index.js';
import { matchDateAtStart, mayStartWithDate } from './dates.js';
import { isRegexSpace } from '../model/index.js';

/**
 * One rule: a reason code and the pattern a whole sentence-like segment must match to be cut. `gate`, when set,
 * is a cheap test every match passes: the pattern runs only on segments that pass it.
 */
type Rule = { reason: string; pattern: RegExp; maxLength?: number; gate?: (text: string) => boolean };

/** Agency names a photo credit ends with (before an optional ")" and "."), lower case. */
const CREDIT_ENDINGS = ['getty images', 'via getty', 'shutterstock', 'istock', 'istockphoto', 'ap photo', 'afp photo', 'epa-efe', 'imago'];

/**
 * Gate of the photo-credit rule that looks for an agency name at the end: the segment ends in one of CREDIT_ENDINGS
 * (then ")" and "." optional), or holds a "/" ("AP Photo/Jane Roe", "Reuters/Jane Roe").
 */
function mayEndInCredit(text: string): boolean {
  if (text.includes('/')) return true;
  let end = text.length;
  if (text.charCodeAt(end - 1) === 0x2e) end--;
  if (text.charCodeAt(end - 1) === 0x29) end--;
  for (const ending of CREDIT_ENDINGS) if (endsWithAscii(text, end, ending)) return true;
  return false;
}

/** True when text[..end) ends with `ending` (lower-case ASCII), ASCII letters compared case-insensitively. */
function endsWithAscii(text: string, end: number, ending: string): boolean {
  const from = end - ending.length;
  if (from < 0) return false;
  for (let k = 0; k < ending.length; k++) {
    let code = text.charCodeAt(from + k);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== ending.charCodeAt(k)) return false;
  }
  return true;
}


/** Rules applied to each sentence-like segment of a line; the first that matches wins. */
const RULES: Rule[] = [
  { reason: 'tts-notice', pattern: /^(?:this|the)(?: (?:article|story|audio|content|text|report|piece|page|version))? (?:is|was|has been|will be|are) (?:being )?(?:read|narrated|voiced|generated|produced)(?: aloud)? (?:by|using|with) (?:an? )?(?:automated|artificial|computer|synthetic|ai|machine|text-to-speech)\b/i, maxLength: 200 },
  { reason: 'tts-notice', pattern: /^(?:an? |the )?audio (?:version|narration|of this)\b[^.]{1,80}\b(?:automated|artificial|ai|synthetic|text-to-speech)\b/i, maxLength: 200 },
  { reason: 'tts-notice', pattern: /^(?:listen to (?:this|the) (?:article|story)|listen\s*\(\d|audio (?:version|narration)\b|text-to-speech\b|play audio\b)/i, maxLength: 160 },
  { reason: 'feedback-prompt', pattern: /^please (?:report|tell us about|let us know about|flag) any (?:issues|errors|problems|mistakes|inconsistencies)\b/i, maxLength: 160 },
  { reason: 'read-more', pattern: /^(?:read more|read also|also read|related|see also|more on this(?: story)?|recommended|related coverage|related stories|related articles|related content|more from [\w ]{1,30}|don't miss|must read|trending|watch|listen|explainer)(?:\s*[:|\u00bb>]|\s+[\u2013\u2014-]\s)/i, maxLength: 300 },
  { reason: 'read-more', pattern: /^(?:read more|read the full (?:story|article)|continue reading|more stories|related stories|related articles|related coverage|recommended(?: stories)?|read next|up next)\s*(?:\.{1,3}|\u2026|>|\u00bb)?$/i },
  { reason: 'share-prompt', pattern: /^(?:share|share this|share this (?:article|story|page)|share on (?:facebook|twitter|x|whatsapp|linkedin|email)|tweet|email|print|copy link|copy article link|save article|gift (?:this )?article|comments?)\s*[.!]?$/i },
  { reason: 'share-prompt', pattern: /^(?:click here to share|share this (?:article|story)\b|(?:please )?share (?:this|our) (?:article|story) (?:with|on)\b|follow (?:us|[\w ]{1,30}) on (?:twitter|x|facebook|instagram|tiktok|telegram|google news|whatsapp|threads|bluesky|linkedin|youtube)\b)/i, maxLength: 200 },
  { reason: 'subscribe-prompt', pattern: /^(?:sign up|subscribe)\b[^.]{1,100}\b(?:newsletters?|inbox|updates|alerts|digest|briefing|today|now|here|free)\b/i, maxLength: 240 },
  { reason: 'subscribe-prompt', pattern: /^(?:get (?:the|our) [^.]{0,60}(?:newsletter|in your inbox|delivered to your inbox)|download (?:the|our) [^.]{0,40}app\b|already a subscriber|support (?:our|independent|quality) journalism|become a (?:member|subscriber|supporter)|to continue reading|this (?:article|content|story) is (?:for|available to|exclusive to) (?:subscribers|members))\b/i, maxLength: 240 },
  { reason: 'subscribe-prompt', pattern: /^(?:subscribe|subscribe now|sign up|sign up now|newsletter|log in to continue)\s*[.!]?$/i },
  { reason: 'photo-credit', pattern: /^\(?(?:photo|photograph|image|picture|credit|photo credit|image credit|file photo|video|illustration|caption)s?(?: credit)?\s*[:/|]/i, maxLength: 240 },
  { reason: 'photo-credit', pattern: /^\(?[^()]{0,80}\b(?:getty images|via getty|shutterstock|istock(?:photo)?|ap photo(?:\/[^)]{0,60})?|afp photo|reuters\/[A-Z][^)]{0,40}|epa-efe|imago)\)?\.?$/i, maxLength: 160, gate: mayEndInCredit },
  { reason: 'copyright', pattern: /^(?:\u00a9|\(c\)\s|copyright\b)/i, maxLength: 240 },
  { reason: 'copyright', pattern: /\ball rights reserved\b|^this (?:material|article|story) may not be (?:published|broadcast|rewritten|redistributed)/i, maxLength: 240 },
  { reason: 'advertisement', pattern: /^(?:advertisement|advert|ad|sponsored(?: content)?|story continues (?:below|after)(?: the)? (?:advertisement|ad)|continue reading (?:below|after)(?: the)? (?:advertisement|ad)|scroll to continue(?: with content)?|article continues below)\s*\.?$/i },
  { reason: 'source-url', pattern: /^(?:https?:\/\/|www\.)\S+$/i },
  { reason: 'scraping-residue', pattern: /^(?:skip to (?:main )?content|loading\.{0,3}|close|menu|open in app|toggle navigation|cookie settings|accept (?:all )?cookies|back to top|image|enlarge this image|expand|hide caption|toggle caption)\s*\.?$/i },
];

/** Photo credits inside a line: "(Photo: ...)", "(AP Photo/...)", "(Getty Images)". */
const PHOTO_PARENTHETICAL = /\s?\((?:(?:ap |afp |reuters |file )?photo(?:graph)?|image|picture|photo credit|image credit|credit|getty images|[^()]{1,60}\/getty images|[^()]{1,60} via getty images)\b[^()\n]{0,120}\)/gi;

/** A date stamp glued to the start of a line: "date 2025-09-21 ...", "Published: Sept. 21, 2025 ...". */
const STAMP_PREFIX = /^(?:(?:date|dated|published|posted|updated|last updated|first published|publication date)(?:\s+on)?\s*:?\s*)?/i;

/** The label words STAMP_PREFIX starts with. */
const STAMP_WORD = /^(?:date|published|posted|updated|last updated|first published|publication date)/i;

/** Page-furniture phrases glued to the start of a real sentence with no punctuation between them. */
const GLUED_PREFIX = /^(share this (?:article|story)|advertisement|listen to this (?:article|story)(?: \d{1,3} min(?:utes?)?)?|skip to (?:main )?content|read more|subscribe now|sign up now|loading)\s+/i;
const GLUED_REASONS: [RegExp, string][] = [
  [/^share/i, 'share-prompt'], [/^advert/i, 'advertisement'], [/^listen/i, 'tts-notice'], [/^read/i, 'read-more'],
  [/^(?:subscribe|sign)/i, 'subscribe-prompt'], [/^(?:skip|loading)/i, 'scraping-residue'],
];

/** Cuts a furniture phrase glued to a following capitalized sentence; returns the reason and the rest. */
function cutGluedPrefix(segment: string): { cut: string; reason: string; rest: string } | undefined {
  const m = GLUED_PREFIX.exec(segment);
  if (!m) return undefined;
  const rest = segment.slice(m[0].length);
  if (!/^["\u201c\u2018(\p{Lu}]/u.test(rest)) return undefined;
  const cut = m[1];
  const reason = GLUED_REASONS.find(([pattern]) => pattern.test(cut))?.[1] ?? 'scraping-residue';
  return { cut, reason, rest };
}

/**
 * The end of a sentence-like segment of a line (cheap: a terminal mark, then spaces and a capital, quote or bracket).
 * Used with test() and lastIndex: a match object per sentence was most of ingest's garbage.
 */
const SEGMENT_END = /[.!?\u2026]["\u201d\u2019)]?(?=\s+["\u201c\u2018(\[A-Z])/g;

export type LineCut = {
  /** What is left of the line ('' when all of it was boilerplate). */
  kept: string;
  removed: Removed[];
  /** A publication date read from a stamp at the start of the line, with the stamp's kind. */
  stamp?: { iso: string; kind: 'published' | 'updated' };
};

/** Classifies one sentence-like segment; returns the reason when it is boilerplate. */
export function classifySegment(segment: string): string | undefined {
  const text = segment.trim();
  if (text === '') return undefined;
  for (const rule of RULES) {
    if (rule.maxLength !== undefined && text.length > rule.maxLength) continue;
    if (rule.gate !== undefined && !rule.gate(text)) continue;
    if (rule.pattern.test(text)) return rule.reason;
  }
  return undefined;
}

/**
 * Reads a date stamp at the start of the line. `edge` says the line is near the top of the article, where a bare
 * ISO date glued to text is residue; elsewhere only a labelled stamp ("Published: ...") counts.
 */
export function cutStamp(line: string, edge: boolean): { stamp?: LineCut['stamp']; rest: string; cut?: string } {
  // Cheap gate: a stamp starts with a label word, or the date itself does.
  if (!STAMP_WORD.test(line) && !mayStartWithDate(line)) return { rest: line };
  const prefix = STAMP_PREFIX.exec(line)?.[0] ?? '';
  const date = matchDateAtStart(line.slice(prefix.length));
  if (!date) return { rest: line };
  const labelled = prefix.trim() !== '';
  const end = prefix.length + date.length;
  const rest = line.slice(end).replace(/^\s*[|\u2013\u2014,:-]?\s*/, '');
  const isoLike = /^\d{4}-/.test(line.slice(prefix.length));
  // A written date that opens a sentence ("September 21, 2025, marked ...") is prose unless labelled or alone.
  if (!labelled && !(isoLike && edge) && rest !== '') return { rest: line };
  if (!labelled && !edge && rest === '' && !isoLike) return { rest: line };
  const kind = /updated/i.test(prefix) ? 'updated' : 'published';
  return { stamp: { iso: date.iso, kind }, rest, cut: line.slice(0, end).trim() };
}

/** Cuts boilerplate out of one line: a leading date stamp, boilerplate segments and photo-credit parentheticals. */
export function cutBoilerplate(line: string, edge = false): LineCut {
  const removed: Removed[] = [];
  const { stamp, rest, cut } = cutStamp(line.trim(), edge);
  if (cut) removed.push({ text: cut, reason: 'date-stamp' });
  let text = rest;
  if (text.includes('(')) {
    text = text.replace(PHOTO_PARENTHETICAL, (match) => {
      removed.push({ text: match.trim(), reason: 'photo-credit' });
      return '';
    }).trim();
  }
  const segments = splitSegments(text);
  if (!anyBoilerplate(segments)) return { kept: text, removed, stamp };
  const kept: string[] = [];
  let previous: string | undefined;
  for (let segment of segments) {
    const glued = cutGluedPrefix(segment);
    if (glued) {
      removed.push({ text: glued.cut, reason: glued.reason });
      segment = glued.rest;
    }
    let reason = classifySegment(segment);
    // A short prompt right after a notice ("... here .") belongs to the notice.
    if (!reason && previous === 'tts-notice' && segment.length < 120 && /\bhere\s*\.?$/i.test(segment)) reason = 'feedback-prompt';
    if (reason) removed.push({ text: segment.trim(), reason });
    else kept.push(segment);
    previous = reason;
  }
  return { kept: kept.join(' ').trim(), removed, stamp };
}

/** Whether any segment is boilerplate or starts with a glued furniture phrase. */
function anyBoilerplate(segments: string[]): boolean {
  for (const segment of segments) if (classifySegment(segment) || GLUED_PREFIX.test(segment)) return true;
  return false;
}

/** Splits a line into sentence-like segments, keeping every character of each segment. */
export function splitSegments(line: string): string[] {
  const out: string[] = [];
  let last = 0;
  SEGMENT_END.lastIndex = 0;
  while (SEGMENT_END.test(line)) {
    const end = SEGMENT_END.lastIndex;
    let next = end + 1;
    while (isRegexSpace(line.charCodeAt(next))) next++;
    pushSegment(out, line.slice(last, end));
    last = next;
  }
  if (last < line.length) pushSegment(out, line.slice(last));
  return out;
}

function pushSegment(out: string[], segment: string): void {
  if (segment.trim() !== '') out.push(segment);
}

