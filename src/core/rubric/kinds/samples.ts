/** Values the item kinds' sample inputs are drawn from (the demo workbooks, the tests). */
export { typed } from "../../incentives/kinds/samples";

/** The citywide average the samples assume for growth items (as a fraction). */
export const SAMPLE_AVERAGE = 0.08;

/** Grades a panel gives, in the order the samples cycle through them. */
export const GRADES = ["好", "较好", "一般", "较好", "好", "较差"];
