// The whole data model, along its seams: who is who (schema-people), who answers what (schema-answers, on shared columns in schema-columns), what is done with community
// voice (schema-listening), the changes that wait for the community's approval (schema-access-changes),
// messages (schema-messages), who decides what with the facts of power (schema-power), the partnership's
// goal trees and Road to Progress (schema-plans), and the consent to benchmarks (schema-benchmarks).
// Everything imports tables from here.
export * from "./schema-columns";
export * from "./schema-people";
export * from "./schema-answers";
export * from "./schema-listening";
export * from "./schema-access-changes";
export * from "./schema-messages";
export * from "./schema-power";
export * from "./schema-benchmarks";
export * from "./schema-plans";
