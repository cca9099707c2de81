/**
 * Built-ins newer than Chromium 86 that the bundled code calls (rural
 * schools run 360 and QQ browsers on Chromium 86–109 cores). Imported
 * first by every entry that runs in a browser context: the app (main.ts)
 * and the import worker (importWorker.ts).
 *
 * Only what scripts/check-compat.mjs finds in the build output is here, one
 * core-js module per feature (each patches only when the browser lacks it).
 * The check reads this file: a feature imported here is allowed in the
 * output, everything else newer than Chromium 86 fails the build check.
 */
import 'core-js/modules/es.array.at.js'; // Chromium 92: our code, RxDB
import 'core-js/modules/es.string.at-alternative.js'; // Chromium 92: `.at()` cannot be told from Array's in minified code
import 'core-js/modules/es.object.has-own.js'; // Chromium 93: RxDB, mingo
import './randomUUID'; // Chromium 92: our ids (core-js has no crypto polyfills)
