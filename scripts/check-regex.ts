// Regex gate: finds every regex literal and RegExp construction in src/, runs recheck and eslint-plugin-regexp on them, applies the allow-list.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const ALLOW_FILE = join(ROOT, 'scripts', 'regex-allow.json');
/**
 * recheck's verdicts by pattern (a lock file, written by `--update`): a pattern whose exact source and flags are
 * in it is not re-run; any new or edited pattern is. `--no-cache` re-runs everything (the full check, minutes).
 */
const LOCK_FILE = join(ROOT, 'scripts', 'regex-recheck.json');

/** One place in src/ where a regular expression is written or built. */
export type RegexSite = {
  file: string;
  line: number;
  column: number;
  kind: 'literal' | 'constructor' | 'dynamic';
  /** The pattern source; for a dynamic site (built from values known only at run time), the code that builds it. */
  source: string;
  flags: string;
};

export type AllowEntry = { file: string; source: string; reason: string; rules?: string[] };

export type Problem = { site?: RegexSite; file: string; line: number; tool: 'recheck' | 'eslint' | 'extract' | 'allow-list'; rule: string; message: string };

export type RecheckResult = { status: 'safe' | 'vulnerable' | 'unknown'; complexity?: string; attack?: string; error?: string; ms: number };

function listTs(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listTs(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Parsed source files, shared by the constant folder across imports. */
class Sources {
  private readonly files = new Map<string, ts.SourceFile | null>();
  get(path: string): ts.SourceFile | null {
    if (!this.files.has(path)) {
      this.files.set(path, existsSync(path) ? ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true) : null);
    }
    return this.files.get(path)!;
  }
}

type Folded = string | string[] | { regex: string; flags: string } | undefined;

/**
 * Folds an expression to a constant string (or array of strings, or regex) when it is built only from literals,
 * `const` names in the same module or imported from a relative module, `+`, templates, `.join()` and `.source`.
 */
class Folder {
  constructor(private readonly sources: Sources) {}

  fold(node: ts.Expression, file: ts.SourceFile, depth = 0): Folded {
    if (depth > 20) return undefined;
    const next = (n: ts.Expression, f = file) => this.fold(n, f, depth + 1);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isRegularExpressionLiteral(node)) return splitLiteral(node.text);
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node)) return next(node.expression);
    if (ts.isTemplateExpression(node)) {
      let out = node.head.text;
      for (const span of node.templateSpans) {
        const value = next(span.expression);
        if (typeof value !== 'string') return undefined;
        out += value + span.literal.text;
      }
      return out;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const a = next(node.left);
      const b = next(node.right);
      return typeof a === 'string' && typeof b === 'string' ? a + b : undefined;
    }
    if (ts.isArrayLiteralExpression(node)) {
      const out: string[] = [];
      for (const element of node.elements) {
        const value = ts.isSpreadElement(element) ? next(element.expression) : next(element);
        if (typeof value === 'string') out.push(value);
        else if (Array.isArray(value)) out.push(...value);
        else return undefined;
      }
      return out;
    }
    if (ts.isIdentifier(node)) return this.resolveName(node.text, file, depth);
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'source') {
      const value = next(node.expression);
      return value && typeof value === 'object' && !Array.isArray(value) ? value.regex : undefined;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const target = next(node.expression.expression);
      if (method === 'join' && Array.isArray(target)) {
        const sep = node.arguments[0] ? next(node.arguments[0]) : ',';
        return typeof sep === 'string' ? target.join(sep) : undefined;
      }
      if ((method === 'slice' || method === 'concat') && Array.isArray(target)) {
        if (method === 'concat') {
          const rest = node.arguments.map((a) => next(a));
          if (rest.some((r) => r === undefined || (typeof r === 'object' && !Array.isArray(r)))) return undefined;
          return target.concat(...(rest as (string | string[])[]));
        }
        const args = node.arguments.map((a) => (ts.isNumericLiteral(a) ? Number(a.text) : ts.isPrefixUnaryExpression(a) && ts.isNumericLiteral(a.operand) ? -Number(a.operand.text) : NaN));
        return args.some(Number.isNaN) ? undefined : target.slice(...args);
      }
    }
    return undefined;
  }

  private resolveName(name: string, file: ts.SourceFile, depth: number): Folded {
    let found: Folded;
    let imported: { module: string; name: string } | undefined;
    const visit = (node: ts.Node): void => {
      if (found !== undefined || imported) return;
      if (ts.isVariableStatement(node) && (node.declarationList.flags & ts.NodeFlags.Const)) {
        for (const decl of node.declarationList.declarations) {
          if (ts.isIdentifier(decl.name) && decl.name.text === name && decl.initializer) found = this.fold(decl.initializer, file, depth + 1);
        }
      }
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.importClause?.namedBindings && ts.isNamedImports(node.importClause.namedBindings)) {
        for (const spec of node.importClause.namedBindings.elements) {
          if (spec.name.text === name) imported = { module: node.moduleSpecifier.text, name: (spec.propertyName ?? spec.name).text };
        }
      }
    };
    file.statements.forEach(visit);
    if (found !== undefined) return found;
    if (imported && imported.module.startsWith('.')) {
      const target = this.sources.get(resolve(dirname(file.fileName), imported.module.replace(/\.js$/, '.ts')));
      if (target) return this.resolveName(imported.name, target, depth + 1);
    }
    return undefined;
  }
}

function splitLiteral(text: string): { regex: string; flags: string } {
  const end = text.lastIndexOf('/');
  return { regex: text.slice(1, end), flags: text.slice(end + 1) };
}

/**
 * Patterns built at module load from values the folder cannot follow (e.g. `Object.keys(...)`): the module is
 * imported with RegExp wrapped, and each construction is matched to its call site through the stack trace.
 */
export async function captureAtLoad(sites: RegexSite[], spans: Map<RegexSite, [number, number]>): Promise<void> {
  const dynamic = sites.filter((s) => s.kind === 'dynamic');
  if (dynamic.length === 0) return;
  const seen: { source: string; flags: string; file: string; line: number }[] = [];
  const Original = globalThis.RegExp;
  const FRAME = /\((.{1,500}?):(\d{1,7}):\d{1,7}\)$/;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      for (const frame of (new Error().stack ?? '').split('\n').slice(2, 6)) {
        const m = FRAME.exec(frame.trim());
        if (m && m[1].startsWith(ROOT)) { seen.push({ source: made.source, flags: made.flags, file: relative(ROOT, m[1]), line: Number(m[2]) }); break; }
      }
      return made;
    },
  });
  try {
    for (const file of new Set(dynamic.map((s) => s.file))) {
      try { await import(pathToFileURL(join(ROOT, file)).href); } catch { /* a module that cannot load stays dynamic */ }
    }
  } finally {
    globalThis.RegExp = Original;
  }
  for (const site of dynamic) {
    const [from, to] = spans.get(site) ?? [site.line, site.line];
    const made = seen.filter((m) => m.file === site.file && m.line >= from && m.line <= to);
    const distinct = [...new Map(made.map((m) => [`/${m.source}/${m.flags}`, m])).values()];
    if (distinct.length === 1) Object.assign(site, { kind: 'constructor', source: distinct[0].source, flags: distinct[0].flags });
  }
}

/** Every regex literal and `new RegExp(...)` / `RegExp(...)` in src/ (tests excluded), in file order. */
export async function extractRegexes(root = join(ROOT, 'src')): Promise<RegexSite[]> {
  const spans = new Map<RegexSite, [number, number]>();
  const sources = new Sources();
  const folder = new Folder(sources);
  const sites: RegexSite[] = [];
  for (const path of listTs(root)) {
    const file = sources.get(path)!;
    const rel = relative(ROOT, path);
    const at = (node: ts.Node) => {
      const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
      return { line: line + 1, column: character + 1 };
    };
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const { regex, flags } = splitLiteral(node.text);
        sites.push({ file: rel, ...at(node), kind: 'literal', source: regex, flags });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [patternArg, flagsArg] = node.arguments ?? [];
        const pattern = patternArg ? folder.fold(patternArg, file) : undefined;
        const flags = flagsArg ? folder.fold(flagsArg, file) : '';
        if (typeof pattern === 'string' && typeof flags === 'string') {
          sites.push({ file: rel, ...at(node), kind: 'constructor', source: pattern, flags });
        } else if (pattern && typeof pattern === 'object' && !Array.isArray(pattern) && (flagsArg === undefined || typeof flags === 'string')) {
          sites.push({ file: rel, ...at(node), kind: 'constructor', source: pattern.regex, flags: typeof flags === 'string' && flagsArg ? flags : pattern.flags });
        } else {
          const site: RegexSite = { file: rel, ...at(node), kind: 'dynamic', source: node.getText(file).replace(/\s+/g, ' ').slice(0, 300), flags: '' };
          spans.set(site, [site.line, file.getLineAndCharacterOfPosition(node.getEnd()).line + 1]);
          sites.push(site);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  await captureAtLoad(sites, spans);
  return sites;
}

export function loadAllowList(path = ALLOW_FILE): AllowEntry[] {
  if (!existsSync(path)) return [];
  const entries = JSON.parse(readFileSync(path, 'utf8')) as { entries: AllowEntry[] };
  return entries.entries;
}

function allowed(allow: AllowEntry[], site: RegexSite | undefined, file: string, rule: string): AllowEntry | undefined {
  return allow.find((entry) => entry.file === file && site !== undefined && entry.source === site.source && (!entry.rules || entry.rules.includes(rule)));
}

function recheckBackend(): 'native' | 'pure' {
  if (process.env.RECHECK_BACKEND === 'pure') return 'pure';
  // The native agent ships inside the registry package recheck-linux-x64 (nothing is downloaded); pure JS otherwise.
  try {
    createRequire(import.meta.url).resolve(`recheck-${process.platform === 'darwin' ? 'macos' : process.platform}-${process.arch}/package.json`);
    return 'native';
  } catch {
    return 'pure';
  }
}

/** Checks patterns (keys `/source/flags`) one after another on this process's recheck agent. */
async function recheckKeys(keys: string[], timeoutMs: number): Promise<Record<string, RecheckResult>> {
  process.env.RECHECK_BACKEND = recheckBackend();
  const { check } = await import('recheck');
  const out: Record<string, RecheckResult> = {};
  for (const key of keys) {
    const end = key.lastIndexOf('/');
    const started = performance.now();
    let result: RecheckResult;
    try {
      // 'auto' uses the exact automaton checker where the pattern allows and the fuzzer otherwise (seeded: repeatable).
      const d = await check(key.slice(1, end), key.slice(end + 1), { timeout: timeoutMs, checker: 'auto', randomSeed: 1 });
      result = d.status === 'vulnerable'
        ? { status: 'vulnerable', complexity: d.complexity.summary, attack: d.attack.pattern, ms: 0 }
        : d.status === 'safe'
          ? { status: 'safe', complexity: d.complexity.summary, ms: 0 }
          : { status: 'unknown', error: d.error.kind === 'timeout' || d.error.kind === 'cancel' ? d.error.kind : `${d.error.kind}: ${(d.error as { message?: string }).message ?? ''}`, ms: 0 };
    } catch (error) {
      result = { status: 'unknown', error: (error as Error).message, ms: 0 };
    }
    result.ms = Math.round(performance.now() - started);
    out[key] = result;
  }
  return out;
}

/** Runs a share of the patterns in a child process, which gets its own recheck agent (one per CPU in use). */
function recheckInChild(keys: string[], timeoutMs: number): Promise<Record<string, RecheckResult>> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--recheck-child', String(timeoutMs)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      try { resolvePromise(JSON.parse(out) as Record<string, RecheckResult>); } catch { reject(new Error(`recheck child exited ${code}`)); }
    });
    child.stdin.end(JSON.stringify(keys));
  });
}

/**
 * Runs recheck on each distinct (source, flags) not already judged in the lock file (by the same recheck
 * version), spread over `jobs` processes; `update` rewrites the lock with every current pattern.
 */
export async function recheckAll(sites: RegexSite[], options: { timeoutMs?: number; jobs?: number; cache?: boolean; update?: boolean } = {}): Promise<Map<string, RecheckResult>> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version;
  const useCache = options.cache !== false;
  const stored = useCache && existsSync(LOCK_FILE) ? JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as { version?: string; results?: Record<string, RecheckResult> } : {};
  const cache: Record<string, RecheckResult> = stored.version === version ? stored.results ?? {} : {};
  const keys = [...new Set(sites.filter((s) => s.kind !== 'dynamic').map((s) => `/${s.source}/${s.flags}`))];
  const results = new Map<string, RecheckResult>();
  const todo = keys.filter((key) => { if (cache[key]) results.set(key, cache[key]); return !cache[key]; });
  const jobs = Math.max(1, Math.min(options.jobs ?? Number(process.env.RECHECK_JOBS ?? Math.min(2, availableParallelism())), Math.ceil(todo.length / 8)));
  const shares: string[][] = Array.from({ length: jobs }, () => []);
  todo.forEach((key, i) => shares[i % jobs].push(key));
  const done = jobs === 1 ? [await recheckKeys(todo, timeoutMs)] : await Promise.all(shares.map((share) => recheckInChild(share, timeoutMs)));
  for (const part of done) {
    for (const [key, result] of Object.entries(part)) {
      results.set(key, result);
      // A timeout depends on the machine's load: checked again next time rather than remembered.
      if (result.status !== 'unknown' || !/timeout|cancel/.test(result.error ?? '')) cache[key] = result;
    }
  }
  if (options.update) {
    const current = Object.fromEntries(keys.filter((key) => cache[key]).sort().map((key) => [key, { ...cache[key], ms: undefined }]));
    writeFileSync(LOCK_FILE, JSON.stringify({ note: 'written by `npx tsx scripts/check-regex.ts --update`; recheck verdicts by /source/flags', version, results: current }, null, 1) + '\n');
  }
  return results;
}

/** Runs eslint-plugin-regexp (eslint.config.js) over src/ and returns its errors. */
export async function lintRegexes(): Promise<{ file: string; line: number; column: number; rule: string; message: string }[]> {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const out: { file: string; line: number; column: number; rule: string; message: string }[] = [];
  for (const result of results) {
    if (result.filePath.endsWith('.test.ts')) continue;
    for (const m of result.messages) {
      if (m.severity !== 2) continue;
      out.push({ file: relative(ROOT, result.filePath), line: m.line, column: m.column, rule: m.ruleId ?? 'parse', message: m.message.slice(0, 300) });
    }
  }
  return out;
}

/** The site a lint message points into: the last regex on that line starting at or before the column. */
function siteAt(sites: RegexSite[], file: string, line: number, column: number): RegexSite | undefined {
  const onLine = sites.filter((s) => s.file === file && s.line <= line);
  const exact = onLine.filter((s) => s.line === line && s.column <= column);
  if (exact.length) return exact[exact.length - 1];
  // Multi-line `new RegExp(...)` calls: the nearest site above.
  return onLine[onLine.length - 1];
}

export type GateReport = { sites: RegexSite[]; results: Map<string, RecheckResult>; problems: Problem[]; allowedProblems: { problem: Problem; reason: string }[]; unusedAllow: AllowEntry[]; seconds: number };

/** The whole gate: extraction, recheck, eslint, allow-list. `problems` empty means it passes. */
export async function runGate(options: { eslint?: boolean; cache?: boolean; update?: boolean; timeoutMs?: number } = {}): Promise<GateReport> {
  const started = performance.now();
  const sites = await extractRegexes();
  const allow = loadAllowList();
  const used = new Set<AllowEntry>();
  const problems: Problem[] = [];
  const allowedProblems: { problem: Problem; reason: string }[] = [];
  const consider = (problem: Problem) => {
    const entry = allowed(allow, problem.site, problem.file, problem.rule);
    if (entry) { used.add(entry); allowedProblems.push({ problem, reason: entry.reason }); } else problems.push(problem);
  };
  for (const entry of allow) {
    if (!entry.reason || entry.reason.trim().length < 20) problems.push({ file: entry.file, line: 0, tool: 'allow-list', rule: 'reason', message: `allow-list entry for /${entry.source}/ needs a written reason` });
  }
  const [results, lint] = await Promise.all([
    recheckAll(sites, { cache: options.cache, update: options.update, timeoutMs: options.timeoutMs }),
    options.eslint === false ? Promise.resolve([]) : lintRegexes(),
  ]);
  for (const site of sites) {
    if (site.kind === 'dynamic') {
      consider({ site, file: site.file, line: site.line, tool: 'extract', rule: 'dynamic', message: `RegExp built from run-time values cannot be checked statically: ${site.source}` });
      continue;
    }
    const result = results.get(`/${site.source}/${site.flags}`)!;
    if (result.status === 'vulnerable') consider({ site, file: site.file, line: site.line, tool: 'recheck', rule: 'recheck/vulnerable', message: `${result.complexity}; attack ${result.attack}` });
    else if (result.status === 'unknown') consider({ site, file: site.file, line: site.line, tool: 'recheck', rule: 'recheck/unknown', message: `recheck could not decide (${result.error})` });
  }
  for (const m of lint) {
    const site = siteAt(sites, m.file, m.line, m.column);
    consider({ site, file: m.file, line: m.line, tool: 'eslint', rule: m.rule, message: m.message });
  }
  const unusedAllow = allow.filter((entry) => !used.has(entry));
  return { sites, results, problems, allowedProblems, unusedAllow, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const report = await runGate({ eslint: !args.includes('--no-eslint'), cache: !args.includes('--no-cache'), update: args.includes('--update'), timeoutMs: args.includes('--update') ? 60_000 : undefined });
  const checked = report.results.size;
  for (const p of report.problems) {
    const shown = p.site ? ` /${p.site.source.slice(0, 160)}/${p.site.flags}` : '';
    process.stdout.write(`${p.file}:${p.line} [${p.tool} ${p.rule}]${shown}\n    ${p.message.slice(0, 300)}\n`);
  }
  if (args.includes('--verbose')) for (const a of report.allowedProblems) process.stdout.write(`allowed ${a.problem.file}:${a.problem.line} [${a.problem.rule}] ${a.reason}\n`);
  for (const entry of report.unusedAllow) process.stdout.write(`note: allow-list entry no longer needed: ${entry.file} /${entry.source}/\n`);
  const slow = [...report.results.entries()].filter(([, r]) => r.ms !== undefined).sort((a, b) => b[1].ms - a[1].ms).slice(0, 3).map(([k, r]) => `${r.ms} ms ${k.slice(0, 60)}`);
  process.stdout.write(`regex gate: ${report.sites.length} regex sites, ${checked} distinct patterns rechecked, ${report.problems.length} problems, ${report.allowedProblems.length} allowed, in ${report.seconds.toFixed(1)} s\n`);
  if (args.includes('--verbose')) process.stdout.write(`slowest: ${slow.join('; ')}\n`);
  process.exitCode = report.problems.length ? 1 : 0;
}

async function child(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  process.stdout.write(JSON.stringify(await recheckKeys(JSON.parse(input) as string[], Number(process.argv[3]))));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--recheck-child') await child();
  else await main();
}
