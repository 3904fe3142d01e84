/**
 * The request context and the proxy base class: Office.js's batching model. Every write, method
 * call and `load` is queued as an operation; `sync()` serialises the queue as one request (its
 * UTF-8 size is measured against the payload limit), runs it against the workbook model in order
 * — stopping at the first failure, as Excel does, with the earlier operations applied — and only
 * then makes loaded values readable. Reading a property that was neither loaded nor set throws
 * PropertyNotLoaded.
 */
import { simError } from "./errors";
import type { WorkbookModel } from "./model";
import type { SimApiName, SimRequirements } from "./requirements";
import type { SimWorkbook, SimApplication } from "./workbook";

/** UTF-8 length of a string, without Node's Buffer (the playground bundles this for the browser). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** One request as sent at a sync. */
export interface SimRequestRecord {
  /** UTF-8 bytes of the serialised request. */
  readonly requestBytes: number;
  /** UTF-8 bytes of the values sent back. */
  readonly responseBytes: number;
  readonly actions: number;
  /** Set when the request failed. */
  readonly errorCode?: string;
}

/** What the context needs from the host that owns it. */
export interface SimHostServices {
  readonly model: WorkbookModel;
  readonly requirements: SimRequirements;
  readonly limits: { maxRequestBytes: number; maxResponseBytes: number; maxCellsPerRange: number };
  record(request: SimRequestRecord): void;
  readonly createWorkbook: (context: SimRequestContext) => SimWorkbook;
  readonly createApplication: (context: SimRequestContext) => SimApplication;
}

interface QueuedAction {
  readonly wire: Record<string, unknown>;
  readonly objects: readonly SimClientObject[];
  readonly run: () => void;
}

export class SimRequestContext {
  readonly workbook: SimWorkbook;
  readonly application: SimApplication;
  /** @internal */ readonly _host: SimHostServices;
  private queue: QueuedAction[] = [];
  /** Commits of loaded values, applied once the whole request succeeded. */
  private commits: (() => void)[] = [];
  private responseBytes = 0;
  private nextId = 1;
  private syncing = false;

  constructor(host: SimHostServices) {
    this._host = host;
    this.workbook = host.createWorkbook(this);
    this.application = host.createApplication(this);
  }

  /** @internal */
  get _model(): WorkbookModel {
    return this._host.model;
  }

  /** @internal */
  _newId(): number {
    return this.nextId++;
  }

  /** @internal Queues an action; `run` executes against the model at sync. */
  _enqueue(
    object: SimClientObject,
    wire: Record<string, unknown>,
    run: () => void,
    more: readonly SimClientObject[] = [],
  ): void {
    if (this.nested) {
      this.nested.push({ wire, objects: [], run });
      return;
    }
    if (this.syncing) throw simError("NotSimulated", "queuing an operation while a sync is in flight");
    this.queue.push({
      wire: { Id: this._newId(), ObjectPathId: object._pathId, ...wire },
      objects: [object, ...more],
      run,
    });
  }

  private nested: QueuedAction[] | undefined;

  /** @internal Runs, inside the current request, the operations that `fn` queues (loads of collection items). */
  _runNested(fn: () => void): void {
    const outer = this.nested;
    const inner: QueuedAction[] = [];
    this.nested = inner;
    try {
      fn();
    } finally {
      this.nested = outer;
    }
    for (const action of inner) action.run();
  }

  /** @internal Called by load operations while a request runs. */
  _deliver(value: unknown, commit: () => void): void {
    this.responseBytes += utf8Bytes(JSON.stringify(value === undefined ? null : value));
    this.commits.push(commit);
  }

  /** @internal Number of operations waiting for the next sync. */
  get _pending(): number {
    return this.queue.length;
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    const queue = this.queue;
    this.queue = [];
    this.commits = [];
    this.responseBytes = 0;
    const host = this._host;
    return Promise.resolve().then(() => {
      const requestBytes = utf8Bytes(serialise(queue, () => this._newId()));
      if (requestBytes > host.limits.maxRequestBytes) {
        host.record({
          requestBytes,
          responseBytes: 0,
          actions: queue.length,
          errorCode: "RequestPayloadSizeLimitExceeded",
        });
        throw simError("RequestPayloadSizeLimitExceeded", `${requestBytes} bytes > ${host.limits.maxRequestBytes}`);
      }
      this.syncing = true;
      try {
        for (const action of queue) action.run();
        host.model.evaluate();
      } catch (error) {
        host.model.evaluate();
        const code = (error as { code?: string }).code ?? "GeneralException";
        host.record({ requestBytes, responseBytes: this.responseBytes, actions: queue.length, errorCode: code });
        throw error;
      } finally {
        this.syncing = false;
      }
      if (this.responseBytes > host.limits.maxResponseBytes) {
        host.record({
          requestBytes,
          responseBytes: this.responseBytes,
          actions: queue.length,
          errorCode: "ResponsePayloadSizeLimitExceeded",
        });
        throw simError(
          "ResponsePayloadSizeLimitExceeded",
          `${this.responseBytes} bytes > ${host.limits.maxResponseBytes}`,
        );
      }
      host.record({ requestBytes, responseBytes: this.responseBytes, actions: queue.length });
      for (const commit of this.commits) commit();
      this.commits = [];
      return passThroughValue as T;
    });
  }
}

/**
 * The request body as Office.js builds it (`ClientRequestBase.buildRequestMessageBodyAndRequestFlags`
 * in office.js, sent as `JSON.stringify(body)`): `Actions` in queue order, each object path used in
 * the request instantiated once by an action of its own (ActionType 1) before its first use — a
 * path made by an earlier request is sent and instantiated again — and `ObjectPaths` keyed by id.
 * Each action carries in `L` the ids of the paths it is the last to use (office.js's early dispose).
 */
function serialise(queue: readonly QueuedAction[], newId: () => number): string {
  const paths: Record<string, unknown> = {};
  const actions: Record<string, unknown>[] = [];
  const users: (SimClientObject | undefined)[] = [];
  const instantiate = (o: SimClientObject | undefined): void => {
    if (!o || paths[o._pathId]) return;
    instantiate(o._parent);
    for (const a of o._argumentObjects) instantiate(a);
    paths[o._pathId] = o._pathWire;
    actions.push({ Id: newId(), ActionType: 1, Name: "", ObjectPathId: o._pathId });
    users.push(o);
  };
  for (const action of queue) {
    const target = action.objects[0];
    for (const o of action.objects) instantiate(o);
    if (action.wire["ActionType"] === 1) continue; // the instantiation itself, just made
    actions.push(action.wire);
    users.push(target);
  }
  const seen: Record<number, boolean> = {};
  for (let i = actions.length - 1; i >= 0; i--) {
    const last: number[] = [];
    const use = (o: SimClientObject | undefined): void => {
      for (; o && !seen[o._pathId]; o = o._parent) {
        seen[o._pathId] = true;
        last.push(o._pathId);
        o._argumentObjects.forEach(use);
      }
    };
    use(users[i]);
    if (last.length > 0) actions[i] = { ...actions[i], L: last.sort((a, b) => a - b) };
  }
  return JSON.stringify({ Actions: actions, ObjectPaths: paths });
}

/** Office.js names members on the wire in Pascal case ("numberFormat" → "NumberFormat"). */
export function wireName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const NO_OBJECTS: readonly SimClientObject[] = [];

/** A loadable scalar property: the API member that gates it and how to read it at sync. */
export interface SimPropertySpec<T> {
  readonly api: SimApiName;
  read(target: T): unknown;
}

/**
 * Base of every proxy. `T` is what the proxy resolves to in the model at sync time (a sheet, a
 * range rectangle …); a proxy made by a method call resolves when that call runs.
 */
export abstract class SimClientObject<T = unknown> {
  readonly context: SimRequestContext;
  /** @internal */ readonly _pathId: number;
  /** @internal */ readonly _parent: SimClientObject | undefined;
  /** @internal */ _pathWire: Record<string, unknown>;
  /** @internal Proxies passed as arguments of the call that made this one (sent and instantiated with it). */
  _argumentObjects: readonly SimClientObject[] = NO_OBJECTS;
  /** @internal */ abstract readonly _typeName: string;
  /** @internal Set when the creating call ran; undefined until then. */
  _target: T | undefined;
  /** @internal */ _resolved = false;
  /** @internal */ _isNull = false;
  /** @internal */ readonly _loaded: Record<string, unknown> = {};
  /** @internal */ readonly _local: Record<string, unknown> = {};
  /** @internal A navigation property of the *OrNullObject kind: settled when a load passes through it. */
  _orNull = false;

  constructor(
    context: SimRequestContext,
    parent: SimClientObject | undefined,
    name: string,
    args?: readonly unknown[],
  ) {
    this.context = context;
    this._parent = parent;
    this._pathId = context._newId();
    // Office.js's object path kinds: 1 the root, 3 a method's result, 4 a navigation property,
    // 5 an indexer (worksheets.getItem(name), a collection's loaded item)
    const id = this._pathId;
    if (!parent) this._pathWire = { Id: id, ObjectPathType: 1, Name: "" };
    else if (args && (name === "GetItem" || name === "Item"))
      this._pathWire = {
        Id: id,
        ObjectPathType: 5,
        Name: "",
        ParentObjectPathId: parent._pathId,
        ArgumentInfo: { Arguments: args },
      };
    else if (args)
      this._pathWire = {
        Id: id,
        ObjectPathType: 3,
        Name: name,
        ParentObjectPathId: parent._pathId,
        ArgumentInfo: { Arguments: args },
      };
    else this._pathWire = { Id: id, ObjectPathType: 4, Name: name, ParentObjectPathId: parent._pathId };
  }

  /** @internal Properties `load` accepts, by name. */
  abstract _properties(): Readonly<Record<string, SimPropertySpec<T>>>;

  /** @internal Navigation properties `load` may walk through ("format/font/bold"). */
  _navigation(name: string): SimClientObject | undefined {
    void name;
    return undefined;
  }

  /** @internal The model object behind the proxy, at sync time. */
  _resolve(): T {
    if (!this._resolved) {
      const derived = this._derive();
      if (derived === undefined)
        throw simError("InvalidObjectPath", `${this._typeName} (its creating call failed or never ran)`);
      return derived;
    }
    if (this._isNull)
      throw simError("NotSimulated", `using a null object (${this._typeName}); check isNullObject first`);
    return this._target as T;
  }

  /** @internal For navigation proxies: the target computed from the parent. */
  protected _derive(): T | undefined {
    return undefined;
  }

  /** @internal Marks the result of the creating call (or a null object). */
  _settle(target: T | undefined): void {
    this._resolved = true;
    this._isNull = target === undefined;
    this._target = target;
  }

  get isNullObject(): boolean {
    if (!this._resolved || this._pendingSettle)
      throw simError("PropertyNotLoaded", "isNullObject", `${this._typeName}.isNullObject`);
    return this._isNull;
  }

  /** @internal True between the creating call's run and the end of its sync. */
  _pendingSettle = false;

  /** @internal Reads a property: set locally, or loaded by a completed sync; else PropertyNotLoaded. */
  _get(name: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this._local, name)) return this._local[name];
    if (Object.prototype.hasOwnProperty.call(this._loaded, name)) {
      if (this._isNull) throw simError("NotSimulated", `reading ${name} of a null object`);
      return this._loaded[name];
    }
    throw simError("PropertyNotLoaded", name, `${this._typeName}.${name}`);
  }

  /** @internal Queues a property write. */
  _set(name: string, value: unknown, api: SimApiName, apply: (target: T) => void): void {
    this._local[name] = value;
    this.context._enqueue(this, { ActionType: 4, Name: wireName(name), ArgumentInfo: { Arguments: [value] } }, () => {
      this.context._host.requirements.check(api);
      apply(this._resolve());
    });
  }

  /** @internal Queues a method call without a proxy result. */
  _call(name: string, args: readonly unknown[], api: SimApiName, run: (target: T) => void): void {
    this.context._enqueue(this, { ActionType: 3, Name: name, ArgumentInfo: { Arguments: args } }, () => {
      this.context._host.requirements.check(api);
      run(this._resolve());
    });
  }

  /** @internal Queues a query of a collection's items (Office.js: a Query action with QueryInfo). */
  _queryItems(names: readonly string[], api: SimApiName, run: (target: T) => void): void {
    // Office.js sends the items' properties without the "items/" prefix
    const select = names.map((n) => (n.indexOf("items/") === 0 ? n.slice(6) : n));
    this.context._enqueue(this, { ActionType: 2, Name: "", QueryInfo: { Select: select } }, () => {
      this.context._host.requirements.check(api);
      run(this._resolve());
    });
  }

  /** @internal Queues the creation of `child` by a method call; `create` computes its target (undefined = null object / not found). */
  _instantiate<C>(
    child: SimClientObject<C>,
    api: SimApiName | readonly SimApiName[],
    create: (target: T) => C | undefined,
    orNull: boolean,
    what: string,
  ): void {
    this.context._enqueue(
      child,
      { ActionType: 1, Name: "" },
      () => {
        for (const a of typeof api === "string" ? [api] : api) this.context._host.requirements.check(a as SimApiName);
        const target = create(this._resolve());
        if (target === undefined && !orNull) throw simError("ItemNotFound", what);
        child._settle(target);
        child._pendingSettle = true;
        this.context._deliver(null, () => {
          child._pendingSettle = false;
        });
      },
      [this],
    );
  }

  load(propertyNames?: string | string[]): this {
    if (
      propertyNames === undefined ||
      propertyNames === "" ||
      (Array.isArray(propertyNames) && propertyNames.length === 0)
    ) {
      throw simError("NotSimulated", `${this._typeName}.load() without property names (name every property you read)`);
    }
    if (typeof propertyNames !== "string" && !Array.isArray(propertyNames)) {
      throw simError("NotSimulated", `${this._typeName}.load() with an options object`);
    }
    const names = (typeof propertyNames === "string" ? propertyNames.split(",") : propertyNames)
      .map((n) => n.trim())
      .filter((n) => n !== "");
    const here: string[] = [];
    for (const name of names) {
      const slash = name.indexOf("/");
      if (slash >= 0) {
        const head = name.slice(0, slash);
        const child = this._navigation(head);
        if (!child) throw simError("NotSimulated", `loading the path "${name}" on ${this._typeName}`);
        child.load(name.slice(slash + 1));
      } else {
        if (this._navigation(name))
          throw simError("NotSimulated", `loading the navigation property "${name}" as a whole`);
        here.push(name);
      }
    }
    if (here.length > 0) this._queueLoad(here);
    return this;
  }

  /** @internal Settles *OrNullObject navigation proxies on the path; true when one of them is null. */
  private _settleOrNullAncestors(): boolean {
    let isNull = false;
    const chain: SimClientObject[] = [];
    for (let o: SimClientObject | undefined = this._parent; o; o = o._parent) chain.push(o);
    for (const o of [this as SimClientObject, ...chain]) {
      if (o._orNull && !o._resolved) {
        const settled = o;
        settled._settle(settled._deriveForSettle());
        settled._pendingSettle = true;
        this.context._deliver(null, () => {
          settled._pendingSettle = false;
        });
      }
      if (o._resolved && o._isNull) isNull = true;
    }
    return isNull;
  }

  /** @internal */
  _deriveForSettle(): unknown {
    return this._derive();
  }

  /** @internal */
  protected _queueLoad(names: readonly string[]): void {
    const specs = this._properties();
    for (const n of names) {
      if (!specs[n]) throw simError("NotSimulated", `loading ${this._typeName}.${n}`);
    }
    this.context._enqueue(this, { ActionType: 2, Name: "", QueryInfo: { Select: names } }, () => {
      for (const n of names) this.context._host.requirements.check((specs[n] as SimPropertySpec<T>).api);
      if (this._settleOrNullAncestors() || (this._resolved && this._isNull)) {
        this.context._deliver(null, () => {
          for (const n of names) this._loaded[n] = null;
        });
        return;
      }
      const target = this._resolve();
      const values: Record<string, unknown> = {};
      for (const n of names) values[n] = (specs[n] as SimPropertySpec<T>).read(target);
      this.context._deliver(values, () => {
        for (const n of names) {
          this._loaded[n] = values[n];
          delete this._local[n];
        }
      });
    });
  }

  toJSON(): Record<string, unknown> {
    return { ...this._loaded, ...this._local };
  }
}

/** `OfficeExtension.ClientResult`: its value is readable after the sync that computes it. */
export class SimClientResult<V> {
  private loaded = false;
  private result: V | undefined;
  /** @internal */
  _fill(value: V): void {
    this.result = value;
    this.loaded = true;
  }
  get value(): V {
    if (!this.loaded) throw simError("ValueNotLoaded");
    return this.result as V;
  }
}
