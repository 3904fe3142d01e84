/**
 * Internet Explorer 11's JavaScript library and DOM, made out of Chromium's: the built-ins that
 * IE11 (the web view of Office 2016/2019 on Windows) does not have are removed, and the ones it
 * has with older behaviour are replaced by that behaviour. `es-check es5` proves that the bundle's
 * syntax is ES5; this proves that the code finds at run time only what IE11 offers, plus what the
 * bundle's own polyfills add.
 *
 * `ie11Environment` is handed to Playwright's `addInitScript`, so it runs in every frame of the
 * page before any of the frame's scripts; it changes only a frame under /pane/ (the production
 * pane in the playground's iframe) and leaves the playground, which needs a modern browser for
 * the simulated Excel host, as it is. It must stay self-contained: Playwright sends its source.
 *
 * Left in place: Promise (office.js brings one to IE11), syntax (es-check's part), what no ES5
 * code can reach (built-in methods keyed by well-known symbols, once `Symbol` is gone), and
 * RegExp.prototype.flags, which Chromium's own String.prototype.split reads.
 * Sources: MDN's browser-compatibility data for IE 11 and the kangax ES2015+ tables.
 */

/** What the environment records in the frame (`window.__ie11`). */
export interface Ie11Record {
  /** Built-ins removed, as "Owner.member". */
  readonly removed: string[];
  /** Files handed to `navigator.msSaveOrOpenBlob`, as IE11 saves them. */
  readonly saved: { readonly name: string; readonly blob: Blob }[];
}

export function ie11Environment(): void {
  const w = window as unknown as Record<string, unknown>;
  if (window.top === window || location.pathname.indexOf("/pane/") !== 0) return;

  const removed: string[] = [];
  const saved: { name: string; blob: Blob }[] = [];
  const record: Ie11Record = { removed, saved };
  Object.defineProperty(window, "__ie11", { value: record });

  const NativeWeakMap = WeakMap;
  const NativeMap = Map;
  const NativeSet = Set;
  const NativeRegExp = RegExp;
  const NativeNumber = Number;
  const toStringTag = Symbol.toStringTag;
  const defineProperty = Object.defineProperty;
  const getPrototypeOf = Object.getPrototypeOf;

  function remove(owner: object | undefined, ownerName: string, names: readonly string[]): void {
    if (!owner) return;
    const o = owner as Record<string, unknown>;
    for (const name of names) {
      if (!Object.prototype.hasOwnProperty.call(o, name)) continue;
      delete o[name];
      if (Object.prototype.hasOwnProperty.call(o, name)) throw new Error(`cannot remove ${ownerName}.${name}`);
      removed.push(`${ownerName}.${name}`);
    }
  }

  function proto(name: string): object | undefined {
    const ctor = w[name] as { prototype?: object } | undefined;
    return ctor ? ctor.prototype : undefined;
  }

  /** Replaces a global with a value of IE11's making, keeping the native one's prototype. */
  function replaceGlobal(name: string, value: unknown): void {
    defineProperty(window, name, { value, writable: true, configurable: true, enumerable: false });
    removed.push(`window.${name} (replaced)`);
  }

  // ---- IE11's user agent style sheet does not know <main>: it is an inline element there ----
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(":where(main) { display: inline; }");
  document.adoptedStyleSheets = [sheet];

  // ---- globals IE11 does not have ----
  remove(window, "window", [
    "globalThis",
    "Symbol",
    "Reflect",
    "Proxy",
    "WeakSet",
    "WeakRef",
    "FinalizationRegistry",
    "BigInt",
    "BigInt64Array",
    "BigUint64Array",
    "SharedArrayBuffer",
    "Atomics",
    "AggregateError",
    "fetch",
    "Headers",
    "Request",
    "Response",
    "TextEncoder",
    "TextDecoder",
    "TextEncoderStream",
    "TextDecoderStream",
    "URLSearchParams",
    "AbortController",
    "AbortSignal",
    "queueMicrotask",
    "structuredClone",
    "requestIdleCallback",
    "cancelIdleCallback",
    "ResizeObserver",
    "IntersectionObserver",
    "CSS",
    "ClipboardItem",
    "InputEvent",
    "PromiseRejectionEvent",
  ]);
  // IE11's Web Crypto is prefixed: msCrypto.
  const nativeCrypto = window.crypto;
  remove(window, "window", ["crypto"]);
  defineProperty(window, "msCrypto", { value: nativeCrypto, configurable: true });

  // ---- Object, Array, String, Math, RegExp, typed arrays: ES2015+ members ----
  remove(Object, "Object", [
    "assign",
    "entries",
    "values",
    "fromEntries",
    "getOwnPropertyDescriptors",
    "getOwnPropertySymbols",
    "is",
    "hasOwn",
    "groupBy",
  ]);
  // ES5: these throw on a primitive, where ES2015 converts it to an object.
  for (const name of ["keys", "getOwnPropertyNames", "getPrototypeOf"]) {
    const native = (Object as unknown as Record<string, (o: unknown) => unknown>)[name];
    (Object as unknown as Record<string, unknown>)[name] = function (o: unknown): unknown {
      if (o === null || (typeof o !== "object" && typeof o !== "function"))
        throw new TypeError(`Object.${name}: argument is not an Object`);
      return native(o);
    };
  }
  remove(Array, "Array", ["from", "of", "fromAsync"]);
  remove(Array.prototype, "Array.prototype", [
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "includes",
    "fill",
    "flat",
    "flatMap",
    "copyWithin",
    "entries",
    "keys",
    "values",
    "at",
    "toSorted",
    "toReversed",
    "toSpliced",
    "with",
  ]);
  remove(String, "String", ["fromCodePoint", "raw"]);
  remove(String.prototype, "String.prototype", [
    "codePointAt",
    "normalize",
    "includes",
    "startsWith",
    "endsWith",
    "repeat",
    "padStart",
    "padEnd",
    "trimStart",
    "trimEnd",
    "trimLeft",
    "trimRight",
    "matchAll",
    "replaceAll",
    "at",
    "isWellFormed",
    "toWellFormed",
  ]);
  remove(Math, "Math", [
    "imul",
    "trunc",
    "sign",
    "log10",
    "log2",
    "log1p",
    "expm1",
    "cosh",
    "sinh",
    "tanh",
    "acosh",
    "asinh",
    "atanh",
    "hypot",
    "cbrt",
    "clz32",
    "fround",
    "f16round",
  ]);
  // RegExp.prototype.flags stays: Chromium's own split, replace and match read it (IE11's do not).
  remove(RegExp.prototype, "RegExp.prototype", ["sticky", "unicode", "dotAll", "hasIndices", "unicodeSets"]);
  const TypedArray = getPrototypeOf(Int8Array) as object;
  remove(TypedArray, "TypedArray", ["from", "of"]);
  const typedArrayProto = (TypedArray as { prototype: object }).prototype;
  remove(
    typedArrayProto,
    "TypedArray.prototype",
    Object.getOwnPropertyNames(typedArrayProto).filter(
      (n) => ["constructor", "set", "subarray", "buffer", "byteLength", "byteOffset", "length"].indexOf(n) < 0,
    ),
  );
  remove(ArrayBuffer.prototype, "ArrayBuffer.prototype", [
    "resize",
    "transfer",
    "transferToFixedLength",
    "resizable",
    "maxByteLength",
    "detached",
  ]);
  remove(Blob.prototype, "Blob.prototype", ["text", "arrayBuffer", "stream", "bytes"]);
  const intl = (w["Intl"] as Record<string, unknown> | undefined) ?? undefined;
  remove(intl, "Intl", ["PluralRules", "RelativeTimeFormat", "ListFormat", "Segmenter", "DisplayNames", "Locale"]);

  // Number: the ES2015 statics are non-configurable constants, so IE11's Number is made afresh.
  const ie11Number = function (this: unknown, value?: unknown): unknown {
    const n = arguments.length === 0 ? 0 : NativeNumber(value);
    return this instanceof ie11Number ? new NativeNumber(n) : n;
  } as unknown as Record<string, unknown> & (new (value?: unknown) => unknown);
  for (const name of ["MAX_VALUE", "MIN_VALUE", "NaN", "NEGATIVE_INFINITY", "POSITIVE_INFINITY"]) {
    defineProperty(ie11Number, name, { value: (NativeNumber as unknown as Record<string, number>)[name] });
  }
  defineProperty(ie11Number, "prototype", { value: NativeNumber.prototype });
  replaceGlobal("Number", ie11Number);

  // RegExp: IE11 knows only the flags g, i and m, and neither lookbehind nor named groups.
  const ie11RegExp = function (this: unknown, pattern: unknown, flags?: unknown): RegExp {
    const source = pattern instanceof NativeRegExp ? pattern.source : String(pattern === undefined ? "" : pattern);
    if (flags !== undefined && /[^gim]/.test(String(flags)))
      throw new SyntaxError(`Invalid regular expression flags '${String(flags)}' (IE11 knows g, i, m)`);
    if (/\(\?<[=!]|\(\?<[A-Za-z]|\\p\{/.test(source))
      throw new SyntaxError(`Syntax error in regular expression /${source}/ (IE11)`);
    return flags === undefined ? new NativeRegExp(pattern as string) : new NativeRegExp(source, String(flags));
  };
  defineProperty(ie11RegExp, "prototype", { value: NativeRegExp.prototype });
  replaceGlobal("RegExp", ie11RegExp);

  // ---- Map, Set and WeakMap as IE11 has them: no iterable to the constructor, no iterators, ----
  // ---- and set/add return undefined rather than the collection                              ----
  const stores = new NativeWeakMap<object, Map<unknown, unknown> | Set<unknown> | WeakMap<object, unknown>>();
  function collection(
    name: string,
    make: () => Map<unknown, unknown> | Set<unknown> | WeakMap<object, unknown>,
    methods: Record<string, (store: never, args: unknown[], self: object) => unknown>,
    hasSize: boolean,
  ): void {
    const Ctor = function (this: object): void {
      if (!(this instanceof Ctor)) throw new TypeError(`${name}: 'this' is not a ${name} object`);
      stores.set(this, make());
    };
    const prototype = Ctor.prototype as Record<string | symbol, unknown>;
    for (const method of Object.getOwnPropertyNames(methods)) {
      const body = methods[method];
      defineProperty(prototype, method, {
        value: function (this: object, ...args: unknown[]): unknown {
          const store = stores.get(this);
          if (!store) throw new TypeError(`${name}.prototype.${method}: 'this' is not a ${name} object`);
          return body(store as never, args, this);
        },
        writable: true,
        configurable: true,
      });
    }
    if (hasSize) {
      defineProperty(prototype, "size", {
        get(this: object): number {
          const store = stores.get(this) as Map<unknown, unknown> | undefined;
          if (!store) throw new TypeError(`${name}.prototype.size: 'this' is not a ${name} object`);
          return store.size;
        },
        configurable: true,
      });
    }
    defineProperty(prototype, toStringTag, { value: name, configurable: true });
    replaceGlobal(name, Ctor);
  }
  collection(
    "Map",
    () => new NativeMap(),
    {
      get: (m: Map<unknown, unknown>, a) => m.get(a[0]),
      set: (m: Map<unknown, unknown>, a) => void m.set(a[0], a[1]),
      has: (m: Map<unknown, unknown>, a) => m.has(a[0]),
      delete: (m: Map<unknown, unknown>, a) => m.delete(a[0]),
      clear: (m: Map<unknown, unknown>) => m.clear(),
      forEach: (m: Map<unknown, unknown>, a, self) =>
        m.forEach((v, k) => (a[0] as (v: unknown, k: unknown, m: object) => void).call(a[1], v, k, self)),
    },
    true,
  );
  collection(
    "Set",
    () => new NativeSet(),
    {
      add: (s: Set<unknown>, a) => void s.add(a[0]),
      has: (s: Set<unknown>, a) => s.has(a[0]),
      delete: (s: Set<unknown>, a) => s.delete(a[0]),
      clear: (s: Set<unknown>) => s.clear(),
      forEach: (s: Set<unknown>, a, self) =>
        s.forEach((v) => (a[0] as (v: unknown, k: unknown, s: object) => void).call(a[1], v, v, self)),
    },
    true,
  );
  collection(
    "WeakMap",
    () => new NativeWeakMap(),
    {
      get: (m: WeakMap<object, unknown>, a) => m.get(a[0] as object),
      set: (m: WeakMap<object, unknown>, a) => void m.set(a[0] as object, a[1]),
      has: (m: WeakMap<object, unknown>, a) => m.has(a[0] as object),
      delete: (m: WeakMap<object, unknown>, a) => m.delete(a[0] as object),
    },
    false,
  );

  // ---- URL is an object with createObjectURL and revokeObjectURL, not a constructor ----
  const NativeURL = URL;
  replaceGlobal("URL", {
    createObjectURL: (blob: Blob) => NativeURL.createObjectURL(blob),
    revokeObjectURL: (url: string) => NativeURL.revokeObjectURL(url),
  });

  // ---- event interfaces exist but cannot be constructed (document.createEvent can) ----
  for (const name of ["Event", "CustomEvent", "UIEvent", "MouseEvent", "KeyboardEvent", "FocusEvent", "ErrorEvent"]) {
    const native = w[name] as { prototype: object } | undefined;
    if (!native) continue;
    const ie11Event = function (): never {
      throw new TypeError(`Object doesn't support this action (new ${name}) in IE11`);
    };
    defineProperty(ie11Event, "prototype", { value: native.prototype });
    replaceGlobal(name, ie11Event);
  }

  // ---- the DOM: members IE11 does not have ----
  const childNode = ["remove", "before", "after", "replaceWith"];
  const parentNode = ["append", "prepend", "replaceChildren"];
  remove(proto("Element"), "Element.prototype", [
    "closest",
    "toggleAttribute",
    "getAttributeNames",
    "scroll",
    "scrollTo",
    "scrollBy",
    "attachShadow",
    "animate",
    "getAnimations",
    "webkitMatchesSelector",
    ...childNode,
    ...parentNode,
  ]);
  // IE11 has matches only under its prefixed name.
  const element = proto("Element") as Record<string, unknown>;
  element["msMatchesSelector"] = element["matches"];
  remove(element, "Element.prototype", ["matches"]);
  remove(proto("CharacterData"), "CharacterData.prototype", childNode);
  remove(proto("DocumentType"), "DocumentType.prototype", childNode);
  remove(proto("Document"), "Document.prototype", [...parentNode, "currentScript", "scrollingElement"]);
  remove(proto("DocumentFragment"), "DocumentFragment.prototype", [
    ...parentNode,
    "children",
    "firstElementChild",
    "lastElementChild",
    "childElementCount",
    "getElementById",
  ]);
  remove(proto("Node"), "Node.prototype", ["isConnected", "getRootNode"]);
  remove(proto("NodeList"), "NodeList.prototype", ["forEach", "entries", "keys", "values"]);
  remove(proto("DOMTokenList"), "DOMTokenList.prototype", [
    "forEach",
    "entries",
    "keys",
    "values",
    "replace",
    "supports",
  ]);
  remove(proto("HTMLAnchorElement"), "HTMLAnchorElement.prototype", ["download"]);
  remove(proto("Navigator"), "Navigator.prototype", ["clipboard", "sendBeacon"]);
  // classList.add/remove take one class in IE11 (the others are ignored), toggle ignores `force`.
  const tokenList = proto("DOMTokenList") as Record<string, (...tokens: string[]) => unknown>;
  for (const name of ["add", "remove", "toggle"]) {
    const native = tokenList[name];
    tokenList[name] = function (this: DOMTokenList, ...tokens: string[]): unknown {
      if (tokens.length !== 1)
        throw new TypeError(`classList.${name} with ${tokens.length} arguments: IE11 uses only the first`);
      return native.call(this, tokens[0]);
    };
  }

  // ---- IE11 saves a file through navigator.msSaveOrOpenBlob; this one keeps it for the test ----
  defineProperty(Navigator.prototype, "msSaveOrOpenBlob", {
    value: function (this: Navigator, blob: Blob, name: string): boolean {
      if (this !== navigator) throw new TypeError("Invalid calling object");
      saved.push({ name, blob });
      return true;
    },
    configurable: true,
    writable: true,
  });
}
