import { evaluate, XlError } from "./excelFormula";
const policy = (name: string, args: unknown[]) => {
  if (name === "NOPE") throw new Error("no custom function POLICY.NOPE");
  if (name === "ERR") return new XlError("#N/A", "规则不存在 / no rule");
  return `${name}:${JSON.stringify(args)}`;
};
test("scratch", () => {
  expect(evaluate(`=POLICY.SUBSIDY(A1,,B1,C1,"x",1.5,TRUE)`, { A1: 3, C1: "" }, { policy })).toBe(`SUBSIDY:[3,null,null,"",\"x\",1.5,true]`);
  expect(evaluate(`=policy.subsidy(A1)`, { A1: 3 }, { policy })).toBe(`SUBSIDY:[3]`);
  expect(evaluate(`=POLICY.TIER()`, {}, { policy })).toBe(`TIER:[]`);
  expect(evaluate(`=IF(A1="","",POLICY.ERR(1))`, { A1: 2 }, { policy })).toEqual(new XlError("#N/A", "规则不存在 / no rule"));
  expect(evaluate(`=IFERROR(POLICY.ERR(1),7)`, {}, { policy })).toBe(7);
  expect(evaluate(`=POLICY.SUBSIDY(A1)`, { A1: new XlError("#VALUE!") }, { policy })).toMatchObject({ code: "#VALUE!" });
  expect(evaluate(`=ISNUMBER(A1)`, { A1: "" })).toBe(false);
  expect(evaluate(`=A1=""`, { A1: "" })).toBe(true);
  expect(() => evaluate(`=POLICY.NOPE(1)`, {}, { policy })).toThrow(/no custom function/);
  expect(() => evaluate(`=POLICY.SUBSIDY(1)`, {})).toThrow(/without the policy/);
  expect(evaluate(`=COUNT(DB_R)+DB_D`, { "'奖 补'!A2": 1, "'奖 补'!A3": "x", "'奖 补'!A4": 5, "'说明'!B3": 100 }, { names: { DB_R: "'奖 补'!$A$2:$A$9", DB_D: "'说明'!$B$3" } })).toBe(102);
  expect(evaluate(`=IF(M4="",DB_ReportDate,M4)`, { DB_ReportDate: 45000 })).toBe(45000);
  expect(evaluate(`=INT(-0.5)`)).toBe(-1);
});
