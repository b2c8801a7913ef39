// The whole data model, in three files along its seams: who answers what (schema-core) and what is done
// with community voice (schema-listening); who decides what and the facts of power (schema-power).
// Everything imports tables from here.
export * from "./schema-core";
export * from "./schema-listening";
export * from "./schema-power";
