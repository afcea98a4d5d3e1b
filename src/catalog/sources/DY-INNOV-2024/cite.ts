import { citer } from "../../cite";

/** 文号 of 大冶市创新型县（市）建设三年工作方案（2022—2024年）. */
export const DOCUMENT = "冶政发〔2022〕15号";
/** Seed file of 冶政发〔2022〕15号. */
export const SEED = "003_4a2e06d0e45c41dd.txt";

/** One provenance item of 冶政发〔2022〕15号: `clause` as a reader would cite it, `quote` copied from the seed. */
export const cite = citer(DOCUMENT, SEED);

// 二、主要目标 大冶市创新型县（市）建设三年目标表 (indicators): the header row, and again on the page where the table continues.
export const TARGETS_HEADER = cite(
  "二、主要目标 大冶市创新型县（市）建设三年目标表 表头",
  "一级指标 指标名称 2021 数据 2022 目标 2023 目标 2024 目标 属性",
);
export const TARGETS_CONT_HEADER = cite(
  "二、主要目标 大冶市创新型县（市）建设三年目标表（续） 表头",
  "一级指标 指标名称 2021数据 2022目标 2023目标 2024目标 属性",
);

// 附件 大冶市创新型县（市）建设进度安排表 (tasks): the header row, cited by every task.
export const SCHEDULE_HEADER = cite(
  "附件 大冶市创新型县（市）建设进度安排表 表头",
  "建设任务 建设内容 2022年工作任务及目标 2023年工作任务及目标 2024年工作任务及目标 责任单位",
);

// The 责任单位 cell of each 建设内容 row, cited by that row's three tasks (2022/2023/2024), in the table's order.
export const RESP_INDUSTRY_UPGRADE = cite(
  "附件 大冶市创新型县（市）建设进度安排表 产业创新提能行动／科技赋能主导产业转型 责任单位",
  "市经信局、市科技局、市发改局、市招商服务中心、市财政局等",
);
export const RESP_AGRI_INNOVATION = cite(
  "附件 大冶市创新型县（市）建设进度安排表 产业创新提能行动／科技助力农业创新发展 责任单位",
  "市农业农村局、市科技局、市经信局、市发改局、市文旅局、市招商服务中心等",
);
export const RESP_SERVICES_GROWTH = cite(
  "附件 大冶市创新型县（市）建设进度安排表 产业创新提能行动／科技支撑服务业快速增长 责任单位",
  "市发改局、市经信局、市科技局、市招商服务中心、市财政局等",
);
export const RESP_CORE_TECH = cite(
  "附件 大冶市创新型县（市）建设进度安排表 产业创新提能行动／科技攻关产业核心技术 责任单位",
  "市科技局、市经信局、市发改局、市农业农村局、高新区等",
);
export const RESP_NEW_RD_INSTITUTES = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新平台提质增效行动／加快升级新型研发机构 责任单位",
  "市科技局、高新区、市经信局、市发改局、市财政局等",
);
export const RESP_ENTERPRISE_RD_PLATFORMS = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新平台提质增效行动／加快建设企业研发平台 责任单位",
  "市科技局、高新区、市经信局、市发改局、市科协、市财政局等",
);
export const RESP_INCUBATORS = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新平台提质增效行动／加快布局创业孵化载体 责任单位",
  "市科技局、高新区、市经信局、市发改局、市财政局等",
);
export const RESP_LEADING_ENTERPRISES = cite(
  "附件 大冶市创新型县（市）建设进度安排表 企业创新提质行动／做大做强创新型领军企业 责任单位",
  "市发改局、市科技局、市经信局、高新区、市招商服务中心、市财政局等",
);
export const RESP_HIGH_TECH_ENTERPRISES = cite(
  "附件 大冶市创新型县（市）建设进度安排表 企业创新提质行动／持续壮大高新技术企业 责任单位",
  "市科技局、市经信局、高新区、市发改局、市税务局、市招商服务中心等",
);
export const RESP_HIGH_GROWTH_ENTERPRISES = cite(
  "附件 大冶市创新型县（市）建设进度安排表 企业创新提质行动／持续扩容高成长型企业 责任单位",
  "市经信局、市科技局、高新区、市发改局、市税务局、市招商服务中心等",
);
export const RESP_TECH_SMES = cite(
  "附件 大冶市创新型县（市）建设进度安排表 企业创新提质行动／积极培育科技型中小企业 责任单位",
  "市科技局、市经信局、高新区、市发改局、市税务局、市招商服务中心等",
);
export const RESP_TALENT = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新资源汇聚行动／促进创新创业人才集聚 责任单位",
  "市委组织部、市人社局、市经信局、市科技局、市农业农村局等",
);
export const RESP_TECH_FINANCE = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新资源汇聚行动／完善科技金融运作体系 责任单位",
  "市金融办、市经信局、市科技局、市财政局等",
);
export const RESP_RESULTS_RESERVE = cite(
  "附件 大冶市创新型县（市）建设进度安排表 成果转化提速行动／积蓄科技成果储备 责任单位",
  "市科技局、市经信局、市农业农村局、市市场监督管理局、高新区等",
);
export const RESP_TRANSFER_PLATFORMS = cite(
  "附件 大冶市创新型县（市）建设进度安排表 成果转化提速行动／搭建成果转化平台 责任单位",
  "市科技局、市发改局、市经信局、高新区等",
);
export const RESP_SUPPLY_DEMAND_MATCHING = cite(
  "附件 大冶市创新型县（市）建设进度安排表 成果转化提速行动／加速成果供需对接 责任单位",
  "市科技局、市经信局、市农业农村局、高新区等",
);
export const RESP_IP_CREATION = cite(
  "附件 大冶市创新型县（市）建设进度安排表 知识产权示范行动／加快知识产权创造 责任单位",
  "市市场监督管理局、市科技局、市经信局、市农业农村局、高新区等",
);
export const RESP_IP_USE = cite(
  "附件 大冶市创新型县（市）建设进度安排表 知识产权示范行动／加深知识产权运用 责任单位",
  "市市场监督管理局、市科技局、市金融办、市经信局、",
);
export const RESP_IP_USE_CONT = cite(
  "附件 大冶市创新型县（市）建设进度安排表 知识产权示范行动／加深知识产权运用 责任单位（续）",
  "高新区等",
);
export const RESP_IP_PROTECTION = cite(
  "附件 大冶市创新型县（市）建设进度安排表 知识产权示范行动／加强知识产权保护 责任单位",
  "市市场监督管理局、市司法局、市科技局、市经信局、高新区等",
);
export const RESP_TWIN_CORES = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新布局优化行动／突出“双核引领” 责任单位",
  "高新区、临空经济区、市科技局、市经信局、市发改局、市财政局等",
);
export const RESP_ONE_BELT = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新布局优化行动／强化“一带驱动” 责任单位",
  "高新区、临空经济区、市科技局、市经信局、市发改局、市财政局等",
);
export const RESP_MULTI_CLUSTERS = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新布局优化行动／实现“多组团支撑” 责任单位",
  "市科技局、市经信局、市发改局、临空经济区、各乡镇等",
);
export const RESP_SYSTEM_REFORM = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新生态营造行动／深化科技体制机制改革 责任单位",
  "市政府办、市农业农村局、市经信局、市财政局、市科技局等",
);
export const RESP_SCIENCE_POPULARIZATION = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新生态营造行动／推进科技创新科普工作 责任单位",
  "市科协、市科技局等",
);
export const RESP_POLICY_DELIVERY = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新生态营造行动／保障企业政策细化落地 责任单位",
  "市政府办、市科技局、市发改局、市经信局、市税务局、市财政局等",
);
export const RESP_BUSINESS_ENVIRONMENT = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新生态营造行动／着力打造良好营商环境 责任单位",
  "市政务服务和大数 据管理局、市发改局、市经信局、市科技局、市商务局、市市场监督管理局等",
);
export const RESP_RURAL_REVITALIZATION = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新促进共同富裕行动／多点发力赋能乡村振兴 责任单位",
  "市乡村振兴局、市科技局、市农业农村局、市商务局等",
);
export const RESP_CIRCULAR_ECONOMY = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新促进共同富裕行动／循环经济助力生态环保 责任单位",
  "市发改局、市经信局、市自然资源局、市市场监督管理局等",
);
export const RESP_SOCIAL_GOVERNANCE = cite(
  "附件 大冶市创新型县（市）建设进度安排表 创新促进共同富裕行动／促进社会治理提质增效 责任单位",
  "市发改局、市科技局、市民政局、市经信局、市卫生健康局等",
);
