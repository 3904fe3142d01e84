/**
 * Gives a pane loaded in an iframe the playground's simulated `Office`, `Excel` and
 * `OfficeExtension`, as its own office.js would. The simulated host stays in the playground's
 * window (it needs a modern browser: HyperFormula), while the pane runs in the iframe's realm —
 * for the IE11 runtime test, a realm without the built-ins Internet Explorer 11 lacks.
 *
 * Values cross between the two realms as Office.js's JSON would: plain data (arrays, plain
 * objects) is copied into the realm that receives it, so the pane only ever sees arrays and objects
 * of its own realm (with its own, possibly polyfilled, prototypes); the host's objects and
 * functions reach the pane as proxies that convert what passes through them; a promise becomes one
 * of the receiving realm; an error from the host becomes an Error of the pane's realm with the same
 * name, message and code. Whatever goes back and forth keeps its identity.
 */

interface Realm {
  readonly Object: ObjectConstructor;
  readonly Array: ArrayConstructor;
  readonly Error: ErrorConstructor;
  readonly Promise: PromiseConstructor;
}

type Fn = (this: unknown, ...args: unknown[]) => unknown;

/** The globals of Office.js that the pane uses. */
export const OFFICE_GLOBALS: readonly string[] = ["Office", "Excel", "OfficeExtension"];

function isObjectLike(value: unknown): value is object {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

function isThenable(value: object): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown }).then === "function";
}

/** Installs the playground's Office globals into `child` (a same-origin frame's window). */
export function bridgeOffice(child: Window, names: readonly string[] = OFFICE_GLOBALS): void {
  const realm = child as unknown as Realm;
  const host = window as unknown as Record<string, unknown>;
  /** host object → the proxy the pane holds, and back */
  const proxyOf = new WeakMap<object, object>();
  const targetOf = new WeakMap<object, object>();
  /** host value made from a pane value (a copy or a wrapper) → the pane's original, and back */
  const originOf = new WeakMap<object, object>();
  const wrapperOf = new WeakMap<object, object>();
  /** host error → its copy in the pane's realm */
  const errorCopies = new WeakMap<object, Error>();

  const ownsPane = (value: object): boolean => value instanceof realm.Object;
  const isPlain = (value: object, objectPrototype: object): boolean => {
    const prototype = Object.getPrototypeOf(value) as object | null;
    return prototype === null || prototype === objectPrototype;
  };

  function toPane(value: unknown): unknown {
    if (!isObjectLike(value)) return value;
    const origin = originOf.get(value);
    if (origin) return origin;
    if (ownsPane(value)) return value;
    const known = proxyOf.get(value) ?? errorCopies.get(value);
    if (known) return known;
    if (typeof value !== "function" && isThenable(value)) {
      return new realm.Promise((resolve, reject) => {
        value.then(
          (result) => resolve(toPane(result)),
          (error: unknown) => reject(toPane(error)),
        );
      });
    }
    if (Array.isArray(value)) {
      const copy = new realm.Array();
      for (let i = 0; i < value.length; i++) copy[i] = toPane(value[i]);
      return copy;
    }
    if (value instanceof Error) {
      const copy = new realm.Error(value.message);
      for (const key of Object.keys(value))
        (copy as unknown as Record<string, unknown>)[key] = toPane((value as unknown as Record<string, unknown>)[key]);
      copy.name = value.name;
      errorCopies.set(value, copy);
      return copy;
    }
    if (typeof value !== "function" && isPlain(value, Object.prototype)) {
      const copy = new realm.Object() as Record<string, unknown>;
      for (const key of Object.keys(value)) copy[key] = toPane((value as Record<string, unknown>)[key]);
      return copy;
    }
    return proxy(value);
  }

  function toHost(value: unknown): unknown {
    if (!isObjectLike(value)) return value;
    const target = targetOf.get(value);
    if (target) return target;
    if (!ownsPane(value)) return value;
    const wrapper = wrapperOf.get(value);
    if (wrapper) return wrapper;
    let made: object;
    if (typeof value === "function") {
      const fn = value as Fn;
      made = function (this: unknown, ...args: unknown[]): unknown {
        return toHost(fn.apply(toPane(this), args.map(toPane)));
      };
      wrapperOf.set(value, made);
    } else if (isThenable(value)) {
      made = new Promise((resolve, reject) => {
        value.then(
          (result) => resolve(toHost(result)),
          (error: unknown) => reject(toHost(error)),
        );
      });
    } else if (Array.isArray(value)) {
      const copy: unknown[] = [];
      for (let i = 0; i < value.length; i++) copy[i] = toHost(value[i]);
      made = copy;
    } else if (isPlain(value, realm.Object.prototype)) {
      const copy: Record<string, unknown> = {};
      for (const key of realm.Object.keys(value)) copy[key] = toHost((value as Record<string, unknown>)[key]);
      made = copy;
    } else {
      return value; // the pane's own errors, DOM nodes, collections: the host does not look inside
    }
    originOf.set(made, value);
    return made;
  }

  /** Runs `f` on the host; a host error reaches the pane as the pane's own Error. */
  function guarded<T>(f: () => T): T {
    try {
      return f();
    } catch (error) {
      throw toPane(error);
    }
  }

  function proxy(target: object): object {
    // The proxy's own target is a stand-in, so that no invariant of the host object binds it.
    const standIn = typeof target === "function" ? function () {} : {};
    const handler: ProxyHandler<object> = {
      get: (_, key) => guarded(() => toPane(Reflect.get(target, key, target))),
      set: (_, key, value) => guarded(() => Reflect.set(target, key, toHost(value), target)),
      has: (_, key) => guarded(() => Reflect.has(target, key)),
      deleteProperty: (_, key) => guarded(() => Reflect.deleteProperty(target, key)),
      ownKeys: () => (typeof target === "function" ? Reflect.ownKeys(standIn) : Reflect.ownKeys(target)),
      getOwnPropertyDescriptor: (_, key) => {
        if (typeof target === "function") return Reflect.getOwnPropertyDescriptor(standIn, key);
        const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
        if (!descriptor) return undefined;
        return {
          value: guarded(() => toPane(Reflect.get(target, key, target))),
          writable: true,
          enumerable: descriptor.enumerable,
          configurable: true,
        };
      },
      apply: (_, thisArg, args: unknown[]) =>
        guarded(() => toPane(Reflect.apply(target as Fn, toHost(thisArg), Array.prototype.map.call(args, toHost)))),
      construct: (_, args: unknown[]) =>
        guarded(
          () =>
            toPane(
              Reflect.construct(target as new (...a: unknown[]) => object, Array.prototype.map.call(args, toHost)),
            ) as object,
        ),
    };
    const made = new Proxy(standIn, handler);
    proxyOf.set(target, made);
    targetOf.set(made, target);
    return made;
  }

  const globals = child as unknown as Record<string, unknown>;
  for (const name of names) globals[name] = toPane(host[name]);
}
