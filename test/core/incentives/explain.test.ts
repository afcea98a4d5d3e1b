/**
 * EXPLAIN: one Chinese line per case, with the numbers used, the cap or gate that bound the result,
 * and the document number + clause — for every rule kind and every way an award can be bound.
 */
import { E } from "./support/engine";

const DY1 = "依据冶发〔2024〕3号 四、激励政策（一）。";
const DY2 = "依据冶发〔2024〕3号 四、激励政策（二）。";
const DY3 = "依据冶发〔2024〕3号 四、激励政策（三）。";

describe("EXPLAIN by rule kind", () => {
  test("rate, within the cap, gates met", () => {
    expect(E("DY-MFG-2024.R-TECHREFORM", 850, 1200)).toBe(
      "工业技改项目奖补：条件满足（项目总投资1200万元≥300万元，设备、信息化软件投资额850万元≥100万元）；" +
        "设备、信息化软件投资额850万元 × 10% = 85万元，未超过上限200万元。" +
        DY1,
    );
  });

  test("rate, bound by the cap", () => {
    expect(E("DY-MFG-2024.R-FIRSTSET", 60000)).toBe(
      "首台（套）重大技术装备奖补：设备购置额60000万元 × 1% = 600万元，超过上限，按“不超过500万”取500万元。" + DY1,
    );
  });

  test("rate, every gate not met is named", () => {
    expect(E("DY-MFG-2024.R-TECHREFORM", 50, 250)).toBe(
      "工业技改项目奖补：不符合条件，奖补0万元：项目总投资250万元，未满足“投资300万以上”（须≥300万元）；" +
        "设备、信息化软件投资额50万元，未满足“其中设备、信息化软件投资100万元以上”（须≥100万元）。" +
        DY1,
    );
  });

  test("ranged rate names the bound and the range", () => {
    expect(E("DY-MFG-2024.R-SCRAP-AL", 1000, null, "mid")).toBe(
      "废铝综合利用扶持奖励：企业采购含税价总额1000万元 × 4.25%（按中值，比例区间4%—4.5%） = 42.5万元。" + DY2,
    );
  });

  test("ceiling-only rate reads “最高”", () => {
    expect(E("HS-SMEDIGI-2025.R-RETROFIT", 30, 2)).toContain("× 40%（按上限，比例最高40%） = 12万元，未超过上限20万元");
  });

  test("rate on the excess", () => {
    expect(E("DY-MFG-2024.R-RND-INTENSITY", 80, 1000, "min")).toBe(
      "研发投入超5%部分补贴：研发费用80万元 − 销售收入1000万元 × 5% = 超出部分30万元，× 10%（按下限，比例区间10%—50%） = 3万元。" +
        DY3,
    );
    expect(E("DY-MFG-2024.R-RND-INTENSITY", 40, 1000)).toBe(
      "研发投入超5%部分补贴：研发费用40万元未超过销售收入1000万元的5%（50万元），无超出部分，补贴0万元。" + DY3,
    );
  });

  test("fixed amount, single and ranged", () => {
    expect(E("EZ-IND-2027.R-FAMOUS-MARK", 1)).toMatch(
      /^中国驰名商标奖励：定额奖补60万元。依据.*二、（六）2\.强化产品品牌建设。$/,
    );
    expect(E("DY-MFG-2024.R-NEWSCALE", 1, null, "下限")).toBe(
      "首次进规民营工业企业奖补：奖补区间40—50万元，按下限取40万元。" + DY2,
    );
    expect(E("HS-SMEDIGI-2025.R-MODEL", 1)).toContain("奖补最高10万元，按上限取10万元");
  });

  test("by level, including a level the clause does not cover", () => {
    expect(E("DY-MFG-2024.R-TOP500", 1, "national", "mid")).toBe(
      "首次入围500强/湖北百强奖补：国家级奖补区间100—200万元，按中值取150万元。" + DY2,
    );
    expect(E("DY-MFG-2024.R-GREEN", 1, "省级")).toBe("绿色制造认定奖补：省级定额奖补30万元。" + DY2);
    expect(E("DY-MFG-2024.R-INSTITUTE", 1, "市级")).toBe(
      "产业技术研究院奖补：本条款未设大冶市级奖补（只有省级、黄石市级），奖补0万元。" + DY3,
    );
  });

  test("milestones: the one newly crossed, or none", () => {
    expect(E("DY-MFG-2024.R-REVENUE", 55, 12)).toBe(
      "技改后营业收入首次突破奖补：本年营业收入55亿元，此前最高营业收入12亿元，" +
        "首次突破50亿元（本次新突破的最高档，只奖一次）→ 50万元（根据省经信厅“晋级提能”政策配套奖补）。" +
        DY2,
    );
    expect(E("DY-MFG-2024.R-REVENUE", 20, 12)).toBe(
      "技改后营业收入首次突破奖补：本年营业收入20亿元，此前最高营业收入12亿元，" +
        "未新突破任何档位（10、20、50、100亿元，须严格大于该档且此前未突破），奖补0万元。" +
        DY2,
    );
  });

  test("per item, bound by the per-provider cap", () => {
    expect(E("HS-SMEDIGI-2025.R-PRODUCT", 3)).toBe(
      "优秀“小快轻准”数字化产品奖励：3个 × 每个5万元（按上限，每个最高5万元） = 15万元，" +
        "超过上限，按“每个服务商奖励不超过10万元”取10万元。依据黄政办函〔2024〕12号 三、（二）2.遴选一批优秀产品和服务商。",
    );
  });

  test("reserved share: whole budget, or 40% with the 60% for small and micro enterprises", () => {
    expect(E("EZ-IND-2027.R-PROCUREMENT", 150, "服务")).toContain(
      "服务类采购项目预算金额150万元，不超过200万元，原则上全部预留给中小企业：150万元。",
    );
    expect(E("EZ-IND-2027.R-PROCUREMENT", 1000, "工程")).toContain(
      "工程类采购项目预算金额1000万元，超过400万元，预留不少于40%给中小企业：1000 × 40% = 400万元，其中预留给小微企业不低于60%即240万元。",
    );
  });

  test("not paid again", () => {
    expect(E("HS-QUALITY-2024.R-NOMINEE", 1, "已获")).toBe(
      "黄石市市长质量奖提名奖奖金：已获往届（第七届）市长质量奖提名奖：是，按条款不重复奖励，奖补0万元。依据黄政发〔2024〕6号 正文第一段。",
    );
  });

  test("numbers in the line are free of binary noise", () => {
    expect(E("DY-MFG-2024.R-TECH-TRANSFER", 0.3, null, "min")).toContain(
      "0.3万元 × 10%（按下限，比例区间10%—50%） = 0.03万元",
    );
  });
});
