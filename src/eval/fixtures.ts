// Finds the gold files under fixtures/ and the texts they name.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gold } from './score.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

export interface GoldCase { file: string; gold: Gold; refPath: string; susPath: string }

function resolveText(dir: string, name: string): string {
  for (const p of [path.join(dir, name), path.join(dir, '..', 'seeds', name)]) if (fs.existsSync(p)) return p;
  throw new Error(`${dir}: cannot find ${name}`);
}

export function goldCases(root = FIXTURES): GoldCase[] {
  return fs.readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, e.name, 'gold.json')))
    .map((e) => {
      const dir = path.join(root, e.name);
      const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold;
      return { file: path.join(dir, 'gold.json'), gold, refPath: resolveText(dir, gold.reference), susPath: resolveText(dir, gold.suspect) };
    })
    .sort((a, b) => a.gold.pair.localeCompare(b.gold.pair));
}
