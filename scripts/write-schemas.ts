// Writes the JSON Schemas of the report and of analyze's output from the zod model (run: npm run schema).
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AnalysisSchema, ReportSchema } from '../src/model/index.js';

export function schemas(): Record<string, unknown> {
  return {
    'schema/report.schema.json': { $id: 'https://corroborate.dev/schema/report.json', title: 'corroborate report (version 1)', ...z.toJSONSchema(ReportSchema, { io: 'output' }) },
    'schema/analysis.schema.json': { $id: 'https://corroborate.dev/schema/analysis.json', title: 'corroborate analyze output (version 1)', ...z.toJSONSchema(AnalysisSchema, { io: 'output' }) },
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  for (const [path, schema] of Object.entries(schemas())) {
    writeFileSync(path, JSON.stringify(schema, null, 2) + '\n');
    console.log(`wrote ${path}`);
  }
}
