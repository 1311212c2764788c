#!/usr/bin/env node
// The gigpact command. TypeScript sources run through tsx's loader, so the command works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
