// The third resolve-stage set (resolve-notes-3.cases.ts) through the real pipeline and the fake
// OpenAlex server, with the second set's harness (test/support/resolve-cases.ts).
import { describeResolveCases } from "../support/resolve-cases";
import { RESOLVE_CASES_3 } from "./resolve-notes-3.cases";

describeResolveCases(RESOLVE_CASES_3);
