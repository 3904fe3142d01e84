/**
 * Conditional formats (ExcelApi 1.6). Only the custom type — a rule formula and a fill or font
 * colour — can be added; the other types exist in the model so tests can place a user's own
 * conditional formats and check that the add-in leaves them alone.
 */
import { simError } from "./errors";
import type { ConditionalFormatModel } from "./model";
import { SimClientObject, SimClientResult, type SimPropertySpec, type SimRequestContext } from "./request-context";
import type { RangeTarget } from "./range";

export class SimConditionalFormatCollection extends SimClientObject<RangeTarget> {
  readonly _typeName = "ConditionalFormatCollection";
  private _items: SimConditionalFormat[] | undefined;

  protected _derive(): RangeTarget | undefined {
    return (this._parent as SimClientObject<RangeTarget>)._resolve();
  }

  _properties(): Readonly<Record<string, SimPropertySpec<RangeTarget>>> {
    return {};
  }

  get items(): SimConditionalFormat[] {
    if (!this._items) throw simError("PropertyNotLoaded", "items", "ConditionalFormatCollection.items");
    return this._items;
  }

  add(type: string): SimConditionalFormat {
    const cf = new SimConditionalFormat(this.context, this, "Add", [type]);
    this._instantiate(
      cf,
      "ConditionalFormatCollection.add",
      (t) => {
        if (type !== "Custom") throw simError("NotSimulated", `adding a conditional format of type ${type}`);
        return this.context._model.addConditionalFormat(t.sheet, t.rect, "Custom");
      },
      false,
      "Add",
    );
    return cf;
  }

  /** The conditional format at `index` in the collection (ItemNotFound past the end). */
  getItemAt(index: number): SimConditionalFormat {
    const cf = new SimConditionalFormat(this.context, this, "GetItemAt", [index]);
    this._instantiate(
      cf,
      "ConditionalFormatCollection.getItemAt",
      (t) => this.context._model.conditionalFormatsIn(t.sheet, t.rect)[index],
      false,
      `conditional format at ${index}`,
    );
    return cf;
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._call("GetCount", [], "ConditionalFormatCollection.getCount", (t) => {
      const n = this.context._model.conditionalFormatsIn(t.sheet, t.rect).length;
      this.context._deliver(n, () => result._fill(n));
    });
    return result;
  }

  /** `load("items/type, items/customOrNullObject/rule/formula")` or `load("type")`. */
  load(propertyNames?: string | string[]): this {
    if (propertyNames === undefined) return super.load(propertyNames);
    const names = (typeof propertyNames === "string" ? propertyNames.split(",") : propertyNames)
      .map((n) => n.trim())
      .filter((n) => n);
    const itemPaths = names.map((n) => (n.indexOf("items/") === 0 ? n.slice(6) : n)).filter((n) => n !== "items");
    this._queryItems(names, "ConditionalFormatCollection.items", (t) => {
      const found = this.context._model.conditionalFormatsIn(t.sheet, t.rect);
      const items = found.map((model) => {
        const item = new SimConditionalFormat(this.context, this, "Item", [model.id]);
        item._settle(model);
        return item;
      });
      // the items' own loads run now, inside this request
      this.context._runNested(() => {
        for (const item of items) if (itemPaths.length > 0) item.load(itemPaths);
      });
      this.context._deliver(null, () => {
        this._items = items;
      });
    });
    return this;
  }
}

export class SimConditionalFormat
  extends SimClientObject<ConditionalFormatModel>
  implements Pick<Excel.ConditionalFormat, "type" | "delete">
{
  readonly _typeName = "ConditionalFormat";
  private _custom: SimCustomConditionalFormat | undefined;
  private _customOrNull: SimCustomConditionalFormat | undefined;

  constructor(context: SimRequestContext, parent: SimClientObject, name: string, args: unknown[]) {
    super(context, parent, name, args);
  }

  _properties(): Readonly<Record<string, SimPropertySpec<ConditionalFormatModel>>> {
    return { type: { api: "ConditionalFormat.type", read: (m) => m.type } };
  }

  _navigation(name: string): SimClientObject | undefined {
    if (name === "custom") return this.custom;
    if (name === "customOrNullObject") return this.customOrNullObject;
    return undefined;
  }

  get type():
    | Excel.ConditionalFormatType
    | "Custom"
    | "DataBar"
    | "ColorScale"
    | "IconSet"
    | "TopBottom"
    | "PresetCriteria"
    | "ContainsText"
    | "CellValue" {
    return this._get("type") as "Custom";
  }

  get custom(): SimCustomConditionalFormat {
    if (!this._custom) this._custom = new SimCustomConditionalFormat(this.context, this, "Custom", false);
    return this._custom;
  }

  get customOrNullObject(): SimCustomConditionalFormat {
    if (!this._customOrNull)
      this._customOrNull = new SimCustomConditionalFormat(this.context, this, "CustomOrNullObject", true);
    return this._customOrNull;
  }

  delete(): void {
    this._call("Delete", [], "ConditionalFormat.delete", (m) => this.context._model.deleteConditionalFormat(m));
  }
}

abstract class CfPart extends SimClientObject<ConditionalFormatModel> {
  protected _derive(): ConditionalFormatModel | undefined {
    return (this._parent as SimClientObject<ConditionalFormatModel>)._resolve();
  }
  _properties(): Readonly<Record<string, SimPropertySpec<ConditionalFormatModel>>> {
    return {};
  }
}

export class SimCustomConditionalFormat extends CfPart {
  readonly _typeName = "CustomConditionalFormat";
  private _rule: SimConditionalFormatRule | undefined;
  private _format: SimConditionalRangeFormat | undefined;

  constructor(context: SimRequestContext, parent: SimConditionalFormat, name: string, orNull: boolean) {
    super(context, parent, name);
    this._orNull = orNull;
  }

  protected _derive(): ConditionalFormatModel | undefined {
    const model = super._derive();
    if (model && model.type !== "Custom") {
      if (this._orNull) return undefined;
      throw simError(
        "NotSimulated",
        `ConditionalFormat.custom on a ${model.type} conditional format (use customOrNullObject)`,
      );
    }
    return model;
  }

  _navigation(name: string): SimClientObject | undefined {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return undefined;
  }

  get rule(): SimConditionalFormatRule {
    if (!this._rule) this._rule = new SimConditionalFormatRule(this.context, this, "Rule");
    return this._rule;
  }
  get format(): SimConditionalRangeFormat {
    if (!this._format) this._format = new SimConditionalRangeFormat(this.context, this, "Format");
    return this._format;
  }
}

export class SimConditionalFormatRule extends CfPart implements Pick<Excel.ConditionalFormatRule, "formula"> {
  readonly _typeName = "ConditionalFormatRule";
  _properties(): Readonly<Record<string, SimPropertySpec<ConditionalFormatModel>>> {
    return { formula: { api: "ConditionalFormatRule.formula", read: (m) => m.formula } };
  }
  get formula(): string {
    return this._get("formula") as string;
  }
  set formula(formula: string) {
    this._set("formula", formula, "ConditionalFormatRule.formula", (m) => {
      this.context._model.writeGuard(m.sheet);
      if (typeof formula !== "string" || formula.charAt(0) !== "=" || !this.context._model.isValidFormula(formula)) {
        throw simError("InvalidArgument", `conditional format formula ${JSON.stringify(formula)}`);
      }
      m.formula = formula;
    });
  }
}

export class SimConditionalRangeFormat extends CfPart {
  readonly _typeName = "ConditionalRangeFormat";
  private _fill: SimConditionalRangeFill | undefined;
  private _font: SimConditionalRangeFont | undefined;
  _navigation(name: string): SimClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }
  get fill(): SimConditionalRangeFill {
    if (!this._fill) this._fill = new SimConditionalRangeFill(this.context, this, "Fill");
    return this._fill;
  }
  get font(): SimConditionalRangeFont {
    if (!this._font) this._font = new SimConditionalRangeFont(this.context, this, "Font");
    return this._font;
  }
}

function colour(value: string): string {
  if (typeof value !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(value))
    throw simError("NotSimulated", `colour ${JSON.stringify(value)} (use #RRGGBB)`);
  return value.toUpperCase();
}

export class SimConditionalRangeFill extends CfPart implements Pick<Excel.ConditionalRangeFill, "color"> {
  readonly _typeName = "ConditionalRangeFill";
  _properties(): Readonly<Record<string, SimPropertySpec<ConditionalFormatModel>>> {
    return { color: { api: "ConditionalRangeFill.color", read: (m) => m.fill ?? null } };
  }
  get color(): string {
    return this._get("color") as string;
  }
  set color(value: string) {
    this._set("color", value, "ConditionalRangeFill.color", (m) => {
      this.context._model.writeGuard(m.sheet);
      m.fill = colour(value);
    });
  }
}

export class SimConditionalRangeFont extends CfPart implements Pick<Excel.ConditionalRangeFont, "color"> {
  readonly _typeName = "ConditionalRangeFont";
  _properties(): Readonly<Record<string, SimPropertySpec<ConditionalFormatModel>>> {
    return { color: { api: "ConditionalRangeFont.color", read: (m) => m.fontColor ?? null } };
  }
  get color(): string {
    return this._get("color") as string;
  }
  set color(value: string) {
    this._set("color", value, "ConditionalRangeFont.color", (m) => {
      this.context._model.writeGuard(m.sheet);
      m.fontColor = colour(value);
    });
  }
}
