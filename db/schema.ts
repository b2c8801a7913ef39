// The whole data model, along its seams: who answers what (schema-core), what is done with community
// voice (schema-listening), and the changes that wait for the community's approval (schema-access-changes).
// Everything imports tables from here.
export * from "./schema-core";
export * from "./schema-listening";
export * from "./schema-access-changes";
export * from "./schema-messages";
