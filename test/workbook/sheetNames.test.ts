/** Sheet names in a workbook the user already filled: never take over a user's sheet. */
import fc from "fast-check";
import { cleanSheetName, resolveSheetNames } from "../../src/workbook";

describe("resolveSheetNames", () => {
  const planned = [
    { key: "about", name: "说明" },
    { key: "indicators:DY-MFG-2024", name: "指标·大冶制造强市三年行动" },
  ];

  test("a sheet the user made with the same name is kept; ours gets a suffix", () => {
    const r = resolveSheetNames(planned, [{ name: "说明" }]);
    expect(r[0]).toEqual({ key: "about", name: "说明 (2)", exists: false });
    expect(r[1]).toEqual({ key: "indicators:DY-MFG-2024", name: "指标·大冶制造强市三年行动", exists: false });
  });

  test("the comparison ignores case, as Excel does", () => {
    const r = resolveSheetNames([{ key: "rules", name: "Rules" }], [{ name: "RULES" }, { name: "rules (2)" }]);
    expect(r[0].name).toBe("Rules (3)");
  });

  test("a sheet Duibiao made keeps its current name, even if the user renamed it", () => {
    const r = resolveSheetNames(planned, [
      { name: "我的指标", ourKey: "indicators:DY-MFG-2024" },
      { name: "说明", ourKey: "about" },
    ]);
    expect(r).toEqual([
      { key: "about", name: "说明", exists: true },
      { key: "indicators:DY-MFG-2024", name: "我的指标", exists: true },
    ]);
  });

  test("a suffixed name still fits in 31 characters", () => {
    const long = "指".repeat(40);
    const r = resolveSheetNames([{ key: "k", name: long }], [{ name: "指".repeat(31) }]);
    expect(r[0].name).toBe(`${"指".repeat(27)} (2)`);
    expect(r[0].name.length).toBe(31);
  });

  test("characters Excel forbids are replaced", () => {
    expect(cleanSheetName("a/b\\c[d]e:f*g?h")).toBe("a_b_c_d_e_f_g_h");
    expect(cleanSheetName("'quoted'")).toBe("quoted");
    expect(cleanSheetName("")).toBe("Sheet");
  });

  test("property: names are unique ignoring case, ≤31 characters, valid, and user sheets untouched", () => {
    const name = fc.string({ minLength: 0, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), fc.array(name, { maxLength: 8 }), (wanted, users) => {
        const existing = [...new Set(users.map(cleanSheetName).map((n) => n.toLowerCase()))].map((name) => ({ name }));
        const r = resolveSheetNames(
          wanted.map((n, i) => ({ key: `k${i}`, name: n })),
          existing,
        );
        const all = [...existing.map((e) => e.name), ...r.map((x) => x.name)].map((n) => n.toLowerCase());
        expect(new Set(all).size).toBe(all.length);
        for (const x of r) {
          expect(x.name.length).toBeLessThanOrEqual(31);
          expect(x.name).not.toMatch(/[[\]:*?/\\]/);
          expect(x.name.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe("names Excel refuses", () => {
  test("control characters are dropped (Excel refuses a name with a tab or a line break)", () => {
    expect(cleanSheetName("指标\t大冶\n制造\u0007")).toBe("指标大冶制造");
    expect(cleanSheetName("\u0001\u001f")).toBe("Sheet");
  });

  test('"History" is reserved by Excel in any case: the planned sheet gets a suffix', () => {
    const r = resolveSheetNames(
      [
        { key: "a", name: "History" },
        { key: "b", name: "HISTORY" },
      ],
      [],
    );
    expect(r.map((x) => x.name)).toEqual(["History (2)", "HISTORY (3)"]);
  });
});
