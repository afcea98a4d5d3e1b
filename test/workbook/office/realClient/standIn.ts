/**
 * The workbook behind the transport of Microsoft's Excel client library (./officeClient.ts): it
 * reads a request as the library serialized it — object paths (1 global = the workbook, 3 method,
 * 4 property, 5 indexer, 6 reference) and actions (1 instantiate, 2 query, 3 method, 4 set
 * property, 5 trace) — plays it against the recording fake's workbook model (../fakeExcel.ts) in
 * order, and answers the way Excel answers: results by action id, PascalCase properties, `_Items`
 * for collections, `null` for a null object, and on failure `Body.Error` with the index of the
 * failing action (the operations before it have run, as in Excel).
 *
 * The fake model checks what Excel checks and the client library does not: addresses, the shape of
 * value arrays against the range, overlapping tables, sheet and table names, locked cells.
 */
import { FakeExcel, FakeExcelError } from "../fakeExcel";

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}
interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
interface Body {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPath>;
}

const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A fake's plain snapshot object in Excel's wire format. */
function wire(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(wire);
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k === "items" ? "_Items" : pascal(k)] = wire(x);
  return out;
}

export class StandIn {
  /** Resolved objects by path id, for the current request context. */
  private objects = new Map<number, any>();
  /** Syncs answered, and the largest request body (bytes of its JSON). */
  syncs = 0;
  maxRequestBytes = 0;

  constructor(readonly x: FakeExcel) {}

  /** A new request context numbers its object paths from 1 again: forget the old ones. */
  newContext(): void {
    this.objects.clear();
  }

  private args(info: ObjectPath["ArgumentInfo"], paths: Body["ObjectPaths"]): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) args[i] = this.resolve(id, paths);
    });
    return args;
  }

  private resolve(id: number, paths: Body["ObjectPaths"]): any {
    if (this.objects.has(id)) return this.objects.get(id);
    const p = paths[String(id)];
    if (!p) throw new Error(`the request names object path ${id} without sending it`);
    const parent = () => this.resolve(p.ParentObjectPathId!, paths);
    let obj: any;
    switch (p.ObjectPathType) {
      case 1:
        obj = this.x.context.workbook;
        break;
      case 3: {
        const o = parent();
        const fn = o[camel(p.Name)];
        if (typeof fn !== "function") throw new Error(`the stand-in has no method ${p.Name}`);
        obj = fn.apply(o, this.args(p.ArgumentInfo, paths));
        break;
      }
      case 4: {
        const o = parent();
        if (!(camel(p.Name) in o)) throw new Error(`the stand-in has no property ${p.Name}`);
        obj = o[camel(p.Name)];
        break;
      }
      case 5:
        obj = parent().getItem(...this.args(p.ArgumentInfo, paths));
        break;
      default:
        throw new Error(`object path type ${p.ObjectPathType} is not played by the stand-in`);
    }
    this.objects.set(id, obj);
    return obj;
  }

  async execute(body: Body): Promise<unknown> {
    this.syncs++;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, Buffer.byteLength(JSON.stringify(body), "utf8"));
    const pending = () => (this.x as any).pending.length as number;
    /** For each action, the number of fake operations queued before it. */
    const opsBefore: number[] = [];
    const answers: (() => unknown)[] = [];
    try {
      for (const a of body.Actions) {
        opsBefore.push(pending());
        switch (a.ActionType) {
          case 1: {
            const o = this.resolve(a.ObjectPathId, body.ObjectPaths);
            const path = body.ObjectPaths[String(a.ObjectPathId)];
            const nullable = path?.Name === "GetItemOrNullObject";
            const name = path?.ArgumentInfo?.Arguments?.[0];
            answers.push(() =>
              nullable && !this.x.sheets.some((s) => s.name.toLowerCase() === String(name).toLowerCase()) ? null : {},
            );
            void o;
            break;
          }
          case 2: {
            const o = this.resolve(a.ObjectPathId, body.ObjectPaths);
            const select = a.QueryInfo?.Select ?? [];
            if (typeof o.load !== "function") throw new Error(`the stand-in cannot load ${a.ObjectPathId}`);
            o.load(select.join(","));
            answers.push(() => this.answer(o, select));
            break;
          }
          case 3: {
            const o = this.resolve(a.ObjectPathId, body.ObjectPaths);
            // The library's own bookkeeping (_KeepReference for tracked objects): nothing to do.
            if (a.Name.startsWith("_")) {
              answers.push(() => null);
              break;
            }
            const fn = o[camel(a.Name)];
            if (typeof fn !== "function") throw new Error(`the stand-in has no method ${a.Name}`);
            fn.apply(o, this.args(a.ArgumentInfo, body.ObjectPaths));
            answers.push(() => null);
            break;
          }
          case 4: {
            const o = this.resolve(a.ObjectPathId, body.ObjectPaths);
            const key = camel(a.Name);
            const d =
              Object.getOwnPropertyDescriptor(o, key) ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(o), key);
            if (!d?.set) throw new Error(`the stand-in cannot set ${a.Name}`);
            o[key] = this.args(a.ArgumentInfo, body.ObjectPaths)[0];
            answers.push(() => null);
            break;
          }
          default:
            answers.push(() => null);
        }
      }
      opsBefore.push(pending());
      const ran = this.x.opsRun;
      try {
        await this.x.sync();
      } catch (e) {
        const failedOp = this.x.opsRun - ran;
        const index = Math.max(0, opsBefore.findIndex((n) => n > failedOp) - 1);
        return this.error(e, index);
      }
      return {
        ErrorCode: null,
        HttpStatusCode: 200,
        Headers: {},
        Body: { Results: body.Actions.map((a, i) => ({ ActionId: a.Id, Value: answers[i]() })) },
      };
    } catch (e) {
      // A request the stand-in cannot play is a test failure, reported as Excel's error would be.
      return this.error(e, opsBefore.length - 1);
    }
  }

  private answer(o: any, select: string[]): unknown {
    if (typeof o.isNullObject === "boolean" || "isNullObject" in o) {
      try {
        if (o.isNullObject) return null;
      } catch {
        /* not nullable */
      }
    }
    if ("items" in o) return { _Items: wire(o.items) };
    const out: Record<string, unknown> = {};
    for (const s of select) out[pascal(s)] = wire(o[s]);
    return out;
  }

  private error(e: unknown, actionIndex: number): unknown {
    const code = e instanceof FakeExcelError ? e.code : "GeneralException";
    const message = e instanceof Error ? e.message : String(e);
    return {
      ErrorCode: null,
      HttpStatusCode: 200,
      Headers: {},
      Body: { Error: { Code: code, Message: message, ActionIndex: actionIndex, Location: "" }, Results: [] },
    };
  }
}
