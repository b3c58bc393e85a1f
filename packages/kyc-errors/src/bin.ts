#!/usr/bin/env node
// `npx kyc-errors` resolves this package, so it carries the command too.
import { main } from '@kyc-errors/cli';

await main();
