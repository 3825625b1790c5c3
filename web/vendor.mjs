// Copies the pinned cytoscape.js build and its licence from node_modules into vendor/, where kg embeds them.
// Update: change the version in package.json, `npm install`, `npm run vendor`, rebuild, run the HTML view tests.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const library = join(here, 'node_modules', 'cytoscape');
const { version } = JSON.parse(readFileSync(join(library, 'package.json'), 'utf8'));
mkdirSync(join(here, 'vendor'), { recursive: true });
copyFileSync(join(library, 'dist', 'cytoscape.min.js'), join(here, 'vendor', 'cytoscape.min.js'));
copyFileSync(join(library, 'LICENSE'), join(here, 'vendor', 'cytoscape.LICENSE'));
console.log(`vendor/: cytoscape.js ${version} (cytoscape.min.js, cytoscape.LICENSE)`);
