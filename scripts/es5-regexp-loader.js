/**
 * A webpack loader for dependencies that build regular expressions Internet Explorer 11 cannot:
 * `new RegExp("…", "u")` (Unicode mode, `\p{L}` property escapes) and `new RegExp("…", "s")`
 * (dotAll). IE11 throws a SyntaxError on either, and no run-time polyfill adds the `u` flag, so
 * they are transpiled here, as Babel transpiles such literals: regexpu-core (Babel's own regex
 * rewriter) turns the pattern into an equivalent ES5 one and the flags `u` and `s` are dropped.
 *
 * Only calls whose two arguments are string literals are rewritten; anything else (a pattern built
 * at run time) is left alone, and the IE11 runtime test (test/e2e/browser/ie11-runtime.test.ts)
 * finds it if the Word export reaches it.
 */
const rewritePattern = require("regexpu-core");

const CALL = /new RegExp\(\s*("(?:[^"\\\n]|\\.)*")\s*,\s*"([dgimsuy]*)"\s*\)/g;

/** The ES5 form of one `new RegExp(pattern, flags)`, or null when it needs none. */
function es5RegExp(pattern, flags) {
  if (!/[su]/.test(flags)) return null;
  const source = rewritePattern(pattern, flags, {
    unicodeFlag: "transform",
    unicodePropertyEscapes: "transform",
    dotAllFlag: "transform",
  });
  return { source, flags: flags.replace(/[su]/g, "") };
}

/** A JavaScript string literal in ASCII (an ES5 string may not hold U+2028 or U+2029 as such). */
function asciiLiteral(text) {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

function es5RegExpLoader(code) {
  return code.replace(CALL, (call, literal, flags) => {
    let pattern;
    try {
      pattern = JSON.parse(literal);
    } catch {
      return call; // an escape JSON does not know (\x41, \'): left as it is
    }
    const es5 = es5RegExp(pattern, flags);
    return es5 ? `new RegExp(${asciiLiteral(es5.source)}, ${asciiLiteral(es5.flags)})` : call;
  });
}

module.exports = es5RegExpLoader;
module.exports.es5RegExp = es5RegExp;
