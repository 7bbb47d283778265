/**
 * The labeled evaluation (eval/) as a gate on the test split: see test/support/eval-floor.ts. Apart
 * from the dev split (test/eval-dev-floor.test.ts) and the refit (test/eval-model-is-refit.test.ts)
 * so that the two workers share the evaluation's minutes.
 */
import { floorSpecs } from "./support/eval-floor.ts";

floorSpecs("test");
