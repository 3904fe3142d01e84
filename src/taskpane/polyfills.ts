/**
 * The ES2015+ library features the pane's own code (src/core, src/excel, src/taskpane) and the
 * TypeScript helpers rely on, for Office 2016/2019 on Windows, which show task panes in Internet
 * Explorer 11. Only what is used is imported (not `core-js/stable`), to keep the task-pane bundle
 * under its 250 KB budget; what only the Word export needs is imported by its chunk
 * (docx-chunk.ts). TypeScript compiles the syntax to ES5; these supply the runtime objects.
 * test/e2e/browser/ie11-runtime.test.ts runs the production bundle in a frame without IE11's
 * missing built-ins and fails when one is used and not here: add an import when code starts
 * using another ES2015+ API (a for…of over a Map or Set needs nothing more than what is here).
 *
 * Some entries are narrower than core-js/es/*, to stay under the budget: Symbol as the
 * constructor and Symbol.iterator (TypeScript's iteration helpers, __values and __read, need
 * `typeof Symbol === "function"`), without Symbol.for, descriptions or the JSON.stringify fix;
 * Promise without the ES2018+ extras (finally, allSettled, any, AggregateError, withResolvers,
 * try); Map and Set without the ES2024/2025 additions (Map.groupBy, Set.prototype.union and the
 * other set methods). No code here calls any of those; import the full core-js/es/* entry when
 * some code starts to. IE11's own WeakMap (get/set/has/delete) is enough for core-js itself.
 */
import "core-js/modules/es.symbol.constructor";
import "core-js/es/symbol/iterator";
import "core-js/modules/es.promise";
import "core-js/modules/es.map";
import "core-js/modules/es.set";
import "core-js/es/array/from";
import "core-js/es/array/iterator";
import "core-js/es/array/fill";
import "core-js/es/array/find";
import "core-js/es/array/find-index";
import "core-js/es/array/includes";
import "core-js/es/array/flat-map";
import "core-js/es/object/entries";
import "core-js/es/object/values";
import "core-js/es/string/iterator";
import "core-js/es/string/starts-with";
import "core-js/es/string/ends-with";
import "core-js/es/string/includes";
import "core-js/es/string/repeat";
import "core-js/es/number/is-finite";
import "core-js/es/number/is-integer";
import "core-js/es/math/imul";
