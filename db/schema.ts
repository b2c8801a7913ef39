// The whole data model, in two files along its seam: who answers what (schema-core) and what is done
// with community voice (schema-listening). Everything imports tables from here.
export * from "./schema-core";
export * from "./schema-listening";
export * from "./schema-messages";
