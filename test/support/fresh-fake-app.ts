// Vitest runs this before every test file of the unit and integration projects. Those files share
// a worker's modules (vitest.config.ts: `isolate: false`), so whatever one file left in the fake
// Obsidian — notices, an older app version, a phone platform, live intervals — is cleared, and a
// file under happy-dom gets Obsidian's DOM helpers on its own window.
import { __test } from "../fake-obsidian/index";
import { installDomHelpers } from "../setup-dom";

__test.reset();
installDomHelpers();
