import { annotate } from '../core/annotate';
import { readFileSync } from 'node:fs';

const file = process.argv[3];
if (file) process.stdout.write(JSON.stringify(annotate(readFileSync(file, 'utf8')), null, 2) + '\n');
