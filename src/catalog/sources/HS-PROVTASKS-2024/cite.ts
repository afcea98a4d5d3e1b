import { citer } from "../../cite";

/** HS-PROVTASKS-2024: 文号 of 市人民政府办公室关于分解落实省政府工作报告的通知, and the seed file it is read from. */
export const DOCUMENT = "黄政办发〔2024〕9号";
export const SEED = "002_b2b5bcf0936191fb.txt";

/** One provenance item of 黄政办发〔2024〕9号: clause as a reader would cite it, quote copied from the seed. */
export const cite = citer(DOCUMENT, SEED);

/** 通知正文 on the 十大民生项目 (cited by every M entry). */
export const LIVELIHOOD_PROJECTS_BODY = cite(
  "正文",
  "省政府2024年民生十大项目由市重点办进行细化分解、跟踪督办，并做好向上对接及统筹协调。",
);
