#!/usr/bin/env node
// The `pdk-feed` command; the code is compiled from src/cli/ by `npm run build`.
import '../dist/cli/pdk-feed.js';
