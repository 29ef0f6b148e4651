// The second resolve-stage set (resolve-notes-2.cases.ts) through the real pipeline and the fake
// OpenAlex server: each note gets its verdict from the record it cites, within its request
// allowance; a case with several records gives the same answer with them in the reverse order
// (the harness: test/support/resolve-cases.ts, shared with the third set).
import { describeResolveCases } from "../support/resolve-cases";
import { RESOLVE_CASES_2 } from "./resolve-notes-2.cases";

describeResolveCases(RESOLVE_CASES_2);
