// Checks Cypher statements with Neo4j's own parser in the Cypher 5 dialect.
// Input (stdin): a JSON array of statement strings. Output (stdout): a JSON array with, per statement,
// {index, errors: [...], warnings: [...]}; "parameter not defined" diagnostics are dropped because the
// statements are checked without their parameters. Exit code 1 when any statement has an error.
//   echo '["MATCH (n) RETURN n"]' | node tools/cypher-lint.mjs
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const ERROR = 1;
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const statements = JSON.parse(Buffer.concat(chunks).toString('utf8'));
if (!Array.isArray(statements)) {
  console.error('cypher-lint: expected a JSON array of statements on stdin');
  process.exit(2);
}
let failed = false;
const report = statements.map((statement, index) => {
  const { diagnostics } = lintCypherQuery(statement, { defaultLanguage: 'CYPHER 5' }, { consoleCommandsEnabled: true });
  const relevant = diagnostics.filter(isNotParamError);
  const errors = relevant.filter((d) => d.severity === ERROR).map((d) => d.message);
  const warnings = relevant.filter((d) => d.severity !== ERROR).map((d) => d.message);
  if (errors.length > 0) failed = true;
  return { index, errors, warnings };
});
process.stdout.write(JSON.stringify(report) + '\n');
process.exit(failed ? 1 : 0);
