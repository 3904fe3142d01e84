/**
 * The ES2015+ library features the add-in's code relies on, for Office 2016/2019 on Windows, which
 * show task panes in Internet Explorer 11. Only what is used is imported (not `core-js/stable`),
 * to keep the task-pane bundle well under its 250 KB budget. TypeScript compiles the syntax to ES5
 * (with downlevelIteration, which needs Symbol.iterator); these supply the runtime objects.
 * Add an import here when code starts using another ES2015+ API.
 *
 * Some entries are narrower than core-js/es/*, to stay under the budget: Symbol only as far as
 * iteration needs it (symbol/iterator brings the constructor and Symbol.iterator, without
 * Symbol.for, descriptions or the JSON.stringify fix); Promise without the ES2018+ extras
 * (finally, allSettled, any, AggregateError, withResolvers, try); Map and Set without the
 * ES2024/2025 additions (Map.groupBy, Set.prototype.union and the other set methods). No code
 * here calls any of those; import the full core-js/es/* entry when some code starts to.
 * WeakMap is left out while nothing uses it (nor #private fields, which compile to WeakMaps).
 */
import "core-js/es/symbol/iterator";
import "core-js/modules/es.promise";
import "core-js/modules/es.map";
import "core-js/modules/es.set";
import "core-js/es/array/from";
import "core-js/es/array/of";
import "core-js/es/array/iterator";
import "core-js/es/array/fill";
import "core-js/es/array/find";
import "core-js/es/array/find-index";
import "core-js/es/array/includes";
import "core-js/es/array/flat";
import "core-js/es/array/flat-map";
import "core-js/es/object/assign";
import "core-js/es/object/entries";
import "core-js/es/object/values";
import "core-js/es/object/from-entries";
import "core-js/es/string/iterator";
import "core-js/es/string/starts-with";
import "core-js/es/string/ends-with";
import "core-js/es/string/includes";
import "core-js/es/string/repeat";
import "core-js/es/string/pad-start";
import "core-js/es/string/pad-end";
import "core-js/es/number/is-finite";
import "core-js/es/number/is-integer";
import "core-js/es/number/is-nan";
import "core-js/es/number/epsilon";
import "core-js/es/math/sign";
import "core-js/es/math/trunc";
import "core-js/es/math/log10";
