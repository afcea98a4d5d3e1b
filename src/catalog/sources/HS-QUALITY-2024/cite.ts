import { citer } from "../../cite";

/** Provenance of HS-QUALITY-2024: every quote comes from 黄政发〔2024〕6号 in seed 002_b2b5bcf0936191fb.txt. */
export const DOCUMENT = "黄政发〔2024〕6号";
export const SEED = "002_b2b5bcf0936191fb.txt";

export const cite = citer(DOCUMENT, SEED);
