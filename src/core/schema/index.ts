export * from "./common";
export * from "./indicator";
export * from "./task";
export * from "./rule";
export * from "./rubric";
export * from "./source";
export * from "./catalog";
