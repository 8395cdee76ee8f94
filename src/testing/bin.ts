#!/usr/bin/env node
/// <reference types="node" />
import { runMockBizKitHubCli } from './cli.js';

process.exitCode = await runMockBizKitHubCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  signals: process,
});
